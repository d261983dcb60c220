package uk.gov.dynamicframework.contract.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import uk.gov.dynamicframework.contract.agreement.Agreement;
import uk.gov.dynamicframework.platform.audit.AuditDetails;
import uk.gov.dynamicframework.platform.paging.PageOf;

/**
 * The audit trail of each agreement. Changes record their entry inside their own transaction ({@link #record}:
 * MANDATORY), so a change and its entry commit together; a read of confidential detail opens one if it has none
 * ({@link #recordRead}).
 */
@ApplicationScoped
public class AuditTrail {

    private final Clock clock;

    public AuditTrail(Clock clock) {
        this.clock = clock;
    }

    /**
     * Records {@code action} by {@code actor} acting as {@code role}, now; {@code details} pairs (name, value, name,
     * value, ...), nulls left out.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID agreementId, AuditAction action, String actor, String role, String subject, String reason,
            Object... details) {
        AuditEntry e = new AuditEntry();
        e.agreementId = agreementId;
        e.at = clock.instant();
        e.actor = actor;
        e.actorRole = role;
        e.action = action;
        e.subject = subject;
        e.reason = reason;
        e.details = AuditDetails.of(details);
        e.persist();
    }

    /** A read of confidential commercial detail: its own transaction when the read has none. */
    @Transactional
    public void recordRead(UUID agreementId, String actor, String role, Object... details) {
        record(agreementId, AuditAction.CONFIDENTIAL_DETAIL_READ, actor, role, null, null, details);
    }

    /** A page of the agreement's trail, oldest first; 404 for an agreement that does not exist. */
    public PageOf<AuditEntryView> page(UUID agreementId, int page, int size) {
        Agreement.require(agreementId);
        var query = AuditEntry.<AuditEntry>find("agreementId = ?1 order by id", agreementId);
        List<AuditEntryView> items = query.page(page, size).list().stream().map(AuditEntryView::of).toList();
        return new PageOf<>(items, page, size, query.count());
    }

    /** One line of an agreement's audit trail: who, acting as what, when, did what to what, and why. */
    @Schema(name = "AgreementAuditEntry")
    public record AuditEntryView(long sequence, UUID agreementId, Instant at, String actor, String actorRole,
            AuditAction action, String subject, String reason, Map<String, Object> details) {
        static AuditEntryView of(AuditEntry e) {
            return new AuditEntryView(e.id, e.agreementId, e.at, e.actor, e.actorRole, e.action, e.subject, e.reason, e.details);
        }
    }
}
