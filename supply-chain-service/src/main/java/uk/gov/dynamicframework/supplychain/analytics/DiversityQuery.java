package uk.gov.dynamicframework.supplychain.analytics;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import uk.gov.dynamicframework.platform.money.Money;
import uk.gov.dynamicframework.supplychain.analytics.DiversityFigures.ManyAreas;
import uk.gov.dynamicframework.supplychain.analytics.DiversityFigures.OrganisationAreas;
import uk.gov.dynamicframework.supplychain.analytics.DiversityFigures.OrganisationFigures;

/**
 * The figures of {@link DiversityFigures} for a scope and a date: two queries over the period tables (agreement,
 * subcontract and organisation periods covering the date), whatever the date, today included. The plan and its
 * timings at 100 times the sector's size are in the module README.
 */
@ApplicationScoped
public class DiversityQuery {

    /** The agreements in scope in force on the date, their counted subcontracts, and who everyone was on that date. */
    private static final String PERIODS = """
            with a as (
                select p.agreement_id, p.lead_provider_id, p.value, p.areas, p.in_wales
                from agreement_period p
                where p.valid_from <= ? and p.valid_to > ? and (%s)),
            s as (
                select sp.agreement_id, sp.organisation_id, sp.share, sp.areas
                from subcontract_period sp join a on a.agreement_id = sp.agreement_id
                where sp.valid_from <= ? and sp.valid_to > ?),
            m as (
                select agreement_id, lead_provider_id as organisation_id, true as lead, in_wales, areas from a
                union all
                select s.agreement_id, s.organisation_id, false, a.in_wales, s.areas from s join a on a.agreement_id = s.agreement_id),
            o as (
                select op.organisation_id, op.voluntary, op.small, op.large, op.racially_minoritised, op.welsh, op.womens_specialist
                from organisation_period op
                where op.valid_from < ? and op.valid_to >= ? and op.organisation_id in (select organisation_id from m))
            """;

    private static final String FIGURES = PERIODS + """
            , orgs as (
                select m.organisation_id, bool_or(m.lead) as lead, bool_or(not m.lead) as sub,
                       bool_or(m.lead and m.in_wales) as lead_in_wales, bool_or(not m.lead and m.in_wales) as sub_in_wales,
                       coalesce(bool_or(o.voluntary), false) as voluntary, coalesce(bool_or(o.small), false) as small,
                       coalesce(bool_or(o.large), false) as large, coalesce(bool_or(o.racially_minoritised), false) as minoritised,
                       coalesce(bool_or(o.welsh), false) as welsh, coalesce(bool_or(o.womens_specialist), false) as womens
                from m left join o on o.organisation_id = m.organisation_id
                group by m.organisation_id),
            per_agreement as (
                select a.agreement_id, count(distinct s.organisation_id) as n
                from a left join s on s.agreement_id = a.agreement_id group by a.agreement_id)
            select
                (select count(*) from a),
                (select coalesce(sum(value), 0) from a),
                (select count(*) from a join o on o.organisation_id = a.lead_provider_id where o.voluntary),
                (select count(*) from a where in_wales),
                (select coalesce(sum(share), 0) from s),
                (select coalesce(sum(s.share), 0) from s join o on o.organisation_id = s.organisation_id where o.voluntary),
                (select coalesce(sum(s.share), 0) from s join o on o.organisation_id = s.organisation_id where o.small),
                (select count(*) from per_agreement where n = 0),
                (select count(*) from per_agreement where n between 1 and 2),
                g.*
            from (select
                %s,
                count(*) filter (where lead_in_wales and welsh),
                count(*) filter (where sub_in_wales and welsh)
                from orgs) g
            """.formatted(groups());

    private static final String MANY_AREAS = PERIODS + """
            select m.organisation_id, org.name, count(distinct x.area) as n
            from m cross join lateral unnest(m.areas) as x(area)
            left join organisation org on org.id = m.organisation_id
            where not m.lead
            group by m.organisation_id, org.name
            having count(distinct x.area) >= ?
            order by n desc, org.name, m.organisation_id
            limit 1000
            """;

    /** What the figures cover: a SQL condition on agreement_period p and its parameters. */
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

    private final DataSource dataSource;

    public DiversityQuery(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public DiversityFigures figures(Scope scope, LocalDate asAt, int minAreas) {
        try (Connection c = dataSource.getConnection()) {
            c.setReadOnly(true);
            DiversityFigures.Wales wales;
            long[] counts = new long[4];
            BigDecimal[] values = new BigDecimal[4];
            long none;
            long oneOrTwo;
            List<OrganisationFigures> groups = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement(FIGURES.formatted(scope.condition()))) {
                bind(st, scope, asAt);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    counts[0] = rs.getLong(1);
                    values[0] = rs.getBigDecimal(2);
                    counts[1] = rs.getLong(3);
                    counts[2] = rs.getLong(4);
                    values[1] = rs.getBigDecimal(5);
                    values[2] = rs.getBigDecimal(6);
                    values[3] = rs.getBigDecimal(7);
                    none = rs.getLong(8);
                    oneOrTwo = rs.getLong(9);
                    int col = 10;
                    for (int g = 0; g < 3; g++) {
                        long[] n = new long[7];
                        for (int i = 0; i < 7; i++) {
                            n[i] = rs.getLong(col++);
                        }
                        groups.add(new OrganisationFigures(n[0], n[1], share(n[1], n[0]), n[2], share(n[2], n[0]), n[3],
                                share(n[3], n[0]), n[4], share(n[4], n[0]), n[5], share(n[5], n[0]), n[6], share(n[6], n[0])));
                    }
                    wales = new DiversityFigures.Wales(counts[2], rs.getLong(col), rs.getLong(col + 1));
                }
            }
            List<OrganisationAreas> many = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement(MANY_AREAS.formatted(scope.condition()))) {
                int next = bind(st, scope, asAt);
                st.setInt(next, minAreas);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        many.add(new OrganisationAreas(rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3)));
                    }
                }
            }
            return new DiversityFigures(new DiversityFigures.Scope(scope.kind(), scope.code()), asAt, counts[0],
                    Money.gbp(values[0]), counts[1], groups.get(0), groups.get(2), groups.get(1),
                    Money.gbp(values[1]), share(values[1], values[0]),
                    Money.gbp(values[2]), share(values[2], values[1]),
                    Money.gbp(values[3]), share(values[3], values[1]),
                    none, oneOrTwo, wales, new ManyAreas(minAreas, many.size(), many));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not compute the diversity figures", e);
        }
    }

    /** Binds the date and scope parameters of {@link #PERIODS}; returns the next parameter index. */
    private static int bind(PreparedStatement st, Scope scope, LocalDate asAt) throws SQLException {
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
        st.setObject(i++, asAt);
        st.setObject(i++, asAt);
        st.setObject(i++, endOfDay);
        st.setObject(i++, endOfDay);
        return i;
    }

    /** For lead providers, everyone, subcontractors: count, voluntary, small, large, minoritised, Welsh, women's. */
    private static String groups() {
        List<String> columns = new ArrayList<>();
        for (String group : List.of("lead", "true", "sub")) {
            for (String attribute : List.of("true", "voluntary", "small", "large", "minoritised", "welsh", "womens")) {
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
