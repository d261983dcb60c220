package uk.gov.dynamicframework.competition.award;

import java.util.EnumSet;
import java.util.Set;

/** pending standstill -> active when standstill ends, or cancelled with the competition. */
@org.eclipse.microprofile.openapi.annotations.media.Schema(name = "AwardStatus")
public enum AwardStatus {
    PENDING_STANDSTILL, ACTIVE, CANCELLED;

    public Set<AwardStatus> next() {
        return switch (this) {
            case PENDING_STANDSTILL -> EnumSet.of(ACTIVE, CANCELLED);
            case ACTIVE, CANCELLED -> EnumSet.noneOf(AwardStatus.class);
        };
    }
}
