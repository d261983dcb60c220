package uk.gov.dynamicframework.devtools.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The seeded plan of the demo commissioning round: a deterministic table of organisations and agreements, shaped like
 * the 2021 round so that the aggregates below hold <b>by construction</b>, whatever the seed. The seed only chooses
 * names, identifiers, values, shares, which lead takes which lot and which subcontractor goes where; the counts never
 * move.
 *
 * <h2>Organisations (81)</h2>
 * <ul>
 *   <li>26 lead providers: N1, N2 (private companies, over £10m) and N3 (a social enterprise, £1m–£10m), and V1–V23
 *       (voluntary and community): V1–V21 over £1m, V22–V23 £100k–£1m; V15–V23 are women's specialists.</li>
 *   <li>55 subcontractors (never leads): W1–W3 voluntary, Welsh, £100k–£1m (only in agreements delivered in Wales);
 *       R1–R3 voluntary, led by and for racially minoritised people; P1–P5 not voluntary (3 social enterprises,
 *       2 private), £1m–£10m (only in Accommodation and ETE); G1–G44 voluntary: G1–G16 over £1m, G17–G29
 *       £100k–£1m, G30–G44 under £100k.</li>
 *   <li>So 73 voluntary (23 + 50), 45 with income above £1m (24 leads + 5 P + 16 G, over half of 81), 3 led by and
 *       for racially minoritised people, 3 Welsh, none of them leading.</li>
 * </ul>
 *
 * <h2>Agreements (110, all 26 June 2021 to 31 March 2028, so in force today)</h2>
 * <ul>
 *   <li><b>ACC</b> Accommodation, 14: one per probation region, North West and Yorkshire and the Humber split in two;
 *       5 led by N1 (2) and N3 (3), 9 by V8–V14 (V8 and V9 two each). 3 subcontractors each.</li>
 *   <li><b>ETE</b>, 12: one per region; V7 leads one (the single voluntary lead), N1 four, N2 four, N3 three.
 *       3 subcontractors each.</li>
 *   <li><b>PWB</b> Personal Wellbeing, 45: one per police force area (43) and a second lot in the Metropolitan and
 *       West Midlands areas; 34 led by V1–V6 (6, 6, 6, 6, 5, 5), 11 by N1 (6) and N2 (5); 3 English lots with no
 *       subcontractor, 11 with one or two (alternately), 31 with three.</li>
 *   <li><b>WOS</b> Women's services, 39: one per English police force area, led by V15–V23 (5, 5, 5, 4 × 6);
 *       2 voluntary subcontractors each.</li>
 *   <li>Subcontractors are drawn in turn from seeded rotations: every agreement delivered in Wales takes one of
 *       W1–W3, every other Accommodation or ETE agreement one of P1–P5, and the rest come from R1–R3 and G1–G44
 *       (voluntary), so every subcontractor is used and women's services stay all voluntary. Shares are 8–20 % of
 *       the value each; areas a seeded non-empty subset of the agreement's.</li>
 * </ul>
 */
public final class DemoPlan {

    public static final LocalDate START = LocalDate.of(2021, 6, 26);
    public static final LocalDate END = LocalDate.of(2028, 3, 31);

    public record Org(String key, String name, String identifier, String legalForm, String sector, String incomeBand,
            Set<String> characteristics) {
    }

    public record Sub(String orgKey, List<String> categories, List<String> areas, BigDecimal share) {
    }

    public record Lot(String key, String contractType, String title, List<String> categories, String regionCode,
            List<String> areas, String leadKey, BigDecimal value, List<Sub> subs) {
    }

    /** The police force areas (GSS code → probation region), as in the reference data. */
    public static final Map<String, String> AREAS = new LinkedHashMap<>();
    public static final Map<String, String> REGION_NAMES = new LinkedHashMap<>();

    static {
        String[][] regions = { { "NE", "North East" }, { "NW", "North West" }, { "YH", "Yorkshire and the Humber" },
                { "WA", "Wales" }, { "WM", "West Midlands" }, { "EM", "East Midlands" }, { "SW", "South West" },
                { "SC", "South Central" }, { "EE", "East of England" }, { "LN", "London" },
                { "KSS", "Kent, Surrey and Sussex" }, { "GM", "Greater Manchester" } };
        for (String[] r : regions) {
            REGION_NAMES.put(r[0], r[1]);
        }
        String[] regionOfEnglishArea = { "LN", "NW", "NW", "NW", "GM", "NW", "NE", "NE", "YH", "YH", "YH", "YH", "NE",
                "WM", "WM", "WM", "WM", "EM", "EM", "EM", "EM", "EE", "EE", "EE", "EE", "EE", "EE", "EE", "SC", "SC",
                "KSS", "KSS", "KSS", "LN", "SW", "SW", "SW", "SW", "SW" };
        for (int i = 0; i < regionOfEnglishArea.length; i++) {
            AREAS.put(String.format("E230000%02d", i + 1), regionOfEnglishArea[i]);
        }
        for (int i = 1; i <= 4; i++) {
            AREAS.put("W1500000" + i, "WA");
        }
    }

