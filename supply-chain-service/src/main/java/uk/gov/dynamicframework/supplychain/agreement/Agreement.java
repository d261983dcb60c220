package uk.gov.dynamicframework.supplychain.agreement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import uk.gov.dynamicframework.platform.problem.ApiException;

/** An agreement as the contract service last published it; the supply chain hangs off it. */
@Entity
@Table(name = "agreement")
public class Agreement extends PanacheEntityBase {

    @Id
    public UUID id;

    public String reference;

    public String ocid;

    public String kind;

    @Column(nullable = false)
    public String status;

    @Column(name = "lead_provider_id", nullable = false)
    public UUID leadProviderId;

    @Column(name = "lead_provider_name")
    public String leadProviderName;

    @Column(name = "owning_body_id")
    public String owningBodyId;

    /** Every commissioning body of the agreement, the owning body included. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "body_ids", nullable = false)
    public String[] bodyIds = new String[0];

    @Column(name = "contract_type")
    public String contractType;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public String[] categories = new String[0];

    @Column(name = "region_code")
    public String regionCode;

    /** Police force areas the agreement is delivered in (a region-wide agreement lists every area of its region). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public String[] areas = new String[0];

    @Column(nullable = false, precision = 14, scale = 2)
    public BigDecimal value;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;

    /** Set when a variation left the subcontracts' shares above the value; nothing is deleted. */
    @Column(name = "shares_exceed_value", nullable = false)
    public boolean sharesExceedValue;

    /** Goes up with every change of the supply chain: the supply chain's ETag. */
    @Column(name = "chain_version", nullable = false)
    public long chainVersion;

    @Column(name = "source_version", nullable = false)
    public long sourceVersion;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static Agreement require(UUID id) {
        return Optional.ofNullable(Agreement.<Agreement>findById(id))
                .orElseThrow(() -> ApiException.notFound("Supply chain of agreement", id));
    }

    /** The agreement, locked for the rest of the transaction: supply-chain changes are serialised on it. */
    public static Agreement lock(UUID id) {
        return Optional.ofNullable(Agreement.<Agreement>findById(id, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(() -> ApiException.notFound("Supply chain of agreement", id));
    }

    public boolean deliveredInWales() {
        return "WA".equals(regionCode) || List.of(areas).stream().anyMatch(a -> a.startsWith("W"));
    }

    public boolean hasBody(String bodyId) {
        return bodyId != null && List.of(bodyIds).contains(bodyId);
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(startDate) && !date.isAfter(endDate);
    }
}
