package uk.gov.dynamicframework.platform.reference;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.dynamicframework.platform.problem.ApiException;

/**
 * The framework's reference codes (service categories, probation regions, police force areas, contract types) as
 * held in the service's OWN reference tables (migration V1, same table names in every service), read once on first
 * use and kept in memory: they change only with a release. A table the service does not have is simply empty.
 * <p>
 * {@link #areasOf(String)} is the one "area or whole region" resolution of the suite.
 */
@ApplicationScoped
public class ReferenceCodes {

    @Schema(name = "ServiceCategory")
    public record Category(String code, String name, String kind, String notes) {
    }

    @Schema(name = "ProbationRegion")
    public record Region(String code, String name, String deliusCode, String country) {
    }

    @Schema(name = "PoliceForceArea")
    public record Area(String gssCode, String slug, String name, String regionCode, String notes) {
    }

    @Schema(name = "ContractType")
    public record ContractType(String code, String name, List<String> categories, String usualGeography) {
    }

    private record Snapshot(Map<String, Category> categories, Map<String, Region> regions, Map<String, Area> areas,
            Map<String, ContractType> contractTypes, Map<String, Set<String>> areasByRegion) {
    }

    private final DataSource dataSource;
    private volatile Snapshot snapshot;

    public ReferenceCodes(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public boolean isCategory(String code) {
        return code != null && snapshot().categories.containsKey(code);
    }

    public boolean isRegion(String code) {
        return code != null && snapshot().regions.containsKey(code);
    }

    public boolean isArea(String gssCode) {
        return gssCode != null && snapshot().areas.containsKey(gssCode);
    }

    public boolean isContractType(String code) {
        return code != null && snapshot().contractTypes.containsKey(code);
    }

    public boolean isKnown(KnownCode.Kind kind, String code) {
        return code != null && codes(kind).contains(code);
    }

    /** The police force areas (GSS codes) of a probation region, in code order; empty for an unknown region. */
    public Set<String> areasOfRegion(String regionCode) {
        return regionCode == null ? Set.of() : snapshot().areasByRegion.getOrDefault(regionCode, Set.of());
    }

    /**
     * The one "area or whole region" resolution: a police force area gives itself, a probation region gives all its
     * areas (in code order), anything else nothing.
     */
    public Set<String> areasOf(String areaOrRegionCode) {
        if (isArea(areaOrRegionCode)) {
            return Set.of(areaOrRegionCode);
        }
        return areasOfRegion(areaOrRegionCode);
    }

    /** Every area covered by the given areas and regions together, in code order; unknown codes add nothing. */
    public Set<String> areasOf(Collection<String> areaOrRegionCodes) {
        Set<String> areas = new TreeSet<>();
        if (areaOrRegionCodes != null) {
            areaOrRegionCodes.forEach(code -> areas.addAll(areasOf(code)));
        }
        return areas;
    }

    /** The valid codes of a kind, in the order of the reference table. */
    public Set<String> codes(KnownCode.Kind kind) {
        Snapshot s = snapshot();
        return switch (kind) {
            case CATEGORY -> s.categories.keySet();
            case COHORT -> s.categories.values().stream().filter(c -> "cohort".equals(c.kind())).map(Category::code)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            case REGION -> s.regions.keySet();
            case AREA -> s.areas.keySet();
            case AREA_OR_REGION -> {
                Set<String> both = new LinkedHashSet<>(s.areas.keySet());
                both.addAll(s.regions.keySet());
                yield both;
            }
            case CONTRACT_TYPE -> s.contractTypes.keySet();
        };
    }

    /** Throws a 400 problem naming the field and the valid codes unless the code is of the kind. */
    public void require(String field, KnownCode.Kind kind, String code) {
        if (!isKnown(kind, code)) {
            throw ApiException.invalid(field, kind.unknown(code) + "; valid: " + String.join(", ", codes(kind)))
                    .with("validCodes", codes(kind));
        }
    }

    public List<Category> categories() {
        return List.copyOf(snapshot().categories.values());
    }

    public List<Region> regions() {
        return List.copyOf(snapshot().regions.values());
    }

    public List<Area> areas() {
        return List.copyOf(snapshot().areas.values());
    }

    public List<ContractType> contractTypes() {
        return List.copyOf(snapshot().contractTypes.values());
    }

    public Category category(String code) {
        return code == null ? null : snapshot().categories.get(code);
    }

    public Region region(String code) {
        return code == null ? null : snapshot().regions.get(code);
    }

    public Area area(String gssCode) {
        return gssCode == null ? null : snapshot().areas.get(gssCode);
    }

    public ContractType contractType(String code) {
        return code == null ? null : snapshot().contractTypes.get(code);
    }

    private Snapshot snapshot() {
        Snapshot s = snapshot;
        if (s == null) {
            synchronized (this) {
                s = snapshot;
                if (s == null) {
                    s = load();
                    snapshot = s;
                }
            }
        }
        return s;
    }

    private Snapshot load() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            Set<String> tables = new HashSet<>();
            try (ResultSet rs = statement.executeQuery("select table_name from information_schema.tables"
                    + " where table_schema = current_schema() and table_name in"
                    + " ('service_category', 'probation_region', 'police_force_area', 'contract_type')")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            Map<String, Category> categories = new LinkedHashMap<>();
            if (tables.contains("service_category")) {
                try (ResultSet rs = statement.executeQuery("select code, name, kind, notes from service_category order by code")) {
                    while (rs.next()) {
                        categories.put(rs.getString(1), new Category(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                    }
                }
            }
            Map<String, Region> regions = new LinkedHashMap<>();
            if (tables.contains("probation_region")) {
                try (ResultSet rs = statement.executeQuery("select code, name, delius_code, country from probation_region order by code")) {
                    while (rs.next()) {
                        regions.put(rs.getString(1), new Region(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                    }
                }
            }
            Map<String, Area> areas = new LinkedHashMap<>();
            if (tables.contains("police_force_area")) {
                try (ResultSet rs = statement.executeQuery("select gss_code, slug, name, region_code, notes from police_force_area order by gss_code")) {
                    while (rs.next()) {
                        areas.put(rs.getString(1), new Area(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
                    }
                }
            }
            Map<String, ContractType> contractTypes = new LinkedHashMap<>();
            if (tables.contains("contract_type")) {
                try (ResultSet rs = statement.executeQuery("select code, name, categories, usual_geography from contract_type order by code")) {
                    while (rs.next()) {
                        contractTypes.put(rs.getString(1), new ContractType(rs.getString(1), rs.getString(2), strings(rs.getArray(3)), rs.getString(4)));
                    }
                }
            }
            return snapshotOf(categories, regions, areas, contractTypes);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the reference tables", e);
        }
    }

    /** Builds the in-memory snapshot; also for unit tests, which have no database. */
    static Snapshot snapshotOf(Map<String, Category> categories, Map<String, Region> regions, Map<String, Area> areas,
            Map<String, ContractType> contractTypes) {
        Map<String, Set<String>> byRegion = areas.values().stream().collect(Collectors.groupingBy(Area::regionCode,
                Collectors.mapping(Area::gssCode, Collectors.toCollection(TreeSet::new))));
        Map<String, Set<String>> areasByRegion = new LinkedHashMap<>();
        byRegion.forEach((region, codes) -> areasByRegion.put(region, java.util.Collections.unmodifiableSet(codes)));
        return new Snapshot(unmodifiable(categories), unmodifiable(regions), unmodifiable(areas),
                unmodifiable(contractTypes), areasByRegion);
    }

    /** A snapshot held in memory only, for unit tests without a database. */
    static ReferenceCodes of(List<Category> categories, List<Region> regions, List<Area> areas,
            List<ContractType> contractTypes) {
        ReferenceCodes codes = new ReferenceCodes(null);
        codes.snapshot = snapshotOf(index(categories, Category::code), index(regions, Region::code),
                index(areas, Area::gssCode), index(contractTypes, ContractType::code));
        return codes;
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.toMap(key, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    private static <T> Map<String, T> unmodifiable(Map<String, T> map) {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }
}
