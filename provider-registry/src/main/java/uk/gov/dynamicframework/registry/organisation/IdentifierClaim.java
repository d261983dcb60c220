package uk.gov.dynamicframework.registry.organisation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import uk.gov.dynamicframework.platform.problem.ApiException;

/**
 * An organisation's claim to one legal identifier, who made it and when, and the framework team's decision on it.
 * The transitions are the methods below; each checks it is allowed from the current status and records who and when.
 */
@Entity
@Table(name = "identifier_claim")
public class IdentifierClaim extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Column(nullable = false)
    public String identifier;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ClaimStatus status;

    @Column(name = "claimed_at", nullable = false)
    public Instant claimedAt;

    @Column(name = "claimed_by", nullable = false)
    public String claimedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    /** What the verification rests on: a register extract, a document reference. */
    public String evidence;

    public String reason;

    @Version
    public long version;

    public static IdentifierClaim claim(UUID organisationId, String identifier, String by, Instant at) {
        IdentifierClaim claim = new IdentifierClaim();
        claim.id = UUID.randomUUID();
        claim.organisationId = organisationId;
        claim.identifier = identifier;
        claim.status = ClaimStatus.CLAIMED;
        claim.claimedBy = by;
        claim.claimedAt = at;
        return claim;
    }

    public void verify(String evidence, String reason, String by, Instant at) {
        move(ClaimStatus.VERIFIED, reason, by, at);
        this.evidence = evidence;
    }

    public void reject(String reason, String by, Instant at) {
        move(ClaimStatus.REJECTED, reason, by, at);
    }

    /** The organisation dropped the identifier from its details. */
    public void withdraw(String by, Instant at) {
        move(ClaimStatus.WITHDRAWN, null, by, at);
    }

    private void move(ClaimStatus to, String why, String by, Instant at) {
        if (!status.next().contains(to)) {
            throw ApiException.conflict("A claim that is " + status + " cannot become " + to)
                    .with("status", status).with("allowedNext", status.next());
        }
        status = to;
        reason = why;
        decidedBy = by;
        decidedAt = at;
    }

    /** The live (claimed or verified) claims to {@code identifier}, oldest first. */
    public static List<IdentifierClaim> liveClaimsTo(String identifier) {
        return list("identifier = ?1 and status in ?2 order by claimedAt, id", identifier,
                List.of(ClaimStatus.CLAIMED, ClaimStatus.VERIFIED));
    }
}
