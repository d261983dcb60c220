package uk.gov.dynamicframework.competition.bid;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Proof of what the service received and when: one row per submission, resubmission and withdrawal. */
@Entity
@Table(name = "bid_receipt")
public class BidReceipt extends PanacheEntityBase {

    /** What a receipt acknowledges. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "BidReceiptAction")
    public enum Action { SUBMITTED, RESUBMITTED, WITHDRAWN }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "bid_id", nullable = false)
    public UUID bidId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Action action;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "content_hash")
    public String contentHash;

    @Column(nullable = false)
    public String actor;

    static BidReceipt record(UUID bidId, Action action, Instant at, String hash, String actor) {
        BidReceipt r = new BidReceipt();
        r.bidId = bidId;
        r.action = action;
        r.receivedAt = at;
        r.contentHash = hash;
        r.actor = actor;
        r.persist();
        return r;
    }
}
