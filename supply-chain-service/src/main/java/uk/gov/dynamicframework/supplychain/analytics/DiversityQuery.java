package uk.gov.dynamicframework.supplychain.analytics;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import uk.gov.dynamicframework.platform.money.Money;
import uk.gov.dynamicframework.supplychain.analytics.DiversityFigures.ManyAreas;
import uk.gov.dynamicframework.supplychain.analytics.DiversityFigures.OrganisationAreas;
import uk.gov.dynamicframework.supplychain.analytics.DiversityFigures.OrganisationFigures;

/**
 * The figures of {@link DiversityFigures} for a scope and a date, from one of two sources that give exactly the same
 * figures ({@code DiversityReadModelTest}): for today, one scan of the read model of today's memberships
 * ({@link DiversityMemberships}, no join); for any other date, the periods covering it (agreement, subcontract and
 * organisation periods joined). A second query lists the organisations in many areas. Today's figures for a scope are
 * computed once per version of the read model ({@code diversity_membership_version}, raised once by every transaction
 * that changes it, as it commits) and answered from memory until the next version. Plans and timings at 100 times the sector's size
 * are in the module README and bench/README.md.
 */
@ApplicationScoped
public class DiversityQuery {

    /** Where figures are read from. */
    enum Source {
        /** {@code diversity_membership}: the memberships in force today or later, with current attributes. */
        TODAY,
        /** The period tables, for any date. */
        PERIODS
    }

    /** The agreements in scope in force on the date, with the value and scope they had on it. */
    private static final String AGREEMENTS = """
            with a as materialized (
                select p.agreement_id, p.lead_provider_id, p.value, p.areas, p.in_wales
                from agreement_period p
                where p.valid_from <= ? and p.valid_to > ? and (%s))
            """;

    /**
     * Every membership of a supply chain on the date (one row per agreement for its lead, one per counted subcontract),
     * joined once with who the organisation was on that date.
     */
    private static final String PERIOD_MEMBERSHIPS = AGREEMENTS + """
            , m as materialized (
                select a.agreement_id, a.lead_provider_id as organisation_id, true as lead, a.in_wales, a.value,
                       null::numeric as share
                from a
                union all
                select sp.agreement_id, sp.organisation_id, false, a.in_wales, null, sp.share
                from subcontract_period sp join a on a.agreement_id = sp.agreement_id
                where sp.valid_from <= ? and sp.valid_to > ?),
            mo as materialized (
                select m.*, coalesce(op.voluntary, false) as voluntary, coalesce(op.small, false) as small,
                       coalesce(op.large, false) as large, coalesce(op.racially_minoritised, false) as minoritised,
                       coalesce(op.welsh, false) as welsh, coalesce(op.womens_specialist, false) as womens
                from m left join organisation_period op on op.organisation_id = m.organisation_id
                    and op.valid_from < ? and op.valid_to >= ?)
            """;

    /**
     * The same figures for today from the read model, whose rows carry role and attributes as bits
     * ({@code diversity_membership_bits}, migration V6): the totals from one count and two sums per row (grouped by
     * those bits), organisations by one bit_or per row. The columns are those of {@link #AGGREGATES}, in its order.
     */
    private static final String TODAY_FIGURES = """
            with mo as materialized (
                select p.agreement_id, p.organisation_id, p.lead, p.value, p.share, p.bits
                from diversity_membership p
                where p.valid_from <= ? and p.valid_to > ? and (%%s)),
            totals as (
                select coalesce(sum(n) filter (where bits & 64 <> 0), 0)::bigint as agreements, coalesce(sum(value), 0) as value,
                       coalesce(sum(n) filter (where bits & 65 = 65), 0)::bigint as voluntary_leads,
                       coalesce(sum(n) filter (where bits & 256 <> 0), 0)::bigint as in_wales,
                       coalesce(sum(share), 0) as subcontracted, coalesce(sum(share) filter (where bits & 1 <> 0), 0) as to_voluntary,
                       coalesce(sum(share) filter (where bits & 2 <> 0), 0) as to_small
                from (select bits, count(*) as n, sum(value) as value, sum(share) as share from mo group by bits) b),
            per_agreement as (
                select count(*) filter (where n = 0) as none, count(*) filter (where n between 1 and 2) as one_or_two
                from (select agreement_id, count(*) filter (where not lead) as n from mo group by agreement_id) x),
            orgs as (
                select organisation_id, bit_or(bits) as b from mo group by organisation_id)
            select totals.*, per_agreement.*, g.*
            from totals, per_agreement, (select
                %s,
                count(*) filter (where b & 256 <> 0 and b & 16 <> 0),
                count(*) filter (where b & 512 <> 0 and b & 16 <> 0)
                from orgs) g
            """.formatted(bitGroups());

