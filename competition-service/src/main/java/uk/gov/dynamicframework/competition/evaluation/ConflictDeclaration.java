package uk.gov.dynamicframework.competition.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import uk.gov.dynamicframework.competition.bid.Bid;
import uk.gov.dynamicframework.competition.competition.Competition;
import uk.gov.dynamicframework.platform.problem.ApiException;

/**
 * An evaluator's declaration about one bidder: conflicted or not, with details. Every bidder must be declared before
 * the evaluator reads a bid or scores; a conflicted evaluator never reads nor scores that bidder's bid.
 */
@Entity
@Table(name = "conflict_declaration")
@IdClass(ConflictDeclaration.Key.class)
public class ConflictDeclaration extends PanacheEntityBase {

    @Id
    @Column(name = "competition_id")
    public UUID competitionId;

    @Id
    public String evaluator;

    @Id
    @Column(name = "organisation_id")
    public UUID organisationId;

    @Column(nullable = false)
    public boolean conflicted;

    public String details;

    @Column(name = "declared_at", nullable = false)
    public Instant declaredAt;

    public static List<ConflictDeclaration> of(UUID competitionId, String evaluator) {
        return list("competitionId = ?1 and evaluator = ?2", competitionId, evaluator);
    }

    /** The organisations that bid (a submitted bid at the deadline): known, and so declared about, after it. */
    public static Set<UUID> bidders(Competition c) {
        Set<UUID> bidders = new LinkedHashSet<>();
        Bid.submitted(c.id).forEach(b -> bidders.add(b.organisationId));
        return bidders;
    }

    /** Refuses (409) an evaluator who has not yet declared about every bidder. */
    public static void requireDeclared(Competition c, String evaluator) {
        Set<UUID> undeclared = bidders(c);
        of(c.id, evaluator).forEach(d -> undeclared.remove(d.organisationId));
        if (!undeclared.isEmpty()) {
            throw new ApiException(409, "conflicts-undeclared", "Conflicts of interest not declared",
                    "Declare any conflict of interest with each bidder (PUT /v1/competitions/" + c.id
                            + "/conflict-declarations/mine) before reading or scoring bids", java.util.List.of())
                    .with("undeclaredBidders", undeclared);
        }
    }

    public static boolean isConflicted(UUID competitionId, String evaluator, UUID organisationId) {
        return count("competitionId = ?1 and evaluator = ?2 and organisationId = ?3 and conflicted = true",
                competitionId, evaluator, organisationId) > 0;
    }

    /** Refuses (403) an evaluator conflicted with the bid's organisation. */
    public static void requireNotConflicted(Competition c, String evaluator, Bid bid) {
        if (isConflicted(c.id, evaluator, bid.organisationId)) {
            throw new ApiException(403, "conflict-of-interest", "Conflict of interest",
                    "You declared a conflict of interest with the organisation of bid " + bid.id
                            + ": you may neither read nor score it", java.util.List.of())
                    .with("bidId", bid.id);
        }
    }

    public static class Key implements Serializable {
        public UUID competitionId;
        public String evaluator;
        public UUID organisationId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(competitionId, k.competitionId)
                    && Objects.equals(evaluator, k.evaluator) && Objects.equals(organisationId, k.organisationId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(competitionId, evaluator, organisationId);
        }
    }
}
