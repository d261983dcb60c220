package uk.gov.dynamicframework.supplychain.subcontract;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.gov.dynamicframework.platform.money.Money;
import uk.gov.dynamicframework.platform.outbox.Outbox;
import uk.gov.dynamicframework.platform.paging.PageOf;
import uk.gov.dynamicframework.platform.problem.ApiException;
import uk.gov.dynamicframework.platform.reference.ReferenceCodes;
import uk.gov.dynamicframework.platform.security.Caller;
import uk.gov.dynamicframework.platform.security.Roles;
import uk.gov.dynamicframework.platform.web.Preconditions;
import uk.gov.dynamicframework.supplychain.agreement.Agreement;
import uk.gov.dynamicframework.supplychain.analytics.DiversityMemberships;
import uk.gov.dynamicframework.supplychain.flag.FlagService;
import uk.gov.dynamicframework.supplychain.organisation.SupplyChainOrganisation;
import uk.gov.dynamicframework.supplychain.subcontract.SubcontractRequests.Ending;
import uk.gov.dynamicframework.supplychain.subcontract.SubcontractRequests.NewSubcontract;
import uk.gov.dynamicframework.supplychain.subcontract.SubcontractRequests.SubcontractChangeRequest;
import uk.gov.dynamicframework.supplychain.subcontract.SupplyChainViews.LeadProvider;
import uk.gov.dynamicframework.supplychain.subcontract.SupplyChainViews.SubcontractChangeView;
import uk.gov.dynamicframework.supplychain.subcontract.SupplyChainViews.SubcontractView;
import uk.gov.dynamicframework.supplychain.subcontract.SupplyChainViews.SupplyChainSummary;
import uk.gov.dynamicframework.supplychain.subcontract.SupplyChainViews.SupplyChainView;

/**
 * Supply chains: opened from an agreement's creation with the partners proposed in the bid, then kept by the lead
 * provider and the agreement's commissioners. Changes of one supply chain are serialised on its agreement's row, so
 * two changes cannot together push the shares above the agreement's value.
 */
@ApplicationScoped
public class SupplyChainService {

    /** Who is recorded for what the service does on an event. */
    static final String FROM_AGREEMENT = "agreement-created event";

    public record ProposedPartner(UUID organisationId, String name, BigDecimal share) {
    }

    private final Outbox outbox;
    private final Clock clock;
    private final ReferenceCodes codes;
    private final SubcontractPeriods periods;
    private final FlagService flags;
    private final DiversityMemberships memberships;

    public SupplyChainService(Outbox outbox, Clock clock, ReferenceCodes codes, SubcontractPeriods periods, FlagService flags,
            DiversityMemberships memberships) {
        this.outbox = outbox;
        this.clock = clock;
        this.codes = codes;
        this.periods = periods;
        this.flags = flags;
        this.memberships = memberships;
    }

    /** Opens the agreement's supply chain with the partners proposed in the bid (inside the event's transaction). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void open(Agreement a, List<ProposedPartner> partners) {
        Instant now = clock.instant();
        Set<UUID> seen = new HashSet<>();
        for (ProposedPartner p : partners) {
            if (p.organisationId().equals(a.leadProviderId) || !seen.add(p.organisationId())) {
                continue;
            }
            memberships.holdOrganisation(p.organisationId());
            BigDecimal share = p.share() == null ? null : Money.gbp(p.share()).amount();
            Subcontract s = Subcontract.propose(a.id, p.organisationId(), new Subcontract.Terms(List.of(a.categories),
                    List.of(a.areas), share, a.startDate, a.endDate), now, FROM_AGREEMENT);
            s.persist();
            record(a, s, "PROPOSED", SupplyChainEvents.PROPOSED, null, "Proposed in the bid", FROM_AGREEMENT, now);
        }
        agreementChanged(a);
    }

    /** After the agreement or its supply chain changed: shares above its value raise a flag; flags are re-evaluated. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void agreementChanged(Agreement a) {
        agreementChanged(a, List.of());
    }

    /**
     * The agreement's flags evaluated again with nothing changed, unless they were since its last day passed (by
     * another replica's sweep, or an event): see {@code FlagSweep}. Whether they were evaluated here.
     */
    @Transactional
    public boolean reevaluate(UUID agreementId, LocalDate today) {
        Agreement a = Agreement.lock(agreementId);
        if (a.flagsEvaluatedOn != null && a.flagsEvaluatedOn.isAfter(a.lastDay()) || !a.lastDay().isBefore(today)) {
            return false;
        }
        agreementChanged(a);
        return true;
    }

