package uk.gov.dynamicframework.registry.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import uk.gov.dynamicframework.platform.paging.PageOf;
import uk.gov.dynamicframework.platform.problem.ApiException;
import uk.gov.dynamicframework.platform.reference.ReferenceCodes;
import uk.gov.dynamicframework.registry.directory.DirectoryViews.CoverageProvider;
import uk.gov.dynamicframework.registry.directory.DirectoryViews.CoverageView;
import uk.gov.dynamicframework.registry.directory.DirectoryViews.DirectoryOffer;
import uk.gov.dynamicframework.registry.directory.DirectoryViews.DirectoryProvider;
import uk.gov.dynamicframework.registry.offer.OfferStatus;
import uk.gov.dynamicframework.registry.offer.ServiceOffer;
import uk.gov.dynamicframework.registry.organisation.Characteristic;
import uk.gov.dynamicframework.registry.organisation.FrameworkStatus;
import uk.gov.dynamicframework.registry.organisation.IncomeBand;
import uk.gov.dynamicframework.registry.organisation.Organisation;
import uk.gov.dynamicframework.registry.organisation.Sector;

/**
 * The read side of the registry: qualified providers (suspended, removed and rejected ones never appear) and their
 * published offers.
 */
@ApplicationScoped
public class DirectoryService {

    private static final Map<String, String> ORDER = Map.of(
            "name", "lower(o.name) asc, o.id asc",
            "-name", "lower(o.name) desc, o.id asc",
            "registeredAt", "o.createdAt asc, o.id asc",
            "-registeredAt", "o.createdAt desc, o.id asc");

    private final EntityManager em;
    private final ReferenceCodes reference;

    public DirectoryService(EntityManager em, ReferenceCodes reference) {
        this.em = em;
        this.reference = reference;
    }

    /**
     * Category and area/region filters apply to the same offer: "offers ACCOMMODATION in Avon and Somerset". An
     * area matches offers naming it and offers of its whole region; a region matches offers covering any of its areas.
     */
    public PageOf<DirectoryProvider> search(DirectorySearch search) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        where.add("o.frameworkStatus = :qualified");
        params.put("qualified", FrameworkStatus.QUALIFIED);

        Set<String> areas = null;
        if (search.area() != null) {
            areas = new TreeSet<>(reference.areasOf(search.area()));
        }
        if (search.region() != null) {
            Set<String> ofRegion = reference.areasOfRegion(search.region());
            areas = areas == null ? new TreeSet<>(ofRegion) : areas.stream().filter(ofRegion::contains)
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        if (search.category() != null || areas != null) {
            StringBuilder offer = new StringBuilder("exists (select 1 from ServiceOffer s");
            if (areas != null) {
                offer.append(" join s.coveredAreas a");
            }
            offer.append(" where s.organisationId = o.id and s.status = :published");
            params.put("published", OfferStatus.PUBLISHED);
            if (search.category() != null) {
                offer.append(" and s.category = :category");
                params.put("category", search.category());
            }
            if (areas != null) {
                if (areas.isEmpty()) {
                    return new PageOf<>(List.of(), search.page(), search.size(), 0);
                }
                offer.append(" and a in :areas");
                params.put("areas", areas);
            }
            where.add(offer.append(")").toString());
        }
        if (!search.sectors().isEmpty()) {
            where.add("o.sector in :sectors");
            params.put("sectors", search.sectors().stream().map(Sector::valueOf).toList());
        }
        if (!search.incomeBands().isEmpty()) {
            where.add("o.incomeBand in :incomeBands");
            params.put("incomeBands", search.incomeBands().stream().map(IncomeBand::valueOf).toList());
        }
        List<String> characteristics = search.characteristics().stream().distinct().toList();
        for (int i = 0; i < characteristics.size(); i++) {
            where.add(":characteristic" + i + " member of o.characteristics");
            params.put("characteristic" + i, Characteristic.valueOf(characteristics.get(i)));
        }
        if (search.q() != null && !search.q().isBlank()) {
            where.add("lower(o.name) like :q escape '\\'");
            params.put("q", "%" + search.q().trim().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        String condition = " where " + String.join(" and ", where);
        String order = ORDER.get(search.sort() == null ? "name" : search.sort());
        var query = em.createQuery("select o from Organisation o" + condition + " order by " + order, Organisation.class);
        var count = em.createQuery("select count(o) from Organisation o" + condition, Long.class);
        params.forEach((name, value) -> {
            query.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<Organisation> page = query.setFirstResult(search.page() * search.size()).setMaxResults(search.size())
                .getResultList();
        Map<UUID, List<ServiceOffer>> offers = publishedOffersOf(page.stream().map(o -> o.id).toList());
        return new PageOf<>(page.stream().map(o -> provider(o, offers.getOrDefault(o.id, List.of()))).toList(),
                search.page(), search.size(), count.getSingleResult());
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

    private Map<UUID, List<ServiceOffer>> publishedOffersOf(List<UUID> organisationIds) {
        if (organisationIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select s from ServiceOffer s where s.organisationId in :ids and s.status = :published "
                        + "order by s.category, s.publishedAt", ServiceOffer.class)
                .setParameter("ids", organisationIds).setParameter("published", OfferStatus.PUBLISHED)
                .getResultList().stream()
                .collect(Collectors.groupingBy(s -> s.organisationId, java.util.LinkedHashMap::new, Collectors.toList()));
    }

    private static DirectoryProvider provider(Organisation o, List<ServiceOffer> offers) {
        return new DirectoryProvider(o.id, o.name, o.legalIdentifiers.stream().sorted().toList(), o.legalForm, o.sector,
                o.incomeBand, Set.copyOf(o.characteristics), o.address.town, o.address.postcode, o.website,
                offers.size(), offers.stream().limit(PageOf.MAX_SIZE).map(s -> new DirectoryOffer(s.id, s.category, s.namedAreas.stream().sorted().toList(),
                        s.regions.stream().sorted().toList(), s.coveredAreas.stream().sorted().toList(),
                        s.cohorts.stream().sorted().toList(), s.description)).toList());
    }
}
