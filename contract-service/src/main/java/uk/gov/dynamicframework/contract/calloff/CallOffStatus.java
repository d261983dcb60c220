package uk.gov.dynamicframework.contract.calloff;

import java.util.EnumSet;
import java.util.Set;

/** placed -> cancelled. A placed order commits its total against the agreement's value. */
public enum CallOffStatus {
    PLACED, CANCELLED;

    public Set<CallOffStatus> next() {
        return switch (this) {
            case PLACED -> EnumSet.of(CANCELLED);
            case CANCELLED -> EnumSet.noneOf(CallOffStatus.class);
        };
    }
}
