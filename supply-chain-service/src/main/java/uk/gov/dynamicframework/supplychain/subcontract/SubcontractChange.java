package uk.gov.dynamicframework.supplychain.subcontract;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One version of a subcontract in its history: what was done, by whom, why and when, and what it became. */
@Entity
@Table(name = "subcontract_change")
public class SubcontractChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "subcontract_id", nullable = false)
    public UUID subcontractId;

    @Column(nullable = false)
    public long version;

    /** PROPOSED, CONFIRMED, CHANGED, WITHDRAWN or ENDED. */
    @Column(nullable = false)
    public String action;

    @Column(nullable = false)
    public String status;

    @Column(precision = 14, scale = 2)
    public BigDecimal share;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public String[] categories;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public String[] areas;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;

    @Column(name = "effective_from")
    public LocalDate effectiveFrom;

    public String reason;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public Instant at;

    static SubcontractChange of(Subcontract s, String action, LocalDate effectiveFrom, String reason, String actor, Instant at) {
        SubcontractChange c = new SubcontractChange();
        c.subcontractId = s.id;
        c.version = s.version;
        c.action = action;
        c.status = s.status.name();
        c.share = s.share;
        c.categories = s.categories.clone();
        c.areas = s.areas.clone();
        c.startDate = s.startDate;
        c.endDate = s.endDate;
        c.effectiveFrom = effectiveFrom;
        c.reason = reason;
        c.actor = actor;
        c.at = at;
        return c;
    }
}
