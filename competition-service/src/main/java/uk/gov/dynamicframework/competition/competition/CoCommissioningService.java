package uk.gov.dynamicframework.competition.competition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.dynamicframework.competition.audit.AuditAction;
import uk.gov.dynamicframework.competition.audit.AuditTrail;
import uk.gov.dynamicframework.competition.body.CommissioningBody;
import uk.gov.dynamicframework.platform.money.Money;
import uk.gov.dynamicframework.platform.outbox.Outbox;
import uk.gov.dynamicframework.platform.problem.ApiException;
import uk.gov.dynamicframework.platform.security.Caller;
import uk.gov.dynamicframework.platform.security.Roles;

/**
 * Co-commissioning by consent: a body named on a draft competition answers its invitation through its own
 * commissioner. Until it accepts, its budget does not count, it does not manage the competition, and the competition
 * cannot be published.
 */
@ApplicationScoped
public class CoCommissioningService {

    private final EntityManager em;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Clock clock;

    public CoCommissioningService(EntityManager em, Outbox outbox, AuditTrail audit, Clock clock) {
        this.em = em;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public CoCommissioningInvitationView accept(UUID competitionId, String bodyCode, Caller caller) {
        Answer a = answering(competitionId, bodyCode, caller);
        a.body().accept(clock.instant(), caller.actor());
        return answered(a, AuditAction.CO_COMMISSIONER_ACCEPTED, CompetitionEvents.CO_COMMISSIONER_ACCEPTED, caller);
    }

    @Transactional
    public CoCommissioningInvitationView decline(UUID competitionId, String bodyCode, String reason, Caller caller) {
        Answer a = answering(competitionId, bodyCode, caller);
        a.body().decline(clock.instant(), caller.actor(), reason.trim());
        return answered(a, AuditAction.CO_COMMISSIONER_DECLINED, CompetitionEvents.CO_COMMISSIONER_DECLINED, caller);
    }

    /** A body's invitations, newest first: its commissioners, the framework team and auditors. */
    public List<CoCommissioningInvitationView> invitations(String bodyCode, InvitationStatus status, Caller caller) {
        if (CommissioningBody.findById(bodyCode) == null) {
            throw ApiException.notFound("Commissioning body", bodyCode);
        }
        boolean own = caller.hasRole(Roles.COMMISSIONER) && caller.commissioningBody().filter(bodyCode::equals).isPresent();
        caller.require(own || caller.hasAnyRole(Roles.FRAMEWORK_ADMIN, Roles.AUDITOR),
                "Only " + bodyCode + "'s commissioners see its invitations");
        List<CompetitionBody> parts = status == null
                ? CompetitionBody.list("bodyCode = ?1 and role = ?2 order by invitedAt desc", bodyCode, CommissioningRole.CO_COMMISSIONER)
                : CompetitionBody.list("bodyCode = ?1 and role = ?2 and invitation = ?3 order by invitedAt desc", bodyCode,
                        CommissioningRole.CO_COMMISSIONER, status);
        return parts.stream().map(b -> CoCommissioningInvitationView.of(Competition.findById(b.competitionId), b)).toList();
    }

    private Answer answering(UUID competitionId, String bodyCode, Caller caller) {
        // the answer changes the competition (its total budget, who manages it): a new version, so a new ETag
        Competition c = Competition.require(competitionId, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        caller.require(caller.commissioningBody().filter(bodyCode::equals).isPresent(),
                "Only a commissioner of " + bodyCode + " answers its invitation");
        CompetitionBody body = CompetitionBody.<CompetitionBody>find("competitionId = ?1 and bodyCode = ?2", c.id, bodyCode)
                .firstResultOptional()
                .filter(b -> b.role == CommissioningRole.CO_COMMISSIONER)
                .orElseThrow(() -> ApiException.notFound("Co-commissioning invitation", c.id + "/" + bodyCode));
        if (c.status != CompetitionStatus.DRAFT) {
            throw ApiException.conflict("Invitations are answered while the competition is a draft; it is " + c.status);
        }
        return new Answer(c, body);
    }

    private CoCommissioningInvitationView answered(Answer a, AuditAction action, String type, Caller caller) {
        Competition c = a.competition();
        em.flush();
        audit.record(c.id, action, caller.actor(), a.body().bodyCode, "budget", a.body().budget,
                "reason", a.body().declineReason);
        outbox.publish(CompetitionEvents.TOPIC, type, c.id.toString(), CompetitionEvents.CoCommissionerData.of(c, a.body()));
        return CoCommissioningInvitationView.of(c, a.body());
    }

    private record Answer(Competition competition, CompetitionBody body) {
    }

    /** An invitation to co-commission a competition, and its answer. */
    @Schema(name = "CoCommissioningInvitationView")
    public record CoCommissioningInvitationView(UUID competitionId, String reference, String title, String ownerBody,
            CompetitionStatus competitionStatus, String bodyCode, Money budget, InvitationStatus invitation,
            Instant invitedAt, String invitedBy, Instant respondedAt, String respondedBy, String declineReason) {
        static CoCommissioningInvitationView of(Competition c, CompetitionBody b) {
            return new CoCommissioningInvitationView(c.id, c.reference, c.title, c.ownerBody, c.status, b.bodyCode,
                    Money.gbp(b.budget), b.invitation, b.invitedAt, b.invitedBy, b.respondedAt, b.respondedBy,
                    b.declineReason);
        }
    }
}
