package uk.gov.dynamicframework.competition.competition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import uk.gov.dynamicframework.competition.CompetitionConfig;
import uk.gov.dynamicframework.competition.audit.AuditAction;
import uk.gov.dynamicframework.competition.audit.AuditTrail;
import uk.gov.dynamicframework.competition.award.Award;
import uk.gov.dynamicframework.competition.bid.BidService;
import uk.gov.dynamicframework.competition.body.CommissioningBody;
import uk.gov.dynamicframework.competition.competition.CompetitionEvents.BodyData;
import uk.gov.dynamicframework.competition.competition.CompetitionEvents.ExclusionData;
import uk.gov.dynamicframework.competition.competition.CompetitionEvents.LotData;
import uk.gov.dynamicframework.competition.evaluation.EvaluationCriteria;
import uk.gov.dynamicframework.competition.lot.EligiblePopulation;
import uk.gov.dynamicframework.competition.lot.FundingMechanism;
import uk.gov.dynamicframework.competition.lot.Lot;
import uk.gov.dynamicframework.competition.lot.LotOutcome;
import uk.gov.dynamicframework.competition.lot.LotRequest;
import uk.gov.dynamicframework.competition.lot.LotView;
import uk.gov.dynamicframework.competition.lot.Proportionality;
import uk.gov.dynamicframework.competition.provider.Eligibility;
import uk.gov.dynamicframework.platform.money.Money;
import uk.gov.dynamicframework.platform.outbox.Outbox;
import uk.gov.dynamicframework.platform.paging.PageOf;
import uk.gov.dynamicframework.platform.problem.ApiException;
import uk.gov.dynamicframework.platform.problem.Problem.FieldViolation;
import uk.gov.dynamicframework.platform.security.Caller;
import uk.gov.dynamicframework.platform.reference.ReferenceCodes;
import uk.gov.dynamicframework.platform.reference.ReferenceNumbers;
import uk.gov.dynamicframework.platform.security.Roles;
import uk.gov.dynamicframework.platform.web.Preconditions;

@ApplicationScoped
public class CompetitionService {

    private final EntityManager em;
    /** Human references of competitions: {@code DF-COMP-2026-00042}. */
    public static final String REFERENCE_PREFIX = "DF-COMP";

    private final ReferenceCodes reference;
    private final ReferenceNumbers references;
    private final Eligibility eligibility;
    private final BidService bids;
    private final Outbox outbox;
    private final Clock clock;
    private final CompetitionConfig config;
    private final AuditTrail audit;

    public CompetitionService(EntityManager em, ReferenceCodes reference, ReferenceNumbers references,
            Eligibility eligibility, BidService bids, Outbox outbox, Clock clock, CompetitionConfig config,
            AuditTrail audit) {
        this.audit = audit;
        this.em = em;
        this.reference = reference;
        this.references = references;
        this.eligibility = eligibility;
        this.bids = bids;
        this.outbox = outbox;
        this.clock = clock;
        this.config = config;
    }

    @Transactional
    public Competition create(CompetitionRequest request, Caller caller) {
        String owner = caller.commissioningBody().orElseThrow(
                () -> ApiException.forbidden("A commissioner token must name its commissioning body (claim body)"));
        if (CommissioningBody.findById(owner) == null) {
            throw ApiException.rule("unknown-commissioning-body", "Commissioning body " + owner + " is not registered");
        }
        Instant now = clock.instant();
        String reference = references.next(REFERENCE_PREFIX);
        Competition c = Competition.draft(reference, config.ocds().prefix() + "-" + reference, owner, now, caller.actor());
        apply(c, request);
        c.persist();
        List<CompetitionBody> invited = replaceBodiesAndLots(c, request, Map.of(), now, caller.actor());
        em.flush();
        audit.record(c.id, AuditAction.COMPETITION_CREATED, caller.actor(), null, "reference", c.reference,
                "title", c.title, "submissionDeadline", c.submissionDeadline);
        invited.forEach(b -> invited(c, b));
        return c;
    }

