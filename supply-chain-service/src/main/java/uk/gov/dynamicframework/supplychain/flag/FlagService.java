package uk.gov.dynamicframework.supplychain.flag;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import uk.gov.dynamicframework.platform.outbox.Outbox;
import uk.gov.dynamicframework.platform.paging.PageOf;
import uk.gov.dynamicframework.platform.persistence.TransactionLocks;
import uk.gov.dynamicframework.platform.problem.ApiException;
import uk.gov.dynamicframework.platform.security.Caller;
import uk.gov.dynamicframework.platform.security.Roles;
import uk.gov.dynamicframework.platform.web.Preconditions;
import uk.gov.dynamicframework.supplychain.agreement.Agreement;
import uk.gov.dynamicframework.supplychain.subcontract.SupplyChainEvents;

/**
 * Raises a flag per kind and subject when its condition holds ({@value SupplyChainEvents#FLAG_RAISED}), resolves it
 * when the condition no longer holds ({@value SupplyChainEvents#FLAG_RESOLVED}) and raises it again if the condition
 * comes back, each event in the same transaction (outbox). Evaluated for the agreement, lead provider and areas a
 * change touches, inside the change's transaction; while a flag stays open only its detail is brought up to date.
 */
@ApplicationScoped
public class FlagService {

    private final Outbox outbox;
    private final Clock clock;
    private final FlagsConfig config;

    public FlagService(Outbox outbox, Clock clock, FlagsConfig config) {
        this.outbox = outbox;
        this.clock = clock;
        this.config = config;
    }