    /** The same, after a change that took the agreement out of {@code formerAreas} (their flags are re-evaluated too). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void agreementChanged(Agreement a, Collection<String> formerAreas) {
        BigDecimal allocated = allocated(a.id, null);
        a.sharesExceedValue = allocated.compareTo(a.value) > 0;
        flags.evaluate(a, allocated, formerAreas);
    }

    @Transactional
    public SubcontractView add(UUID agreementId, NewSubcontract request, Caller caller) {
        Agreement a = Agreement.lock(agreementId);
        authorise(a, caller);
        if (request.organisationId().equals(a.leadProviderId)) {
            throw ApiException.invalid("organisationId", "is the agreement's lead provider");
        }
        SupplyChainOrganisation org = SupplyChainOrganisation.findById(request.organisationId());
        if (org == null) {
            throw ApiException.invalid("organisationId", "is not an organisation registered with the framework");
        }
        memberships.holdOrganisation(org.id);
        if (Subcontract.count("agreementId = ?1 and organisationId = ?2 and status in ?3", a.id, request.organisationId(),
                List.of(SubcontractStatus.PROPOSED, SubcontractStatus.CONFIRMED)) > 0) {
            throw ApiException.conflict("The organisation already has a live subcontract in this supply chain");
        }
        Subcontract.Terms terms = terms(a, request.categories(), request.areas(), request.share(), request.startDate(),
                request.endDate());
        requireWithinValue(a, terms.share(), null);
        Instant now = clock.instant();
        Subcontract s = Subcontract.propose(a.id, request.organisationId(), terms, now, caller.actor());
        s.persist();
        record(a, s, "PROPOSED", SupplyChainEvents.PROPOSED, null, request.reason(), caller.actor(), now);
        agreementChanged(a);
        return SubcontractView.of(s, a, org.name);
    }

    @Transactional
    public SubcontractView change(UUID agreementId, UUID subcontractId, String ifMatch, SubcontractChangeRequest request,
            Caller caller) {
        Agreement a = Agreement.lock(agreementId);
        authorise(a, caller);
        Subcontract s = require(a, subcontractId);
        Preconditions.requireMatch(ifMatch, s.version, "subcontract");
        memberships.holdOrganisation(s.organisationId);
        Subcontract.Terms terms = terms(a, request.categories(), request.areas(), request.share(), request.startDate(),
                request.endDate());
        requireWithinValue(a, terms.share(), s.id);
        Instant now = clock.instant();
        s.change(terms, now, caller.actor());
        LocalDate effective = request.effectiveFrom() == null ? LocalDate.now(clock) : request.effectiveFrom();
        if (s.status == SubcontractStatus.CONFIRMED) {
            periods.replaceFrom(s, effective);
        }
        record(a, s, "CHANGED", SupplyChainEvents.CHANGED, effective, request.reason(), caller.actor(), now);
        agreementChanged(a);
        return view(a, s);
    }

    @Transactional
    public SubcontractView confirm(UUID agreementId, UUID subcontractId, String ifMatch, String reason, Caller caller) {
        Agreement a = Agreement.lock(agreementId);
        authorise(a, caller);
        Subcontract s = require(a, subcontractId);
        Preconditions.requireMatch(ifMatch, s.version, "subcontract");
        Instant now = clock.instant();
        s.confirm(now, caller.actor());
        periods.replaceFrom(s, s.startDate);
        record(a, s, "CONFIRMED", SupplyChainEvents.CONFIRMED, s.startDate, reason, caller.actor(), now);
        agreementChanged(a);
        return view(a, s);
    }

    @Transactional
    public SubcontractView withdraw(UUID agreementId, UUID subcontractId, String ifMatch, String reason, Caller caller) {
        Agreement a = Agreement.lock(agreementId);
        authorise(a, caller);
        Subcontract s = require(a, subcontractId);
        Preconditions.requireMatch(ifMatch, s.version, "subcontract");
        Instant now = clock.instant();
        s.withdraw(now, caller.actor(), reason);
        record(a, s, "WITHDRAWN", SupplyChainEvents.ENDED, null, reason, caller.actor(), now);
        agreementChanged(a);
        return view(a, s);
    }

    @Transactional
    public SubcontractView end(UUID agreementId, UUID subcontractId, String ifMatch, Ending request, Caller caller) {
        Agreement a = Agreement.lock(agreementId);
        authorise(a, caller);
        Subcontract s = require(a, subcontractId);
        Preconditions.requireMatch(ifMatch, s.version, "subcontract");
        Instant now = clock.instant();
        LocalDate lastDay = request.endDate() == null ? LocalDate.now(clock) : request.endDate();
        s.end(lastDay, now, caller.actor(), request.reason());
        periods.cutAt(s, lastDay.plusDays(1));
        record(a, s, "ENDED", SupplyChainEvents.ENDED, lastDay.plusDays(1), request.reason(), caller.actor(), now);
        agreementChanged(a);
        return view(a, s);
    }

    public SupplyChainView supplyChain(UUID agreementId) {
        Agreement a = Agreement.require(agreementId);
        List<Subcontract> subcontracts = Subcontract.list("agreementId", Sort.by("proposedAt").and("id"), a.id);
        Map<UUID, String> names = names(subcontracts.stream().map(s -> s.organisationId).toList());
        return new SupplyChainView(a.id, a.reference, a.ocid, a.status, new LeadProvider(a.leadProviderId, a.leadProviderName),
                List.of(a.bodyIds), a.contractType, List.of(a.categories), a.regionCode, List.of(a.areas), Money.gbp(a.value),
                a.startDate, a.endDate, Money.gbp(allocated(a.id, null)), a.sharesExceedValue,
                subcontracts.stream().map(s -> SubcontractView.of(s, a, names.get(s.organisationId))).toList(), a.chainVersion);
    }

    public PageOf<SupplyChainSummary> list(UUID leadProviderId, String contractType, int page, int size) {
        StringBuilder q = new StringBuilder("1 = 1");
        Parameters p = new Parameters();
        if (leadProviderId != null) {
            q.append(" and leadProviderId = :lead");
            p.and("lead", leadProviderId);
        }
        if (contractType != null) {
            q.append(" and contractType = :type");
            p.and("type", contractType);
        }
        var query = Agreement.<Agreement>find(q.toString(), Sort.by("startDate").and("id"), p).page(Page.of(page, size));
        return new PageOf<>(query.list().stream().map(SupplyChainSummary::of).toList(), page, size, query.count());
    }

    public SubcontractView subcontract(UUID agreementId, UUID subcontractId) {
        Agreement a = Agreement.require(agreementId);
        return view(a, require(a, subcontractId));
    }

    public List<SubcontractChangeView> history(UUID agreementId, UUID subcontractId) {
        Agreement a = Agreement.require(agreementId);
        Subcontract s = require(a, subcontractId);
        return SubcontractChange.<SubcontractChange>list("subcontractId", Sort.by("version"), s.id).stream()
                .map(SubcontractChangeView::of).toList();
    }

    /** The subcontracts an organisation is in: the organisation itself only (its provider token). */
    public List<SubcontractView> ofOrganisation(UUID organisationId, Caller caller) {
        caller.require(caller.actsFor(organisationId), "A provider sees only its own organisation's subcontracts");
        List<Subcontract> subcontracts = Subcontract.list("organisationId", Sort.by("proposedAt").and("id"), organisationId);
        Map<UUID, Agreement> agreements = Agreement.<Agreement>list("id in ?1",
                subcontracts.stream().map(s -> s.agreementId).distinct().toList()).stream()
                .collect(Collectors.toMap(a -> a.id, Function.identity()));
        Map<UUID, String> names = names(List.of(organisationId));
        return subcontracts.stream().map(s -> SubcontractView.of(s, agreements.get(s.agreementId), names.get(organisationId))).toList();
    }

