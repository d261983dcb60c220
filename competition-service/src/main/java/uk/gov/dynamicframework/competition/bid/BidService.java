package uk.gov.dynamicframework.competition.bid;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.math.BigDecimal;
import org.hibernate.ReadOnlyMode;
import uk.gov.dynamicframework.competition.bid.BidViews.BidLotView;
import uk.gov.dynamicframework.competition.bid.BidViews.BidReceiptView;
import uk.gov.dynamicframework.competition.bid.BidViews.BidView;
import uk.gov.dynamicframework.competition.bid.BidViews.PartnerView;
import uk.gov.dynamicframework.competition.audit.AuditAction;
import uk.gov.dynamicframework.competition.audit.AuditTrail;
import uk.gov.dynamicframework.competition.competition.Competition;
import uk.gov.dynamicframework.competition.evaluation.ConflictDeclaration;
import uk.gov.dynamicframework.competition.competition.CompetitionAccess;
import uk.gov.dynamicframework.competition.competition.CompetitionEvents;
import uk.gov.dynamicframework.competition.competition.CompetitionEvents.ExclusionData;
import uk.gov.dynamicframework.platform.money.Money;
import uk.gov.dynamicframework.competition.evaluation.Criterion;
import uk.gov.dynamicframework.competition.evaluation.CriterionKind;
import uk.gov.dynamicframework.competition.lot.Lot;
import uk.gov.dynamicframework.competition.provider.Eligibility;
import uk.gov.dynamicframework.competition.provider.Provider;
import uk.gov.dynamicframework.platform.outbox.Outbox;
import uk.gov.dynamicframework.platform.problem.ApiException;
import uk.gov.dynamicframework.platform.problem.Problem.FieldViolation;
import uk.gov.dynamicframework.platform.security.Caller;
import uk.gov.dynamicframework.platform.security.Roles;

/**
 * Sealed bids. Until the submission deadline nobody but the bidding provider reads a bid's contents; afterwards
 * only the competition's commissioners and evaluators do. Every submission is receipted with the server's time and
 * a SHA-256 hash of the contents as received.
 */
@ApplicationScoped
public class BidService {

