package uk.gov.dynamicframework.competition.competition;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Proportionate, lawful timelines (Procurement Act 2023 and its guidance): the minimum periods between publication
 * and the submission deadline, between the clarification and submission deadlines, and of the standstill (in working
 * days, Monday to Friday in UK time; bank holidays are not counted out). A competition shorter than these is
 * published only with an override and its reason, shown in the notice.
 */
public final class Timelines {

    /** Working days, and the time of day deadlines fall at, are those of the UK. */
    public static final ZoneId UK = ZoneId.of("Europe/London");

    private Timelines() {
    }

    /** The minimum periods of the framework. */
    public record Minimums(int tenderDays, int clarificationGapDays, int standstillWorkingDays) {
    }

    /** One period shorter than its minimum: which field, the rule, and the period as set. */
    @Schema(name = "CompetitionTimelineShortfall")
    public record Shortfall(String field, String rule, String minimum, String actual) {
    }

    /** What is shorter than the minimums if the competition were published at {@code publishAt}. */
    public static List<Shortfall> shortfalls(Minimums min, Instant publishAt, Instant clarificationDeadline,
            Instant submissionDeadline, int standstillWorkingDays) {
        List<Shortfall> shortfalls = new ArrayList<>();
        Duration tender = Duration.between(publishAt, submissionDeadline);
        if (tender.compareTo(Duration.ofDays(min.tenderDays())) < 0) {
            shortfalls.add(new Shortfall("submissionDeadline", "at least " + min.tenderDays()
                    + " days between publication and the submission deadline", min.tenderDays() + " days", days(tender)));
        }
        Duration gap = Duration.between(clarificationDeadline, submissionDeadline);
        if (gap.compareTo(Duration.ofDays(min.clarificationGapDays())) < 0) {
            shortfalls.add(new Shortfall("clarificationDeadline", "at least " + min.clarificationGapDays()
                    + " day(s) between the clarification and submission deadlines", min.clarificationGapDays() + " days",
                    days(gap)));
        }
        if (standstillWorkingDays < min.standstillWorkingDays()) {
            shortfalls.add(new Shortfall("standstillDays", "a standstill of at least " + min.standstillWorkingDays()
                    + " working days", min.standstillWorkingDays() + " working days", standstillWorkingDays + " working days"));
        }
        return shortfalls;
    }

    /** {@code from} plus {@code days} working days (Monday to Friday, UK), at the same time of day. */
    public static Instant plusWorkingDays(Instant from, int days) {
        ZonedDateTime t = from.atZone(UK);
        int added = 0;
        while (added < days) {
            t = t.plusDays(1);
            if (t.getDayOfWeek() != DayOfWeek.SATURDAY && t.getDayOfWeek() != DayOfWeek.SUNDAY) {
                added++;
            }
        }
        return t.toInstant();
    }

    private static String days(Duration d) {
        long hours = d.toHours();
        return hours < 48 ? hours + " hours" : d.toDays() + " days " + (hours % 24) + " hours";
    }
}
