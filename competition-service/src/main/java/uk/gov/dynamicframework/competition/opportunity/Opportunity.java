package uk.gov.dynamicframework.competition.opportunity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import uk.gov.dynamicframework.competition.lot.FundingMechanism;
import uk.gov.dynamicframework.platform.problem.ApiException;

/** A pipeline notice published ahead of a competition, so providers can prepare and partner. */
@Entity
@Table(name = "opportunity")
public class Opportunity extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(nullable = false, unique = true)
    public String reference;
    @Column(name = "owner_body", nullable = false)
    public String ownerBody;
    @Column(nullable = false)
    public String title;
    public String description;
    @Column(nullable = false)
    public String category;
    @Column(name = "region_code")
    public String regionCode;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb", nullable = false)
    public List<String> areas = new ArrayList<>();
    @Column(name = "indicative_value", nullable = false, precision = 14, scale = 2)
    public BigDecimal indicativeValue;
    @Enumerated(EnumType.STRING)
    @Column(name = "funding_mechanism", nullable = false)
    public FundingMechanism fundingMechanism;
    @Column(name = "expected_publication")
    public LocalDate expectedPublication;
    @Column(name = "expected_award")
    public LocalDate expectedAward;
    @Column(name = "expected_start")
    public LocalDate expectedStart;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OpportunityStatus status;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "created_by", nullable = false)
    public String createdBy;
    @Column(name = "published_at")
    public Instant publishedAt;
    @Column(name = "published_by")
    public String publishedBy;
    @Column(name = "contract_type")
    public String contractType;
    /** The agreement this notice re-commissions, when drafted from its ending-soon event (one draft per agreement). */
    @Column(name = "agreement_id", unique = true)
    public UUID agreementId;
    @Column(name = "agreement_reference")
    public String agreementReference;
    @Version
    public long version;

    /** A new draft notice of {@code ownerBody}, created by {@code actor}. */
    public static Opportunity draft(String reference, String ownerBody, Instant now, String actor) {
        Opportunity o = new Opportunity();
        o.id = UUID.randomUUID();
        o.reference = reference;
        o.ownerBody = ownerBody;
        o.status = OpportunityStatus.DRAFT;
        o.createdAt = now;
        o.createdBy = actor;
        return o;
    }

    public void publish(Instant now, String actor) {
        move(OpportunityStatus.PUBLISHED);
        publishedAt = now;
        publishedBy = actor;
    }

    private void move(OpportunityStatus to) {
        if (!status.next().contains(to)) {
            throw ApiException.conflict("An opportunity that is " + status + " cannot become " + to)
                    .with("status", status).with("allowed", status.next());
        }
        status = to;
    }
}
