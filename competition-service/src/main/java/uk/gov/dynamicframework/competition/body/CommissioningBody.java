package uk.gov.dynamicframework.competition.body;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A public body that commissions services; commissioner tokens act for one through their {@code body} claim. */
@Entity
@Table(name = "commissioning_body")
public class CommissioningBody extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public BodyKind kind;

    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "area_code")
    public String areaCode;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;
}
