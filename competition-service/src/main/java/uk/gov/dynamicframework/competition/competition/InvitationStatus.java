package uk.gov.dynamicframework.competition.competition;

import java.util.EnumSet;
import java.util.Set;

/** A co-commissioner's consent: invited -> accepted or declined. The owner's own part is accepted from the start. */
@org.eclipse.microprofile.openapi.annotations.media.Schema(name = "CoCommissioningInvitationStatus")
public enum InvitationStatus {
    INVITED, ACCEPTED, DECLINED;

    public static final String PATTERN = "INVITED|ACCEPTED|DECLINED";

    public Set<InvitationStatus> next() {
        return switch (this) {
            case INVITED -> EnumSet.of(ACCEPTED, DECLINED);
            case ACCEPTED, DECLINED -> EnumSet.noneOf(InvitationStatus.class);
        };
    }
}
