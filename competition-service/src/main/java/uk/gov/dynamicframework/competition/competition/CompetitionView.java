package uk.gov.dynamicframework.competition.competition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.gov.dynamicframework.competition.evaluation.Criterion;
import uk.gov.dynamicframework.competition.evaluation.PassFailRequirement;
import uk.gov.dynamicframework.competition.lot.LotView;
import uk.gov.dynamicframework.platform.money.Money;

/** A competition, its commissioners, timeline, criteria and lots. */
public record CompetitionView(UUID id, String reference, String ocid, String title, String description,
        CompetitionStatus status, String ownerBody, List<CommissionerView> commissioningBodies, Money totalBudget,
        UUID opportunityId, Timeline timeline, List<Criterion> criteria, List<PassFailRequirement> passFailRequirements,
        List<LotView> lots, String eligibilityOverride, String endReason, long version) {

    /** A body commissioning the competition and its contribution. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "CompetitionCommissionerView")
    public record CommissionerView(String code, String name, CommissioningRole role, Money budget) {
    }

    /** What happens when: deadlines set by the commissioners and what actually happened. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "CompetitionTimeline")
    public record Timeline(Instant publishedAt, Instant clarificationDeadline, Instant submissionDeadline,
            Instant closedAt, Instant evaluationStartedAt, LocalDate evaluationEndsOn, Instant decidedAt,
            int standstillDays, Instant standstillEndsAt, LocalDate expectedAwardOn, Instant awardedAt, Instant endedAt) {
    }
}
