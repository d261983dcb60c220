package uk.gov.dynamicframework.competition.competition;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import uk.gov.dynamicframework.platform.problem.ApiException;

/**
 * A commissioning body taking part in a competition, and what it contributes to the budget. A co-commissioner is
 * invited first; its share counts, and it manages the competition, only once its commissioner accepts
 * ({@link InvitationStatus}, one guarded method per transition recording who and when).
 */
@Entity
@Table(name = "competition_body")
@IdClass(CompetitionBody.Key.class)
public class CompetitionBody extends PanacheEntityBase {

    @Id
    @Column(name = "competition_id")
    public UUID competitionId;

    @Id
    @Column(name = "body_code")
    public String bodyCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CommissioningRole role;

    @Column(nullable = false, precision = 14, scale = 2)
    public BigDecimal budget;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InvitationStatus invitation;
    @Column(name = "invited_at")
    public Instant invitedAt;
    @Column(name = "invited_by")
    public String invitedBy;
    @Column(name = "responded_at")
    public Instant respondedAt;
    @Column(name = "responded_by")
    public String respondedBy;
    @Column(name = "decline_reason")
    public String declineReason;

    /** Every body named on the competition, the owner first, whatever their answer. */
    public static List<CompetitionBody> of(UUID competitionId) {
        return list("competitionId = ?1 order by role desc, bodyCode", competitionId);
    }

    /** The bodies that commission it: the owner and the co-commissioners who accepted. */
    public static List<CompetitionBody> accepted(UUID competitionId) {
        return of(competitionId).stream().filter(CompetitionBody::counts).toList();
    }

    /** The owner's part: accepted by whoever drafts the competition for it. */
    public static CompetitionBody owner(UUID competitionId, String code, BigDecimal budget, Instant now, String actor) {
        CompetitionBody b = named(competitionId, code, CommissioningRole.OWNER, budget, now, actor);
        b.invitation = InvitationStatus.ACCEPTED;
        b.respondedAt = now;
        b.respondedBy = actor;
        return b;
    }

    /** A co-commissioner named by the owner: invited, until its own commissioner accepts or declines. */
    public static CompetitionBody invite(UUID competitionId, String code, BigDecimal budget, Instant now, String actor) {
        CompetitionBody b = named(competitionId, code, CommissioningRole.CO_COMMISSIONER, budget, now, actor);
        b.invitation = InvitationStatus.INVITED;
        return b;
    }

    private static CompetitionBody named(UUID competitionId, String code, CommissioningRole role, BigDecimal budget,
            Instant now, String actor) {
        CompetitionBody b = new CompetitionBody();
        b.competitionId = competitionId;
        b.bodyCode = code;
        b.role = role;
        b.budget = budget;
        b.invitedAt = now;
        b.invitedBy = actor;
        return b;
    }

    /** True when its budget counts and it manages the competition. */
    public boolean counts() {
        return invitation == InvitationStatus.ACCEPTED;
    }

    public void accept(Instant now, String actor) {
        move(InvitationStatus.ACCEPTED);
        respondedAt = now;
        respondedBy = actor;
    }

    public void decline(Instant now, String actor, String reason) {
        move(InvitationStatus.DECLINED);
        respondedAt = now;
        respondedBy = actor;
        declineReason = reason;
    }

    private void move(InvitationStatus to) {
        if (!invitation.next().contains(to)) {
            throw ApiException.conflict("An invitation that is " + invitation + " cannot become " + to)
                    .with("invitation", invitation).with("allowed", invitation.next());
        }
        invitation = to;
    }

    public static class Key implements Serializable {
        public UUID competitionId;
        public String bodyCode;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(competitionId, k.competitionId)
                    && java.util.Objects.equals(bodyCode, k.bodyCode);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(competitionId, bodyCode);
        }
    }
}
