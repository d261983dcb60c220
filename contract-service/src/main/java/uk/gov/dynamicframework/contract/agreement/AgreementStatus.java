package uk.gov.dynamicframework.contract.agreement;

import java.util.EnumSet;
import java.util.Set;

/** mobilising -> live -> (suspended <-> live) -> ended: expired (after the end date) or terminated (decided). */
public enum AgreementStatus {
    MOBILISING, LIVE, SUSPENDED, EXPIRED, TERMINATED;

    /** Every status, for validating a status sent as text (a unit test keeps it in step with the values). */
    public static final String PATTERN = "MOBILISING|LIVE|SUSPENDED|EXPIRED|TERMINATED";

    public Set<AgreementStatus> next() {
        return switch (this) {
            case MOBILISING -> EnumSet.of(LIVE, TERMINATED);
            case LIVE -> EnumSet.of(SUSPENDED, EXPIRED, TERMINATED);
            case SUSPENDED -> EnumSet.of(LIVE, EXPIRED, TERMINATED);
            case EXPIRED, TERMINATED -> EnumSet.noneOf(AgreementStatus.class);
        };
    }

    public boolean isEnded() {
        return next().isEmpty();
    }
}
