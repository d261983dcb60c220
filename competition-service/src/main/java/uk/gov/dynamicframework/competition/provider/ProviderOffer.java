package uk.gov.dynamicframework.competition.provider;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A provider's service offer as published by the registry: a category in areas (region-wide offers expanded). */
@Entity
@Table(name = "provider_offer")
public class ProviderOffer extends PanacheEntityBase {

    @Id
    @Column(name = "offer_id")
    public UUID offerId;

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Column(nullable = false)
    public String category;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb", nullable = false)
    public List<String> areas = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb", nullable = false)
    public List<String> regions = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb", nullable = false)
    public List<String> cohorts = new ArrayList<>();

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    public boolean isActive() {
        return withdrawnAt == null;
    }

    public boolean covers(String category, List<String> lotAreas) {
        return isActive() && this.category.equals(category) && areas.containsAll(lotAreas);
    }

    public static List<ProviderOffer> activeOf(UUID organisationId) {
        return list("organisationId = ?1 and withdrawnAt is null", organisationId);
    }
}
