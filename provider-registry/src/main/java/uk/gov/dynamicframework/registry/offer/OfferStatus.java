package uk.gov.dynamicframework.registry.offer;

public enum OfferStatus { PUBLISHED, WITHDRAWN }
