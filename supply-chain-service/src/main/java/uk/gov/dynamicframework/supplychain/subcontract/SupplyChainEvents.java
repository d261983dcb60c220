package uk.gov.dynamicframework.supplychain.subcontract;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.gov.dynamicframework.platform.money.Money;
import uk.gov.dynamicframework.supplychain.agreement.Agreement;
import uk.gov.dynamicframework.supplychain.flag.SupplyChainFlag;

/**
 * Events on topic {@value #TOPIC}, keyed by agreement id (a flag not about one agreement: by its subject). A
 * subcontract withdrawn before confirmation is published as {@link #ENDED} with status {@code WITHDRAWN}.
 */
public final class SupplyChainEvents {

    public static final String TOPIC = "df.supply-chains.v1";

    public static final String PROPOSED = "df.subcontract.proposed";
    public static final String CONFIRMED = "df.subcontract.confirmed";
    public static final String CHANGED = "df.subcontract.changed";
    public static final String ENDED = "df.subcontract.ended";
    public static final String FLAG_RAISED = "df.supply-chain.flag-raised";
    public static final String FLAG_RESOLVED = "df.supply-chain.flag-resolved";

    private SupplyChainEvents() {
    }

    /** Data of every subcontract event: the subcontract as it became. */
    public record SubcontractData(UUID subcontractId, UUID agreementId, UUID leadProviderId, UUID organisationId,
            String status, List<String> categories, List<String> areas, Money share, LocalDate startDate,
            LocalDate endDate, long version) {

        public static SubcontractData of(Subcontract s, Agreement a) {
            return new SubcontractData(s.id, s.agreementId, a.leadProviderId, s.organisationId, s.status.name(),
                    List.of(s.categories), List.of(s.areas), s.share == null ? null : Money.gbp(s.share), s.startDate,
                    s.endDate, s.version);
        }
    }

    /**
     * Data of {@link #FLAG_RAISED} (first raised, or raised again) and {@link #FLAG_RESOLVED}: what a commissioner
     * should look at and why, as the flag became; {@code resolvedAt} null while open.
     */
    public record FlagData(UUID flagId, String kind, String subject, UUID agreementId, UUID leadProviderId, String area,
            String category, List<String> bodyIds, String detail, Instant raisedAt, Instant resolvedAt, long version) {

        public static FlagData of(SupplyChainFlag f) {
            return new FlagData(f.id, f.kind.name(), f.subject, f.agreementId, f.leadProviderId, f.area, f.category,
                    List.of(f.bodyIds), f.detail, f.raisedAt, f.resolvedAt, f.version);
        }
    }
}