    /** Three aggregates over the memberships {@code mo}: totals, per agreement, per organisation. */
    private static final String AGGREGATES = """
            , totals as (
                select count(*) filter (where lead) as agreements, coalesce(sum(value), 0) as value,
                       count(*) filter (where lead and voluntary) as voluntary_leads,
                       count(*) filter (where lead and in_wales) as in_wales,
                       coalesce(sum(share), 0) as subcontracted, coalesce(sum(share) filter (where voluntary), 0) as to_voluntary,
                       coalesce(sum(share) filter (where small), 0) as to_small
                from mo),
            per_agreement as (
                select count(*) filter (where n = 0) as none, count(*) filter (where n between 1 and 2) as one_or_two
                from (select agreement_id, count(*) filter (where not lead) as n from mo group by agreement_id) x),
            orgs as (
                select organisation_id, bool_or(lead) as lead, bool_or(not lead) as sub,
                       bool_or(lead and in_wales) as lead_in_wales, bool_or(not lead and in_wales) as sub_in_wales,
                       bool_or(voluntary) as voluntary, bool_or(small) as small, bool_or(large) as large,
                       bool_or(minoritised) as minoritised, bool_or(welsh) as welsh, bool_or(womens) as womens
                from mo group by organisation_id)
            select totals.*, per_agreement.*, g.*
            from totals, per_agreement, (select
                %s,
                count(*) filter (where lead_in_wales and welsh),
                count(*) filter (where sub_in_wales and welsh)
                from orgs) g
            """.formatted(groups());

    private static final String PERIOD_FIGURES = PERIOD_MEMBERSHIPS + AGGREGATES;

    /** Subcontractors by the number of distinct areas of their counted subcontracts, from the periods. */
    private static final String PERIOD_MANY_AREAS = AGREEMENTS + """
            select d.organisation_id, org.name, count(*) as n
            from (select distinct sp.organisation_id, x.area
                  from subcontract_period sp join a on a.agreement_id = sp.agreement_id
                  cross join lateral unnest(sp.areas) as x(area)
                  where sp.valid_from <= ? and sp.valid_to > ?) d
            left join organisation org on org.id = d.organisation_id
            group by d.organisation_id, org.name
            having count(*) >= ?
            order by n desc, org.name, d.organisation_id
            limit 1000
            """;

    /** The same list for today, from the read model: areas as bit sets ({@code area_mask}), the name in the row. */
    private static final String TODAY_MANY_AREAS = """
            select d.organisation_id, d.organisation_name, d.n
            from (select p.organisation_id, p.organisation_name, bit_count(bit_or(p.area_mask)::bit(64)) as n
                  from diversity_membership p
                  where not p.lead and p.valid_from <= ? and p.valid_to > ? and (%s)
                  group by p.organisation_id, p.organisation_name) d
            where d.n >= ?
            order by d.n desc, d.organisation_name, d.organisation_id
            limit 1000
            """;

    /** What the figures cover: a SQL condition on agreement_period p (or diversity_membership p) and its parameters. */
    public record Scope(String kind, String code, String condition, List<Object> parameters) {

        public static Scope national() {
            return new Scope("NATIONAL", null, "true", List.of());
        }

        public static Scope agreement(UUID id) {
            return new Scope("AGREEMENT", id.toString(), "p.agreement_id = ?", List.of(id));
        }

        public static Scope area(String gss) {
            return new Scope("AREA", gss, "p.areas @> array[?]::text[]", List.of(gss));
        }

        public static Scope region(String code, List<String> areas) {
            return new Scope("REGION", code, "(p.region_code = ? or p.areas && ?::text[])", List.of(code, areas.toArray(String[]::new)));
        }

        public static Scope category(String code) {
            return new Scope("CATEGORY", code, "p.categories @> array[?]::text[]", List.of(code));
        }

        public static Scope contractType(String code) {
            return new Scope("CONTRACT_TYPE", code, "p.contract_type = ?", List.of(code));
        }
    }

    /** Today's figures for a scope other than one agreement (those read a few rows by index), per version. */
    private record TodayKey(String kind, String code, LocalDate day, int minAreas) {
    }

    private record Computed(long version, CompletableFuture<DiversityFigures> figures) {
    }

