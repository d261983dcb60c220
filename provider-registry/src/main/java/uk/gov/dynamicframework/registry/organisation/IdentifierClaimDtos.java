package uk.gov.dynamicframework.registry.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Requests and views of identifier claims and their conflicts. */
public final class IdentifierClaimDtos {

    private IdentifierClaimDtos() {
    }

    @Schema(name = "IdentifierClaimView")
    public record IdentifierClaimView(UUID id, UUID organisationId, String organisationName, String identifier,
            ClaimStatus status, String claimedBy, Instant claimedAt, String decidedBy, Instant decidedAt,
            String evidence, String reason, long version) {

        public static IdentifierClaimView of(IdentifierClaim c, String organisationName) {
            return new IdentifierClaimView(c.id, c.organisationId, organisationName, c.identifier, c.status,
                    c.claimedBy, c.claimedAt, c.decidedBy, c.decidedAt, c.evidence, c.reason, c.version);
        }
    }

    /** An identifier claimed by more than one organisation and verified for none: the framework team decides. */
    @Schema(name = "IdentifierConflictView")
    public record IdentifierConflictView(String identifier, List<IdentifierClaimView> claims) {
    }

    /** Verifying a claim: what it rests on (a register extract, a document) and why. */
    @Schema(name = "IdentifierVerificationRequest", examples = """
            {"evidence": "Charity Commission register entry 1099013, trustees' letter on headed paper",
             "reason": "Registered name and address match the register"}""")
    public record VerificationRequest(@NotBlank @Size(max = 2000) String evidence,
            @NotBlank @Size(max = 2000) String reason) {
    }

    @Schema(name = "IdentifierRejectionRequest", examples = """
            {"reason": "The register names a different organisation at a different address"}""")
    public record RejectionRequest(@NotBlank @Size(max = 2000) String reason) {
    }
}