    /**
     * Re-evaluates every flag the agreement's supply chain bears on; {@code allocated} = its live shares,
     * {@code formerAreas} = areas it covered before this change (their flags may no longer hold).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void evaluate(Agreement a, BigDecimal allocated, Collection<String> formerAreas) {
        Panache.getEntityManager().flush();
        LocalDate today = LocalDate.now(clock);
        a.flagsEvaluatedOn = today;
        String agreement = a.id.toString();
        set(FlagKind.SHARES_EXCEED_VALUE, agreement, a.sharesExceedValue, a.id, a.leadProviderId, null, null, a.bodyIds,
                "The subcontracts' shares come to " + allocated + ", above the agreement's value " + a.value);
        boolean running = a.inForceFrom(today);
        long live = (Long) Panache.getEntityManager().createNativeQuery(
                "select count(*) from subcontract where agreement_id = ?1 and status in ('PROPOSED', 'CONFIRMED')", Long.class)
                .setParameter(1, a.id).getSingleResult();
        set(FlagKind.NO_SUBCONTRACTORS, agreement, running && live == 0, a.id, a.leadProviderId, null, null, a.bodyIds,
                "Agreement " + (a.reference == null ? agreement : a.reference) + " has no subcontractors");
        evaluateSmallShare(a, running);
        evaluateRepeats(a.leadProviderId, today);
        Set<String> areas = new TreeSet<>(formerAreas);
        areas.addAll(List.of(a.areas));
        evaluateVoluntaryCoverage(areas.toArray(String[]::new), today);
    }

    /**
     * After an organisation became voluntary or stopped being (the flags of the areas it delivers in), or small (those
     * of the running agreements it is a subcontractor of). Called with the organisation's read-model lock held
     * ({@code DiversityMemberships.organisationChanged}): every change of a supply chain it is in either committed
     * before, and is seen here, or waits for this transaction and then evaluates on the new attributes.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void organisationChanged(UUID organisationId, boolean voluntaryChanged, boolean smallChanged) {
        Panache.getEntityManager().flush();
        LocalDate today = LocalDate.now(clock);
        if (smallChanged) {
            @SuppressWarnings("unchecked")
            List<UUID> ids = Panache.getEntityManager().createNativeQuery("""
                    select distinct ag.id from subcontract s join agreement ag on ag.id = s.agreement_id
                    where s.organisation_id = ?1 and s.status in ('PROPOSED', 'CONFIRMED') and ag.last_day >= greatest(?2, ag.start_date)
                    order by ag.id""", UUID.class).setParameter(1, organisationId).setParameter(2, today).getResultList();
            for (UUID id : ids) {
                serialise("agreement:" + id);
                // first read in this transaction, after the lock: as committed; read only, so the flush never locks its row
                Agreement a = Agreement.findById(id);
                Panache.getSession().setReadOnly(a, true);
                evaluateSmallShare(a, a.inForceFrom(today));
            }
        }
        if (voluntaryChanged) {
            @SuppressWarnings("unchecked")
            List<String> areas = Panache.getEntityManager().createNativeQuery("""
                    select distinct x.area from agreement ag cross join lateral unnest(ag.areas) as x(area)
                    where ag.lead_provider_id = ?1 and ag.last_day >= greatest(?2, ag.start_date)
                    union
                    select distinct x.area from subcontract s join agreement ag on ag.id = s.agreement_id
                    cross join lateral unnest(s.areas) as x(area)
                    where s.organisation_id = ?1 and s.status in ('PROPOSED', 'CONFIRMED') and ag.last_day >= greatest(?2, ag.start_date)""", String.class)
                    .setParameter(1, organisationId).setParameter(2, today).getResultList();
            evaluateVoluntaryCoverage(areas.toArray(String[]::new), today);
        }
    }

    private void evaluateSmallShare(Agreement a, boolean running) {
        serialise("agreement:" + a.id);
        BigDecimal threshold = SmallShareThreshold.<SmallShareThreshold>list("bodyId in ?1", List.of(a.bodyIds)).stream()
                .map(t -> t.minimumShare).reduce(BigDecimal::max).orElse(config.defaultSmallOrganisationShare());
        BigDecimal toSmall = (BigDecimal) Panache.getEntityManager().createNativeQuery("""
                select coalesce(sum(s.share), 0) from subcontract s
                join organisation_period op on op.organisation_id = s.organisation_id and op.valid_to = 'infinity'
                where s.agreement_id = ?1 and s.status in ('PROPOSED', 'CONFIRMED') and op.small""", BigDecimal.class)
                .setParameter(1, a.id).getSingleResult();
        BigDecimal share = a.value.signum() == 0 ? BigDecimal.ZERO : toSmall.divide(a.value, 4, RoundingMode.HALF_UP);
        set(FlagKind.SMALL_ORGANISATION_SHARE_BELOW_THRESHOLD, a.id.toString(),
                running && threshold.signum() > 0 && share.compareTo(threshold) < 0, a.id, a.leadProviderId, null, null,
                a.bodyIds, "Share of value subcontracted to small organisations " + share + " is below the commissioners' threshold " + threshold);
    }

    private void evaluateRepeats(UUID lead, LocalDate today) {
        serialise("lead:" + lead);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("""
                select s.organisation_id, count(distinct x.area), array_agg(distinct b.body)
                from subcontract s join agreement ag on ag.id = s.agreement_id
                cross join lateral unnest(s.areas) as x(area)
                cross join lateral unnest(ag.body_ids) as b(body)
                where ag.lead_provider_id = ?1 and ag.last_day >= greatest(?2, ag.start_date) and s.status in ('PROPOSED', 'CONFIRMED')
                group by s.organisation_id having count(distinct x.area) >= ?3
                order by s.organisation_id""")
                .setParameter(1, lead).setParameter(2, today).setParameter(3, config.repeatedOrganisationAreas())
                .getResultList();
        List<String> subjects = new ArrayList<>();
        for (Object[] r : rows) {
            String subject = lead + ":" + r[0];
            subjects.add(subject);
            set(FlagKind.REPEATED_ORGANISATIONS, subject, true, null, lead, null, null, (String[]) r[2],
                    "Lead provider " + lead + " has organisation " + r[0] + " in the supply chains of " + r[1] + " areas");
        }
        resolveOthers(FlagKind.REPEATED_ORGANISATIONS, "leadProviderId = ?2", lead, subjects);
    }

    private void evaluateVoluntaryCoverage(String[] areas, LocalDate today) {
        Arrays.stream(areas).sorted().distinct().forEach(area -> serialise("area:" + area));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("""
                with covered as (
                    select x.area, c.category, ag.lead_provider_id, ag.id, ag.body_ids
                    from agreement ag cross join lateral unnest(ag.areas) as x(area)
                    cross join lateral unnest(ag.categories) as c(category)
                    where ag.last_day >= greatest(?2, ag.start_date) and x.area = any(?1)),
                deliverers as (
                    select area, category, lead_provider_id as organisation_id from covered
                    union
                    select x.area, c.category, s.organisation_id
                    from subcontract s join covered cv on cv.id = s.agreement_id
                    cross join lateral unnest(s.areas) as x(area)
                    cross join lateral unnest(s.categories) as c(category)
                    where s.status in ('PROPOSED', 'CONFIRMED') and x.area = cv.area and c.category = cv.category)
                select cv.area, cv.category, array_agg(distinct b.body) from covered cv cross join lateral unnest(cv.body_ids) as b(body)
                where not exists (select 1 from deliverers d join organisation_period op on op.organisation_id = d.organisation_id
                                  and op.valid_to = 'infinity' and op.voluntary where d.area = cv.area and d.category = cv.category)
                group by cv.area, cv.category
                order by cv.area, cv.category""")
                .setParameter(1, areas).setParameter(2, today).getResultList();
        List<String> subjects = new ArrayList<>();
        for (Object[] r : rows) {
            String subject = r[0] + ":" + r[1];
            subjects.add(subject);
            set(FlagKind.NO_VOLUNTARY_ORGANISATION, subject, true, null, null, (String) r[0], (String) r[1], (String[]) r[2],
                    "No voluntary organisation delivers " + r[1] + " in area " + r[0]);
        }
        if (areas.length > 0) {
            resolveOthers(FlagKind.NO_VOLUNTARY_ORGANISATION, "area in ?2", List.of(areas), subjects);
        }
    }

    private void set(FlagKind kind, String subject, boolean holds, UUID agreementId, UUID leadProviderId, String area,
            String category, String[] bodyIds, String detail) {
        SupplyChainFlag flag = SupplyChainFlag.find("kind = ?1 and subject = ?2", kind, subject).firstResult();
        Instant now = clock.instant();
        if (!holds) {
            if (flag != null && flag.isOpen()) {
                flag.resolve(now);
                publish(SupplyChainEvents.FLAG_RESOLVED, flag);
            }
            return;
        }
        if (flag != null) {
            if (flag.isOpen()) {
                flag.detail = detail;
                flag.bodyIds = bodies(bodyIds);
            } else {
                flag.raiseAgain(now, detail, bodies(bodyIds));
                publish(SupplyChainEvents.FLAG_RAISED, flag);
            }
            return;
        }
        int inserted = Panache.getEntityManager().createNativeQuery("""
                insert into supply_chain_flag (id, kind, subject, agreement_id, lead_provider_id, area, category, body_ids,
                    detail, raised_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) on conflict (kind, subject) do nothing""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, kind.name()).setParameter(3, subject)
                .setParameter(4, agreementId).setParameter(5, leadProviderId).setParameter(6, area)
                .setParameter(7, category).setParameter(8, bodies(bodyIds))
                .setParameter(9, detail).setParameter(10, now).executeUpdate();
        if (inserted == 1) {
            publish(SupplyChainEvents.FLAG_RAISED, SupplyChainFlag.find("kind = ?1 and subject = ?2", kind, subject).firstResult());
        }
    }

    /** Resolves the open flags of a kind in a scope ({@code scope}: a condition on ?2) whose subject no longer holds. */
    private void resolveOthers(FlagKind kind, String scope, Object scopeValue, List<String> stillTrue) {
        Instant now = clock.instant();
        for (SupplyChainFlag flag : SupplyChainFlag.<SupplyChainFlag>list("kind = ?1 and resolvedAt is null and " + scope,
                kind, scopeValue)) {
            if (!stillTrue.contains(flag.subject)) {
                flag.resolve(now);
                publish(SupplyChainEvents.FLAG_RESOLVED, flag);
            }
        }
    }