    /**
     * 75 scopes with the default list (national, 12 regions, 42 areas, 14 categories, 6 contract types) fit; past it,
     * the figures already computed are dropped (a national entry lists up to 1,000 organisations).
     */
    private static final int TODAY_KEPT = 128;

    private final DataSource dataSource;
    private final Clock clock;
    private final Map<TodayKey, Computed> today = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "diversity-query");
        thread.setDaemon(true);
        return thread;
    });

    public DiversityQuery(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /**
     * The figures for today from the read model (as computed for its current version, if they were), for any other
     * date from the periods.
     */
    public DiversityFigures figures(Scope scope, LocalDate asAt, int minAreas) {
        if (!asAt.equals(LocalDate.now(clock))) {
            return compute(Source.PERIODS, scope, asAt, minAreas);
        }
        if (scope.kind().equals("AGREEMENT")) {
            return compute(Source.TODAY, scope, asAt, minAreas);
        }
        // A version read before computing: figures computed while a change commits are kept under the version before
        // it, which no request started after that commit asks for.
        long version = readModelVersion();
        TodayKey key = new TodayKey(scope.kind(), scope.code(), asAt, minAreas);
        Computed mine = new Computed(version, new CompletableFuture<>());
        Computed kept = today.merge(key, mine, (old, fresh) -> old.version() >= fresh.version() ? old : fresh);
        if (kept == mine) {
            // other days' figures are never asked for again; past the bound, what is computed already goes
            today.entrySet().removeIf(e -> !e.getKey().day().equals(asAt)
                    || today.size() > TODAY_KEPT && e.getValue().figures().isDone());
            try {
                mine.figures().complete(compute(Source.TODAY, scope, asAt, minAreas));
            } catch (Throwable e) {
                // whatever failed, the requests waiting on these figures get the failure, and the next one computes
                today.remove(key, mine);
                mine.figures().completeExceptionally(e);
                throw e;
            }
        }
        try {
            return kept.figures().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private long readModelVersion() {
        try (Connection c = dataSource.getConnection();
                var st = c.createStatement();
                ResultSet rs = st.executeQuery("select version from diversity_membership_version")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the diversity read model's version", e);
        }
    }

    private DiversityFigures compute(Source source, Scope scope, LocalDate asAt, int minAreas) {
        // the two queries are independent: run the list of organisations in many areas beside the figures
        CompletableFuture<List<OrganisationAreas>> many = CompletableFuture.supplyAsync(
                () -> inReadTransaction(c -> manyAreas(c, source, scope, asAt, minAreas)), executor);
        DiversityFigures figures = inReadTransaction(c -> figures(c, source, scope, asAt));
        List<OrganisationAreas> organisations = many.join();
        return new DiversityFigures(figures.scope(), figures.asAt(), figures.agreements(), figures.agreementsValue(),
                figures.agreementsWithVoluntaryLead(), figures.leadProviders(), figures.subcontractors(),
                figures.supplyChainOrganisations(), figures.valueToSubcontractors(), figures.shareOfValueToSubcontractors(),
                figures.subcontractedValueToVoluntary(), figures.shareOfSubcontractedValueToVoluntary(),
                figures.subcontractedValueToSmall(), figures.shareOfSubcontractedValueToSmall(),
                figures.agreementsWithNoSubcontractors(), figures.agreementsWithOneOrTwoSubcontractors(), figures.wales(),
                new ManyAreas(minAreas, organisations.size(), organisations));
    }

    @PreDestroy
    void stop() {
        executor.shutdown();
    }

    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T inReadTransaction(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (var settings = c.createStatement()) {
                // the plans are cheap hash joins and aggregates: JIT compiling them costs more than running them.
                // Planned for the date and scope given each time: a generic plan (which the driver's server-side
                // prepared statements get after a few runs) estimates a tenth of the rows and sizes its hash
                // tables to match, which made the national figures half as slow again (bench/README.md).
                settings.execute("set local jit = off; set local work_mem = '32MB'; set local plan_cache_mode = force_custom_plan");
                return work.run(c);
            } finally {
                c.rollback(); // read only: the settings end with the transaction
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not compute the diversity figures", e);
        }
    }

    /** The figures without the list of organisations in many areas, on the connection as it is. */
    DiversityFigures figures(Connection c, Source source, Scope scope, LocalDate asAt) throws SQLException {
        String sql = (source == Source.TODAY ? TODAY_FIGURES : PERIOD_FIGURES).formatted(scope.condition());
        try (PreparedStatement st = c.prepareStatement(sql)) {
            bind(st, source, scope, asAt, true);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                List<OrganisationFigures> groups = new ArrayList<>();
                int col = 10;
                for (int g = 0; g < 3; g++) {
                    long[] n = new long[7];
                    for (int i = 0; i < 7; i++) {
                        n[i] = rs.getLong(col++);
                    }
                    groups.add(new OrganisationFigures(n[0], n[1], share(n[1], n[0]), n[2], share(n[2], n[0]), n[3],
                            share(n[3], n[0]), n[4], share(n[4], n[0]), n[5], share(n[5], n[0]), n[6], share(n[6], n[0])));
                }
                BigDecimal value = rs.getBigDecimal("value");
                BigDecimal subcontracted = rs.getBigDecimal("subcontracted");
                BigDecimal toVoluntary = rs.getBigDecimal("to_voluntary");
                BigDecimal toSmall = rs.getBigDecimal("to_small");
                var wales = new DiversityFigures.Wales(rs.getLong("in_wales"), rs.getLong(col), rs.getLong(col + 1));
                return new DiversityFigures(new DiversityFigures.Scope(scope.kind(), scope.code()), asAt,
                        rs.getLong("agreements"), Money.gbp(value), rs.getLong("voluntary_leads"), groups.get(0),
                        groups.get(2), groups.get(1), Money.gbp(subcontracted), share(subcontracted, value),
                        Money.gbp(toVoluntary), share(toVoluntary, subcontracted), Money.gbp(toSmall),
                        share(toSmall, subcontracted), rs.getLong("none"), rs.getLong("one_or_two"), wales, null);
            }
        }
    }

    /** The subcontractors in at least {@code minAreas} areas, on the connection as it is. */
    List<OrganisationAreas> manyAreas(Connection c, Source source, Scope scope, LocalDate asAt, int minAreas) throws SQLException {
        List<OrganisationAreas> many = new ArrayList<>();
        String sql = (source == Source.TODAY ? TODAY_MANY_AREAS : PERIOD_MANY_AREAS).formatted(scope.condition());
        try (PreparedStatement st = c.prepareStatement(sql)) {
            int next = bind(st, source, scope, asAt, false);
            st.setInt(next, minAreas);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    many.add(new OrganisationAreas(rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3)));
                }
            }
        }
        return many;
    }

    /**
     * Binds the date and scope parameters (the read model's, or {@link #AGREEMENTS}' and the subcontract and
     * attribute periods'); returns the next parameter index.
     */
    private static int bind(PreparedStatement st, Source source, Scope scope, LocalDate asAt, boolean attributes)
            throws SQLException {
        // organisation periods are in event time: the figures take what was known by the end of the day
        OffsetDateTime endOfDay = asAt.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
        int i = 1;
        st.setObject(i++, asAt);
        st.setObject(i++, asAt);
        for (Object p : scope.parameters()) {
            if (p instanceof String[] array) {
                st.setArray(i++, st.getConnection().createArrayOf("text", array));
            } else {
                st.setObject(i++, p);
            }
        }
        if (source == Source.TODAY) {
            return i;
        }
        st.setObject(i++, asAt);
        st.setObject(i++, asAt);
        if (attributes) {
            st.setObject(i++, endOfDay);
            st.setObject(i++, endOfDay);
        }
        return i;
    }

    /**
     * For lead providers, everyone, subcontractors: count, voluntary, small, large, minoritised, Welsh, women's;
     * over the period query's boolean columns.
     */
    private static String groups() {
        return groups(List.of("lead", "true", "sub"), List.of("voluntary", "small", "large", "minoritised", "welsh", "womens"));
    }

    /** The same over the bits {@code b} of each organisation (lead 64, subcontractor 128; attributes 1 to 32). */
    private static String bitGroups() {
        return groups(List.of("b & 64 <> 0", "true", "b & 128 <> 0"),
                List.of("b & 1 <> 0", "b & 2 <> 0", "b & 4 <> 0", "b & 8 <> 0", "b & 16 <> 0", "b & 32 <> 0"));
    }

    private static String groups(List<String> groups, List<String> attributes) {
        List<String> columns = new ArrayList<>();
        for (String group : groups) {
            columns.add("count(*) filter (where " + group + ")");
            for (String attribute : attributes) {
                columns.add("count(*) filter (where " + group + " and " + attribute + ")");
            }
        }
        return String.join(",\n    ", columns);
    }

    private static BigDecimal share(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    private static BigDecimal share(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : part.divide(whole, 4, RoundingMode.HALF_UP);
    }
}
