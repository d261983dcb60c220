package uk.gov.dynamicframework.supplychain.flag;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** The share of an agreement's value a commissioning body wants subcontracted to small organisations. */
@Entity
@Table(name = "small_share_threshold")
public class SmallShareThreshold extends PanacheEntityBase {

    @Id
    @Column(name = "body_id")
    public String bodyId;

    @Column(name = "minimum_share", nullable = false, precision = 5, scale = 4)
    public BigDecimal minimumShare;

    @Column(name = "set_by", nullable = false)
    public String setBy;

    @Column(name = "set_at", nullable = false)
    public Instant setAt;

    @Column(nullable = false)
    public long version;
}