    private static String[] bodies(String[] bodyIds) {
        return bodyIds == null ? new String[0] : bodyIds;
    }

    /**
     * Flags of one lead provider or area, and an agreement's small-organisation share, are evaluated by one transaction
     * at a time (until it ends), so each transition is decided on what the one before committed and published once
     * (an agreement's other flags are already: every change of it holds its row; an organisation event evaluates its
     * share without the row). The locks are taken in one order, after the agreement's row and the read model's
     * organisation locks: the agreements sorted, the lead, then the areas sorted.
     */
    private static void serialise(String scope) {
        TransactionLocks.exclusive("supply-chain-flags:" + scope);
    }

    private void publish(String type, SupplyChainFlag flag) {
        outbox.publish(SupplyChainEvents.TOPIC, type, flag.agreementId != null ? flag.agreementId.toString() : flag.subject,
                SupplyChainEvents.FlagData.of(flag));
    }

    public PageOf<FlagViews.FlagView> list(FlagKind kind, String bodyId, boolean includeResolved, int page, int size) {
        StringBuilder q = new StringBuilder("1 = 1");
        Parameters p = new Parameters();
        if (kind != null) {
            q.append(" and kind = :kind");
            p.and("kind", kind);
        }
        if (bodyId != null) {
            q.append(" and array_position(bodyIds, :bodyId) > 0"); // HQL: 0 when absent
            p.and("bodyId", bodyId);
        }
        if (!includeResolved) {
            q.append(" and resolvedAt is null");
        }
        var query = SupplyChainFlag.<SupplyChainFlag>find(q.toString(), Sort.by("raisedAt").and("id"), p);
        List<FlagViews.FlagView> items = query.page(page, size).list().stream().map(FlagViews.FlagView::of).toList();
        return new PageOf<>(items, page, size, query.count());
    }

