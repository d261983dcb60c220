package uk.gov.dynamicframework.contract.calloff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import uk.gov.dynamicframework.contract.agreement.Agreement;
import uk.gov.dynamicframework.contract.agreement.AgreementAccess;
import uk.gov.dynamicframework.contract.agreement.AgreementEvents;
import uk.gov.dynamicframework.contract.agreement.AgreementEvents.CallOffData;
import uk.gov.dynamicframework.contract.agreement.AgreementStatus;
import uk.gov.dynamicframework.contract.audit.AuditAction;
import uk.gov.dynamicframework.contract.audit.AuditTrail;
import uk.gov.dynamicframework.contract.calloff.CallOffDtos.CallOffOrderRequest;
import uk.gov.dynamicframework.contract.calloff.CallOffDtos.CancellationRequest;
import uk.gov.dynamicframework.contract.ratecard.RateCard;
import uk.gov.dynamicframework.platform.money.Money;
import uk.gov.dynamicframework.platform.outbox.Outbox;
import uk.gov.dynamicframework.platform.paging.PageOf;
import uk.gov.dynamicframework.platform.problem.ApiException;
import uk.gov.dynamicframework.platform.problem.Problem;
import uk.gov.dynamicframework.platform.security.Caller;
import uk.gov.dynamicframework.platform.security.Roles;

/**
 * Call-off orders against a live agreement's rate card. Placing and cancelling take the agreement's row lock, so
 * committed spend is read and changed by one order at a time: two orders racing for the last headroom cannot both
 * be placed, and a variation cannot lower the value under an order being placed.
 */
@ApplicationScoped
public class CallOffService {

    private final EntityManager em;
    private final Outbox outbox;
    private final Clock clock;
    private final AuditTrail audit;

    public CallOffService(EntityManager em, Outbox outbox, Clock clock, AuditTrail audit) {
        this.em = em;
        this.outbox = outbox;
        this.clock = clock;
        this.audit = audit;
    }

