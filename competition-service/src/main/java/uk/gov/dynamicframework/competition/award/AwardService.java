package uk.gov.dynamicframework.competition.award;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.gov.dynamicframework.competition.award.AwardViews.AwardNoticeView;
import uk.gov.dynamicframework.competition.award.AwardViews.AwardView;
import uk.gov.dynamicframework.competition.award.AwardViews.BidFeedbackView;
import uk.gov.dynamicframework.competition.award.AwardViews.FeedbackOutcome;
import uk.gov.dynamicframework.competition.award.AwardViews.LotFeedback;
import uk.gov.dynamicframework.competition.award.AwardViews.NoAwardView;
import uk.gov.dynamicframework.competition.bid.Bid;
import uk.gov.dynamicframework.competition.audit.AuditAction;
import uk.gov.dynamicframework.competition.audit.AuditTrail;
import uk.gov.dynamicframework.competition.competition.Competition;
import uk.gov.dynamicframework.competition.competition.CompetitionAccess;
import uk.gov.dynamicframework.competition.competition.CompetitionEvents;
import uk.gov.dynamicframework.competition.competition.CompetitionEvents.AwardedData;
import uk.gov.dynamicframework.competition.competition.CompetitionEvents.SupplyChainPartner;
import uk.gov.dynamicframework.competition.competition.CompetitionService;
import uk.gov.dynamicframework.competition.competition.CompetitionStatus;
import uk.gov.dynamicframework.platform.money.Money;
import uk.gov.dynamicframework.competition.evaluation.EvaluationService;
import uk.gov.dynamicframework.competition.evaluation.Ranking;
import uk.gov.dynamicframework.competition.lot.Lot;
import uk.gov.dynamicframework.competition.lot.LotOutcome;
import uk.gov.dynamicframework.competition.provider.Provider;
import uk.gov.dynamicframework.platform.outbox.Outbox;
import uk.gov.dynamicframework.platform.problem.ApiException;
import uk.gov.dynamicframework.platform.security.Caller;
import uk.gov.dynamicframework.platform.security.Roles;

/** The award decision, the standstill period, the award itself and each bidder's feedback. */
@ApplicationScoped
public class AwardService {

    private final EntityManager em;
    private final EvaluationService evaluation;
    private final CompetitionService competitions;
    private final Outbox outbox;
    private final Clock clock;
    private final AuditTrail audit;

