package uk.gov.dynamicframework.competition.bid;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import uk.gov.dynamicframework.platform.problem.ApiException;

/** A provider's bid for one or more lots of a competition; its contents are sealed until the deadline. */
@Entity
@Table(name = "bid")
public class Bid extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "competition_id", nullable = false)
    public UUID competitionId;

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public BidStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb", nullable = false)
    public List<BidContent.LotPrice> lots = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb", nullable = false)
    public Map<String, String> answers = new LinkedHashMap<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb", nullable = false)
    public List<BidContent.Partner> partners = new ArrayList<>();

    /** Lots the bid was excluded from at the deadline (lot id to reason). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb", nullable = false)
    public Map<String, String> exclusions = new LinkedHashMap<>();

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @Column(name = "withdrawn_by")
    public String withdrawnBy;

    @Version
    public long version;

    /** A provider's first bid in a competition, not yet submitted. */
    public static Bid newFor(UUID competitionId, UUID organisationId) {
        Bid b = new Bid();
        b.id = UUID.randomUUID();
        b.competitionId = competitionId;
        b.organisationId = organisationId;
        return b;
    }

    /**
     * Submits (a new or a withdrawn bid) or resubmits (a submitted one) these contents, received at {@code at} from
     * {@code actor}; exclusions of an earlier submission no longer hold. Says which it was, for the receipt.
     */
    public BidReceipt.Action submit(List<BidContent.LotPrice> prices, Map<String, String> answers,
            List<BidContent.Partner> partners, Instant at, String actor) {
        BidReceipt.Action action = status == null ? BidReceipt.Action.SUBMITTED : BidReceipt.Action.RESUBMITTED;
        move(BidStatus.SUBMITTED);
        lots = new ArrayList<>(prices);
        this.answers = new LinkedHashMap<>(answers);
        this.partners = new ArrayList<>(partners);
        exclusions = new LinkedHashMap<>();
        receivedAt = at;
        submittedBy = actor;
        withdrawnAt = null;
        withdrawnBy = null;
        return action;
    }

    public void withdraw(Instant at, String actor) {
        if (status != BidStatus.SUBMITTED) {
            throw ApiException.conflict("The bid is already " + status).with("status", status);
        }
        move(BidStatus.WITHDRAWN);
        withdrawnAt = at;
        withdrawnBy = actor;
    }

    /** Excludes the bid from one lot at the deadline (its provider no longer eligible for it), with the reason. */
    public void exclude(UUID lotId, String reason) {
        if (status != BidStatus.SUBMITTED || priceFor(lotId).isEmpty()) {
            throw ApiException.conflict("Only a submitted bid is excluded from a lot it bids for");
        }
        exclusions.put(lotId.toString(), reason);
    }

    private void move(BidStatus to) {
        if (status != null && !status.next().contains(to)) {
            throw ApiException.conflict("A bid that is " + status + " cannot become " + to)
                    .with("status", status).with("allowed", status.next());
        }
        status = to;
    }

    public BidContent content() {
        return new BidContent(lots, answers, partners);
    }

    public Optional<BigDecimal> priceFor(UUID lotId) {
        return lots.stream().filter(l -> l.lotId().equals(lotId)).map(BidContent.LotPrice::price).findFirst();
    }

    /** True when the bid is in the running for the lot: submitted, for that lot, not excluded. */
    public boolean competesFor(UUID lotId) {
        return status == BidStatus.SUBMITTED && priceFor(lotId).isPresent() && !exclusions.containsKey(lotId.toString());
    }

    public static Optional<Bid> of(UUID competitionId, UUID organisationId) {
        return find("competitionId = ?1 and organisationId = ?2", competitionId, organisationId).firstResultOptional();
    }

    public static List<Bid> submitted(UUID competitionId) {
        return list("competitionId = ?1 and status = ?2 order by receivedAt", competitionId, BidStatus.SUBMITTED);
    }
}
