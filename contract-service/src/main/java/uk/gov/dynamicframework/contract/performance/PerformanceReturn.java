package uk.gov.dynamicframework.contract.performance;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One version of a quarter's performance return; a correction is a new version, the earlier ones are kept. */
@Entity
@Table(name = "performance_return")
public class PerformanceReturn extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "agreement_id", nullable = false)
    public UUID agreementId;
    @Column(nullable = false)
    public String quarter;
    @Column(name = "return_version", nullable = false)
    public int returnVersion;
    public int referrals;
    public int starts;
    public int completions;
    /** Outcomes achieved, by service category of the agreement. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb", nullable = false)
    public Map<String, Integer> outcomes = new LinkedHashMap<>();
    /** The version in force for the quarter. */
    @Column(nullable = false)
    public boolean latest;
    @Column(name = "filed_at", nullable = false)
    public Instant filedAt;
    @Column(name = "filed_by", nullable = false)
    public String filedBy;

    public static PerformanceReturn latest(UUID agreementId, String quarter) {
        return find("agreementId = ?1 and quarter = ?2 and latest = true", agreementId, quarter).firstResult();
    }
}
