package uk.gov.dynamicframework.contract.agreement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
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
import uk.gov.dynamicframework.contract.agreement.AgreementParts.BodyShare;
import uk.gov.dynamicframework.contract.agreement.AgreementParts.Contact;
import uk.gov.dynamicframework.contract.agreement.AgreementParts.SupplyChainMember;
import uk.gov.dynamicframework.contract.agreement.AgreementParts.Terms;
import uk.gov.dynamicframework.platform.problem.ApiException;

/**
 * A contract or grant with a lead provider, made from an awarded lot or recorded by the framework team. Its state
 * changes only through the transition methods below, each checking that it is allowed and recording who and when;
 * its terms change only through {@link #vary} and {@link #extend}, which keep end never before start and the
 * value never negative.
 */
@Entity
@Table(name = "agreement")
public class Agreement extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String reference;

    @Column(name = "award_id", unique = true)
    public UUID awardId;
    @Column(name = "competition_id")
    public UUID competitionId;
    @Column(name = "lot_id")
    public UUID lotId;
    /** The competition's OCDS ocid; null for agreements let before the platform. */
    public String ocid;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AgreementKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AgreementStatus status;

    @Column(nullable = false)
    public String title;
    public String description;

    @Column(name = "lead_provider_id", nullable = false)
    public UUID leadProviderId;
    @Column(name = "lead_provider_name", nullable = false)
    public String leadProviderName;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "lead_provider_identifiers", columnDefinition = "jsonb", nullable = false)
    public List<String> leadProviderIdentifiers = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "commissioning_bodies", columnDefinition = "jsonb", nullable = false)
    public List<BodyShare> commissioningBodies = new ArrayList<>();
    @Column(name = "owning_body_id", nullable = false)
    public String owningBodyId;

    @Column(name = "contract_type")
    public String contractType;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb", nullable = false)
    public List<String> categories = new ArrayList<>();
    @Column(name = "region_code")
    public String regionCode;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb", nullable = false)
    public List<String> areas = new ArrayList<>();

    @Column(nullable = false, precision = 14, scale = 2)
    public BigDecimal value;
    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;
    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "eligible_population", columnDefinition = "jsonb", nullable = false)
    public List<String> eligiblePopulation = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "complexity_levels", columnDefinition = "jsonb", nullable = false)
    public List<String> complexityLevels = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "proposed_supply_chain", columnDefinition = "jsonb", nullable = false)
    public List<SupplyChainMember> proposedSupplyChain = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "grant_terms", columnDefinition = "jsonb")
    public GrantTerms grantTerms;

    /** Whether the public may read it (confidential fields hidden even then). */
    @Column(nullable = false)
    public boolean published;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "confidential_fields", columnDefinition = "jsonb", nullable = false)
    public List<ConfidentialField> confidentialFields = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb", nullable = false)
    public List<Contact> contacts = new ArrayList<>();

    @Column(name = "awarded_at")
    public Instant awardedAt;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "created_by", nullable = false)
    public String createdBy;
    @Column(name = "activated_at")
    public Instant activatedAt;
    @Column(name = "activated_by")
    public String activatedBy;
    @Column(name = "suspended_at")
    public Instant suspendedAt;
    @Column(name = "suspended_by")
    public String suspendedBy;
    @Column(name = "suspension_reason")
    public String suspensionReason;
    @Column(name = "reinstated_at")
    public Instant reinstatedAt;
    @Column(name = "reinstated_by")
    public String reinstatedBy;
    /** When, by whom and why it ended (expired or terminated). */
    @Column(name = "ended_at")
    public Instant endedAt;
    @Column(name = "ended_by")
    public String endedBy;
    @Column(name = "end_reason")
    public String endReason;
    /** When {@code df.agreement.ending-soon} was published (null: not yet); once per agreement, whatever its extensions. */
    @Column(name = "ending_soon_at")
    public Instant endingSoonAt;

    @Version
    public long version;

    public static Agreement require(UUID id) {
        return require(id, LockModeType.NONE);
    }

    public static Agreement require(UUID id, LockModeType lock) {
        Agreement a = findById(id, lock);
        if (a == null) {
            throw ApiException.notFound("Agreement", id);
        }
        return a;
    }

    public static Agreement byAward(UUID awardId) {
        return find("awardId", awardId).firstResult();
    }

    public List<String> bodyIds() {
        return commissioningBodies.stream().map(BodyShare::bodyId).toList();
    }

    /** The bodies party to the agreement: named and accepted (an invited or declined body's share does not count). */
    public List<String> acceptedBodyIds() {
        return commissioningBodies.stream().filter(BodyShare::counts).map(BodyShare::bodyId).toList();
    }

    public java.util.Optional<BodyShare> body(String bodyId) {
        return commissioningBodies.stream().filter(b -> b.bodyId().equals(bodyId)).findFirst();
    }

    /**
     * The named body's answer to its invitation (checked by {@link BodyShare}: only an invited body answers, once);
     * the list is replaced so the JSON column is written.
     */
    public BodyShare respondToInvitation(String bodyId, boolean accept, Instant now, String actor, String reason) {
        BodyShare current = body(bodyId).orElseThrow(() -> ApiException.notFound("Commissioning body of the agreement", bodyId));
        BodyShare answered = accept ? current.accept(now, actor) : current.decline(now, actor, reason);
        List<BodyShare> bodies = new ArrayList<>(commissioningBodies);
        bodies.set(bodies.indexOf(current), answered);
        commissioningBodies = bodies;
        return answered;
    }

    public boolean isConfidential(ConfidentialField field) {
        return confidentialFields.contains(field);
    }

    public Terms terms() {
        return new Terms(value, startDate, endDate, List.copyOf(categories), regionCode, List.copyOf(areas));
    }

    /** Checks the rules every agreement's terms keep, whoever sets them. */
    public static void checkTerms(BigDecimal value, LocalDate start, LocalDate end) {
        if (value.signum() < 0) {
            throw ApiException.invalid("value.amount", "must not be negative");
        }
        if (end.isBefore(start)) {
            throw ApiException.invalid("endDate", "must not be before the start date " + start);
        }
    }

    // ---- transitions ----

    /** On (or after) its start date the agreement goes live; the lifecycle job does this. */
    public void activate(Instant now, LocalDate today, String actor) {
        if (today.isBefore(startDate)) {
            throw ApiException.rule("not-started", "The agreement starts on " + startDate);
        }
        move(AgreementStatus.LIVE);
        activatedAt = now;
        activatedBy = actor;
    }

    public void suspend(Instant now, String actor, String reason) {
        move(AgreementStatus.SUSPENDED);
        suspendedAt = now;
        suspendedBy = actor;
        suspensionReason = reason;
    }

    public void reinstate(Instant now, String actor) {
        move(AgreementStatus.LIVE);
        reinstatedAt = now;
        reinstatedBy = actor;
    }

    public void terminate(Instant now, String actor, String reason) {
        move(AgreementStatus.TERMINATED);
        ended(now, actor, reason);
    }

    /** After its end date the agreement expires; the lifecycle job does this. */
    public void expire(Instant now, LocalDate today) {
        if (!today.isAfter(endDate)) {
            throw ApiException.rule("not-ended", "The agreement runs until " + endDate);
        }
        move(AgreementStatus.EXPIRED);
        ended(now, "system", "Reached its end date " + endDate);
    }

    /** The ending-soon notice for the current end date has been published. */
    public void markEndingSoon(Instant now) {
        endingSoonAt = now;
    }

    // ---- changes of terms ----

    /**
     * Changes value, dates or scope; {@code committed} is what call-off orders already commit, below which the value
     * may not go.
     */
    public void vary(BigDecimal newValue, LocalDate newStart, LocalDate newEnd, List<String> newCategories,
            List<String> newAreas, BigDecimal committed) {
        requireNotEnded("varied");
        BigDecimal v = newValue != null ? newValue : value;
        LocalDate s = newStart != null ? newStart : startDate;
        LocalDate e = newEnd != null ? newEnd : endDate;
        checkTerms(v, s, e);
        if (newStart != null && status != AgreementStatus.MOBILISING && !newStart.equals(startDate)) {
            throw ApiException.rule("already-started", "The start date of an agreement that has gone live cannot change");
        }
        if (v.compareTo(committed) < 0) {
            throw ApiException.rule("below-committed", "The value " + v + " would be below the " + committed
                    + " already committed by call-off orders").with("value", v).with("committed", committed);
        }
        value = v;
        startDate = s;
        endDate = e;
        if (newCategories != null) {
            categories = new ArrayList<>(newCategories);
        }
        if (newAreas != null) {
            areas = new ArrayList<>(newAreas);
        }
    }

    /** Extends the end date (later than today's), optionally adding value. */
    public void extend(LocalDate newEnd, BigDecimal additionalValue) {
        requireNotEnded("extended");
        if (!newEnd.isAfter(endDate)) {
            throw ApiException.invalid("newEndDate", "must be after the current end date " + endDate);
        }
        BigDecimal added = additionalValue == null ? BigDecimal.ZERO : additionalValue;
        if (added.signum() < 0) {
            throw ApiException.invalid("additionalValue.amount", "must not be negative");
        }
        endDate = newEnd;
        value = value.add(added);
    }

    private void requireNotEnded(String what) {
        if (status.isEnded()) {
            throw ApiException.conflict("An agreement that is " + status + " cannot be " + what).with("status", status);
        }
    }

    private void ended(Instant now, String actor, String reason) {
        endedAt = now;
        endedBy = actor;
        endReason = reason;
    }

    private void move(AgreementStatus to) {
        if (!status.next().contains(to)) {
            throw ApiException.conflict("An agreement that is " + status + " cannot become " + to)
                    .with("status", status).with("allowed", status.next());
        }
        status = to;
    }
}
