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
 * evaluated since its last day; the agreement's row lock makes two replicas' runs take turns.
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

    /** The agreements evaluated again. */
    public List<UUID> run() {
        List<UUID> done = new ArrayList<>();
        while (true) {
            LocalDate today = LocalDate.now(clock);
            @SuppressWarnings("unchecked")
            List<UUID> due = QuarkusTransaction.requiringNew().call(() -> Panache.getEntityManager().createNativeQuery("""
                    select id from agreement
                    where last_day < ?1 and (flags_evaluated_on is null or flags_evaluated_on <= last_day)
                    order by id limit ?2""", UUID.class).setParameter(1, today).setParameter(2, BATCH).getResultList());
            int before = done.size();
            for (UUID id : due) {
                try {
                    chains.reevaluate(id);
                    done.add(id);
                } catch (RuntimeException e) {
                    LOG.errorf(e, "The flags of agreement %s could not be evaluated after its last day; will retry", id);
                }
            }
            if (due.size() < BATCH || done.size() == before) {
                return done;
            }
        }
    }
}
