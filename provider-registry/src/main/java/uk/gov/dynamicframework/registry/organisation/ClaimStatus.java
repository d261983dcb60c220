package uk.gov.dynamicframework.registry.organisation;

import java.util.EnumSet;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where an organisation's claim to a legal identifier stands: CLAIMED until the framework team (or a register check)
 * verifies it or rejects it; WITHDRAWN when the organisation itself drops the identifier.
 */
@Schema(name = "IdentifierClaimStatus")
public enum ClaimStatus {
    CLAIMED, VERIFIED, REJECTED, WITHDRAWN;

    public Set<ClaimStatus> next() {
        return switch (this) {
            case CLAIMED -> EnumSet.of(VERIFIED, REJECTED, WITHDRAWN);
            case VERIFIED -> EnumSet.of(WITHDRAWN);
            case REJECTED, WITHDRAWN -> EnumSet.noneOf(ClaimStatus.class);
        };
    }

    /** Whether the organisation still holds the identifier. */
    public boolean isLive() {
        return this == CLAIMED || this == VERIFIED;
    }
}