    static final List<String> PWB_CATEGORIES = List.of("LIFESTYLE_ASSOCIATES", "FAMILY_SIGNIFICANT_OTHERS",
            "EMOTIONAL_WELLBEING", "SOCIAL_INCLUSION");
    static final List<String> WOS_CATEGORIES = List.of("WOMEN", "ACCOMMODATION", "EDUCATION_TRAINING_EMPLOYMENT",
            "FINANCE_BENEFITS_DEBT", "DEPENDENCY_RECOVERY", "LIFESTYLE_ASSOCIATES", "FAMILY_SIGNIFICANT_OTHERS",
            "EMOTIONAL_WELLBEING", "SOCIAL_INCLUSION");

    private static final String[] PLACES = { "Tyne", "Pennine", "Mersey", "Wear", "Severn", "Trent", "Humber", "Avon",
            "Medway", "Thames", "Ouse", "Tamar", "Eden", "Derwent", "Calder", "Aire", "Wye", "Usk", "Teifi", "Conwy",
            "Mendip", "Chiltern", "Cotswold", "Fenland", "Weald", "Downs", "Peak", "Dales", "Moor", "Vale" };
    private static final String[] NOUNS = { "Futures", "Pathways", "Bridges", "Horizons", "Foundations", "Roots",
            "Compass", "Anchor", "Harbour", "Beacon", "Threshold", "Journeys", "Connect", "Together", "Lighthouse" };
    private static final String[] KINDS = { "Trust", "Project", "Network", "Centre", "Partnership", "Foundation",
            "Collective", "Alliance" };

    public final long seed;
    public final List<Org> organisations = new ArrayList<>();
    public final List<Lot> lots = new ArrayList<>();
    private final Map<String, Org> byKey = new LinkedHashMap<>();
    private final Random random;

    public DemoPlan(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
        organisations();
        agreements();
    }

    public Org org(String key) {
        return byKey.get(key);
    }

    // ---- organisations ----

    private void organisations() {
        Set<String> names = new LinkedHashSet<>();
        org("N1", names, "Ltd", "COMPANY_LIMITED_BY_SHARES", "PRIVATE", "OVER_10M");
        org("N2", names, "Ltd", "COMPANY_LIMITED_BY_SHARES", "PRIVATE", "OVER_10M");
        org("N3", names, "CIC", "COMMUNITY_INTEREST_COMPANY", "SOCIAL_ENTERPRISE", "FROM_1M_TO_10M");
        for (int i = 1; i <= 23; i++) {
            Set<String> c = i >= 15 ? Set.of("WOMENS_SPECIALIST") : Set.of();
            org("V" + i, names, null, "CHARITABLE_COMPANY", "VOLUNTARY_AND_COMMUNITY",
                    i >= 22 ? "FROM_100K_TO_1M" : i % 3 == 0 ? "OVER_10M" : "FROM_1M_TO_10M", c);
        }
        for (int i = 1; i <= 3; i++) {
            org("W" + i, names, "Cymru", "CHARITABLE_INCORPORATED_ORGANISATION", "VOLUNTARY_AND_COMMUNITY",
                    "FROM_100K_TO_1M", Set.of("WELSH_ORGANISATION"));
        }
        for (int i = 1; i <= 3; i++) {
            org("R" + i, names, null, "CHARITABLE_INCORPORATED_ORGANISATION", "VOLUNTARY_AND_COMMUNITY",
                    i == 1 ? "UNDER_100K" : "FROM_100K_TO_1M", Set.of("LED_BY_AND_FOR_RACIALLY_MINORITISED_PEOPLE"));
        }
        for (int i = 1; i <= 5; i++) {
            boolean social = i <= 3;
            org("P" + i, names, social ? "CIC" : "Ltd", social ? "COMMUNITY_INTEREST_COMPANY" : "COMPANY_LIMITED_BY_SHARES",
                    social ? "SOCIAL_ENTERPRISE" : "PRIVATE", "FROM_1M_TO_10M");
        }
        for (int i = 1; i <= 44; i++) {
            String band = i <= 16 ? (i % 4 == 0 ? "OVER_10M" : "FROM_1M_TO_10M") : i <= 29 ? "FROM_100K_TO_1M" : "UNDER_100K";
            org("G" + i, names, null, i % 2 == 0 ? "CHARITABLE_COMPANY" : "CHARITABLE_INCORPORATED_ORGANISATION",
                    "VOLUNTARY_AND_COMMUNITY", band, i % 7 == 0 ? Set.of("LED_BY_AND_FOR_PEOPLE_WITH_LIVED_EXPERIENCE") : Set.of());
        }
    }

