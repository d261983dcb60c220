package uk.gov.dynamicframework.registry.application;

import java.util.EnumSet;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a framework application stands. SUBMITTED, QUALIFIED and SUSPENDED are live (one per organisation);
 * REJECTED and REMOVED are final, and the organisation may apply again.
 */
@Schema(name = "FrameworkApplicationStatus")
public enum ApplicationStatus {
    SUBMITTED, QUALIFIED, REJECTED, SUSPENDED, REMOVED;

    public static final Set<ApplicationStatus> LIVE = EnumSet.of(SUBMITTED, QUALIFIED, SUSPENDED);

    public boolean isLive() {
        return LIVE.contains(this);
    }
}
