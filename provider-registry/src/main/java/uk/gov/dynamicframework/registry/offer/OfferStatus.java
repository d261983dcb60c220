package uk.gov.dynamicframework.registry.offer;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ServiceOfferStatus")
public enum OfferStatus { PUBLISHED, WITHDRAWN }
