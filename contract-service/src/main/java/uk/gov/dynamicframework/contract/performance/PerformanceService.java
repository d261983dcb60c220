package uk.gov.dynamicframework.contract.performance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import uk.gov.dynamicframework.contract.agreement.Agreement;
import uk.gov.dynamicframework.contract.agreement.AgreementAccess;
import uk.gov.dynamicframework.contract.agreement.AgreementEvents;
import uk.gov.dynamicframework.contract.agreement.AgreementEvents.PerformanceReturnData;
import uk.gov.dynamicframework.contract.agreement.AgreementStatus;
import uk.gov.dynamicframework.contract.performance.PerformanceDtos.AgreementSummary;
import uk.gov.dynamicframework.contract.performance.PerformanceDtos.AggregateRow;
import uk.gov.dynamicframework.contract.performance.PerformanceDtos.CorrectionRequest;
import uk.gov.dynamicframework.contract.performance.PerformanceDtos.QuarterFigures;
import uk.gov.dynamicframework.contract.performance.PerformanceDtos.ReturnRequest;
import uk.gov.dynamicframework.platform.outbox.Outbox;
import uk.gov.dynamicframework.platform.problem.ApiException;
import uk.gov.dynamicframework.platform.problem.Problem;
import uk.gov.dynamicframework.platform.reference.ReferenceCodes;
import uk.gov.dynamicframework.platform.web.Preconditions;

/** Quarterly returns from the lead provider, one per quarter (corrections are new versions), and their summaries. */
@ApplicationScoped
public class PerformanceService {

    private final EntityManager em;
    private final Outbox outbox;
    private final ReferenceCodes codes;
    private final Clock clock;

    public PerformanceService(EntityManager em, Outbox outbox, ReferenceCodes codes, Clock clock) {
        this.em = em;
        this.outbox = outbox;
        this.codes = codes;
        this.clock = clock;
    }

    @Transactional
    public PerformanceReturn file(UUID agreementId, ReturnRequest r, AgreementAccess access) {
        Agreement a = forReturns(agreementId, access);
        Quarter quarter = Quarter.parse(r.quarter());
        checkFigures(a, quarter, r.referrals(), r.starts(), r.completions(), r.outcomes());
        if (PerformanceReturn.latest(a.id, quarter.toString()) != null) {
            throw ApiException.conflict("The return for " + quarter + " is already filed; send a correction with PUT "
                    + "/v1/agreements/" + a.id + "/performance-returns/" + quarter).with("quarter", quarter.toString());
        }
        return save(a, quarter, 1, r.referrals(), r.starts(), r.completions(), r.outcomes(), access);
    }

    @Transactional
    public PerformanceReturn correct(UUID agreementId, String quarterText, String ifMatch, CorrectionRequest r,
            AgreementAccess access) {
        Agreement a = forReturns(agreementId, access);
        Quarter quarter = Quarter.parse(quarterText);
        PerformanceReturn current = PerformanceReturn.latest(a.id, quarter.toString());
        if (current == null) {
            throw ApiException.notFound("Performance return of quarter", quarter);
        }
        Preconditions.requireMatch(ifMatch, current.returnVersion, "performance return");
        checkFigures(a, quarter, r.referrals(), r.starts(), r.completions(), r.outcomes());
        current.latest = false;
        em.flush();
        return save(a, quarter, current.returnVersion + 1, r.referrals(), r.starts(), r.completions(), r.outcomes(), access);
    }

    /** The agreement, locked so one quarter's versions are numbered one at a time; only its lead provider files. */
    private Agreement forReturns(UUID agreementId, AgreementAccess access) {
        Agreement a = Agreement.require(agreementId, LockModeType.PESSIMISTIC_WRITE);
        if (!access.canRead(a)) {
            throw ApiException.notFound("Agreement", agreementId);
        }
        access.requireLeadProvider(a);
        if (a.status == AgreementStatus.MOBILISING) {
            throw ApiException.conflict("Returns are filed once the agreement is live; it is mobilising").with("status", a.status);
        }
        return a;
    }

    private void checkFigures(Agreement a, Quarter quarter, int referrals, int starts, int completions,
            Map<String, Integer> outcomes) {
        List<Problem.FieldViolation> bad = new ArrayList<>();
        if (starts > referrals) {
            bad.add(new Problem.FieldViolation("starts", "must not exceed referrals (" + referrals + ")"));
        }
        if (completions > starts) {
            bad.add(new Problem.FieldViolation("completions", "must not exceed starts (" + starts + ")"));
        }
        outcomes.keySet().stream().filter(c -> !a.categories.contains(c)).forEach(c ->
                bad.add(new Problem.FieldViolation("outcomes." + c, "not a category of the agreement " + a.categories)));
        if (!bad.isEmpty()) {
            throw ApiException.invalid("The return's figures are not consistent", bad);
        }
        LocalDate today = LocalDate.now(clock);
        if (quarter.firstDay().isAfter(today)) {
            throw ApiException.invalid("quarter", quarter + " has not begun (today is " + today + ")");
        }
        if (quarter.lastDay().isBefore(a.startDate) || quarter.firstDay().isAfter(a.endDate)) {
            throw ApiException.rule("outside-agreement", quarter + " is outside the agreement's term " + a.startDate
                    + " to " + a.endDate);
        }
    }

