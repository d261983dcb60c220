package uk.gov.dynamicframework.contract.agreement;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import uk.gov.dynamicframework.contract.ContractConfig;

/**
 * The transitions no person makes: on its start date an agreement goes live, the day after its end date it
 * expires, and when its end date comes within the pipeline window {@code df.agreement.ending-soon} is published
 * once. Each run looks at every agreement that is due, however long the service was down; each agreement moves in
 * its own transaction under {@code FOR UPDATE SKIP LOCKED}, so two instances never move the same one twice.
 */
@ApplicationScoped
public class LifecycleJob {

    private static final Logger LOG = Logger.getLogger(LifecycleJob.class);
    private static final int BATCH = 500;

    private final AgreementService agreements;
    private final ContractConfig config;
    private final Clock clock;

    public LifecycleJob(AgreementService agreements, ContractConfig config, Clock clock) {
        this.agreements = agreements;
        this.config = config;
        this.clock = clock;
    }

    /** What one run moved. */
    public record Run(List<UUID> activated, List<UUID> expired, List<UUID> endingSoon) {
    }

    @Scheduled(every = "${df.contracts.lifecycle-check-every:60s}", identity = "agreement-lifecycle",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run();
    }

    public Run run() {
        LocalDate today = LocalDate.now(clock);
        LocalDate windowEnd = today.plusMonths(config.pipelineWindowMonths());
        List<UUID> activated = drain(() -> due("status = ?1 and startDate <= ?2", AgreementStatus.MOBILISING, today),
                agreements::activateIfDue, "go live");
        List<UUID> expired = drain(() -> due("status in ?1 and endDate < ?2",
                List.of(AgreementStatus.LIVE, AgreementStatus.SUSPENDED), today), agreements::expireIfDue, "expire");
        List<UUID> endingSoon = drain(() -> due("status in ?1 and endingSoonAt is null and endDate >= ?2 and endDate <= ?3",
                List.of(AgreementStatus.MOBILISING, AgreementStatus.LIVE, AgreementStatus.SUSPENDED), today, windowEnd),
                id -> agreements.noticeEndingSoon(id, windowEnd), "be noticed as ending soon");
        return new Run(activated, expired, endingSoon);
    }

    /** Batch after batch until a batch is not full or moves nothing (all left are failing or another instance's). */
    private List<UUID> drain(java.util.function.Supplier<List<UUID>> due, java.util.function.Predicate<UUID> move, String what) {
        List<UUID> moved = new ArrayList<>();
        while (true) {
            List<UUID> batch = due.get();
            List<UUID> done = each(batch, move, what);
            moved.addAll(done);
            if (batch.size() < BATCH || done.isEmpty()) {
                return moved;
            }
        }
    }

    private List<UUID> due(String query, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> Agreement.<Agreement>find(query + " order by id", params)
                .page(0, BATCH).list().stream().map(a -> a.id).toList());
    }

    private List<UUID> each(List<UUID> ids, java.util.function.Predicate<UUID> move, String what) {
        List<UUID> moved = new ArrayList<>();
        for (UUID id : ids) {
            try {
                if (move.test(id)) {
                    moved.add(id);
                }
            } catch (RuntimeException e) {
                LOG.errorf(e, "Agreement %s could not %s; will retry", id, what);
            }
        }
        return moved;
    }
}
