package uk.gov.dynamicframework.contract.agreement;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.gov.dynamicframework.platform.money.Money;

/**
 * Topic {@value #TOPIC}, keyed by agreement id. Every agreement event carries the agreement's whole
 * {@link AgreementData} snapshot (with its version, so consumers drop stale ones); rate-card, call-off and
 * performance-return events carry their own payloads with the agreement id.
 */
public final class AgreementEvents {

    public static final String TOPIC = "df.agreements.v1";

    public static final String CREATED = "df.agreement.created";
    public static final String ACTIVATED = "df.agreement.activated";
    public static final String VARIED = "df.agreement.varied";
    public static final String EXTENDED = "df.agreement.extended";
    public static final String SUSPENDED = "df.agreement.suspended";
    public static final String REINSTATED = "df.agreement.reinstated";
    public static final String TERMINATED = "df.agreement.terminated";
    public static final String EXPIRED = "df.agreement.expired";
    public static final String ENDING_SOON = "df.agreement.ending-soon";
    public static final String CO_COMMISSIONER_ACCEPTED = "df.agreement.co-commissioner-accepted";
    public static final String CO_COMMISSIONER_DECLINED = "df.agreement.co-commissioner-declined";
    public static final String RATE_CARD_PUBLISHED = "df.rate-card.published";
    public static final String CALL_OFF_PLACED = "df.call-off.placed";
    public static final String CALL_OFF_CANCELLED = "df.call-off.cancelled";
    public static final String PERFORMANCE_RETURN_FILED = "df.performance-return.filed";

    private AgreementEvents() {
    }

    /**
     * Data of every agreement event: the agreement as it now is. {@code effectiveDate} is set on the events of a
     * decided change (varied, extended, suspended, reinstated, terminated): the business date the new terms apply
     * from, which may be before or after the event's time.
     */
    public record AgreementData(UUID agreementId, String reference, String ocid, AgreementKind kind,
            AgreementStatus status, LeadProviderData leadProvider, List<BodyShareData> commissioningBodies,
            String owningBodyId, String contractType, List<String> categories, String regionCode, List<String> areas,
            Money value, LocalDate startDate, LocalDate endDate, List<SupplyChainMemberData> proposedSupplyChain,
            @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate effectiveDate, long version) {

        public static AgreementData of(Agreement a) {
            return of(a, null);
        }

        public static AgreementData of(Agreement a, LocalDate effectiveDate) {
            return new AgreementData(a.id, a.reference, a.ocid, a.kind, a.status,
                    new LeadProviderData(a.leadProviderId, a.leadProviderName),
                    a.commissioningBodies.stream().filter(AgreementParts.BodyShare::counts).map(b -> new BodyShareData(b.bodyId(), b.name(),
                            b.share() == null ? null : Money.gbp(b.share()))).toList(),
                    a.owningBodyId, a.contractType, List.copyOf(a.categories), a.regionCode, List.copyOf(a.areas),
                    Money.gbp(a.value), a.startDate, a.endDate,
                    a.proposedSupplyChain.stream().map(m -> new SupplyChainMemberData(m.organisationId(), m.name(),
                            m.share() == null ? null : Money.gbp(m.share()))).toList(),
                    effectiveDate, a.version);
        }
    }

    public record LeadProviderData(UUID organisationId, String name) {
    }

    public record BodyShareData(String bodyId, String name, Money share) {
    }

    public record SupplyChainMemberData(UUID organisationId, String name, Money share) {
    }

    /** {@value #RATE_CARD_PUBLISHED}: the whole current rate card; {@code version} is the rate card's. */
    public record RateCardPublishedData(UUID agreementId, UUID leadProviderId, List<RateCardItemData> items,
            Instant publishedAt, long version) {

        public static RateCardPublishedData of(UUID agreementId, UUID leadProviderId, List<RateCardItemData> items,
                Instant publishedAt, long version) {
            return new RateCardPublishedData(agreementId, leadProviderId, List.copyOf(items), publishedAt, version);
        }
    }

    public record RateCardItemData(UUID itemId, String category, String description, String unit, Money unitPrice,
            String complexity) {
    }

    /** {@value #CALL_OFF_PLACED} and {@value #CALL_OFF_CANCELLED}; {@code version} is the order's. */
    public record CallOffData(UUID orderId, UUID agreementId, String orderingBodyId, String purchaseReference,
            String status, Money total, Money committedSpend, Money headroom, Instant at, long version) {

        public static CallOffData of(UUID orderId, UUID agreementId, String orderingBodyId, String purchaseReference,
                String status, Money total, Money committedSpend, Money headroom, Instant at, long version) {
            return new CallOffData(orderId, agreementId, orderingBodyId, purchaseReference, status, total,
                    committedSpend, headroom, at, version);
        }
    }

    /** {@value #PERFORMANCE_RETURN_FILED}: a quarter's return or its correction; {@code version} is the return's. */
    public record PerformanceReturnData(UUID returnId, UUID agreementId, String quarter, int referrals, int starts,
            int completions, Map<String, Integer> outcomes, Instant filedAt, long version) {

        public static PerformanceReturnData of(UUID returnId, UUID agreementId, String quarter, int referrals,
                int starts, int completions, Map<String, Integer> outcomes, Instant filedAt, long version) {
            return new PerformanceReturnData(returnId, agreementId, quarter, referrals, starts, completions,
                    Map.copyOf(outcomes), filedAt, version);
        }
    }
}