    private PerformanceReturn save(Agreement a, Quarter quarter, int version, int referrals, int starts, int completions,
            Map<String, Integer> outcomes, AgreementAccess access) {
        PerformanceReturn r = new PerformanceReturn();
        r.id = UUID.randomUUID();
        r.agreementId = a.id;
        r.quarter = quarter.toString();
        r.returnVersion = version;
        r.referrals = referrals;
        r.starts = starts;
        r.completions = completions;
        r.outcomes = new LinkedHashMap<>(outcomes);
        r.latest = true;
        r.filedAt = clock.instant();
        r.filedBy = access.caller().actor();
        r.persist();
        outbox.publish(AgreementEvents.TOPIC, AgreementEvents.PERFORMANCE_RETURN_FILED, a.id.toString(),
                PerformanceReturnData.of(r.id, a.id, r.quarter, referrals, starts, completions, r.outcomes, r.filedAt, version));
        return r;
    }

    public List<PerformanceReturn> latest(Agreement a) {
        return PerformanceReturn.list("agreementId = ?1 and latest = true order by quarter", a.id);
    }

    public List<PerformanceReturn> versions(Agreement a, String quarter) {
        List<PerformanceReturn> versions = PerformanceReturn.list("agreementId = ?1 and quarter = ?2 order by returnVersion", a.id, quarter);
        if (versions.isEmpty()) {
            throw ApiException.notFound("Performance return of quarter", quarter);
        }
        return versions;
    }

    public AgreementSummary summary(Agreement a) {
        List<PerformanceReturn> returns = latest(a);
        Map<String, Integer> outcomes = new TreeMap<>();
        int referrals = 0;
        int starts = 0;
        int completions = 0;
        List<QuarterFigures> byQuarter = new ArrayList<>();
        for (PerformanceReturn r : returns) {
            referrals += r.referrals;
            starts += r.starts;
            completions += r.completions;
            r.outcomes.forEach((c, n) -> outcomes.merge(c, n, Integer::sum));
            byQuarter.add(new QuarterFigures(r.quarter, r.referrals, r.starts, r.completions, Map.copyOf(r.outcomes)));
        }
        return new AgreementSummary(a.id, a.reference, returns.size(), referrals, starts, completions, outcomes, byQuarter);
    }

    /**
     * The public aggregate over published agreements' latest returns, one row per category, region and quarter. An
     * agreement counts in each of its categories (outcomes are that category's); its region is its region code or
     * that of its first area.
     */
    public List<AggregateRow> aggregate(String category, String regionCode, String quarter) {
        StringBuilder sql = new StringBuilder("select r.* from performance_return r join agreement a on a.id = r.agreement_id"
                + " where r.latest and a.published");
        Map<String, Object> params = new LinkedHashMap<>();
        if (quarter != null) {
            sql.append(" and r.quarter = :quarter");
            params.put("quarter", quarter);
        }
        if (category != null) {
            sql.append(" and jsonb_exists(a.categories, :category)");
            params.put("category", category);
        }
        var q = em.createNativeQuery(sql + " order by r.quarter", PerformanceReturn.class);
        params.forEach(q::setParameter);
        @SuppressWarnings("unchecked")
        List<PerformanceReturn> returns = q.getResultList();
        Map<String, int[]> rows = new TreeMap<>();
        for (PerformanceReturn r : returns) {
            Agreement a = Agreement.findById(r.agreementId);
            String region = a.regionCode != null ? a.regionCode
                    : a.areas.isEmpty() || codes.area(a.areas.get(0)) == null ? "UNKNOWN" : codes.area(a.areas.get(0)).regionCode();
            if (regionCode != null && !regionCode.equals(region)) {
                continue;
            }
            for (String c : a.categories) {
                if (category != null && !category.equals(c)) {
                    continue;
                }
                int[] t = rows.computeIfAbsent(c + "|" + region + "|" + r.quarter, k -> new int[5]);
                t[0]++;
                t[1] += r.referrals;
                t[2] += r.starts;
                t[3] += r.completions;
                t[4] += r.outcomes.getOrDefault(c, 0);
            }
        }
        return rows.entrySet().stream().map(e -> {
            String[] k = e.getKey().split("\\|");
            int[] t = e.getValue();
            return new AggregateRow(k[0], k[1], k[2], t[0], t[1], t[2], t[3], t[4]);
        }).toList();
    }
}
