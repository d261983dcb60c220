package uk.gov.dynamicframework.registry.offer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import uk.gov.dynamicframework.platform.problem.ApiException;

/**
 * A provider's offer to deliver a service category in some police force areas and/or whole probation regions, to
 * some cohorts. It is public, and counts for eligibility, only while published and the provider is qualified.
 */
@Entity
@Table(name = "service_offer")
public class ServiceOffer extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Column(nullable = false)
    public String category;

    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OfferStatus status;

    /** Areas named one by one (GSS codes). */
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @CollectionTable(name = "service_offer_named_area", joinColumns = @JoinColumn(name = "offer_id"))
    @Column(name = "area_code", nullable = false)
    public Set<String> namedAreas = new TreeSet<>();

    /** Probation regions offered whole. */
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @CollectionTable(name = "service_offer_region", joinColumns = @JoinColumn(name = "offer_id"))
    @Column(name = "region_code", nullable = false)
    public Set<String> regions = new TreeSet<>();

    /** Every area covered: the named areas and all areas of the regions offered whole. */
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @CollectionTable(name = "service_offer_area", joinColumns = @JoinColumn(name = "offer_id"))
    @Column(name = "area_code", nullable = false)
    public Set<String> coveredAreas = new TreeSet<>();

    /** Cohort codes served; empty means everyone on probation. */
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @CollectionTable(name = "service_offer_cohort", joinColumns = @JoinColumn(name = "offer_id"))
    @Column(name = "cohort_code", nullable = false)
    public Set<String> cohorts = new TreeSet<>();

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    @Column(name = "published_by", nullable = false)
    public String publishedBy;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @Column(name = "withdrawn_by")
    public String withdrawnBy;

    @Column(name = "withdrawal_reason")
    public String withdrawalReason;

    @Version
    public long version;

    public static ServiceOffer publish(UUID organisationId, String category, Set<String> namedAreas, Set<String> regions,
            Set<String> coveredAreas, Set<String> cohorts, String description, String by, Instant at) {
        ServiceOffer offer = new ServiceOffer();
        offer.id = UUID.randomUUID();
        offer.organisationId = organisationId;
        offer.category = category;
        offer.namedAreas.addAll(namedAreas);
        offer.regions.addAll(regions);
        offer.coveredAreas.addAll(coveredAreas);
        offer.cohorts.addAll(cohorts);
        offer.description = description;
        offer.status = OfferStatus.PUBLISHED;
        offer.publishedAt = at;
        offer.publishedBy = by;
        return offer;
    }

    public void withdraw(String reason, String by, Instant at) {
        if (status != OfferStatus.PUBLISHED) {
            throw ApiException.conflict("Offer " + id + " was already withdrawn at " + withdrawnAt)
                    .with("status", status);
        }
        status = OfferStatus.WITHDRAWN;
        withdrawalReason = reason;
        withdrawnBy = by;
        withdrawnAt = at;
    }
}