    /** Only the agreement's lead provider and its commissioners change its supply chain. */
    private void authorise(Agreement a, Caller caller) {
        boolean lead = caller.actsFor(a.leadProviderId);
        boolean commissioner = caller.hasRole(Roles.COMMISSIONER) && a.hasBody(caller.commissioningBody().orElse(null));
        caller.require(lead || commissioner, "Only the agreement's lead provider and its commissioning bodies change its supply chain");
    }

    private Subcontract.Terms terms(Agreement a, List<String> categories, List<String> areasOrRegions, Money share,
            LocalDate start, LocalDate end) {
        List<String> outside = categories.stream().filter(c -> !List.of(a.categories).contains(c)).toList();
        if (!outside.isEmpty()) {
            throw ApiException.invalid("categories", "not among the agreement's categories: " + String.join(", ", outside)
                    + " (the agreement's: " + String.join(", ", a.categories) + ")");
        }
        Set<String> areas = codes.areasOf(areasOrRegions);
        List<String> outsideAreas = areas.stream().filter(x -> !List.of(a.areas).contains(x)).toList();
        if (!outsideAreas.isEmpty()) {
            throw ApiException.invalid("areas", "not among the agreement's areas: " + String.join(", ", outsideAreas));
        }
        LocalDate lastDay = a.lastDay();
        String ended = a.terminatedFrom == null ? "" : " (terminated from " + a.terminatedFrom + ")";
        if (start.isBefore(a.startDate) || start.isAfter(lastDay)) {
            throw ApiException.invalid("startDate", "must be within the agreement's dates " + a.startDate + " to " + lastDay + ended);
        }
        if (end.isBefore(start) || end.isAfter(lastDay)) {
            throw ApiException.invalid("endDate", "must be on or after the start date and not after the agreement's last day "
                    + lastDay + ended);
        }
        return new Subcontract.Terms(categories.stream().distinct().toList(), List.copyOf(areas), share.amount(), start, end);
    }