    /** The invitation goes out by event and into the trail; the body's commissioner answers it. */
    private void invited(Competition c, CompetitionBody b) {
        audit.record(c.id, AuditAction.CO_COMMISSIONER_INVITED, b.invitedBy, b.bodyCode, "budget", b.budget);
        outbox.publish(CompetitionEvents.TOPIC, CompetitionEvents.CO_COMMISSIONER_INVITED, c.id.toString(),
                CompetitionEvents.CoCommissionerData.of(c, b));
    }

    @Transactional
    public Competition update(UUID id, CompetitionRequest request, String ifMatch, Caller caller) {
        Competition c = Competition.require(id);
        CompetitionAccess.requireCommissioner(c, caller, "change it");
        Preconditions.requireMatch(ifMatch, c.version, "competition");
        if (c.status != CompetitionStatus.DRAFT) {
            throw ApiException.conflict("Only a draft competition can be changed; this one is " + c.status);
        }
        apply(c, request);
        Map<String, CompetitionBody> previous = new LinkedHashMap<>();
        for (CompetitionBody b : CompetitionBody.of(c.id)) {
            previous.put(b.bodyCode, b);
            b.delete();
        }
        Lot.of(c.id).forEach(Lot::delete);
        em.flush();
        List<CompetitionBody> invited = replaceBodiesAndLots(c, request, previous, clock.instant(), caller.actor());
        em.lock(c, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        audit.record(c.id, AuditAction.COMPETITION_UPDATED, caller.actor(), null, "version", c.version,
                "submissionDeadline", c.submissionDeadline);
        invited.forEach(b -> invited(c, b));
        return c;
    }

    private void apply(Competition c, CompetitionRequest request) {
        EvaluationCriteria.validate(request.criteria(), request.passFailRequirements());
        requirePositiveAmounts(request);
        if (!request.clarificationDeadline().isBefore(request.submissionDeadline())) {
            throw ApiException.invalid("clarificationDeadline", "must be before the submission deadline");
        }
        c.title = request.title().trim();
        c.description = request.description();
        c.opportunityId = request.opportunityId();
        c.clarificationDeadline = request.clarificationDeadline();
        c.submissionDeadline = request.submissionDeadline();
        c.evaluationEndsOn = request.evaluationEndsOn();
        c.standstillDays = request.standstillDays() == null ? config.defaultStandstillDays() : request.standstillDays();
        c.expectedAwardOn = request.expectedAwardOn();
        c.criteria = new ArrayList<>(request.criteria());
        c.passFailRequirements = request.passFailRequirements() == null ? new ArrayList<>()
                : new ArrayList<>(request.passFailRequirements());
    }

    /** A lot worth nothing cannot be bid for (prices must be more than 0), and every body named must contribute. */
    private static void requirePositiveAmounts(CompetitionRequest request) {
        List<FieldViolation> invalid = new ArrayList<>();
        if (request.ownerBudget().amount().signum() <= 0) {
            invalid.add(new FieldViolation("ownerBudget.amount", "must be more than 0"));
        }
        List<CompetitionRequest.CoCommissioner> co = request.coCommissioners() == null ? List.of() : request.coCommissioners();
        for (int i = 0; i < co.size(); i++) {
            if (co.get(i).budget().amount().signum() <= 0) {
                invalid.add(new FieldViolation("coCommissioners[" + i + "].budget.amount", "must be more than 0"));
            }
        }
        for (int i = 0; i < request.lots().size(); i++) {
            if (request.lots().get(i).maxValue().amount().signum() <= 0) {
                invalid.add(new FieldViolation("lots[" + i + "].maxValue.amount", "must be more than 0"));
            }
        }
        if (!invalid.isEmpty()) {
            throw ApiException.invalid("Budgets and lot values must be more than 0", invalid);
        }
    }

    /**
     * Replaces the competition's bodies and lots from the request; returns the co-commissioners newly invited. A body
     * named again with the same budget keeps its answer; a new body, or a new budget, is a new invitation.
     */
    private List<CompetitionBody> replaceBodiesAndLots(Competition c, CompetitionRequest request,
            Map<String, CompetitionBody> previous, Instant now, String actor) {
        Set<String> seen = new HashSet<>(Set.of(c.ownerBody));
        List<CompetitionBody> invited = new ArrayList<>();
        BigDecimal total = request.ownerBudget().amount();
        CompetitionBody.owner(c.id, c.ownerBody, request.ownerBudget().amount(), now, actor).persist();
        List<CompetitionRequest.CoCommissioner> co = request.coCommissioners() == null ? List.of() : request.coCommissioners();
        for (int i = 0; i < co.size(); i++) {
            var cc = co.get(i);
            if (!seen.add(cc.bodyCode())) {
                throw ApiException.invalid("coCommissioners[" + i + "].bodyCode", "names a body twice: " + cc.bodyCode());
            }
            if (CommissioningBody.findById(cc.bodyCode()) == null) {
                throw ApiException.invalid("coCommissioners[" + i + "].bodyCode", "is not a registered commissioning body");
            }
            CompetitionBody before = previous.get(cc.bodyCode());
            CompetitionBody body = CompetitionBody.invite(c.id, cc.bodyCode(), cc.budget().amount(), now, actor);
            if (before != null && before.role == CommissioningRole.CO_COMMISSIONER
                    && before.budget.compareTo(body.budget) == 0) {
                body.invitation = before.invitation;
                body.invitedAt = before.invitedAt;
                body.invitedBy = before.invitedBy;
                body.respondedAt = before.respondedAt;
                body.respondedBy = before.respondedBy;
                body.declineReason = before.declineReason;
            } else {
                invited.add(body);
            }
            body.persist();
            total = total.add(cc.budget().amount()); // as proposed: publication needs every co-commissioner's acceptance
        }
        List<FieldViolation> invalid = new ArrayList<>();
        List<FieldViolation> disproportionate = new ArrayList<>();
        BigDecimal lotsTotal = BigDecimal.ZERO;
        for (int i = 0; i < request.lots().size(); i++) {
            LotRequest r = request.lots().get(i);
            String field = "lots[" + i + "]";
            Lot lot = new Lot();
            lot.id = UUID.randomUUID();
            lot.competitionId = c.id;
            lot.number = i + 1;
            lot.title = r.title().trim();
            lot.category = r.category(); // codes are checked by @KnownCode on the request
            boolean hasAreas = r.areas() != null && !r.areas().isEmpty();
            if (hasAreas == (r.regionCode() != null)) {
                invalid.add(new FieldViolation(field, "must name either areas or a regionCode, not both"));
            } else {
                lot.regionCode = r.regionCode();
                lot.areas = new ArrayList<>(hasAreas ? reference.areasOf(r.areas()) : reference.areasOf(r.regionCode()));
            }
            if (!r.contractEnd().isAfter(r.contractStart())) {
                invalid.add(new FieldViolation(field + ".contractEnd", "must be after contractStart"));
            }
            lot.maxValue = r.maxValue().amount();
            lot.fundingMechanism = r.fundingMechanism() == null ? FundingMechanism.GRANT : r.fundingMechanism();
            lot.contractStart = r.contractStart();
            lot.contractEnd = r.contractEnd();
            lot.requirements = r.requirements() == null ? new ArrayList<>() : new ArrayList<>(r.requirements());
            lot.minimumIncome = r.minimumIncome() == null ? null : r.minimumIncome().amount();
            lot.contractType = r.contractType();
            if (r.eligiblePopulation() != null) {
                Set<EligiblePopulation> population = EnumSet.copyOf(r.eligiblePopulation());
                if (population.contains(EligiblePopulation.ANY) && population.size() > 1) {
                    invalid.add(new FieldViolation(field + ".eligiblePopulation", "ANY stands alone"));
                }
                lot.eligiblePopulation = new ArrayList<>(population);
            }
            if (r.complexityLevels() != null) {
                lot.complexityLevels = new ArrayList<>(EnumSet.copyOf(r.complexityLevels()));
            }
            disproportionate.addAll(Proportionality.violations(field, lot.maxValue, lot.requirements, lot.minimumIncome));
            lotsTotal = lotsTotal.add(lot.maxValue);
            if (invalid.isEmpty()) {
                lot.persist();
            }
        }
        if (!invalid.isEmpty()) {
            throw ApiException.invalid("The lots are not valid", invalid);
        }
        if (!disproportionate.isEmpty()) {
            throw new ApiException(422, "disproportionate-requirements", "Business rule not met",
                    "Requirements must be proportionate to the lot's value", disproportionate);
        }
        if (lotsTotal.compareTo(total) > 0) {
            throw ApiException.rule("budget-exceeded", "The lots' maximum values total " + lotsTotal
                    + " GBP, more than the commissioners' budget of " + total + " GBP")
                    .with("lotsTotal", Money.gbp(lotsTotal)).with("budget", Money.gbp(total));
        }
        return invited;
    }

    /** The competition if the caller may see it; drafts are 404 to everyone but their commissioners and overseers. */
    public Competition findVisible(UUID id, Caller caller) {
        Competition c = Competition.require(id);
        if (!CompetitionAccess.canSee(c, caller)) {
            throw ApiException.notFound("Competition", id);
        }
        return c;
    }

    public PageOf<CompetitionView> list(CompetitionStatus status, Caller caller, int page, int size) {
        String body = caller.hasRole(Roles.COMMISSIONER) ? caller.commissioningBody().orElse("") : "";
        boolean seesAll = caller.hasAnyRole(Roles.FRAMEWORK_ADMIN, Roles.AUDITOR);
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder q = new StringBuilder(seesAll ? "1 = 1"
                : "(status <> :draft or id in (select b.competitionId from CompetitionBody b where b.bodyCode = :body))");
        if (!seesAll) {
            params.put("draft", CompetitionStatus.DRAFT);
            params.put("body", body);
        }
        if (status != null) {
            q.append(" and status = :status");
            params.put("status", status);
        }
        var query = Competition.<Competition>find(q + " order by createdAt desc, id", params);
        List<Competition> items = query.page(page, size).list();
        return new PageOf<>(items.stream().map(this::view).toList(), page, size, query.count());
    }

    @Transactional
    public Competition publish(UUID id, PublishCompetitionRequest request, Caller caller) {
        Competition c = Competition.require(id);
        CompetitionAccess.requireCommissioner(c, caller, "publish it");
        if (c.status != CompetitionStatus.DRAFT) {
            throw ApiException.conflict("Only a draft competition can be published; this one is " + c.status);
        }
        List<Map<String, Object>> unaccepted = CompetitionBody.of(c.id).stream().filter(b -> !b.counts())
                .map(b -> Map.<String, Object>of("bodyCode", b.bodyCode, "invitation", b.invitation)).toList();
        if (!unaccepted.isEmpty()) {
            throw ApiException.conflict("Every co-commissioner must accept before the competition is published; "
                    + unaccepted.stream().map(m -> m.get("bodyCode") + " is " + m.get("invitation")).toList()
                    + ". Wait for them, or remove them from the draft")
                    .with("unacceptedCoCommissioners", unaccepted);
        }
        boolean override = request != null && Boolean.TRUE.equals(request.overrideLowEligibility());
        String reason = request == null ? null : request.overrideReason();
        if (override && (reason == null || reason.isBlank())) {
            throw ApiException.invalid("overrideReason", "must say why lots with few eligible providers are published");
        }
        Instant now = clock.instant();
        boolean shortOverride = request != null && Boolean.TRUE.equals(request.overrideShortTimeline());
        String shortReason = request == null ? null : request.timelineOverrideReason();
        if (shortOverride && (shortReason == null || shortReason.isBlank())) {
            throw ApiException.invalid("timelineOverrideReason", "must say why periods shorter than the minimums are published");
        }
        var min = config.timelines();
        List<Timelines.Shortfall> shortfalls = Timelines.shortfalls(new Timelines.Minimums(min.minimumTenderDays(),
                min.minimumClarificationGapDays(), min.minimumStandstillWorkingDays()), now, c.clarificationDeadline,
                c.submissionDeadline, c.standstillDays);
        if (!shortfalls.isEmpty() && !shortOverride) {
            throw new ApiException(422, "timeline-too-short", "Business rule not met",
                    "The timeline is shorter than the framework's minimums: " + shortfalls.stream().map(Timelines.Shortfall::rule)
                            .toList() + "; publish with overrideShortTimeline and a reason to go ahead",
                    shortfalls.stream().map(s -> new FieldViolation(s.field(), s.rule() + " (set: " + s.actual() + ")")).toList())
                    .with("shortfalls", shortfalls);
        }
        if (!shortfalls.isEmpty()) {
            c.overrideTimeline(shortfalls, shortReason.trim(), now, caller.actor());
        }
        List<Lot> lots = Lot.of(c.id);
        Map<UUID, List<UUID>> eligible = new LinkedHashMap<>();
        List<Map<String, Object>> tooFew = new ArrayList<>();
        for (Lot lot : lots) {
            List<UUID> providers = eligibility.eligibleProviders(lot.category, lot.areas);
            eligible.put(lot.id, providers);
            lot.eligibleAtPublish = providers.size();
            if (providers.size() < config.minimumEligibleProviders()) {
                tooFew.add(Map.of("lotId", lot.id, "lotNumber", lot.number, "eligibleProviders", providers.size()));
            }
        }
        if (!tooFew.isEmpty() && !override) {
            String detail = tooFew.stream().map(m -> "lot " + m.get("lotNumber") + " has " + m.get("eligibleProviders")
                    + " eligible provider(s)").reduce((a, b) -> a + ", " + b).orElse("");
            throw ApiException.rule("too-few-eligible-providers", "At least " + config.minimumEligibleProviders()
                    + " eligible providers are needed per lot, but " + detail
                    + "; publish with overrideLowEligibility and a reason to go ahead")
                    .with("lots", tooFew).with("minimum", config.minimumEligibleProviders());
        }
        c.publish(now, caller.actor(), tooFew.isEmpty() ? null : reason);
        em.flush();
        audit.record(c.id, AuditAction.COMPETITION_PUBLISHED, caller.actor(), null, "publishedAt", c.publishedAt,
                "submissionDeadline", c.submissionDeadline, "clarificationDeadline", c.clarificationDeadline,
                "standstillDays", c.standstillDays);
        if (c.timelineOverrideReason != null) {
            audit.record(c.id, AuditAction.TIMELINE_OVERRIDDEN, caller.actor(), null, "reason", c.timelineOverrideReason,
                    "shortfalls", shortfalls.stream().map(Timelines.Shortfall::rule).toList());
        }
        if (c.eligibilityOverride != null) {
            audit.record(c.id, AuditAction.ELIGIBILITY_OVERRIDDEN, caller.actor(), null, "reason", c.eligibilityOverride,
                    "lots", tooFew);
        }
        outbox.publish(CompetitionEvents.TOPIC, CompetitionEvents.PUBLISHED, c.id.toString(),
                CompetitionEvents.CompetitionPublishedData.of(c, bodyData(c),
                        lots.stream().map(l -> LotData.of(l, eligible.get(l.id))).toList()));
        return c;
    }

    @Transactional
    public Competition cancel(UUID id, CancelCompetitionRequest request, Caller caller) {
        Competition c = Competition.require(id);
        CompetitionAccess.requireCommissioner(c, caller, "cancel it");
        Instant now = clock.instant();
        c.cancel(now, caller.actor(), request.reason());
        for (Lot lot : Lot.of(c.id)) {
            if (!lot.outcome.isEnded()) {
                lot.cancel(now, caller.actor(), request.reason());
            }
        }
        for (Award award : Award.of(c.id)) {
            award.cancel(now, caller.actor(), request.reason()); // only pending ones exist: an awarded competition is never cancelled
        }
        em.flush();
        audit.record(c.id, AuditAction.COMPETITION_CANCELLED, caller.actor(), null, "reason", request.reason());
        outbox.publish(CompetitionEvents.TOPIC, CompetitionEvents.CANCELLED, c.id.toString(),
                CompetitionEvents.CompetitionEndedData.of(c));
        return c;
    }

    /** Closes a competition whose deadline has passed: eligibility re-checked, ineligible bids excluded with the reason. */
    @Transactional
    public void closeAtDeadline(UUID id) {
        // waits for submissions in flight (they hold a share lock on the row) and keeps new ones out until it commits
        Competition c = Competition.require(id, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        if (c.status != CompetitionStatus.PUBLISHED || !c.deadlinePassed(now)) {
            return;
        }
        c.close(now);
        List<ExclusionData> exclusions = bids.recheckEligibilityAtDeadline(c, now);
        int received = bids.countSubmitted(c.id);
        em.flush();
        audit.record(c.id, AuditAction.COMPETITION_CLOSED, CompetitionAccess.SERVICE_ACTOR, null, "closedAt", c.closedAt,
                "bidsReceived", received);
        for (ExclusionData x : exclusions) {
            audit.record(c.id, AuditAction.BID_EXCLUDED, CompetitionAccess.SERVICE_ACTOR, x.bidId().toString(),
                    "lotId", x.lotId(), "reason", x.reason());
        }
        outbox.publish(CompetitionEvents.TOPIC, CompetitionEvents.CLOSED, c.id.toString(),
                CompetitionEvents.CompetitionClosedData.of(c, received, exclusions));
    }

    @Transactional
    public void startEvaluation(UUID id) {
        Competition c = Competition.require(id);
        if (c.status == CompetitionStatus.CLOSED) {
            c.startEvaluation(clock.instant());
            audit.record(c.id, AuditAction.EVALUATION_STARTED, CompetitionAccess.SERVICE_ACTOR, null);
        }
    }

    public List<BodyData> bodyData(Competition c) {
        return CompetitionBody.accepted(c.id).stream()
                .map(b -> BodyData.of(b, CommissioningBody.findById(b.bodyCode))).toList();
    }

    public CompetitionView view(Competition c) {
        List<CompetitionBody> bodies = CompetitionBody.of(c.id);
        BigDecimal total = bodies.stream().filter(CompetitionBody::counts).map(b -> b.budget)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        List<CompetitionView.CommissionerView> commissioners = bodies.stream().map(b -> {
            CommissioningBody body = CommissioningBody.findById(b.bodyCode);
            return new CompetitionView.CommissionerView(b.bodyCode, body.name, b.role, Money.gbp(b.budget),
                    b.invitation, b.invitedAt, b.invitedBy, b.respondedAt, b.respondedBy, b.declineReason);
        }).toList();
        var timeline = new CompetitionView.Timeline(c.publishedAt, c.clarificationDeadline, c.submissionDeadline,
                c.closedAt, c.evaluationStartedAt, c.evaluationEndsOn, c.decidedAt, c.standstillDays, c.standstillEndsAt,
                c.expectedAwardOn, c.awardedAt, c.endedAt);
        var min = config.timelines();
        var periods = new CompetitionView.MinimumPeriods(min.minimumTenderDays(), min.minimumClarificationGapDays(),
                min.minimumStandstillWorkingDays());
        var override = c.timelineOverrideReason == null ? null : new CompetitionView.TimelineOverride(
                c.timelineOverrideReason, c.timelineShortfalls, c.timelineOverrideBy, c.timelineOverrideAt);
        return new CompetitionView(c.id, c.reference, c.ocid, c.title, c.description, c.status, c.ownerBody,
                commissioners, Money.gbp(total), c.opportunityId, timeline, periods, override, c.criteria,
                c.passFailRequirements, Lot.of(c.id).stream().map(LotView::of).toList(), c.eligibilityOverride,
                c.endReason, c.version);
    }
}
