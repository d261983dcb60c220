package uk.gov.dynamicframework.competition.competition;

import java.util.EnumSet;
import java.util.Set;

/** draft -> published -> closed -> evaluation -> standstill -> awarded, or cancelled / no award. */
public enum CompetitionStatus {
    DRAFT, PUBLISHED, CLOSED, EVALUATION, STANDSTILL, AWARDED, CANCELLED, NO_AWARD;

    /** Every status, for validating a status sent as text (a unit test keeps it in step with the values). */
    public static final String PATTERN = "DRAFT|PUBLISHED|CLOSED|EVALUATION|STANDSTILL|AWARDED|CANCELLED|NO_AWARD";

    public Set<CompetitionStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(PUBLISHED, CANCELLED);
            case PUBLISHED -> EnumSet.of(CLOSED, CANCELLED);
            case CLOSED -> EnumSet.of(EVALUATION, CANCELLED);
            case EVALUATION -> EnumSet.of(STANDSTILL, NO_AWARD, CANCELLED);
            case STANDSTILL -> EnumSet.of(AWARDED, CANCELLED);
            case AWARDED, CANCELLED, NO_AWARD -> EnumSet.noneOf(CompetitionStatus.class);
        };
    }

    public boolean isPublic() {
        return this != DRAFT;
    }

    public boolean isEnded() {
        return next().isEmpty();
    }
}
