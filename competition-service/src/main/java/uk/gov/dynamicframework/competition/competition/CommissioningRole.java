package uk.gov.dynamicframework.competition.competition;

/** A body's part in a competition: the owner, or one of the co-commissioners. Both manage it. */
public enum CommissioningRole {
    OWNER, CO_COMMISSIONER
}
