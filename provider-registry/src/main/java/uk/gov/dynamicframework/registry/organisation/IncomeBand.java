package uk.gov.dynamicframework.registry.organisation;

/** Annual income, in the bands the sector's analyses use. */
public enum IncomeBand { UNDER_100K, FROM_100K_TO_1M, FROM_1M_TO_10M, OVER_10M }
