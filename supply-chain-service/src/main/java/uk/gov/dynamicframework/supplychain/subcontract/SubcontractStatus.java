package uk.gov.dynamicframework.supplychain.subcontract;

import java.util.EnumSet;
import java.util.Set;

/** proposed -> confirmed -> ended, or proposed -> withdrawn. Changes while proposed or confirmed are new versions. */
public enum SubcontractStatus {
    PROPOSED, CONFIRMED, WITHDRAWN, ENDED;

    public static final String PATTERN = "PROPOSED|CONFIRMED|WITHDRAWN|ENDED";

    public Set<SubcontractStatus> next() {
        return switch (this) {
            case PROPOSED -> EnumSet.of(CONFIRMED, WITHDRAWN);
            case CONFIRMED -> EnumSet.of(ENDED);
            case WITHDRAWN, ENDED -> EnumSet.noneOf(SubcontractStatus.class);
        };
    }

    /** Proposed or confirmed: counts towards the shares of the agreement's value. */
    public boolean isLive() {
        return this == PROPOSED || this == CONFIRMED;
    }
}
