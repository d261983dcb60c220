package uk.gov.dynamicframework.competition.opportunity;

import java.util.EnumSet;
import java.util.Set;

/** draft -> published. A draft is seen only by its commissioning body, the framework team and auditors. */
@org.eclipse.microprofile.openapi.annotations.media.Schema(name = "OpportunityStatus")
public enum OpportunityStatus {
    DRAFT, PUBLISHED;

    public Set<OpportunityStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(PUBLISHED);
            case PUBLISHED -> EnumSet.noneOf(OpportunityStatus.class);
        };
    }
}
