package uk.gov.dynamicframework.registry.organisation;

import java.util.EnumSet;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A qualified organisation's requested change: PENDING until the framework team decides, or a newer one replaces it. */
@Schema(name = "OrganisationChangeRequestStatus")
public enum ChangeRequestStatus {
    PENDING, APPROVED, REJECTED, WITHDRAWN;

    public Set<ChangeRequestStatus> next() {
        return switch (this) {
            case PENDING -> EnumSet.of(APPROVED, REJECTED, WITHDRAWN);
            case APPROVED, REJECTED, WITHDRAWN -> EnumSet.noneOf(ChangeRequestStatus.class);
        };
    }
}
