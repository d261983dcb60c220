package uk.gov.dynamicframework.contract.performance;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of performance returns and their summaries. */
public final class PerformanceDtos {

    private PerformanceDtos() {
    }

    /** A quarter's figures: completions never above starts, starts never above referrals. */
    @Schema(name = "PerformanceReturnRequest", examples = """
            {"quarter": "2026-Q1", "referrals": 120, "starts": 96, "completions": 71,
             "outcomes": {"ACCOMMODATION": 58}}""")
    public record ReturnRequest(
            @NotNull @Pattern(regexp = Quarter.PATTERN, message = "must be a quarter such as 2026-Q1") String quarter,
            @Min(0) @Max(10_000_000) int referrals,
            @Min(0) @Max(10_000_000) int starts,
            @Min(0) @Max(10_000_000) int completions,
            @NotNull @Size(max = 20) Map<String, @NotNull @Min(0) @Max(10_000_000) Integer> outcomes) {
    }

    /** A correction of a quarter already filed: the same figures, quarter taken from the path. */
    @Schema(name = "PerformanceReturnCorrection", examples = """
            {"referrals": 121, "starts": 96, "completions": 72, "outcomes": {"ACCOMMODATION": 59}}""")
    public record CorrectionRequest(
            @Min(0) @Max(10_000_000) int referrals,
            @Min(0) @Max(10_000_000) int starts,
            @Min(0) @Max(10_000_000) int completions,
            @NotNull @Size(max = 20) Map<String, @NotNull @Min(0) @Max(10_000_000) Integer> outcomes) {
    }

    @Schema(name = "PerformanceReturnView")
    public record ReturnView(UUID id, UUID agreementId, String quarter, int version, boolean latest, int referrals,
            int starts, int completions, Map<String, Integer> outcomes, Instant filedAt, String filedBy) {

        public static ReturnView of(PerformanceReturn r) {
            return new ReturnView(r.id, r.agreementId, r.quarter, r.returnVersion, r.latest, r.referrals, r.starts,
                    r.completions, Map.copyOf(r.outcomes), r.filedAt, r.filedBy);
        }
    }

    /** Totals of the latest version of each quarter's return. */
    @Schema(name = "AgreementPerformanceSummary")
    public record AgreementSummary(UUID agreementId, String reference, int quarters, int referrals, int starts,
            int completions, Map<String, Integer> outcomes, List<QuarterFigures> byQuarter) {
    }

    @Schema(name = "PerformanceQuarterFigures")
    public record QuarterFigures(String quarter, int referrals, int starts, int completions, Map<String, Integer> outcomes) {
    }

    /** One row of the public aggregate: published agreements' latest returns for a category in a region and quarter. */
    @Schema(name = "PerformanceAggregateRow")
    public record AggregateRow(String category, String regionCode, String quarter, int agreements, int referrals,
            int starts, int completions, int outcomes) {
    }
}