    /** The shares of the live subcontracts, one of them ({@code replacing}) replaced by {@code share}, within the value. */
    private void requireWithinValue(Agreement a, BigDecimal share, UUID replacing) {
        BigDecimal others = allocated(a.id, replacing);
        BigDecimal total = others.add(share);
        if (total.compareTo(a.value) > 0) {
            throw ApiException.rule("shares-exceed-value", "The subcontracts' shares would come to " + total
                    + ", above the agreement's value " + a.value + " (available: " + a.value.subtract(others).max(BigDecimal.ZERO) + ")")
                    .with("value", Money.gbp(a.value)).with("allocated", Money.gbp(others))
                    .with("available", Money.gbp(a.value.subtract(others).max(BigDecimal.ZERO)));
        }
    }

    /** Sum of the shares of live subcontracts, leaving out {@code except}. */
    static BigDecimal allocated(UUID agreementId, UUID except) {
        BigDecimal sum = Subcontract.<Subcontract>list("agreementId = ?1 and status in ?2", agreementId,
                List.of(SubcontractStatus.PROPOSED, SubcontractStatus.CONFIRMED)).stream()
                .filter(s -> !s.id.equals(except) && s.share != null).map(s -> s.share).reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.setScale(2);
    }

    private static Subcontract require(Agreement a, UUID subcontractId) {
        Subcontract s = Subcontract.findById(subcontractId);
        if (s == null || !s.agreementId.equals(a.id)) {
            throw ApiException.notFound("Subcontract", subcontractId);
        }
        return s;
    }

    private void record(Agreement a, Subcontract s, String action, String eventType, LocalDate effectiveFrom,
            String reason, String actor, Instant now) {
        SubcontractChange.of(s, action, effectiveFrom, reason, actor, now).persist();
        a.chainVersion++;
        outbox.publish(SupplyChainEvents.TOPIC, eventType, a.id.toString(), SupplyChainEvents.SubcontractData.of(s, a));
    }

    private SubcontractView view(Agreement a, Subcontract s) {
        return SubcontractView.of(s, a, names(List.of(s.organisationId)).get(s.organisationId));
    }

    private static Map<UUID, String> names(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return SupplyChainOrganisation.<SupplyChainOrganisation>list("id in ?1", new ArrayList<>(new HashSet<>(ids))).stream()
                .collect(Collectors.toMap(o -> o.id, o -> o.name));
    }
}
