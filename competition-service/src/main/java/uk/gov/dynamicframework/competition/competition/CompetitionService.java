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

    public CompetitionService(EntityManager em, ReferenceCodes reference, ReferenceNumbers references,
            Eligibility eligibility, BidService bids, Outbox outbox, Clock clock, CompetitionConfig config) {
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
        replaceBodiesAndLots(c, request);
        return c;
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
        CompetitionBody.of(c.id).forEach(CompetitionBody::delete);
        Lot.of(c.id).forEach(Lot::delete);
        em.flush();
        replaceBodiesAndLots(c, request);
        em.lock(c, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
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

    private void replaceBodiesAndLots(Competition c, CompetitionRequest request) {
        Set<String> seen = new HashSet<>(Set.of(c.ownerBody));
        BigDecimal total = request.ownerBudget().amount();
        addBody(c, c.ownerBody, CommissioningRole.OWNER, request.ownerBudget().amount());
        List<CompetitionRequest.CoCommissioner> co = request.coCommissioners() == null ? List.of() : request.coCommissioners();
        for (int i = 0; i < co.size(); i++) {
            var cc = co.get(i);
            if (!seen.add(cc.bodyCode())) {
                throw ApiException.invalid("coCommissioners[" + i + "].bodyCode", "names a body twice: " + cc.bodyCode());
            }
            if (CommissioningBody.findById(cc.bodyCode()) == null) {
                throw ApiException.invalid("coCommissioners[" + i + "].bodyCode", "is not a registered commissioning body");
            }
            addBody(c, cc.bodyCode(), CommissioningRole.CO_COMMISSIONER, cc.budget().amount());
            total = total.add(cc.budget().amount());
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
    }

    private void addBody(Competition c, String code, CommissioningRole role, BigDecimal budget) {
        CompetitionBody body = new CompetitionBody();
        body.competitionId = c.id;
        body.bodyCode = code;
        body.role = role;
        body.budget = budget;
        body.persist();
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
        boolean override = request != null && Boolean.TRUE.equals(request.overrideLowEligibility());
        String reason = request == null ? null : request.overrideReason();
        if (override && (reason == null || reason.isBlank())) {
            throw ApiException.invalid("overrideReason", "must say why lots with few eligible providers are published");
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
        Instant now = clock.instant();
        c.publish(now, caller.actor(), tooFew.isEmpty() ? null : reason);
        em.flush();
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
        outbox.publish(CompetitionEvents.TOPIC, CompetitionEvents.CLOSED, c.id.toString(),
                CompetitionEvents.CompetitionClosedData.of(c, received, exclusions));
    }

    @Transactional
    public void startEvaluation(UUID id) {
        Competition c = Competition.require(id);
        if (c.status == CompetitionStatus.CLOSED) {
            c.startEvaluation(clock.instant());
        }
    }

    public List<BodyData> bodyData(Competition c) {
        return CompetitionBody.of(c.id).stream()
                .map(b -> BodyData.of(b, CommissioningBody.findById(b.bodyCode))).toList();
    }

    public CompetitionView view(Competition c) {
        List<CompetitionBody> bodies = CompetitionBody.of(c.id);
        BigDecimal total = bodies.stream().map(b -> b.budget).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<CompetitionView.CommissionerView> commissioners = bodies.stream().map(b -> {
            CommissioningBody body = CommissioningBody.findById(b.bodyCode);
            return new CompetitionView.CommissionerView(b.bodyCode, body.name, b.role, Money.gbp(b.budget));
        }).toList();
        var timeline = new CompetitionView.Timeline(c.publishedAt, c.clarificationDeadline, c.submissionDeadline,
                c.closedAt, c.evaluationStartedAt, c.evaluationEndsOn, c.decidedAt, c.standstillDays, c.standstillEndsAt,
                c.expectedAwardOn, c.awardedAt, c.endedAt);
        return new CompetitionView(c.id, c.reference, c.ocid, c.title, c.description, c.status, c.ownerBody,
                commissioners, Money.gbp(total), c.opportunityId, timeline, c.criteria, c.passFailRequirements,
                Lot.of(c.id).stream().map(LotView::of).toList(), c.eligibilityOverride, c.endReason, c.version);
    }
}
