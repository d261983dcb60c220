package uk.gov.dynamicframework.supplychain.subcontract;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import uk.gov.dynamicframework.platform.problem.ApiException;

/**
 * An organisation's part in an agreement's supply chain: the categories and areas it delivers, its share of the
 * agreement's value and its dates. Its status changes only through the transition methods below, each checking that
 * the transition is allowed and recording who and when; every change is a new version.
 */
@Entity
@Table(name = "subcontract")
public class Subcontract extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "agreement_id", nullable = false)
    public UUID agreementId;

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SubcontractStatus status;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public String[] categories = new String[0];

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public String[] areas = new String[0];

    /** Null only for a partner proposed in the bid without an amount: it must be set before confirmation. */
    @Column(precision = 14, scale = 2)
    public BigDecimal share;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;

    @Column(nullable = false)
    public long version;

    @Column(name = "proposed_at", nullable = false)
    public Instant proposedAt;

    @Column(name = "proposed_by", nullable = false)
    public String proposedBy;

    @Column(name = "confirmed_at")
    public Instant confirmedAt;

    @Column(name = "confirmed_by")
    public String confirmedBy;

    @Column(name = "changed_at")
    public Instant changedAt;

    @Column(name = "changed_by")
    public String changedBy;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @Column(name = "withdrawn_by")
    public String withdrawnBy;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Column(name = "ended_by")
    public String endedBy;

    @Column(name = "end_reason")
    public String endReason;

    public static Subcontract propose(UUID agreementId, UUID organisationId, Terms terms, Instant now, String actor) {
        Subcontract s = new Subcontract();
        s.id = UUID.randomUUID();
        s.agreementId = agreementId;
        s.organisationId = organisationId;
        s.status = SubcontractStatus.PROPOSED;
        s.apply(terms);
        s.version = 0;
        s.proposedAt = now;
        s.proposedBy = actor;
        return s;
    }

    /** What the lead provider agrees with a subcontractor. */
    public record Terms(List<String> categories, List<String> areas, BigDecimal share, LocalDate startDate, LocalDate endDate) {
    }

    public Terms terms() {
        return new Terms(List.of(categories), List.of(areas), share, startDate, endDate);
    }

    public void confirm(Instant now, String actor) {
        if (share == null) {
            throw ApiException.rule("share-required", "Set the subcontract's share of the agreement's value before confirming it");
        }
        move(SubcontractStatus.CONFIRMED);
        confirmedAt = now;
        confirmedBy = actor;
        version++;
    }

    public void change(Terms terms, Instant now, String actor) {
        if (!status.isLive()) {
            throw ApiException.conflict("A subcontract that is " + status + " cannot be changed").with("status", status);
        }
        apply(terms);
        changedAt = now;
        changedBy = actor;
        version++;
    }

    public void withdraw(Instant now, String actor, String reason) {
        move(SubcontractStatus.WITHDRAWN);
        withdrawnAt = now;
        withdrawnBy = actor;
        endReason = reason;
        version++;
    }

    /** Ends a confirmed subcontract on {@code lastDay} (within its dates). */
    public void end(LocalDate lastDay, Instant now, String actor, String reason) {
        if (lastDay.isBefore(startDate) || lastDay.isAfter(endDate)) {
            throw ApiException.invalid("endDate", "must be between the subcontract's start " + startDate + " and end " + endDate);
        }
        move(SubcontractStatus.ENDED);
        endDate = lastDay;
        endedAt = now;
        endedBy = actor;
        endReason = reason;
        version++;
    }

    private void apply(Terms terms) {
        categories = terms.categories().toArray(String[]::new);
        areas = terms.areas().toArray(String[]::new);
        share = terms.share();
        startDate = terms.startDate();
        endDate = terms.endDate();
    }

    private void move(SubcontractStatus to) {
        if (!status.next().contains(to)) {
            throw ApiException.conflict("A subcontract that is " + status + " cannot become " + to)
                    .with("status", status).with("allowed", status.next());
        }
        status = to;
    }
}
