package uk.gov.dynamicframework.competition.competition;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import uk.gov.dynamicframework.competition.evaluation.Criterion;
import uk.gov.dynamicframework.competition.evaluation.PassFailRequirement;
import uk.gov.dynamicframework.platform.problem.ApiException;

/**
 * A mini-competition in lots, owned by one commissioning body and co-commissioned by others. Its state changes only
 * through the transition methods below, each checking that it is allowed and recording who and when.
 */
@Entity
@Table(name = "competition")
public class Competition extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true)
    public String reference;

    @Column(nullable = false, unique = true)
    public String ocid;

    @Column(nullable = false)
    public String title;

    public String description;

    @Column(name = "owner_body", nullable = false)
    public String ownerBody;

    @Column(name = "opportunity_id")
    public UUID opportunityId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CompetitionStatus status;

    @Column(name = "clarification_deadline", nullable = false)
    public Instant clarificationDeadline;

    @Column(name = "submission_deadline", nullable = false)
    public Instant submissionDeadline;

    @Column(name = "evaluation_ends_on")
    public LocalDate evaluationEndsOn;

    @Column(name = "standstill_days", nullable = false)
    public int standstillDays;

    @Column(name = "expected_award_on")
    public LocalDate expectedAwardOn;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb", nullable = false)
    public List<Criterion> criteria = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "pass_fail_requirements", columnDefinition = "jsonb", nullable = false)
    public List<PassFailRequirement> passFailRequirements = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "created_by", nullable = false)
    public String createdBy;
    @Column(name = "published_at")
    public Instant publishedAt;
    @Column(name = "published_by")
    public String publishedBy;
    /** Why lots with fewer eligible providers than the minimum were published anyway. */
    @Column(name = "eligibility_override")
    public String eligibilityOverride;
    /** Why, by whom and when periods shorter than the framework's minimums were published, and which. */
    @Column(name = "timeline_override_reason")
    public String timelineOverrideReason;
    @Column(name = "timeline_override_by")
    public String timelineOverrideBy;
    @Column(name = "timeline_override_at")
    public Instant timelineOverrideAt;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "timeline_shortfalls", columnDefinition = "jsonb")
    public List<Timelines.Shortfall> timelineShortfalls;
    @Column(name = "closed_at")
    public Instant closedAt;
    @Column(name = "evaluation_started_at")
    public Instant evaluationStartedAt;
    @Column(name = "decided_at")
    public Instant decidedAt;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "standstill_ends_at")
    public Instant standstillEndsAt;
    @Column(name = "awarded_at")
    public Instant awardedAt;
    /** When, by whom and why it was cancelled or ended with no award. */
    @Column(name = "ended_at")
    public Instant endedAt;
    @Column(name = "ended_by")
    public String endedBy;
    @Column(name = "end_reason")
    public String endReason;

    @Version
    public long version;

    /** A new draft owned by {@code ownerBody}, created by {@code actor}. */
    public static Competition draft(String reference, String ocid, String ownerBody, Instant now, String actor) {
        Competition c = new Competition();
        c.id = UUID.randomUUID();
        c.reference = reference;
        c.ocid = ocid;
        c.ownerBody = ownerBody;
        c.status = CompetitionStatus.DRAFT;
        c.createdAt = now;
        c.createdBy = actor;
        return c;
    }

    /** The competition, or 404. */
    public static Competition require(UUID id) {
        return require(id, LockModeType.NONE);
    }

    /** The competition read under {@code lock}, or 404. */
    public static Competition require(UUID id, LockModeType lock) {
        Competition c = findById(id, lock);
        if (c == null) {
            throw ApiException.notFound("Competition", id);
        }
        return c;
    }

    /** A competition that has been published (whatever became of it since), or 404: drafts are not told to exist. */
    public static Competition requirePublic(UUID id) {
        return requirePublic(id, LockModeType.NONE);
    }

    /** As {@link #requirePublic(UUID)}, reading the row under {@code lock}. */
    public static Competition requirePublic(UUID id, LockModeType lock) {
        Competition c = require(id, lock);
        if (!c.status.isPublic()) {
            throw ApiException.notFound("Competition", id);
        }
        return c;
    }

    /** True once the submission deadline has passed: bids are unsealed for the competition's evaluators. */
    public boolean deadlinePassed(Instant now) {
        return !now.isBefore(submissionDeadline);
    }

    public boolean acceptsBids(Instant now) {
        return status == CompetitionStatus.PUBLISHED && !deadlinePassed(now);
    }

    public void publish(Instant now, String actor, String overrideReason) {
        move(CompetitionStatus.PUBLISHED);
        if (!submissionDeadline.isAfter(now)) {
            throw ApiException.rule("deadline-passed", "The submission deadline " + submissionDeadline + " is already past");
        }
        publishedAt = now;
        publishedBy = actor;
        eligibilityOverride = overrideReason;
    }

    /** Records that periods shorter than the minimums are published anyway: which, why, by whom and when. */
    public void overrideTimeline(List<Timelines.Shortfall> shortfalls, String reason, Instant now, String actor) {
        if (status != CompetitionStatus.DRAFT) {
            throw ApiException.conflict("Only a draft's timeline is overridden; this competition is " + status);
        }
        timelineShortfalls = new ArrayList<>(shortfalls);
        timelineOverrideReason = reason;
        timelineOverrideBy = actor;
        timelineOverrideAt = now;
    }

    public void close(Instant now) {
        if (!deadlinePassed(now)) {
            throw ApiException.rule("deadline-not-reached", "Bids are accepted until " + submissionDeadline);
        }
        move(CompetitionStatus.CLOSED);
        closedAt = now;
    }

    public void startEvaluation(Instant now) {
        move(CompetitionStatus.EVALUATION);
        evaluationStartedAt = now;
    }

    public void decide(Instant now, String actor) {
        move(CompetitionStatus.STANDSTILL);
        decidedAt = now;
        decidedBy = actor;
        standstillEndsAt = Timelines.plusWorkingDays(now, standstillDays);
    }

    public boolean standstillOver(Instant now) {
        return status == CompetitionStatus.STANDSTILL && !now.isBefore(standstillEndsAt);
    }

    public void award(Instant now) {
        if (!standstillOver(now)) {
            throw ApiException.rule("standstill-running", "The standstill period runs until " + standstillEndsAt);
        }
        move(CompetitionStatus.AWARDED);
        awardedAt = now;
    }

    public void noAward(Instant now, String actor, String reason) {
        move(CompetitionStatus.NO_AWARD);
        decidedAt = now;
        decidedBy = actor;
        ended(now, actor, reason);
    }

    public void cancel(Instant now, String actor, String reason) {
        move(CompetitionStatus.CANCELLED);
        ended(now, actor, reason);
    }

    private void ended(Instant now, String actor, String reason) {
        endedAt = now;
        endedBy = actor;
        endReason = reason;
    }

    private void move(CompetitionStatus to) {
        if (!status.next().contains(to)) {
            throw ApiException.conflict("A competition that is " + status + " cannot become " + to)
                    .with("status", status).with("allowed", status.next());
        }
        status = to;
    }
}