    public FlagViews.ThresholdView threshold(String bodyId) {
        SmallShareThreshold t = SmallShareThreshold.findById(bodyId);
        if (t == null) {
            throw ApiException.notFound("Small-organisation share threshold of body", bodyId);
        }
        return FlagViews.ThresholdView.of(t);
    }

    /** Sets a body's threshold (its own commissioners only) and re-evaluates its agreements' flags. */
    @Transactional
    public FlagViews.ThresholdView setThreshold(String bodyId, String ifMatch, BigDecimal minimumShare, Caller caller) {
        caller.require(caller.hasRole(Roles.COMMISSIONER) && bodyId.equals(caller.commissioningBody().orElse(null)),
                "Only a commissioner of the body sets its threshold");
        SmallShareThreshold t = SmallShareThreshold.findById(bodyId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (t == null) {
            t = new SmallShareThreshold();
            t.bodyId = bodyId;
            t.version = 0;
        } else {
            Preconditions.requireMatch(ifMatch, t.version, "threshold");
            t.version++;
        }
        t.minimumShare = minimumShare;
        t.setBy = caller.actor();
        t.setAt = clock.instant();
        t.persist();
        // the body's running agreements, all locked first (in id order, as every change of one locks it first, and
        // before any flag lock) and read afresh before their flags are decided
        LocalDate today = LocalDate.now(clock);
        @SuppressWarnings("unchecked")
        List<UUID> ids = Panache.getEntityManager().createNativeQuery(
                "select id from agreement where last_day >= greatest(?1, start_date) and ?2 = any(body_ids) order by id",
                UUID.class).setParameter(1, today).setParameter(2, bodyId).getResultList();
        List<Agreement> locked = ids.stream().map(Agreement::lock).toList();
        for (Agreement a : locked) {
            if (a.hasBody(bodyId) && a.inForceFrom(today)) {
                evaluateSmallShare(a, true);
            }
        }
        return FlagViews.ThresholdView.of(t);
    }

    /** For tests and operators: the open flags of an agreement. */
    public List<SupplyChainFlag> openFlagsOf(UUID agreementId) {
        return SupplyChainFlag.list("agreementId = ?1 and resolvedAt is null", agreementId);
    }
}
