package uk.gov.dynamicframework.competition.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.dynamicframework.competition.competition.Competition;
import uk.gov.dynamicframework.platform.audit.AuditDetails;
import uk.gov.dynamicframework.platform.paging.PageOf;

/**
 * The audit trail of each competition: every state change, decision, override, and read of a sealed bid after the
 * deadline (who read which bid when). Entries are written inside the caller's transaction, so a change and its entry
 * commit together; reads of bids open one if the caller has none.
 */
@ApplicationScoped
public class AuditTrail {

    private final Clock clock;

    public AuditTrail(Clock clock) {
        this.clock = clock;
    }

    /** Records {@code action} by {@code actor} now; {@code details} pairs (name, value, name, value, ...), nulls left out. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID competitionId, AuditAction action, String actor, String subject, Object... details) {
        AuditEntry e = new AuditEntry();
        e.competitionId = competitionId;
        e.at = clock.instant();
        e.actor = actor;
        e.action = action;
        e.subject = subject;
        e.details = AuditDetails.of(details);
        e.persist();
    }

    /** A page of the competition's trail, oldest first; 404 for a competition that does not exist. */
    public PageOf<AuditEntryView> page(UUID competitionId, int page, int size) {
        Competition.require(competitionId);
        var query = AuditEntry.<AuditEntry>find("competitionId = ?1 order by id", competitionId);
        List<AuditEntryView> items = query.page(page, size).list().stream().map(AuditEntryView::of).toList();
        return new PageOf<>(items, page, size, query.count());
    }

    /** One line of a competition's audit trail. */
    @Schema(name = "CompetitionAuditEntry")
    public record AuditEntryView(long sequence, UUID competitionId, Instant at, String actor, AuditAction action,
            String subject, Map<String, Object> details) {
        static AuditEntryView of(AuditEntry e) {
            return new AuditEntryView(e.id, e.competitionId, e.at, e.actor, e.action, e.subject, e.details);
        }
    }
}
