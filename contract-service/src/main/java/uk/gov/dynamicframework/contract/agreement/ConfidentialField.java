package uk.gov.dynamicframework.contract.agreement;

/** Commercial detail a commissioner may withhold from the public (contacts are never public). */
public enum ConfidentialField {
    /** The agreement's value, committed spend and the bodies' shares. */
    VALUE,
    /** The proposed supply chain's shares of the value. */
    SUPPLY_CHAIN_SHARES,
    /** Unit prices on the rate card (other commissioners still see them, to place call-offs). */
    RATE_CARD_PRICES,
    /** A grant's conditions and reporting requirements. */
    GRANT_TERMS
}
