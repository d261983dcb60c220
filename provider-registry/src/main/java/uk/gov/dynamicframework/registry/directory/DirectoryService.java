package uk.gov.dynamicframework.registry.directory;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import uk.gov.dynamicframework.platform.paging.PageOf;
import uk.gov.dynamicframework.platform.problem.ApiException;
import uk.gov.dynamicframework.platform.reference.ReferenceCodes;
import uk.gov.dynamicframework.registry.directory.DirectoryViews.CoverageProvider;
import uk.gov.dynamicframework.registry.directory.DirectoryViews.CoverageView;
import uk.gov.dynamicframework.registry.directory.DirectoryViews.DirectoryCard;
import uk.gov.dynamicframework.registry.directory.DirectoryViews.DirectoryOffer;
import uk.gov.dynamicframework.registry.directory.DirectoryViews.DirectoryProvider;
import uk.gov.dynamicframework.registry.offer.OfferStatus;
import uk.gov.dynamicframework.registry.organisation.FrameworkStatus;
import uk.gov.dynamicframework.registry.organisation.Organisation;

/**
 * The read side of the registry: qualified providers (suspended, removed and rejected ones never appear) and their
 * published offers, served from the read model {@link DirectoryReadModel} keeps: a category and area search reads
 * one index range of {@code directory_listing} (a page of cards, written into the response as stored) and its total
 * from {@code directory_listing_count} (counted over the range when other filters apply); any other search reads
 * {@code directory_provider}, one row per qualified organisation.
 */
@ApplicationScoped
public class DirectoryService {

    private static final Map<String, String> ORDER = Map.of(
            "name", "t.name_key asc, t.organisation_id asc",
            "-name", "t.name_key desc, t.organisation_id asc",
            "registeredAt", "t.registered_at asc, t.organisation_id asc",
            "-registeredAt", "t.registered_at desc, t.organisation_id asc");

    private final EntityManager em;
    private final DataSource dataSource;
    private final ObjectMapper mapper;
    private final ReferenceCodes reference;

    public DirectoryService(EntityManager em, DataSource dataSource, ObjectMapper mapper, ReferenceCodes reference) {
        this.em = em;
        this.dataSource = dataSource;
        this.mapper = mapper;
        this.reference = reference;
    }

