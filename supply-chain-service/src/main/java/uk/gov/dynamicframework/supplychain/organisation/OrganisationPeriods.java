package uk.gov.dynamicframework.supplychain.organisation;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An organisation's attributes with the period the registry said they were true for. A new period starts when an
 * event changes what the figures count (sector, income band, characteristics, local areas); the first starts at
 * -infinity, so figures for dates before the organisation was first heard of still know who it is.
 */
@ApplicationScoped
public class OrganisationPeriods {

    public static final String LED_BY_AND_FOR_RACIALLY_MINORITISED = "LED_BY_AND_FOR_RACIALLY_MINORITISED_PEOPLE";
    public static final String WELSH = "WELSH_ORGANISATION";
    public static final String WOMENS_SPECIALIST = "WOMENS_SPECIALIST";

    /** The attributes the figures depend on. */
    public record Attributes(String sector, String incomeBand, List<String> characteristics, List<String> localAreas) {

        boolean sameAs(Object[] row) {
            return sector.equals(row[0]) && incomeBand.equals(row[1])
                    && Set.copyOf(characteristics).equals(Set.of((String[]) row[2]))
                    && Set.copyOf(localAreas).equals(Set.of((String[]) row[3]));
        }
    }

    /** Whether a recorded change made the organisation voluntary or not, small or not (what flags depend on). */
    public record Change(boolean voluntary, boolean small) {

        static final Change NONE = new Change(false, false);

        public boolean any() {
            return voluntary || small;
        }
    }

    /**
     * Records {@code attributes} as true from {@code at}, closing the current period if they differ from it; says
     * whether being voluntary or small changed (from not at all, for an organisation first heard of).
     */
    public Change record(UUID organisationId, Attributes attributes, Instant at) {
        var em = Panache.getEntityManager();
        @SuppressWarnings("unchecked")
        List<Object[]> current = em.createNativeQuery("""
                select sector, income_band, characteristics, local_areas, valid_from from organisation_period
                where organisation_id = ?1 and valid_to = 'infinity' for update""")
                .setParameter(1, organisationId).getResultList();
        boolean first = current.isEmpty();
        boolean wasVoluntary = !first && isVoluntary((String) current.get(0)[0]);
        boolean wasSmall = !first && isSmall((String) current.get(0)[1]);
        if (!first) {
            if (attributes.sameAs(current.get(0))) {
                return Change.NONE;
            }
            Instant currentFrom = (Instant) current.get(0)[4];
            if (!at.isAfter(currentFrom)) {
                at = currentFrom.plusNanos(1000);
            }
            em.createNativeQuery("update organisation_period set valid_to = ?2 where organisation_id = ?1 and valid_to = 'infinity'")
                    .setParameter(1, organisationId).setParameter(2, at).executeUpdate();
        }
        List<String> c = attributes.characteristics();
        em.createNativeQuery("""
                insert into organisation_period (organisation_id, valid_from, sector, income_band, characteristics, local_areas,
                    voluntary, small, large, racially_minoritised, welsh, womens_specialist)
                values (?1, case when ?13 then '-infinity'::timestamptz else ?2 end, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)""")
                .setParameter(1, organisationId)
                .setParameter(2, at)
                .setParameter(13, first)
                .setParameter(3, attributes.sector())
                .setParameter(4, attributes.incomeBand())
                .setParameter(5, c.toArray(String[]::new))
                .setParameter(6, attributes.localAreas().toArray(String[]::new))
                .setParameter(7, isVoluntary(attributes.sector()))
                .setParameter(8, isSmall(attributes.incomeBand()))
                .setParameter(9, isLarge(attributes.incomeBand()))
                .setParameter(10, c.contains(LED_BY_AND_FOR_RACIALLY_MINORITISED))
                .setParameter(11, c.contains(WELSH))
                .setParameter(12, c.contains(WOMENS_SPECIALIST))
                .executeUpdate();
        return new Change(isVoluntary(attributes.sector()) != wasVoluntary, isSmall(attributes.incomeBand()) != wasSmall);
    }

    /** Voluntary and community sector (VCSE without social enterprises, as the sector's analyses count it). */
    public static boolean isVoluntary(String sector) {
        return "VOLUNTARY_AND_COMMUNITY".equals(sector);
    }

    /** Annual income under £100k. */
    public static boolean isSmall(String incomeBand) {
        return "UNDER_100K".equals(incomeBand);
    }

    /** Annual income over £1m. */
    public static boolean isLarge(String incomeBand) {
        return Arrays.asList("FROM_1M_TO_10M", "OVER_10M").contains(incomeBand);
    }
}
