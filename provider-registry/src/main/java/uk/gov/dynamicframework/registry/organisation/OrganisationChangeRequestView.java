package uk.gov.dynamicframework.registry.organisation;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A requested change to a qualified organisation's reviewed declarations, and the framework team's decision. */
@Schema(name = "OrganisationChangeRequestView")
public record OrganisationChangeRequestView(UUID id, UUID organisationId, ChangeRequestStatus status,
        Map<String, OrganisationChange.FieldChange> changes, String requestedBy, Instant requestedAt, String decidedBy,
        Instant decidedAt, String reason, long version) {

    public static OrganisationChangeRequestView of(OrganisationChangeRequest c) {
        return new OrganisationChangeRequestView(c.id, c.organisationId, c.status, c.changes, c.requestedBy,
                c.requestedAt, c.decidedBy, c.decidedAt, c.reason, c.version);
    }
}
