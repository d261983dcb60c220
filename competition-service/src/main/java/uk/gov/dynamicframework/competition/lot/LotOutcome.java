package uk.gov.dynamicframework.competition.lot;

import java.util.EnumSet;
import java.util.Set;

/** open -> award pending (standstill) -> awarded; open -> no award; open or award pending -> cancelled. */
public enum LotOutcome {
    OPEN, AWARD_PENDING, AWARDED, NO_AWARD, CANCELLED;

    public Set<LotOutcome> next() {
        return switch (this) {
            case OPEN -> EnumSet.of(AWARD_PENDING, NO_AWARD, CANCELLED);
            case AWARD_PENDING -> EnumSet.of(AWARDED, CANCELLED);
            case AWARDED, NO_AWARD, CANCELLED -> EnumSet.noneOf(LotOutcome.class);
        };
    }

    public boolean isEnded() {
        return next().isEmpty();
    }
}
