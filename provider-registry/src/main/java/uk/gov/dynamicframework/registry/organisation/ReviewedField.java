package uk.gov.dynamicframework.registry.organisation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The declarations of a qualified organisation that feed the directory filters, eligibility and the diversity
 * figures: a change to any of them waits for the framework team, unless configured as self-service.
 */
@Schema(name = "OrganisationReviewedField")
public enum ReviewedField {
    LEGAL_IDENTIFIERS("legalIdentifiers"),
    LEGAL_FORM("legalForm"),
    SECTOR("sector"),
    INCOME_BAND("incomeBand"),
    CHARACTERISTICS("characteristics");

    /** The field's name in requests, views and the history. */
    public final String field;

    ReviewedField(String field) {
        this.field = field;
    }
}
