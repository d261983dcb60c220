package uk.gov.dynamicframework.competition.provider;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.jpa.HibernateHints;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * This service's own view of an organisation on the framework, kept from the registry's events
 * (topic {@code df.organisations.v1}); never read from the registry.
 */
@Entity
@Table(name = "provider")
public class Provider extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "legal_identifiers", columnDefinition = "jsonb", nullable = false)
    public List<String> legalIdentifiers = new ArrayList<>();

    public String sector;

    @Column(name = "income_band")
    public String incomeBand;

    @Column(name = "framework_status", nullable = false)
    public String frameworkStatus;

    /** The reason of the registry's last framework decision (suspension, removal...), if any. */
    @Column(name = "status_reason")
    public String statusReason;

    /** The registry's version of the organisation this view reflects; older events are ignored. */
    @Column(name = "source_version", nullable = false)
    public long sourceVersion;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The registry's framework statuses this service acts on (its view is lenient: other values are kept as sent). */
    public static final String QUALIFIED = "QUALIFIED";
    public static final String REMOVED = "REMOVED";
    public static final String REJECTED = "REJECTED";

    /** Several providers by id, read only, in one statement. */
    public static Map<UUID, Provider> readOnly(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return Provider.<Provider>find("id in ?1", ids).withHint(HibernateHints.HINT_READ_ONLY, true).stream()
                .collect(Collectors.toMap(p -> p.id, p -> p));
    }

    public boolean isQualified() {
        return QUALIFIED.equals(frameworkStatus);
    }

    /** May be named as a supply-chain partner: registered and neither removed from nor rejected by the framework. */
    public boolean mayPartner() {
        return !REMOVED.equals(frameworkStatus) && !REJECTED.equals(frameworkStatus);
    }
}
