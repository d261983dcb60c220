package uk.gov.dynamicframework.contract.agreement;

import java.util.EnumSet;
import java.util.Set;

/**
 * A co-commissioning body's consent to an agreement recorded by the framework team: invited -> accepted or declined.
 * The owning body, and every body of an agreement made from an award (consented in competition-service), is accepted
 * from the start.
 */
@org.eclipse.microprofile.openapi.annotations.media.Schema(name = "AgreementInvitationStatus")
public enum InvitationStatus {
    INVITED, ACCEPTED, DECLINED;

    public Set<InvitationStatus> next() {
        return switch (this) {
            case INVITED -> EnumSet.of(ACCEPTED, DECLINED);
            case ACCEPTED, DECLINED -> EnumSet.noneOf(InvitationStatus.class);
        };
    }
}
