package uk.gov.dynamicframework.supplychain.flag;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import uk.gov.dynamicframework.supplychain.subcontract.SupplyChainService;

/**
 * What a date alone changes: an agreement whose last day has passed (its end date, or the day before a termination
 * took effect) no longer bears on any flag, but no event may come to say so (the contract service's expiry does not
 * follow a termination dated ahead). Each run evaluates again, one agreement per transaction, every agreement not
 * evaluated since its last day; replicas running at once take turns on each agreement's row, and the second finds
 * it done.
 */
@ApplicationScoped
public class FlagSweep {

    private static final Logger LOG = Logger.getLogger(FlagSweep.class);
    private static final int BATCH = 200;

    private final SupplyChainService chains;
    private final Clock clock;

    public FlagSweep(SupplyChainService chains, Clock clock) {
        this.chains = chains;
        this.clock = clock;
    }

    @Scheduled(every = "${df.supply-chains.flags.sweep-every}", identity = "supply-chain-flag-sweep",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run();
    }

    /** The agreements evaluated again (in id order, each once a run: one that fails waits for the next run). */
    public List<UUID> run() {
        LocalDate today = LocalDate.now(clock);
        List<UUID> done = new ArrayList<>();
        UUID after = new UUID(0, 0); // the nil uuid: below every agreement id (PostgreSQL compares uuids bytewise)
        while (true) {
            UUID from = after;
            @SuppressWarnings("unchecked")
            List<UUID> due = QuarkusTransaction.requiringNew().call(() -> Panache.getEntityManager().createNativeQuery("""
                    select id from agreement
                    where last_day < ?1 and (flags_evaluated_on is null or flags_evaluated_on <= last_day) and id > ?2
                    order by id limit ?3""", UUID.class).setParameter(1, today).setParameter(2, from)
                    .setParameter(3, BATCH).getResultList());
            for (UUID id : due) {
                try {
                    if (chains.reevaluate(id, today)) {
                        done.add(id);
                    }
                } catch (RuntimeException e) {
                    LOG.errorf(e, "The flags of agreement %s could not be evaluated after its last day; will retry", id);
                }
            }
            if (due.size() < BATCH) {
                return done;
            }
            after = due.get(due.size() - 1);
        }
    }
}
