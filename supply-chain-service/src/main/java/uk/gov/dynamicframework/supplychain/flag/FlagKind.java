package uk.gov.dynamicframework.supplychain.flag;

/** What a flag says; each kind's condition is evaluated over agreements that have not ended and live subcontracts. */
public enum FlagKind {
    /** An agreement with no proposed or confirmed subcontractor. Subject: the agreement. */
    NO_SUBCONTRACTORS,
    /** A lead provider whose supply chains have the same organisation in many areas (threshold in config). Subject: lead:organisation. */
    REPEATED_ORGANISATIONS,
    /** An area where no voluntary organisation (lead or subcontractor) delivers a category agreements there cover. Subject: area:category. */
    NO_VOLUNTARY_ORGANISATION,
    /** An agreement whose share of value subcontracted to small organisations is below its commissioners' threshold. Subject: the agreement. */
    SMALL_ORGANISATION_SHARE_BELOW_THRESHOLD,
    /** A variation left the subcontracts' shares above the agreement's value. Subject: the agreement. */
    SHARES_EXCEED_VALUE
}
