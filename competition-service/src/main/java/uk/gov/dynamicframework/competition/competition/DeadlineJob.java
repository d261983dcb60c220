package uk.gov.dynamicframework.competition.competition;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import uk.gov.dynamicframework.competition.award.AwardService;

/**
 * The transitions no person makes: at the submission deadline a competition closes (eligibility re-checked) and goes
 * to evaluation; at the end of standstill its awards are made. Each competition moves in its own transaction, so one
 * failure does not hold the others back; the job is idempotent and safe to run on several replicas.
 */
@ApplicationScoped
public class DeadlineJob {

    private static final Logger LOG = Logger.getLogger(DeadlineJob.class);

    private final CompetitionService competitions;
    private final AwardService awards;
    private final Clock clock;

    public DeadlineJob(CompetitionService competitions, AwardService awards, Clock clock) {
        this.competitions = competitions;
        this.awards = awards;
        this.clock = clock;
    }

    /** What one run moved. */
    public record Run(List<UUID> closed, List<UUID> awarded) {
    }

    @Scheduled(every = "${df.competitions.deadline-check-every:30s}", identity = "competition-deadlines",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run();
    }

    public Run run() {
        Instant now = clock.instant();
        // CLOSED too: one whose evaluation failed to start after it closed is picked up again until it starts
        List<UUID> due = QuarkusTransaction.requiringNew().call(() -> Competition.<Competition>list(
                "status in ?1 and submissionDeadline <= ?2", List.of(CompetitionStatus.PUBLISHED, CompetitionStatus.CLOSED), now)
                .stream().map(c -> c.id).toList());
        for (UUID id : due) {
            try {
                competitions.closeAtDeadline(id);
                competitions.startEvaluation(id);
            } catch (RuntimeException e) {
                LOG.errorf(e, "Competition %s could not be closed, or its evaluation started, at its deadline; will retry", id);
            }
        }
        List<UUID> standstillOver = QuarkusTransaction.requiringNew().call(() -> Competition.<Competition>list(
                "status = ?1 and standstillEndsAt <= ?2", CompetitionStatus.STANDSTILL, now).stream().map(c -> c.id).toList());
        for (UUID id : standstillOver) {
            try {
                awards.finishStandstill(id);
            } catch (RuntimeException e) {
                LOG.errorf(e, "Competition %s could not be awarded at the end of standstill; will retry", id);
            }
        }
        return new Run(due, standstillOver);
    }
}