    private void org(String key, Set<String> names, String suffix, String legalForm, String sector, String band) {
        org(key, names, suffix, legalForm, sector, band, Set.of());
    }

    private void org(String key, Set<String> names, String suffix, String legalForm, String sector, String band,
            Set<String> characteristics) {
        String name;
        do {
            name = PLACES[random.nextInt(PLACES.length)] + " " + NOUNS[random.nextInt(NOUNS.length)] + " "
                    + (suffix != null ? suffix : KINDS[random.nextInt(KINDS.length)]);
        } while (!names.add(name));
        // Identifiers from the seed and the key, so a second run (same seed) finds the same organisations.
        long h = Math.floorMod((seed * 1_000_003L) ^ key.hashCode() * 7919L, 9_000_000L) + 1_000_000L;
        String identifier = legalForm.startsWith("COMPANY_LIMITED_BY_SHARES") || legalForm.startsWith("COMMUNITY_INTEREST")
                ? String.format("GB-COH-%08d", h * 10 + key.length()) : "GB-CHC-" + h;
        Org o = new Org(key, name, identifier, legalForm, sector, band, characteristics);
        organisations.add(o);
        byKey.put(key, o);
    }

    // ---- agreements ----

    private final class Rotation {
        private final List<String> keys;
        private int next;

        Rotation(List<String> keys) {
            this.keys = new ArrayList<>(keys);
            Collections.shuffle(this.keys, random);
        }

        String take() {
            return keys.get(next++ % keys.size());
        }
    }

