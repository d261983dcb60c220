package uk.gov.dynamicframework.supplychain.organisation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An organisation as diversity analytics sees it: sector, size and who it is led by and for. */
@Entity
@Table(name = "organisation")
public class SupplyChainOrganisation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String sector;

    @Column(name = "income_band", nullable = false)
    public String incomeBand;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public String[] characteristics = new String[0];

    public String town;

    public String postcode;

    @Column(name = "framework_status", nullable = false)
    public String frameworkStatus;

    @Column(name = "source_version", nullable = false)
    public long sourceVersion;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public boolean isVoluntary() {
        return "VOLUNTARY_AND_COMMUNITY".equals(sector);
    }

    public boolean isSmall() {
        return "UNDER_100K".equals(incomeBand);
    }
}