    /**
     * Category and area/region filters apply to the same offer: "offers ACCOMMODATION in Avon and Somerset". An
     * area matches offers naming it and offers of its whole region; a region matches offers covering any of its areas.
     * Each provider's {@code offers} are its published offers that match those filters (all of them, the first 100,
     * when there are none); {@code offerCount} counts all its published offers.
     */
    public PageOf<DirectoryCard> search(DirectorySearch search) {
        Set<String> areas = null;
        if (search.area() != null) {
            areas = new TreeSet<>(reference.areasOf(search.area()));
        }
        if (search.region() != null) {
            Set<String> ofRegion = reference.areasOfRegion(search.region());
            areas = areas == null ? new TreeSet<>(ofRegion) : areas.stream().filter(ofRegion::contains)
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        if (areas != null && areas.isEmpty()) {
            return new PageOf<>(List.of(), search.page(), search.size(), 0);
        }
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        boolean listing = search.category() != null && areas != null && areas.size() == 1;
        if (listing) {
            where.add("category = ? and area_code = ?");
            params.add(search.category());
            params.add(areas.iterator().next());
        } else {
            if (search.category() != null || areas != null) {
                StringBuilder offer = new StringBuilder(
                        "exists (select 1 from directory_listing l where l.organisation_id = t.organisation_id");
                if (search.category() != null) {
                    offer.append(" and l.category = ?");
                    params.add(search.category());
                }
                if (areas != null) {
                    offer.append(" and l.area_code = any(?)");
                    params.add(areas.toArray(String[]::new));
                }
                where.add(offer.append(")").toString());
            }
        }
        if (!search.sectors().isEmpty()) {
            where.add("sector = any(?)");
            params.add(search.sectors().toArray(String[]::new));
        }
        if (!search.incomeBands().isEmpty()) {
            where.add("income_band = any(?)");
            params.add(search.incomeBands().toArray(String[]::new));
        }
        if (!search.characteristics().isEmpty()) {
            where.add("characteristics @> ?");
            params.add(search.characteristics().stream().distinct().toArray(String[]::new));
        }
        if (search.q() != null && !search.q().isBlank()) {
            where.add("name_key like ? escape '\\'");
            params.add("%" + search.q().trim().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        String condition = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        String order = ORDER.get(search.sort() == null ? "name" : search.sort());
        String table = listing ? "directory_listing t" : "directory_provider t";
        String pageSql = "select t.card::text from " + table + condition + " order by " + order + " limit ? offset ?";
        // a category x area total with no other filter is kept by the read model (V15): one row, not an index range
        String countSql = listing && where.size() == 1
                ? "select coalesce((select providers from directory_listing_count t" + condition + "), 0)"
                : "select count(*) from " + table + condition;
        try (Connection connection = dataSource.getConnection()) {
            List<DirectoryCard> items = new ArrayList<>(search.size());
            try (PreparedStatement page = prepare(connection, pageSql, params)) {
                page.setInt(params.size() + 1, search.size());
                page.setLong(params.size() + 2, (long) search.page() * search.size());
                try (ResultSet rows = page.executeQuery()) {
                    while (rows.next()) {
                        // a listing row's card holds only the offers of its category covering its area already
                        String card = rows.getString(1);
                        items.add(listing ? new DirectoryCard(card) : matching(card, search.category(), areas));
                    }
                }
            }
            long total;
            if (search.page() == 0 && items.size() < search.size()) {
                total = items.size();
            } else {
                try (PreparedStatement count = prepare(connection, countSql, params);
                        ResultSet rows = count.executeQuery()) {
                    rows.next();
                    total = rows.getLong(1);
                }
            }
            return new PageOf<>(items, search.page(), search.size(), total);
        } catch (SQLException e) {
            throw new IllegalStateException("Directory search failed", e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<Object> params)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < params.size(); i++) {
            Object value = params.get(i);
            if (value instanceof String[] array) {
                statement.setArray(i + 1, connection.createArrayOf("text", array));
            } else {
                statement.setObject(i + 1, value);
            }
        }
        return statement;
    }

    /** The provider's card with only its offers of the category (if given) covering one of the areas (if given). */
    private DirectoryCard matching(String card, String category, Set<String> areas) {
        if (category == null && areas == null) {
            return new DirectoryCard(card);
        }
        try {
            DirectoryProvider p = mapper.readValue(card, DirectoryProvider.class);
            List<DirectoryOffer> offers = p.offers().stream()
                    .filter(o -> category == null || category.equals(o.category()))
                    .filter(o -> areas == null || o.coveredAreas().stream().anyMatch(areas::contains))
                    .toList();
            return new DirectoryCard(mapper.writeValueAsString(new DirectoryProvider(p.id(), p.name(),
                    p.legalIdentifiers(), p.legalForm(), p.sector(), p.incomeBand(), p.characteristics(), p.town(),
                    p.postcode(), p.website(), p.offerCount(), offers)));
        } catch (IOException e) {
            throw new IllegalStateException("Unreadable directory card", e);
        }
    }

    /**
     * Qualified providers with one published offer of the category covering the area (or every area of the region):
     * the providers eligible to bid for a lot there, by the same rule the competition service applies.
     */
    public CoverageView coverage(String category, String area, String region, int page, int size) {
        if ((area == null) == (region == null)) {
            throw ApiException.invalid("Name either an area or a region", List.of(
                    new uk.gov.dynamicframework.platform.problem.Problem.FieldViolation("area", "give area or region, not both or neither"),
                    new uk.gov.dynamicframework.platform.problem.Problem.FieldViolation("region", "give area or region, not both or neither")));
        }
        Set<String> required = reference.areasOf(area != null ? area : region);
        String condition = " where o.frameworkStatus = :qualified and exists (select 1 from ServiceOffer s "
                + "where s.organisationId = o.id and s.status = :published and s.category = :category "
                + "and (select count(a) from ServiceOffer s2 join s2.coveredAreas a where s2 = s and a in :areas) = :required)";
        var query = em.createQuery("select o from Organisation o" + condition + " order by lower(o.name), o.id",
                Organisation.class);
        var count = em.createQuery("select count(o) from Organisation o" + condition, Long.class);
        for (var q : List.of(query, count)) {
            q.setParameter("qualified", FrameworkStatus.QUALIFIED);
            q.setParameter("published", OfferStatus.PUBLISHED);
            q.setParameter("category", category);
            q.setParameter("areas", required);
            q.setParameter("required", (long) required.size());
        }
        List<CoverageProvider> providers = query.setFirstResult(page * size).setMaxResults(size).getResultList()
                .stream().map(o -> new CoverageProvider(o.id, o.name, o.sector, o.incomeBand, Set.copyOf(o.characteristics)))
                .toList();
        return new CoverageView(category, area, region, List.copyOf(required), count.getSingleResult(), providers, page,
                size);
    }
}
