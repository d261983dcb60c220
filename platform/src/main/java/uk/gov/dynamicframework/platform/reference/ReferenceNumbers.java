package uk.gov.dynamicframework.platform.reference;

import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The one generator of human references: {@code next("DF-AGR")} gives {@code DF-AGR-2026-00042}: the prefix, the
 * year from the injected {@link Clock} (UTC) and a number from a PostgreSQL sequence of the prefix
 * ({@code df_agr_reference_seq}, created on first use), zero-padded to 5 digits and growing beyond. Numbers are
 * unique per prefix, never reused (a rolled-back transaction leaves a gap) and do not restart each year.
 */
@ApplicationScoped
public class ReferenceNumbers {

    private static final Pattern PREFIX = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*");

    private final EntityManager em;
    private final Clock clock;
    private final Set<String> created = ConcurrentHashMap.newKeySet();

    public ReferenceNumbers(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** The next reference of the prefix (upper-case letters, digits and single hyphens, e.g. {@code DF-COMP}). */
    public String next(String prefix) {
        String sequence = sequenceName(prefix);
        if (!created.contains(sequence)) {
            create(sequence);
        }
        long number = ((Number) em.createNativeQuery("select nextval('" + sequence + "')").getSingleResult()).longValue();
        return format(prefix, clock.instant().atZone(ZoneOffset.UTC).getYear(), number);
    }

    /** {@code DF-AGR-2026-00042}. */
    public static String format(String prefix, int year, long number) {
        return "%s-%d-%05d".formatted(prefix, year, number);
    }

    /** {@code DF-COMP} -> {@code df_comp_reference_seq}; refuses anything but a well-formed prefix. */
    public static String sequenceName(String prefix) {
        if (prefix == null || prefix.length() > 40 || !PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("A reference prefix is upper-case letters, digits and single hyphens: " + prefix);
        }
        return prefix.toLowerCase(Locale.ROOT).replace('-', '_') + "_reference_seq";
    }

    /**
     * In a transaction of its own (the caller's is suspended), so that a concurrent creation by another instance,
     * which PostgreSQL may answer with a unique violation on its catalogue, cannot abort the caller's transaction.
     */
    private void create(String sequence) {
        try {
            QuarkusTransaction.requiringNew().run(
                    () -> em.createNativeQuery("create sequence if not exists " + sequence).executeUpdate());
        } catch (RuntimeException e) {
            boolean exists = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                    "select count(*) from pg_class where relkind = 'S' and relname = ?1").setParameter(1, sequence)
                    .getSingleResult()).longValue() > 0);
            if (!exists) {
                throw e;
            }
        }
        created.add(sequence);
    }
}
