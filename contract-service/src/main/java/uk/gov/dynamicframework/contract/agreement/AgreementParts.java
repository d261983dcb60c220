package uk.gov.dynamicframework.contract.agreement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.dynamicframework.platform.problem.ApiException;

/** The value objects an agreement is stored with (as JSON columns). Amounts are pounds, scale 2. */
public final class AgreementParts {

    private AgreementParts() {
    }

    /**
     * A commissioning body of the agreement and its share of the budget (null when not known), with its consent: a
     * co-commissioner named when the framework team records an agreement is {@code INVITED} until its commissioner
     * accepts; until then its share does not count and it cannot manage the agreement. A missing invitation (rows from
     * before consent existed) reads as accepted.
     */
    public record BodyShare(String bodyId, String name, String kind, String role, BigDecimal share,
            InvitationStatus invitation, Instant invitedAt, String invitedBy, Instant respondedAt, String respondedBy,
            String declineReason) {

        public static BodyShare accepted(String bodyId, String name, String kind, String role, BigDecimal share) {
            return new BodyShare(bodyId, name, kind, role, share, InvitationStatus.ACCEPTED, null, null, null, null, null);
        }

        public static BodyShare invited(String bodyId, String name, String kind, String role, BigDecimal share,
                Instant at, String by) {
            return new BodyShare(bodyId, name, kind, role, share, InvitationStatus.INVITED, at, by, null, null, null);
        }

        public InvitationStatus status() {
            return invitation == null ? InvitationStatus.ACCEPTED : invitation;
        }

        /** Party to the agreement: its share counts and its commissioners manage it. */
        public boolean counts() {
            return status() == InvitationStatus.ACCEPTED;
        }

        public BodyShare accept(Instant at, String by) {
            return respond(InvitationStatus.ACCEPTED, at, by, null);
        }

        public BodyShare decline(Instant at, String by, String reason) {
            return respond(InvitationStatus.DECLINED, at, by, reason);
        }

        private BodyShare respond(InvitationStatus to, Instant at, String by, String reason) {
            if (!status().next().contains(to)) {
                throw ApiException.conflict("The invitation of body " + bodyId + " is " + status() + "; it cannot become " + to)
                        .with("invitation", status());
            }
            return new BodyShare(bodyId, name, kind, role, share, to, invitedAt, invitedBy, at, by, reason);
        }
    }

    /** An organisation proposed in the winning bid as a subcontractor, with its share of the value. */
    public record SupplyChainMember(UUID organisationId, String name, List<String> legalIdentifiers, BigDecimal sharePercent,
            BigDecimal share) {
    }

    @Schema(name = "AgreementContact", examples = "{\"name\": \"Sam Patel\", \"email\": \"sam.patel@example.gov.uk\", \"phone\": \"0300 123 4567\"}")
    public record Contact(
            @jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 200) String name,
            @jakarta.validation.constraints.Email @jakarta.validation.constraints.Size(max = 200) String email,
            @jakarta.validation.constraints.Size(max = 50) String phone) {
    }

    /** What a variation or extension can change, recorded before and after in the history. */
    public record Terms(BigDecimal value, LocalDate startDate, LocalDate endDate, List<String> categories,
            String regionCode, List<String> areas) {
    }
}
