package uk.gov.dynamicframework.competition.opportunity;

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

/** A provider's wish to hear of opportunities in some categories and areas (categories x areas). */
@Entity
@Table(name = "opportunity_subscription")
public class OpportunitySubscription extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb", nullable = false)
    public List<String> categories = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb", nullable = false)
    public List<String> areas = new ArrayList<>();
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "created_by", nullable = false)
    public String createdBy;

    /** The opportunity's areas this subscription covers; empty when it does not match. */
    public List<String> matches(Opportunity o) {
        if (!categories.contains(o.category)) {
            return List.of();
        }
        return o.areas.stream().filter(areas::contains).toList();
    }
}
