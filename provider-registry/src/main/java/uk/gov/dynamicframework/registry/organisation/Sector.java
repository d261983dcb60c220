package uk.gov.dynamicframework.registry.organisation;

public enum Sector { VOLUNTARY_AND_COMMUNITY, SOCIAL_ENTERPRISE, PRIVATE, PUBLIC }
