package uk.gov.dynamicframework.competition.bid;

import java.util.EnumSet;
import java.util.Set;

/**
 * submitted -> (resubmitted, contents replaced) -> withdrawn -> submitted again, all before the deadline. Exclusion at
 * the deadline is per lot ({@link Bid#exclude}), not a status: a bid may be excluded from one lot and compete in another.
 */
public enum BidStatus {
    SUBMITTED, WITHDRAWN;

    public Set<BidStatus> next() {
        return switch (this) {
            case SUBMITTED -> EnumSet.of(SUBMITTED, WITHDRAWN); // SUBMITTED again: a resubmission replaces the contents
            case WITHDRAWN -> EnumSet.of(SUBMITTED);
        };
    }
}