    /** Canonical JSON for hashing: sorted keys, so the same contents always give the same hash. */
    private static final ObjectMapper CANONICAL = JsonMapper.builder().findAndAddModules()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY).enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    /**
     * First key of this module's two-key advisory locks serialising one provider's submissions to a competition (the
     * two-key space never meets the single-bigint one the outbox relay uses).
     */
    static final int SUBMISSION_LOCK = 0x0DFC0B1D;

    private final EntityManager em;
    private final Eligibility eligibility;
    private final Outbox outbox;
    private final Clock clock;
    private final AuditTrail audit;

    public BidService(EntityManager em, Eligibility eligibility, Outbox outbox, Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.em = em;
        this.eligibility = eligibility;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A new bid (or a withdrawn one submitted again); returns its receipt. */
    @Transactional
    public BidReceiptView submit(UUID competitionId, BidRequest request, Caller caller) {
        Competition c = lockedForBidding(competitionId);
        Instant receivedAt = receptionTime();
        UUID org = bidder(caller);
        refuseIfLate(c, receivedAt);
        // one submission at a time per provider and competition, so a double click cannot make two bids
        em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(:space, hashtext(:key))) l")
                .setParameter("space", SUBMISSION_LOCK).setParameter("key", c.id + "/" + org).getSingleResult();
        var existing = Bid.of(c.id, org);
        if (existing.isPresent() && existing.get().status == BidStatus.SUBMITTED) {
            throw ApiException.conflict("Your organisation has already bid in this competition; resubmit with PUT "
                    + "/v1/competitions/" + c.id + "/bids/" + existing.get().id).with("bidId", existing.get().id);
        }
        Bid bid = existing.orElseGet(() -> Bid.newFor(c.id, org));
        BidReceipt.Action action = apply(bid, c, request, receivedAt, caller);
        bid.persist();
        return receipted(bid, c, action, caller);
    }

    /** New contents for the provider's submitted bid; returns the receipt. */
    @Transactional
    public BidReceiptView resubmit(UUID competitionId, UUID bidId, BidRequest request, Caller caller) {
        Competition c = lockedForBidding(competitionId);
        Instant receivedAt = receptionTime();
        Bid bid = ownBid(c, bidId, caller);
        refuseIfLate(c, receivedAt);
        BidReceipt.Action action = apply(bid, c, request, receivedAt, caller);
        return receipted(bid, c, action, caller);
    }

    /** Withdraws the provider's bid; returns the receipt. */
    @Transactional
    public BidReceiptView withdraw(UUID competitionId, UUID bidId, Caller caller) {
        Competition c = lockedForBidding(competitionId);
        Instant receivedAt = receptionTime();
        Bid bid = ownBid(c, bidId, caller);
        refuseIfLate(c, receivedAt);
        bid.withdraw(receivedAt, caller.actor());
        BidReceipt receipt = BidReceipt.record(bid.id, BidReceipt.Action.WITHDRAWN, receivedAt, bid.contentHash, caller.actor());
        audit.record(c.id, AuditAction.BID_WITHDRAWN, caller.actor(), bid.id.toString(), "withdrawnAt", receivedAt);
        return receiptView(bid, receipt, c);
    }

    /** The bid with its contents, if the caller may read them now; a read after the deadline goes into the audit trail. */
    @Transactional
    public BidView read(UUID competitionId, UUID bidId, Caller caller) {
        Competition c = Competition.requirePublic(competitionId);
        Bid bid = Bid.findById(bidId);
        if (bid == null || !bid.competitionId.equals(c.id)) {
            throw ApiException.notFound("Bid", bidId);
        }
        if (isOwnBid(bid, caller)) {
            return view(bid);
        }
        if (caller.hasRole(Roles.PROVIDER)) {
            throw ApiException.notFound("Bid", bidId); // another provider's bid: not even its existence is told
        }
        requireUnsealedFor(c, caller);
        if (!CompetitionAccess.isCommissioner(c, caller)) {
            ConflictDeclaration.requireNotConflicted(c, caller.actor(), bid);
        }
        audit.record(c.id, AuditAction.BID_READ, caller.actor(), bid.id.toString(), "organisationId", bid.organisationId);
        return view(bid);
    }

    /**
     * A provider's own bids; all bids for the competition's commissioners after the deadline, and for its evaluators
     * all but those of bidders they declared a conflict with. Each bid read after the deadline is audited.
     */
    @Transactional
    public List<BidView> list(UUID competitionId, Caller caller) {
        Competition c = Competition.requirePublic(competitionId);
        if (caller.hasRole(Roles.PROVIDER)) {
            UUID org = bidder(caller);
            return Bid.of(c.id, org).stream().map(this::view).toList();
        }
        requireUnsealedFor(c, caller);
        boolean commissioner = CompetitionAccess.isCommissioner(c, caller);
        List<Bid> readable = Bid.<Bid>list("competitionId = ?1 order by receivedAt", c.id).stream()
                .filter(b -> commissioner || !ConflictDeclaration.isConflicted(c.id, caller.actor(), b.organisationId))
                .toList();
        readable.forEach(b -> audit.record(c.id, AuditAction.BID_READ, caller.actor(), b.id.toString(),
                "organisationId", b.organisationId));
        return readable.stream().map(this::view).toList();
    }

    /** Re-checks every submitted bid's eligibility at the deadline and excludes it from lots it no longer may bid for. */
    public List<ExclusionData> recheckEligibilityAtDeadline(Competition c, Instant now) {
        List<ExclusionData> exclusions = new ArrayList<>();
        Map<UUID, Lot> lots = new LinkedHashMap<>();
        Lot.of(c.id).forEach(l -> lots.put(l.id, l));
        for (Bid bid : Bid.submitted(c.id)) {
            var provider = eligibility.of(bid.organisationId);
            for (BidContent.LotPrice lp : bid.lots) {
                Lot lot = lots.get(lp.lotId());
                var verdict = provider.check(lot.category, lot.areas);
                if (!verdict.eligible()) {
                    String reason = "Not eligible at the submission deadline (" + now + "): " + verdict.reason();
                    bid.exclude(lot.id, reason);
                    exclusions.add(new ExclusionData(bid.id, bid.organisationId, lot.id, reason));
                }
            }
        }
        return exclusions;
    }

    public int countSubmitted(UUID competitionId) {
        return (int) Bid.count("competitionId = ?1 and status = ?2", competitionId, BidStatus.SUBMITTED);
    }

    public List<BidReceiptView> receipts(Bid bid) {
        Competition c = Competition.findById(bid.competitionId);
        return BidReceipt.<BidReceipt>list("bidId = ?1 order by id", bid.id).stream()
                .map(r -> receiptView(bid, r, c)).toList();
    }

    private static BidReceiptView receiptView(Bid bid, BidReceipt r, Competition c) {
        return new BidReceiptView(bid.id, bid.competitionId, bid.organisationId, r.action, r.receivedAt, r.contentHash,
                c.submissionDeadline);
    }

    /** The server's time of receipt, to the microsecond the database keeps, so the receipt shows what is stored. */
    private Instant receptionTime() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    public BidView view(Bid bid) {
        Map<UUID, Integer> numbers = new LinkedHashMap<>();
        Lot.of(bid.competitionId).forEach(l -> numbers.put(l.id, l.number));
        List<BidLotView> lots = bid.lots.stream().map(lp -> new BidLotView(lp.lotId(), numbers.getOrDefault(lp.lotId(), 0),
                Money.gbp(lp.price()), bid.exclusions.get(lp.lotId().toString()))).toList();
        List<PartnerView> partners = bid.partners.stream().map(p -> {
            Provider provider = Provider.findById(p.organisationId());
            return new PartnerView(p.organisationId(), provider == null ? null : provider.name,
                    provider == null ? List.of() : provider.legalIdentifiers, p.share());
        }).toList();
        Provider provider = Provider.findById(bid.organisationId);
        return new BidView(bid.id, bid.competitionId, bid.organisationId, provider == null ? null : provider.name,
                bid.status, lots, bid.answers, partners, bid.receivedAt, bid.contentHash, bid.withdrawnAt, receipts(bid));
    }

    private void requireUnsealedFor(Competition c, Caller caller) {
        boolean reader = CompetitionAccess.isCommissioner(c, caller) || CompetitionAccess.isEvaluator(c, caller);
        caller.require(reader, "Only the competition's commissioners and evaluators may read its bids");
        Instant now = clock.instant();
        if (!c.deadlinePassed(now)) {
            throw ApiException.forbidden("Bids are sealed until the submission deadline " + c.submissionDeadline)
                    .with("submissionDeadline", c.submissionDeadline);
        }
        if (!CompetitionAccess.isCommissioner(c, caller)) {
            ConflictDeclaration.requireDeclared(c, caller.actor()); // an evaluator declares before seeing any bid
        }
    }

    /** Validates the request against the competition and submits it on the bid; says whether it was a resubmission. */
    private BidReceipt.Action apply(Bid bid, Competition c, BidRequest request, Instant receivedAt, Caller caller) {
        Map<UUID, Lot> lots = new LinkedHashMap<>();
        Lot.readOnlyOf(c.id).forEach(l -> lots.put(l.id, l));
        List<FieldViolation> invalid = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        List<BidContent.LotPrice> prices = new ArrayList<>();
        for (int i = 0; i < request.lots().size(); i++) {
            var lp = request.lots().get(i);
            Lot lot = lots.get(lp.lotId());
            if (lot == null) {
                invalid.add(new FieldViolation("lots[" + i + "].lotId", "is not a lot of this competition"));
            } else if (!seen.add(lot.id)) {
                invalid.add(new FieldViolation("lots[" + i + "].lotId", "is bid for twice"));
            } else if (lp.price().amount().signum() <= 0 || lp.price().amount().compareTo(lot.maxValue) > 0) {
                invalid.add(new FieldViolation("lots[" + i + "].price", "must be more than 0 and at most the lot's maximum value "
                        + lot.maxValue + " GBP"));
            } else {
                prices.add(new BidContent.LotPrice(lot.id, lp.price().amount()));
            }
        }
        for (Criterion criterion : c.criteria) {
            if (criterion.kind() != CriterionKind.PRICE) {
                String answer = request.answers().get(criterion.code());
                if (answer == null || answer.isBlank()) {
                    invalid.add(new FieldViolation("answers." + criterion.code(), "must answer: " + criterion.question()));
                }
            }
        }
        Set<String> asked = new HashSet<>(c.criteria.stream().map(Criterion::code).toList());
        request.answers().keySet().stream().filter(k -> !asked.contains(k))
                .forEach(k -> invalid.add(new FieldViolation("answers." + k, "is not a question of this competition")));
        List<BidContent.Partner> partners = new ArrayList<>();
        var requested = request.supplyChainPartners() == null ? List.<BidRequest.PartnerRequest>of() : request.supplyChainPartners();
        BigDecimal shares = BigDecimal.ZERO;
        Set<UUID> partnerIds = new HashSet<>();
        Map<UUID, Provider> named = Provider.readOnly(requested.stream().map(BidRequest.PartnerRequest::organisationId)
                .collect(Collectors.toSet()));
        for (int i = 0; i < requested.size(); i++) {
            var p = requested.get(i);
            Provider partner = named.get(p.organisationId());
            if (p.organisationId().equals(bid.organisationId) || !partnerIds.add(p.organisationId())) {
                invalid.add(new FieldViolation("supplyChainPartners[" + i + "].organisationId",
                        "must be another organisation, named once"));
            } else if (partner == null || !partner.mayPartner()) {
                invalid.add(new FieldViolation("supplyChainPartners[" + i + "].organisationId",
                        "must be an organisation registered with the framework"));
            }
            shares = shares.add(p.share());
            partners.add(new BidContent.Partner(p.organisationId(), p.share()));
        }
        if (shares.compareTo(new BigDecimal("100")) >= 0) {
            invalid.add(new FieldViolation("supplyChainPartners", "shares total " + shares
                    + "%; the lead provider must keep part of the work"));
        }
        if (!invalid.isEmpty()) {
            throw ApiException.invalid("The bid is not valid", invalid);
        }
        List<String> refusals = new ArrayList<>();
        var provider = eligibility.of(bid.organisationId);
        for (BidContent.LotPrice lp : prices) {
            Lot lot = lots.get(lp.lotId());
            var verdict = provider.check(lot.category, lot.areas);
            if (!verdict.eligible()) {
                refusals.add("lot " + lot.number + " (" + lot.category + " in " + String.join(", ", lot.areas) + "): "
                        + verdict.reason());
            }
        }
        if (!refusals.isEmpty()) {
            throw ApiException.rule("not-eligible", "Your organisation may not bid for " + String.join("; ", refusals))
                    .with("reasons", refusals);
        }
        prices.sort(Comparator.comparing(lp -> lots.get(lp.lotId()).number));
        BidReceipt.Action action = bid.submit(prices, new TreeMap<>(request.answers()), partners, receivedAt, caller.actor());
        bid.contentHash = hash(bid);
        return action;
    }

    private BidReceiptView receipted(Bid bid, Competition c, BidReceipt.Action action, Caller caller) {
        em.flush();
        BidReceipt receipt = BidReceipt.record(bid.id, action, bid.receivedAt, bid.contentHash, caller.actor());
        audit.record(c.id, AuditAction.BID_RECEIVED, caller.actor(), bid.id.toString(), "action", action,
                "receivedAt", bid.receivedAt, "contentHash", bid.contentHash);
        outbox.publish(CompetitionEvents.TOPIC, CompetitionEvents.BID_RECEIVED, c.id.toString(),
                CompetitionEvents.BidReceivedData.of(c, bid, action));
        return receiptView(bid, receipt, c);
    }

    static String hash(Bid bid) {
        try {
            Map<String, Object> canonical = new TreeMap<>();
            canonical.put("competitionId", bid.competitionId);
            canonical.put("organisationId", bid.organisationId);
            canonical.put("lots", bid.lots.stream().map(l -> Map.of("lotId", l.lotId().toString(),
                    "price", l.price().setScale(2).toPlainString())).toList());
            canonical.put("answers", new TreeMap<>(bid.answers));
            canonical.put("supplyChainPartners", bid.partners.stream().map(p -> Map.of("organisationId",
                    p.organisationId().toString(), "share", p.share().setScale(2).toPlainString())).toList());
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(CANONICAL.writeValueAsString(canonical).getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("Cannot hash a bid", e);
        }
    }

    private void refuseIfLate(Competition c, Instant receivedAt) {
        if (!c.acceptsBids(receivedAt)) {
            if (c.deadlinePassed(receivedAt)) {
                throw ApiException.rule("late-bid", "The bid was received at " + receivedAt
                        + ", after the submission deadline " + c.submissionDeadline)
                        .with("receivedAt", receivedAt).with("submissionDeadline", c.submissionDeadline);
            }
            throw ApiException.conflict("The competition is " + c.status + " and does not accept bids");
        }
    }

    /**
     * The competition, share-locked until the submission commits: closing at the deadline takes the row exclusively,
     * so it waits for submissions in flight, and a submission arriving once it has closed sees it closed. The time of
     * receipt is taken after this, so the deadline is checked against the competition as it is under the lock. Read
     * only: a submission never changes the competition, so nothing of it is kept to compare at commit.
     */
    private Competition lockedForBidding(UUID id) {
        Competition c = em.find(Competition.class, id, LockModeType.PESSIMISTIC_READ, ReadOnlyMode.READ_ONLY);
        if (c == null || !c.status.isPublic()) {
            throw ApiException.notFound("Competition", id);
        }
        return c;
    }

    private UUID bidder(Caller caller) {
        caller.require(caller.hasRole(Roles.PROVIDER), "Only providers bid");
        return caller.organisationUuid()
                .orElseThrow(() -> ApiException.forbidden("A provider token must name its organisation (claim org_id)"));
    }

    private boolean isOwnBid(Bid bid, Caller caller) {
        return caller.actsFor(bid.organisationId);
    }

    private Bid ownBid(Competition c, UUID bidId, Caller caller) {
        Bid bid = Bid.findById(bidId);
        if (bid == null || !bid.competitionId.equals(c.id) || !isOwnBid(bid, caller)) {
            throw ApiException.notFound("Bid", bidId);
        }
        return bid;
    }
}
