package uk.gov.dynamicframework.competition.clarification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import uk.gov.dynamicframework.competition.clarification.ClarificationRequests.ClarificationAnswerRequest;
import uk.gov.dynamicframework.competition.clarification.ClarificationRequests.ClarificationQuestionRequest;
import uk.gov.dynamicframework.competition.clarification.ClarificationRequests.ClarificationView;
import uk.gov.dynamicframework.competition.audit.AuditAction;
import uk.gov.dynamicframework.competition.audit.AuditTrail;
import uk.gov.dynamicframework.competition.competition.Competition;
import uk.gov.dynamicframework.competition.competition.CompetitionAccess;
import uk.gov.dynamicframework.competition.competition.CompetitionEvents;
import uk.gov.dynamicframework.competition.competition.CompetitionStatus;
import uk.gov.dynamicframework.competition.lot.Lot;
import uk.gov.dynamicframework.competition.provider.Eligibility;
import uk.gov.dynamicframework.platform.outbox.Outbox;
import uk.gov.dynamicframework.platform.problem.ApiException;
import uk.gov.dynamicframework.platform.security.Caller;
import uk.gov.dynamicframework.platform.security.Roles;

/** Questions from eligible providers, answered to all of them without revealing who asked. */
@ApplicationScoped
public class ClarificationService {

    private final Eligibility eligibility;
    private final Outbox outbox;
    private final Clock clock;
    private final AuditTrail audit;

    public ClarificationService(Eligibility eligibility, Outbox outbox, Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.eligibility = eligibility;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Clarification ask(UUID competitionId, ClarificationQuestionRequest request, Caller caller) {
        Competition c = Competition.requirePublic(competitionId);
        UUID org = requireEligible(c, caller);
        Instant now = clock.instant();
        if (c.status != CompetitionStatus.PUBLISHED || !now.isBefore(c.clarificationDeadline)) {
            throw ApiException.rule("clarification-closed", "Questions were accepted until " + c.clarificationDeadline);
        }
        Clarification q = new Clarification();
        q.id = UUID.randomUUID();
        q.competitionId = c.id;
        q.askedByOrganisation = org;
        q.askedBy = caller.actor();
        q.askedAt = now;
        q.question = request.question().trim();
        q.persist();
        return q;
    }

    @Transactional
    public Clarification answer(UUID competitionId, UUID clarificationId, ClarificationAnswerRequest request, Caller caller) {
        Competition c = Competition.requirePublic(competitionId);
        CompetitionAccess.requireCommissioner(c, caller, "answer its clarifications");
        Clarification q = Clarification.findById(clarificationId);
        if (q == null || !q.competitionId.equals(c.id)) {
            throw ApiException.notFound("Clarification", clarificationId);
        }
        if (q.isAnswered()) {
            throw ApiException.conflict("The clarification is already answered and published");
        }
        Instant now = clock.instant();
        if (request.question() != null && !request.question().isBlank()) {
            q.question = request.question().trim();
        }
        q.answer(request.answer().trim(), now, caller.actor());
        audit.record(c.id, AuditAction.CLARIFICATION_ANSWERED, caller.actor(), q.id.toString());
        List<UUID> eligible = eligibleProviders(c);
        outbox.publish(CompetitionEvents.TOPIC, CompetitionEvents.CLARIFICATION_PUBLISHED, c.id.toString(),
                CompetitionEvents.ClarificationPublishedData.of(c, q, eligible));
        return q;
    }

    /**
     * Answered clarifications of a published competition are public. The competition's commissioners and evaluators
     * and auditors also see the unanswered questions, never who asked (knowing it could bias evaluation); only the
     * framework team sees the asker, to deal with abuse. An eligible provider also sees its own questions.
     */
    public List<ClarificationView> list(UUID competitionId, Caller caller) {
        Competition c = Competition.requirePublic(competitionId);
        List<Clarification> all = Clarification.list("competitionId = ?1 order by askedAt", c.id);
        if (caller.hasRole(Roles.FRAMEWORK_ADMIN)) {
            return all.stream().map(q -> view(q, true)).toList();
        }
        if (CompetitionAccess.isCommissioner(c, caller) || CompetitionAccess.isEvaluator(c, caller)
                || caller.hasRole(Roles.AUDITOR)) {
            return all.stream().map(q -> view(q, false)).toList();
        }
        UUID own = caller.hasRole(Roles.PROVIDER) ? caller.organisationUuid().orElse(null) : null;
        return all.stream().filter(q -> q.isAnswered() || q.askedByOrganisation.equals(own))
                .map(q -> view(q, q.askedByOrganisation.equals(own))).toList();
    }

    private UUID requireEligible(Competition c, Caller caller) {
        caller.require(caller.hasRole(Roles.PROVIDER), "Only eligible providers ask and read clarifications");
        UUID org = caller.organisationUuid()
                .orElseThrow(() -> ApiException.forbidden("A provider token must name its organisation"));
        var provider = eligibility.of(org);
        boolean eligibleForALot = Lot.readOnlyOf(c.id).stream()
                .anyMatch(l -> provider.check(l.category, l.areas).eligible());
        caller.require(eligibleForALot, "Only providers eligible for a lot of this competition ask and read clarifications");
        return org;
    }

    private List<UUID> eligibleProviders(Competition c) {
        return Lot.of(c.id).stream().flatMap(l -> eligibility.eligibleProviders(l.category, l.areas).stream())
                .distinct().sorted().toList();
    }

    static ClarificationView view(Clarification q, boolean showAsker) {
        return new ClarificationView(q.id, q.competitionId, q.question, q.answer, q.askedAt, q.answeredAt,
                showAsker ? q.askedByOrganisation : null);
    }

}
