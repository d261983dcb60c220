package uk.gov.dynamicframework.registry.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.platform.problem.ApiException;

/** The claim state machine, without Quarkus. */
class IdentifierClaimTest {

    private static final Instant CLAIMED_AT = Instant.parse("2026-05-01T09:00:00Z");
    private static final Instant DECIDED_AT = Instant.parse("2026-05-02T10:00:00Z");

    @Test
    void verifyingRecordsWhoWhenWhyAndTheEvidence() {
        IdentifierClaim claim = IdentifierClaim.claim(UUID.randomUUID(), "GB-CHC-1099013", "provider-1", CLAIMED_AT);
        claim.verify("Register extract 1099013", "Name and address match", "admin-1", DECIDED_AT);

        assertThat(claim.status).isEqualTo(ClaimStatus.VERIFIED);
        assertThat(claim.evidence).isEqualTo("Register extract 1099013");
        assertThat(claim.reason).isEqualTo("Name and address match");
        assertThat(claim.decidedBy).isEqualTo("admin-1");
        assertThat(claim.decidedAt).isEqualTo(DECIDED_AT);
        assertThat(claim.claimedBy).isEqualTo("provider-1");
    }

    @Test
    void aRejectedClaimCannotBeVerifiedAfterwards() {
        IdentifierClaim claim = IdentifierClaim.claim(UUID.randomUUID(), "GB-CHC-1099013", "provider-1", CLAIMED_AT);
        claim.reject("Register names another charity", "admin-1", DECIDED_AT);

        assertThatThrownBy(() -> claim.verify("x", "y", "admin-2", DECIDED_AT))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(409));
        assertThat(claim.status).isEqualTo(ClaimStatus.REJECTED);
        assertThat(claim.decidedBy).isEqualTo("admin-1");
    }

    @Test
    void aVerifiedClaimCanOnlyBeWithdrawnByDroppingTheIdentifier() {
        assertThat(ClaimStatus.VERIFIED.next()).containsExactly(ClaimStatus.WITHDRAWN);
        assertThat(ClaimStatus.REJECTED.next()).isEmpty();
        assertThat(ClaimStatus.WITHDRAWN.next()).isEmpty();
    }
}
