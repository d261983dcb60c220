package uk.gov.dynamicframework.registry.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.gov.dynamicframework.platform.problem.ApiException;

/** The framework's reference data (loaded by migration V1), held in memory: it changes only with a release. */
@ApplicationScoped
public class ReferenceData {

    public record ServiceCategory(String code, String name, String kind, String notes) {
    }

    public record ProbationRegion(String code, String name, String deliusCode, String country) {
    }

    public record PoliceForceArea(String gssCode, String slug, String name, String regionCode, String notes) {
    }

    private final EntityManager em;
    private volatile Snapshot snapshot;

    private record Snapshot(Map<String, ServiceCategory> categories, Map<String, ProbationRegion> regions,
            Map<String, PoliceForceArea> areas) {
    }

    public ReferenceData(EntityManager em) {
        this.em = em;
    }

    public List<ServiceCategory> categories() {
        return List.copyOf(snapshot().categories.values());
    }

    public List<ProbationRegion> regions() {
        return List.copyOf(snapshot().regions.values());
    }

    public List<PoliceForceArea> areas() {
        return List.copyOf(snapshot().areas.values());
    }

    public Set<String> areasOf(String regionCode) {
        return snapshot().areas.values().stream().filter(a -> a.regionCode().equals(regionCode))
                .map(PoliceForceArea::gssCode).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /** Codes of the categories of kind "cohort" (WOMEN, YOUNG_ADULTS, ...): the groups of people an offer serves. */
    public Set<String> cohortCodes() {
        return snapshot().categories.values().stream().filter(c -> "cohort".equals(c.kind())).map(ServiceCategory::code)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    public Set<String> categoryCodes() {
        return snapshot().categories.keySet();
    }

    public Set<String> regionCodes() {
        return snapshot().regions.keySet();
    }

    public Set<String> areaCodes() {
        return snapshot().areas.keySet();
    }

    public PoliceForceArea area(String gssCode) {
        return snapshot().areas.get(gssCode);
    }

    public void requireCategory(String field, String code) {
        require(field, code, snapshot().categories.keySet(), "service category");
    }

    public void requireRegion(String field, String code) {
        require(field, code, snapshot().regions.keySet(), "probation region");
    }

    public void requireArea(String field, String code) {
        require(field, code, snapshot().areas.keySet(), "police force area GSS code");
    }

    private static void require(String field, String code, Set<String> valid, String what) {
        if (code == null || !valid.contains(code)) {
            throw ApiException.invalid(field, "unknown " + what + " '" + code + "'; valid: " + String.join(", ", valid))
                    .with("validCodes", valid);
        }
    }

    private Snapshot snapshot() {
        Snapshot s = snapshot;
        if (s == null) {
            s = load();
            snapshot = s;
        }
        return s;
    }

    @SuppressWarnings("unchecked")
    private Snapshot load() {
        List<Object[]> categories = em.createNativeQuery("select code, name, kind, notes from service_category order by code").getResultList();
        List<Object[]> regions = em.createNativeQuery("select code, name, delius_code, country from probation_region order by code").getResultList();
        List<Object[]> areas = em.createNativeQuery("select gss_code, slug, name, region_code, notes from police_force_area order by gss_code").getResultList();
        return new Snapshot(
                index(categories.stream().map(r -> new ServiceCategory(s(r[0]), s(r[1]), s(r[2]), s(r[3]))).toList(), ServiceCategory::code),
                index(regions.stream().map(r -> new ProbationRegion(s(r[0]), s(r[1]), s(r[2]), s(r[3]))).toList(), ProbationRegion::code),
                index(areas.stream().map(r -> new PoliceForceArea(s(r[0]), s(r[1]), s(r[2]), s(r[3]), s(r[4]))).toList(), PoliceForceArea::gssCode));
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
    }

    private static String s(Object o) {
        return o == null ? null : o.toString();
    }
}