    @Transactional
    public CallOffOrder place(UUID agreementId, CallOffOrderRequest request, AgreementAccess access) {
        Caller caller = access.caller();
        String body = caller.commissioningBody()
                .orElseThrow(() -> ApiException.forbidden("A call-off order is placed for a commissioning body: the token has no body claim"));
        Agreement a = Agreement.require(agreementId, LockModeType.PESSIMISTIC_WRITE);
        if (!access.canRead(a)) {
            throw ApiException.notFound("Agreement", agreementId);
        }
        if (a.status != AgreementStatus.LIVE) {
            throw ApiException.conflict("Orders are placed against a live agreement; this one is " + a.status).with("status", a.status);
        }
        RateCard card = RateCard.findById(a.id);
        if (card == null) {
            throw ApiException.rule("no-rate-card", "The lead provider has not published a rate card for " + a.reference);
        }
        List<CallOffOrder.Line> lines = new ArrayList<>();
        List<Problem.FieldViolation> unknown = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < request.lines().size(); i++) {
            var line = request.lines().get(i);
            var item = card.item(line.itemId());
            if (item.isEmpty()) {
                unknown.add(new Problem.FieldViolation("lines[" + i + "].itemId", "not an item of the current rate card"));
                continue;
            }
            var it = item.get();
            BigDecimal lineTotal = it.unitPrice().multiply(BigDecimal.valueOf(line.quantity()));
            total = total.add(lineTotal);
            lines.add(new CallOffOrder.Line(it.itemId(), it.category(), it.description(), it.unit().name(), it.complexity(),
                    it.unitPrice(), line.quantity(), lineTotal));
        }
        if (!unknown.isEmpty()) {
            throw ApiException.invalid("Order lines name items that are not on the rate card", unknown);
        }
        BigDecimal committed = CallOffOrder.committed(a.id);
        BigDecimal headroom = a.value.subtract(committed).max(BigDecimal.ZERO);
        if (total.compareTo(headroom) > 0) {
            throw ApiException.rule("over-cap", "The order's total " + total + " exceeds the agreement's remaining headroom "
                    + headroom + " (value " + a.value + ", committed " + committed + ")")
                    .with("headroom", Money.gbp(headroom)).with("orderTotal", Money.gbp(total))
                    .with("committedSpend", Money.gbp(committed)).with("value", Money.gbp(a.value));
        }
        CallOffOrder o = new CallOffOrder();
        o.id = UUID.randomUUID();
        o.agreementId = a.id;
        o.purchaseReference = request.purchaseReference();
        o.orderingBodyId = body;
        o.lines = lines;
        o.total = total;
        o.status = CallOffStatus.PLACED;
        o.placedAt = clock.instant();
        o.placedBy = caller.actor();
        o.persist();
        em.flush();
        BigDecimal nowCommitted = committed.add(total);
        audit.record(a.id, AuditAction.CALL_OFF_PLACED, caller.actor(), access.roleOn(a), o.id.toString(), null,
                "orderingBodyId", body, "purchaseReference", o.purchaseReference, "total", total,
                "committedSpend", nowCommitted, "headroom", a.value.subtract(nowCommitted));
        outbox.publish(AgreementEvents.TOPIC, AgreementEvents.CALL_OFF_PLACED, a.id.toString(),
                CallOffData.of(o.id, a.id, body, o.purchaseReference, o.status.name(), Money.gbp(total),
                        Money.gbp(nowCommitted), Money.gbp(a.value.subtract(nowCommitted)), o.placedAt, o.version));
        return o;
    }

    /** By the ordering body's commissioner or the agreement's commissioners; the order's total is headroom again. */
    @Transactional
    public CallOffOrder cancel(UUID agreementId, UUID orderId, CancellationRequest request, AgreementAccess access) {
        Agreement a = Agreement.require(agreementId, LockModeType.PESSIMISTIC_WRITE);
        CallOffOrder o = visibleOrder(a, orderId, access);
        access.caller().require(ordersFor(o, access) || access.manages(a),
                "Only the ordering body's commissioners or the agreement's commissioners cancel an order");
        o.cancel(clock.instant(), access.caller().actor(), request.reason());
        em.flush();
        BigDecimal committed = CallOffOrder.committed(a.id);
        audit.record(a.id, AuditAction.CALL_OFF_CANCELLED, access.caller().actor(), access.roleOn(a), o.id.toString(),
                request.reason(), "orderingBodyId", o.orderingBodyId, "purchaseReference", o.purchaseReference,
                "total", o.total, "committedSpend", committed);
        outbox.publish(AgreementEvents.TOPIC, AgreementEvents.CALL_OFF_CANCELLED, a.id.toString(),
                CallOffData.of(o.id, a.id, o.orderingBodyId, o.purchaseReference, o.status.name(), Money.gbp(o.total),
                        Money.gbp(committed), Money.gbp(a.value.subtract(committed).max(BigDecimal.ZERO)), o.cancelledAt, o.version));
        return o;
    }

    /** All orders for the agreement's commissioners, lead provider, the framework team and auditors; a buyer its own. */
    public PageOf<CallOffOrder> list(UUID agreementId, AgreementAccess access, int page, int size) {
        Agreement a = access.readable(agreementId);
        var q = seesAll(a, access)
                ? CallOffOrder.<CallOffOrder>find("agreementId = ?1 order by placedAt desc, id", a.id)
                : access.isBuyer()
                ? CallOffOrder.<CallOffOrder>find("agreementId = ?1 and orderingBodyId = ?2 order by placedAt desc, id", a.id,
                        access.caller().commissioningBody().orElseThrow())
                : null;
        if (q == null) {
            throw ApiException.forbidden("Call-off orders are read by the agreement's parties and the bodies that placed them");
        }
        return new PageOf<>(q.page(page, size).list(), page, size, q.count());
    }

    public CallOffOrder get(UUID agreementId, UUID orderId, AgreementAccess access) {
        Agreement a = access.readable(agreementId);
        return visibleOrder(a, orderId, access);
    }

    private CallOffOrder visibleOrder(Agreement a, UUID orderId, AgreementAccess access) {
        CallOffOrder o = CallOffOrder.findById(orderId);
        if (o == null || !o.agreementId.equals(a.id)) {
            throw ApiException.notFound("Call-off order", orderId);
        }
        access.caller().require(seesAll(a, access) || ordersFor(o, access),
                "Call-off orders are read by the agreement's parties and the bodies that placed them");
        return o;
    }

    private static boolean seesAll(Agreement a, AgreementAccess access) {
        return access.readsAll() || access.manages(a) || access.isLeadProvider(a);
    }

    private static boolean ordersFor(CallOffOrder o, AgreementAccess access) {
        return access.caller().hasRole(Roles.COMMISSIONER)
                && access.caller().commissioningBody().filter(o.orderingBodyId::equals).isPresent();
    }
}
