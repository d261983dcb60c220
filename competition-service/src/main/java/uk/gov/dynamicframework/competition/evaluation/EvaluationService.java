package uk.gov.dynamicframework.competition.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.gov.dynamicframework.competition.CompetitionConfig;
import uk.gov.dynamicframework.competition.audit.AuditAction;
import uk.gov.dynamicframework.competition.audit.AuditTrail;
import uk.gov.dynamicframework.competition.bid.Bid;
import uk.gov.dynamicframework.competition.competition.Competition;
import uk.gov.dynamicframework.competition.competition.CompetitionAccess;
import uk.gov.dynamicframework.competition.competition.CompetitionStatus;
import uk.gov.dynamicframework.competition.lot.Lot;
import uk.gov.dynamicframework.platform.problem.ApiException;
import uk.gov.dynamicframework.platform.problem.Problem.FieldViolation;
import uk.gov.dynamicframework.platform.security.Caller;

/** Independent scoring by several evaluators, moderation of the final score, and the ranking it gives. */
@ApplicationScoped
public class EvaluationService {

    private final Clock clock;
    private final CompetitionConfig config;
    private final AuditTrail audit;

    public EvaluationService(Clock clock, CompetitionConfig config, AuditTrail audit) {
        this.clock = clock;
        this.config = config;
        this.audit = audit;
    }

    /** One evaluator's scores as the views show them. */
    public record EvaluatorScoreView(String evaluator, Map<String, Integer> scores, Map<String, Boolean> passFail,
            String comment, Instant scoredAt) {
    }

    public record ModeratedScoreView(UUID bidId, UUID lotId, Map<String, Integer> scores, Map<String, Boolean> passFail,
            String rationale, String moderatedBy, Instant moderatedAt) {
    }

    @Transactional
    public EvaluatorScoreView score(UUID competitionId, UUID lotId, UUID bidId, ScoreRequest request, Caller caller) {
        Competition c = Competition.require(competitionId);
        caller.require(CompetitionAccess.isEvaluator(c, caller), "Only the competition's named evaluators score bids");
        requireEvaluation(c);
        Bid bid = competingBid(c, lotId, bidId);
        ConflictDeclaration.requireDeclared(c, caller.actor());
        ConflictDeclaration.requireNotConflicted(c, caller.actor(), bid);
        validate(c, request.scores(), request.passFail());
        EvaluatorScore score = EvaluatorScore.<EvaluatorScore>find("bidId = ?1 and lotId = ?2 and evaluator = ?3",
                bid.id, lotId, caller.actor()).firstResultOptional().orElseGet(EvaluatorScore::new);
        score.bidId = bid.id;
        score.lotId = lotId;
        score.evaluator = caller.actor();
        score.scores = new LinkedHashMap<>(request.scores());
        score.passFail = request.passFail() == null ? new LinkedHashMap<>() : new LinkedHashMap<>(request.passFail());
        score.comment = request.comment();
        score.scoredAt = clock.instant();
        score.persist();
        audit.record(c.id, AuditAction.BID_SCORED, caller.actor(), bid.id.toString(), "lotId", lotId,
                "scores", score.scores, "passFail", score.passFail);
        return view(score);
    }

    /** Commissioners see every evaluator's scores; an evaluator sees only its own, so scoring stays independent. */
    public List<EvaluatorScoreView> scores(UUID competitionId, UUID lotId, UUID bidId, Caller caller) {
        Competition c = Competition.require(competitionId);
        boolean commissioner = CompetitionAccess.isCommissioner(c, caller);
        caller.require(commissioner || CompetitionAccess.isEvaluator(c, caller),
                "Only the competition's commissioners and evaluators read scores");
        Bid bid = bidFor(c, lotId, bidId);
        return EvaluatorScore.<EvaluatorScore>list("bidId = ?1 and lotId = ?2 order by scoredAt", bid.id, lotId).stream()
                .filter(s -> commissioner || s.evaluator.equals(caller.actor())).map(this::view).toList();
    }

    @Transactional
    public ModeratedScoreView moderate(UUID competitionId, UUID lotId, UUID bidId, ModerationRequest request, Caller caller) {
        Competition c = Competition.require(competitionId);
        CompetitionAccess.requireCommissioner(c, caller, "moderate scores");
        requireEvaluation(c);
        Bid bid = competingBid(c, lotId, bidId);
        long evaluators = EvaluatorScore.count("bidId = ?1 and lotId = ?2", bid.id, lotId);
        if (evaluators < config.minimumEvaluators()) {
            throw ApiException.rule("too-few-evaluators", "Moderation needs at least " + config.minimumEvaluators()
                    + " independent evaluators' scores; this bid has " + evaluators);
        }
        validate(c, request.scores(), request.passFail());
        ModeratedScore m = ModeratedScore.of(bid.id, lotId);
        Map<String, Integer> before = m == null ? null : new LinkedHashMap<>(m.scores);
        Map<String, Boolean> passFailBefore = m == null ? null : new LinkedHashMap<>(m.passFail);
        if (m == null) {
            m = new ModeratedScore();
            m.bidId = bid.id;
            m.lotId = lotId;
        }
        m.scores = new LinkedHashMap<>(request.scores());
        m.passFail = request.passFail() == null ? new LinkedHashMap<>() : new LinkedHashMap<>(request.passFail());
        m.rationale = request.rationale();
        m.moderatedBy = caller.actor();
        m.moderatedAt = clock.instant();
        m.persist();
        // who moderated, why, and how the scores moved: from the evaluators' (or the previous moderation's) to these
        Map<String, Map<String, Integer>> evaluatorScores = new LinkedHashMap<>();
        EvaluatorScore.<EvaluatorScore>list("bidId = ?1 and lotId = ?2 order by scoredAt", bid.id, lotId)
                .forEach(s -> evaluatorScores.put(s.evaluator, s.scores));
        audit.record(c.id, AuditAction.SCORES_MODERATED, caller.actor(), bid.id.toString(), "lotId", lotId,
                "rationale", m.rationale, "evaluatorScores", evaluatorScores, "previousScores", before,
                "previousPassFail", passFailBefore, "scores", m.scores, "passFail", m.passFail);
        return new ModeratedScoreView(m.bidId, m.lotId, m.scores, m.passFail, m.rationale, m.moderatedBy, m.moderatedAt);
    }

