package uk.gov.dynamicframework.competition.lot;

/** How the winner is paid: a grant (the default, simpler for small organisations) or a contract. */
public enum FundingMechanism {
    GRANT, CONTRACT
}
