package uk.gov.dynamicframework.contract.ratecard;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The lead provider's current rate card of an agreement; republishing replaces its items (orders keep their copies). */
@Entity
@Table(name = "rate_card")
public class RateCard extends PanacheEntityBase {

    @Id
    @Column(name = "agreement_id")
    public UUID agreementId;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb", nullable = false)
    public List<Item> items = new ArrayList<>();
    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;
    @Column(name = "published_by", nullable = false)
    public String publishedBy;
    @Version
    public long version;

    public enum Unit {
        SESSION, WEEK, REFERRAL
    }

    /** A service at a unit price for a complexity level. */
    public record Item(UUID itemId, String category, String description, Unit unit, BigDecimal unitPrice,
            String complexity) {
    }

    public Optional<Item> item(UUID itemId) {
        return items.stream().filter(i -> i.itemId().equals(itemId)).findFirst();
    }
}
