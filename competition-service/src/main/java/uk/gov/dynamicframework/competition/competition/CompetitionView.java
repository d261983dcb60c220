package uk.gov.dynamicframework.competition.competition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.gov.dynamicframework.competition.evaluation.Criterion;
import uk.gov.dynamicframework.competition.evaluation.PassFailRequirement;
import uk.gov.dynamicframework.competition.lot.LotView;
import uk.gov.dynamicframework.platform.money.Money;

/** A competition, its commissioners (with their answers to the invitation), timeline, criteria and lots. */
public record CompetitionView(UUID id, String reference, String ocid, String title, String description,
        CompetitionStatus status, String ownerBody, List<CommissionerView> commissioningBodies, Money totalBudget,
        UUID opportunityId, Timeline timeline, MinimumPeriods minimumPeriods, TimelineOverride timelineOverride,
        List<Criterion> criteria, List<PassFailRequirement> passFailRequirements,
        List<LotView> lots, String eligibilityOverride, String endReason, long version) {

    /**
     * A body named on the competition and its contribution; a co-commissioner's counts towards {@code totalBudget}
     * only once {@code invitation} is ACCEPTED.
     */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "CompetitionCommissionerView")
    public record CommissionerView(String code, String name, CommissioningRole role, Money budget,
            InvitationStatus invitation, Instant invitedAt, String invitedBy, Instant respondedAt, String respondedBy,
            String declineReason) {
    }

    /** The framework's minimum periods the timeline is held to. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "CompetitionMinimumPeriods")
    public record MinimumPeriods(int tenderDays, int clarificationGapDays, int standstillWorkingDays) {
    }

    /** Periods shorter than the minimums, published anyway: which, why, by whom and when (null when none). */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "CompetitionTimelineOverride")
    public record TimelineOverride(String reason, List<Timelines.Shortfall> shortfalls, String decidedBy, Instant decidedAt) {
    }

    /** What happens when: deadlines set by the commissioners and what actually happened; standstill in working days. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "CompetitionTimeline")
    public record Timeline(Instant publishedAt, Instant clarificationDeadline, Instant submissionDeadline,
            Instant closedAt, Instant evaluationStartedAt, LocalDate evaluationEndsOn, Instant decidedAt,
            int standstillDays, Instant standstillEndsAt, LocalDate expectedAwardOn, Instant awardedAt, Instant endedAt) {
    }
}