    private static List<String> keys(String prefix, int count) {
        List<String> k = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            k.add(prefix + i);
        }
        return k;
    }

    private List<String> leads(Object... keyAndCount) {
        List<String> l = new ArrayList<>();
        for (int i = 0; i < keyAndCount.length; i += 2) {
            for (int n = 0; n < (Integer) keyAndCount[i + 1]; n++) {
                l.add((String) keyAndCount[i]);
            }
        }
        Collections.shuffle(l, random);
        return l;
    }

    private void agreements() {
        Rotation welsh = new Rotation(keys("W", 3));
        Rotation notVoluntary = new Rotation(keys("P", 5));
        List<String> voluntaryKeys = new ArrayList<>(keys("R", 3));
        voluntaryKeys.addAll(keys("G", 44));
        Rotation voluntary = new Rotation(voluntaryKeys);

        // Accommodation: 14 lots.
        List<List<String>> accLots = new ArrayList<>();
        List<String> accRegions = new ArrayList<>();
        for (String region : REGION_NAMES.keySet()) {
            List<String> areas = areasOf(region);
            if (region.equals("NW") || region.equals("YH")) {
                accLots.add(areas.subList(0, 2));
                accRegions.add(region);
                accLots.add(areas.subList(2, areas.size()));
                accRegions.add(region);
            } else {
                accLots.add(areas);
                accRegions.add(region);
            }
        }
        List<String> accLeads = leads("N1", 2, "N3", 3, "V8", 2, "V9", 2, "V10", 1, "V11", 1, "V12", 1, "V13", 1, "V14", 1);
        for (int i = 0; i < accLots.size(); i++) {
            String region = accRegions.get(i);
            List<String> areas = accLots.get(i);
            boolean inWales = region.equals("WA");
            List<String> subs = inWales ? List.of(welsh.take(), notVoluntary.take(), voluntary.take())
                    : List.of(notVoluntary.take(), voluntary.take(), voluntary.take());
            boolean split = region.equals("NW") || region.equals("YH");
            lot("ACC-" + (i + 1), "ACC", "Accommodation services, " + REGION_NAMES.get(region)
                    + (split ? " (" + String.join(", ", areas) + ")" : ""),
                    List.of("ACCOMMODATION"), region, areas, accLeads.get(i), money(1_500_000, 6_000_000), subs);
        }

        // ETE: 12 lots, one per region.
        List<String> eteLeads = leads("V7", 1, "N1", 4, "N2", 4, "N3", 3);
        int e = 0;
        for (String region : REGION_NAMES.keySet()) {
            boolean inWales = region.equals("WA");
            List<String> subs = List.of(inWales ? welsh.take() : notVoluntary.take(), voluntary.take(), voluntary.take());
            lot("ETE-" + (e + 1), "ETE", "Education, training and employment, " + REGION_NAMES.get(region),
                    List.of("EDUCATION_TRAINING_EMPLOYMENT"), region, areasOf(region), eteLeads.get(e),
                    money(1_000_000, 4_000_000), subs);
            e++;
        }

        // Personal Wellbeing: 45 lots, one per area and a second lot in two areas.
        List<String> pwbAreas = new ArrayList<>(AREAS.keySet());
        pwbAreas.add("E23000001");
        pwbAreas.add("E23000014");
        List<String> pwbLeads = leads("V1", 6, "V2", 6, "V3", 6, "V4", 6, "V5", 5, "V6", 5, "N1", 6, "N2", 5);
        List<Integer> english = new ArrayList<>();
        for (int i = 0; i < pwbAreas.size(); i++) {
            if (pwbAreas.get(i).startsWith("E")) {
                english.add(i);
            }
        }
        Collections.shuffle(english, random);
        Set<Integer> none = new LinkedHashSet<>(english.subList(0, 3));
        List<Integer> few = english.subList(3, 14);
        for (int i = 0; i < pwbAreas.size(); i++) {
            String area = pwbAreas.get(i);
            int count = none.contains(i) ? 0 : few.contains(i) ? 1 + few.indexOf(i) % 2 : 3;
            List<String> subs = new ArrayList<>();
            for (int n = 0; n < count; n++) {
                subs.add(n == 0 && area.startsWith("W") ? welsh.take() : voluntary.take());
            }
            boolean second = i >= AREAS.size();
            lot("PWB-" + (i + 1), "PWB", "Personal wellbeing services, " + area + (second ? " (second lot)" : ""),
                    PWB_CATEGORIES, null, List.of(area), pwbLeads.get(i), money(300_000, 1_500_000), subs);
        }

        // Women's services: 39 lots, one per English area, all voluntary.
        List<String> wosLeads = leads("V15", 5, "V16", 5, "V17", 5, "V18", 4, "V19", 4, "V20", 4, "V21", 4, "V22", 4, "V23", 4);
        int w = 0;
        for (String area : AREAS.keySet()) {
            if (!area.startsWith("E")) {
                continue;
            }
            lot("WOS-" + (w + 1), "WOS", "Women's services, " + area, WOS_CATEGORIES, null, List.of(area),
                    wosLeads.get(w), money(200_000, 800_000), List.of(voluntary.take(), voluntary.take()));
            w++;
        }
    }

    private void lot(String key, String contractType, String title, List<String> categories, String regionCode,
            List<String> areas, String leadKey, BigDecimal value, List<String> subKeys) {
        List<Sub> subs = new ArrayList<>();
        for (String subKey : subKeys) {
            List<String> subCategories = switch (contractType) {
                case "PWB" -> subset(PWB_CATEGORIES);
                case "WOS" -> List.of("WOMEN", WOS_CATEGORIES.get(1 + random.nextInt(WOS_CATEGORIES.size() - 1)));
                default -> categories;
            };
            BigDecimal share = value.multiply(BigDecimal.valueOf(8 + random.nextInt(13))).divide(BigDecimal.valueOf(100))
                    .setScale(-2, RoundingMode.DOWN).setScale(2);
            subs.add(new Sub(subKey, subCategories, subset(areas), share));
        }
        lots.add(new Lot(key, contractType, title, categories, regionCode, areas, leadKey, value, subs));
    }

    private List<String> subset(List<String> all) {
        List<String> chosen = new ArrayList<>();
        for (String s : all) {
            if (random.nextInt(3) > 0) {
                chosen.add(s);
            }
        }
        if (chosen.isEmpty()) {
            chosen.add(all.get(random.nextInt(all.size())));
        }
        return chosen;
    }

    private BigDecimal money(int from, int to) {
        return BigDecimal.valueOf((from + random.nextInt(to - from)) / 1000 * 1000L).setScale(2);
    }

    public static List<String> areasOf(String region) {
        return AREAS.entrySet().stream().filter(a -> a.getValue().equals(region)).map(Map.Entry::getKey).toList();
    }
}