    public List<Ranking.RankedBid> ranking(UUID competitionId, UUID lotId, Caller caller) {
        Competition c = Competition.require(competitionId);
        boolean commissioner = CompetitionAccess.isCommissioner(c, caller);
        caller.require(commissioner || CompetitionAccess.isEvaluator(c, caller),
                "Only the competition's commissioners and evaluators see the ranking");
        if (!commissioner && c.deadlinePassed(clock.instant())) {
            ConflictDeclaration.requireDeclared(c, caller.actor());
        }
        return ranking(c, lot(c, lotId));
    }

    /** The ranking of a lot's competing bids, from the moderated scores. */
    public List<Ranking.RankedBid> ranking(Competition c, Lot lot) {
        if (!c.deadlinePassed(clock.instant())) {
            throw ApiException.forbidden("Bids are sealed until the submission deadline " + c.submissionDeadline);
        }
        List<Ranking.Entry> entries = new ArrayList<>();
        for (Bid bid : Bid.submitted(c.id)) {
            if (bid.competesFor(lot.id)) {
                ModeratedScore m = ModeratedScore.of(bid.id, lot.id);
                entries.add(new Ranking.Entry(bid.id, bid.organisationId, bid.priceFor(lot.id).orElseThrow(),
                        m == null ? null : m.scores, m == null ? null : m.passFail));
            }
        }
        return Ranking.rank(c.criteria, entries);
    }

    private void validate(Competition c, Map<String, Integer> scores, Map<String, Boolean> passFail) {
        List<FieldViolation> invalid = new ArrayList<>();
        for (Criterion criterion : c.criteria) {
            if (criterion.kind() != CriterionKind.PRICE && !scores.containsKey(criterion.code())) {
                invalid.add(new FieldViolation("scores." + criterion.code(), "must be scored (0-100)"));
            }
        }
        scores.keySet().stream().filter(k -> c.criteria.stream().noneMatch(cr -> cr.code().equals(k)
                && cr.kind() != CriterionKind.PRICE)).forEach(k -> invalid.add(new FieldViolation("scores." + k,
                        "is not a scored criterion of this competition (price is scored by formula)")));
        for (PassFailRequirement r : c.passFailRequirements) {
            if (passFail == null || !passFail.containsKey(r.code())) {
                invalid.add(new FieldViolation("passFail." + r.code(), "must be marked pass (true) or fail (false)"));
            }
        }
        if (!invalid.isEmpty()) {
            throw ApiException.invalid("The scores are not complete", invalid);
        }
    }

    private static void requireEvaluation(Competition c) {
        if (c.status != CompetitionStatus.EVALUATION) {
            throw ApiException.conflict("Bids are scored during evaluation; the competition is " + c.status);
        }
    }

    private Lot lot(Competition c, UUID lotId) {
        Lot lot = Lot.findById(lotId);
        if (lot == null || !lot.competitionId.equals(c.id)) {
            throw ApiException.notFound("Lot", lotId);
        }
        return lot;
    }

    /** A bid of this competition for this lot of it (excluded or withdrawn or not), or 404. */
    private Bid bidFor(Competition c, UUID lotId, UUID bidId) {
        lot(c, lotId);
        Bid bid = Bid.findById(bidId);
        if (bid == null || !bid.competitionId.equals(c.id) || bid.priceFor(lotId).isEmpty()) {
            throw ApiException.notFound("Bid", bidId);
        }
        return bid;
    }

    private Bid competingBid(Competition c, UUID lotId, UUID bidId) {
        lot(c, lotId);
        Bid bid = Bid.findById(bidId);
        if (bid == null || !bid.competitionId.equals(c.id)) {
            throw ApiException.notFound("Bid", bidId);
        }
        if (!bid.competesFor(lotId)) {
            throw ApiException.rule("bid-not-competing", "The bid does not compete for this lot"
                    + (bid.exclusions.containsKey(lotId.toString()) ? ": " + bid.exclusions.get(lotId.toString()) : ""));
        }
        return bid;
    }

    private EvaluatorScoreView view(EvaluatorScore s) {
        return new EvaluatorScoreView(s.evaluator, s.scores, s.passFail, s.comment, s.scoredAt);
    }
}