    public AwardService(EntityManager em, EvaluationService evaluation, CompetitionService competitions, Outbox outbox,
            Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.em = em;
        this.evaluation = evaluation;
        this.competitions = competitions;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Decides every lot: the highest-ranked bid, or no award with a reason. Starts the standstill period. */
    @Transactional
    public Competition decide(UUID competitionId, AwardDecisionRequest request, Caller caller) {
        Competition c = Competition.require(competitionId);
        CompetitionAccess.requireCommissioner(c, caller, "decide its award");
        if (c.status != CompetitionStatus.EVALUATION) {
            throw ApiException.conflict("The award is decided during evaluation; the competition is " + c.status);
        }
        List<Lot> lots = Lot.of(c.id);
        Map<UUID, AwardDecisionRequest.LotDecision> decisions = new HashMap<>();
        request.lots().forEach(d -> decisions.put(d.lotId(), d));
        if (decisions.size() != request.lots().size() || decisions.size() != lots.size()
                || !lots.stream().allMatch(l -> decisions.containsKey(l.id))) {
            throw ApiException.invalid("lots", "must decide every lot of the competition exactly once");
        }
        Instant now = clock.instant();
        List<Award> awards = new ArrayList<>();
        for (Lot lot : lots) {
            var decision = decisions.get(lot.id);
            List<Ranking.RankedBid> ranking = evaluation.ranking(c, lot);
            if (decision.bidId() == null) {
                if (decision.noAwardReason() == null || decision.noAwardReason().isBlank()) {
                    throw ApiException.invalid("lots", "lot " + lot.number + ": name the winning bid or give a noAwardReason");
                }
                lot.noAward(now, caller.actor(), decision.noAwardReason());
                audit.record(c.id, AuditAction.NO_AWARD, caller.actor(), lot.id.toString(), "lot", lot.number,
                        "reason", decision.noAwardReason());
                continue;
            }
            if (ranking.stream().anyMatch(r -> r.standing() == Ranking.Standing.NOT_MODERATED)) {
                throw ApiException.rule("evaluation-incomplete", "Lot " + lot.number + " has bids not yet moderated");
            }
            Ranking.RankedBid first = ranking.stream().filter(r -> Integer.valueOf(1).equals(r.rank())).findFirst()
                    .orElseThrow(() -> ApiException.rule("no-ranked-bid", "Lot " + lot.number + " has no ranked bid to award"));
            if (!first.bidId().equals(decision.bidId())) {
                throw ApiException.rule("not-highest-ranked", "Lot " + lot.number + " must be awarded to the highest-ranked bid "
                        + first.bidId()).with("highestRankedBidId", first.bidId());
            }
            Award award = Award.decided(c.id, lot.id, first.bidId(), first.organisationId(), first.price(), now,
                    caller.actor());
            award.persist();
            lot.awardPending(now, caller.actor());
            awards.add(award);
            audit.record(c.id, AuditAction.AWARD_DECIDED, caller.actor(), lot.id.toString(), "lot", lot.number,
                    "bidId", award.bidId, "organisationId", award.organisationId, "value", award.value);
        }
        if (awards.isEmpty()) {
            c.noAward(now, caller.actor(), "No lot awarded");
            em.flush();
            outbox.publish(CompetitionEvents.TOPIC, CompetitionEvents.NOT_AWARDED, c.id.toString(),
                    CompetitionEvents.CompetitionEndedData.of(c));
        } else {
            c.decide(now, caller.actor());
            audit.record(c.id, AuditAction.AWARD_DECIDED, caller.actor(), null, "standstillWorkingDays", c.standstillDays,
                    "standstillEndsAt", c.standstillEndsAt);
        }
        return c;
    }

    /** At the end of standstill the awards are made and published, one event per awarded lot. */
    @Transactional
    public void finishStandstill(UUID competitionId) {
        Competition c = Competition.require(competitionId);
        Instant now = clock.instant();
        if (!c.standstillOver(now)) {
            return;
        }
        c.award(now);
        em.flush();
        audit.record(c.id, AuditAction.COMPETITION_AWARDED, CompetitionAccess.SERVICE_ACTOR, null, "awardedAt", now);
        for (Award award : Award.of(c.id)) {
            award.activate(now);
            Lot lot = Lot.findById(award.lotId);
            lot.award(now, CompetitionAccess.SERVICE_ACTOR);
            outbox.publish(CompetitionEvents.TOPIC, CompetitionEvents.AWARDED, c.id.toString(), awardedData(c, lot, award));
        }
    }

    private AwardedData awardedData(Competition c, Lot lot, Award award) {
        Provider winner = Provider.findById(award.organisationId);
        return AwardedData.of(c, lot, award,
                new CompetitionEvents.Winner(award.organisationId, winner.name, winner.legalIdentifiers, award.bidId),
                partners(award), competitions.bodyData(c));
    }

    private List<SupplyChainPartner> partners(Award award) {
        Bid bid = Bid.findById(award.bidId);
        return bid.partners.stream().map(p -> {
            Provider org = Provider.findById(p.organisationId());
            return new SupplyChainPartner(p.organisationId(), org == null ? null : org.name,
                    org == null ? List.of() : org.legalIdentifiers, p.share());
        }).toList();
    }

    /** The award notice: public once awarded; the competition's commissioners see it during standstill. */
    public AwardNoticeView notice(UUID competitionId, Caller caller) {
        Competition c = competitions.findVisible(competitionId, caller);
        boolean published = c.status == CompetitionStatus.AWARDED || c.status == CompetitionStatus.NO_AWARD;
        boolean insider = CompetitionAccess.isCommissioner(c, caller) || CompetitionAccess.isEvaluator(c, caller)
                || caller.hasAnyRole(Roles.FRAMEWORK_ADMIN, Roles.AUDITOR);
        if (!published && !(insider && c.status == CompetitionStatus.STANDSTILL)) {
            throw ApiException.notFound("Award notice of competition", competitionId);
        }
        return notice(c);
    }

    public AwardNoticeView notice(Competition c) {
        List<AwardView> awards = Award.of(c.id).stream().map(a -> {
            Lot lot = Lot.findById(a.lotId);
            Provider p = Provider.findById(a.organisationId);
            return new AwardView(a.id, lot.id, lot.number, lot.title, a.organisationId, p.name, p.legalIdentifiers,
                    Money.gbp(a.value), lot.fundingMechanism, lot.contractStart, lot.contractEnd, a.status, a.decidedAt,
                    a.awardedAt, partners(a));
        }).toList();
        List<NoAwardView> none = Lot.of(c.id).stream().filter(l -> l.outcome == LotOutcome.NO_AWARD || l.outcome == LotOutcome.CANCELLED)
                .map(l -> new NoAwardView(l.id, l.number, l.outcome, l.outcomeReason)).toList();
        return new AwardNoticeView(c.id, c.reference, c.ocid, c.title, c.status, c.decidedAt, c.standstillEndsAt,
                c.awardedAt, awards, none);
    }

    /** A bidder's own scores against the winner's, once the decision is made; only for the bidder and commissioners. */
    public BidFeedbackView feedback(UUID competitionId, UUID bidId, Caller caller) {
        Competition c = Competition.require(competitionId);
        Bid bid = Bid.findById(bidId);
        if (bid == null || !bid.competitionId.equals(c.id)) {
            throw ApiException.notFound("Bid", bidId);
        }
        boolean own = caller.actsFor(bid.organisationId);
        if (!own && !CompetitionAccess.isCommissioner(c, caller)) {
            throw ApiException.notFound("Bid", bidId);
        }
        if (c.status != CompetitionStatus.STANDSTILL && c.status != CompetitionStatus.AWARDED
                && c.status != CompetitionStatus.NO_AWARD) {
            throw ApiException.conflict("Feedback is given once the award is decided; the competition is " + c.status);
        }
        List<LotFeedback> lots = new ArrayList<>();
        for (var lp : bid.lots) {
            Lot lot = Lot.findById(lp.lotId());
            String excluded = bid.exclusions.get(lot.id.toString());
            Award award = Award.find("lotId", lot.id).firstResult();
            List<Ranking.RankedBid> ranking = evaluation.ranking(c, lot);
            Ranking.RankedBid mine = ranking.stream().filter(r -> r.bidId().equals(bid.id)).findFirst().orElse(null);
            Ranking.RankedBid winner = award == null ? null
                    : ranking.stream().filter(r -> r.bidId().equals(award.bidId)).findFirst().orElse(null);
            FeedbackOutcome outcome = excluded != null ? FeedbackOutcome.EXCLUDED : award == null ? FeedbackOutcome.NO_AWARD
                    : award.bidId.equals(bid.id) ? FeedbackOutcome.SUCCESSFUL : FeedbackOutcome.UNSUCCESSFUL;
            String winnerName = award == null ? null : ((Provider) Provider.findById(award.organisationId)).name;
            lots.add(new LotFeedback(lot.id, lot.number, outcome, mine == null ? null : mine.rank(),
                    mine == null ? null : mine.total(), mine == null ? Map.of() : mine.weightedScores(), winnerName,
                    winner == null ? null : winner.total(), winner == null ? Map.of() : winner.weightedScores(), excluded));
        }
        return new BidFeedbackView(bid.id, c.id, lots);
    }
}
