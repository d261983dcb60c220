package uk.gov.dynamicframework.competition.ocds;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import uk.gov.dynamicframework.competition.CompetitionConfig;
import uk.gov.dynamicframework.competition.award.Award;
import uk.gov.dynamicframework.competition.bid.Bid;
import uk.gov.dynamicframework.competition.clarification.Clarification;
import uk.gov.dynamicframework.competition.lot.Proportionality;
import uk.gov.dynamicframework.competition.body.CommissioningBody;
import uk.gov.dynamicframework.competition.competition.Competition;
import uk.gov.dynamicframework.competition.competition.CompetitionBody;
import uk.gov.dynamicframework.competition.competition.CommissioningRole;
import uk.gov.dynamicframework.competition.competition.CompetitionStatus;
import uk.gov.dynamicframework.competition.lot.Lot;
import uk.gov.dynamicframework.competition.lot.LotOutcome;
import uk.gov.dynamicframework.competition.provider.Provider;

/**
 * A competition as an OCDS 1.1 release package. The mini-competition is a call-off from the dynamic framework, so,
 * as OCDS recommends for dynamic purchasing systems, its release links the framework's own contracting process
 * through {@code relatedProcesses} (relationship {@code framework}, scheme {@code ocid}) and says so in
 * {@code tender.techniques} (techniques extension). Lots use the lots extension. Tenderers are named only once the
 * award is made, never while bids are sealed.
 */
@ApplicationScoped
public class OcdsReleases {

    static final String TECHNIQUES_EXTENSION =
            "https://raw.githubusercontent.com/open-contracting-extensions/ocds_techniques_extension/master/extension.json";
    static final String LOTS_EXTENSION =
            "https://raw.githubusercontent.com/open-contracting-extensions/ocds_lots_extension/master/extension.json";
    static final String OGL = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";

    private final ObjectMapper mapper;
    private final CompetitionConfig config;
    private final Clock clock;

    public OcdsReleases(ObjectMapper mapper, CompetitionConfig config, Clock clock) {
        this.mapper = mapper;
        this.config = config;
        this.clock = clock;
    }

    public ObjectNode releasePackage(Competition c) {
        ObjectNode pkg = mapper.createObjectNode();
        pkg.put("uri", config.ocds().baseUri() + "/v1/ocds/competitions/" + c.id);
        pkg.put("version", "1.1");
        pkg.putArray("extensions").add(TECHNIQUES_EXTENSION).add(LOTS_EXTENSION);
        pkg.put("publishedDate", clock.instant().toString());
        pkg.putObject("publisher").put("name", config.ocds().publisherName());
        pkg.put("license", OGL);
        pkg.putArray("releases").add(release(c));
        return pkg;
    }

    ObjectNode release(Competition c) {
        List<Lot> lots = Lot.of(c.id);
        // like the award notice, awards (supplier, value) are published only once made, never during standstill
        List<Award> awards = c.status == CompetitionStatus.AWARDED ? Award.of(c.id) : List.of();
        Instant date = Stream.of(c.publishedAt, c.closedAt, c.decidedAt, c.awardedAt, c.endedAt).filter(Objects::nonNull)
                .max(Instant::compareTo).orElse(c.createdAt);

        ObjectNode r = mapper.createObjectNode();
        r.put("ocid", c.ocid);
        r.put("id", c.ocid + "-" + c.status.name().toLowerCase() + "-" + c.version);
        r.put("date", date.toString());
        ArrayNode tag = r.putArray("tag");
        switch (c.status) {
            case CANCELLED -> tag.add("tenderCancellation");
            case AWARDED -> tag.add("tender").add("award");
            default -> tag.add("tender");
        }
        r.put("initiationType", "tender");
        r.put("language", "en");

        ArrayNode parties = r.putArray("parties");
        List<CompetitionBody> bodies = CompetitionBody.of(c.id);
        for (CompetitionBody b : bodies) {
            CommissioningBody body = CommissioningBody.findById(b.bodyCode);
            ObjectNode party = parties.addObject();
            party.put("id", bodyPartyId(b.bodyCode));
            party.put("name", body.name);
            party.putObject("identifier").put("scheme", "GB-DF-BODY").put("id", b.bodyCode).put("legalName", body.name);
            ArrayNode roles = party.putArray("roles");
            if (b.role == CommissioningRole.OWNER) {
                roles.add("buyer").add("procuringEntity");
            }
            roles.add("funder");
            party.putObject("details").put("commissioningRole", b.role.name())
                    .putObject("budget").put("amount", b.budget).put("currency", "GBP");
        }
        Map<UUID, ObjectNode> suppliers = new LinkedHashMap<>();
        if (c.status == CompetitionStatus.AWARDED) {
            for (Bid bid : Bid.submitted(c.id)) {
                suppliers.put(bid.organisationId, organisationParty(parties, bid.organisationId, "tenderer"));
            }
        }
        for (Award a : awards) {
            ObjectNode party = suppliers.computeIfAbsent(a.organisationId, id -> organisationParty(parties, id, null));
            if (c.status == CompetitionStatus.AWARDED) {
                party.withArray("roles").add("supplier");
            }
        }
        CompetitionBody owner = bodies.stream().filter(b -> b.role == CommissioningRole.OWNER).findFirst().orElseThrow();
        String ownerName = ((CommissioningBody) CommissioningBody.findById(owner.bodyCode)).name;
        r.putObject("buyer").put("id", bodyPartyId(owner.bodyCode)).put("name", ownerName);

        ObjectNode tender = r.putObject("tender");
        tender.put("id", c.reference);
        tender.put("title", c.title);
        if (c.description != null) {
            tender.put("description", c.description);
        }
        tender.put("status", tenderStatus(c.status));
        tender.putObject("procuringEntity").put("id", bodyPartyId(owner.bodyCode)).put("name", ownerName);
        BigDecimal total = lots.stream().map(l -> l.maxValue).reduce(BigDecimal.ZERO, BigDecimal::add);
        tender.set("value", money(total));
        tender.put("procurementMethod", "selective");
        tender.put("procurementMethodDetails", "Mini-competition (call-off) under a dynamic framework");
        tender.put("mainProcurementCategory", "services");
        tender.put("awardCriteria", "ratedCriteria");
        tender.put("awardCriteriaDetails", c.criteria.stream().map(cr -> cr.code() + " " + cr.kind() + " " + cr.weight() + "%")
                .reduce((x, y) -> x + "; " + y).orElse(""));
        tender.putArray("submissionMethod").add("electronicSubmission");
        ObjectNode tenderPeriod = tender.putObject("tenderPeriod").put("startDate", str(c.publishedAt))
                .put("endDate", c.submissionDeadline.toString());
        if (c.publishedAt != null) {
            tenderPeriod.put("durationInDays", java.time.Duration.between(c.publishedAt, c.submissionDeadline).toDays());
        }
        tender.putObject("enquiryPeriod").put("startDate", str(c.publishedAt)).put("endDate", c.clarificationDeadline.toString());
        tender.put("hasEnquiries", Clarification.count("competitionId = ?1 and answeredAt is not null", c.id) > 0);
        documents(c, tender.putArray("documents"));
        if (c.decidedAt != null) {
            tender.putObject("awardPeriod").put("startDate", str(c.evaluationStartedAt)).put("endDate", str(c.decidedAt));
        }
        if (c.closedAt != null) {
            tender.put("numberOfTenderers", Bid.submitted(c.id).size());
        }
        ObjectNode techniques = tender.putObject("techniques");
        techniques.put("hasFrameworkAgreement", true);
        techniques.put("hasDynamicPurchasingSystem", true);
        ArrayNode items = tender.putArray("items");
        ArrayNode lotNodes = tender.putArray("lots");
        for (Lot lot : lots) {
            ObjectNode item = items.addObject();
            item.put("id", String.valueOf(lot.number));
            item.put("description", lot.title);
            item.putObject("classification").put("scheme", "GB-DF-CATEGORY").put("id", lot.category);
            ArrayNode areas = item.putArray("deliveryAddresses");
            lot.areas.forEach(a -> areas.addObject().put("region", a).put("countryName", a.startsWith("W") ? "Wales" : "England"));
            item.put("relatedLot", lot.id.toString());
            ObjectNode l = lotNodes.addObject();
            l.put("id", lot.id.toString());
            l.put("title", lot.title);
            l.put("description", Proportionality.rulesFor(lot.maxValue).summary()); // evidence asked, in proportion
            l.put("status", lotStatus(c.status, lot.outcome));
            l.set("value", money(lot.maxValue));
            l.putObject("contractPeriod").put("startDate", start(lot.contractStart)).put("endDate", end(lot.contractEnd));
        }

        ArrayNode awardNodes = r.putArray("awards");
        for (Award a : awards) {
            Lot lot = Lot.findById(a.lotId);
            Provider p = Provider.findById(a.organisationId);
            ObjectNode award = awardNodes.addObject();
            award.put("id", a.id.toString());
            award.put("title", lot.title);
            award.put("status", switch (a.status) { case ACTIVE -> "active"; case CANCELLED -> "cancelled"; case PENDING_STANDSTILL -> "pending"; });
            award.put("date", a.decidedAt.toString());
            award.set("value", money(a.value));
            award.putArray("suppliers").addObject().put("id", organisationPartyId(a.organisationId)).put("name", p.name);
            award.putObject("contractPeriod").put("startDate", start(lot.contractStart)).put("endDate", end(lot.contractEnd));
            award.putArray("relatedLots").add(lot.id.toString());
        }

        ObjectNode framework = r.putArray("relatedProcesses").addObject();
        framework.put("id", "framework");
        framework.putArray("relationship").add("framework");
        framework.put("title", config.ocds().frameworkTitle());
        framework.put("scheme", "ocid");
        framework.put("identifier", config.ocds().frameworkOcid());
        return r;
    }

    /**
     * Documents linked from the tender (core OCDS {@code Document}s): the answered clarifications (public), a notice of
     * any timeline shortened below the framework's minimums with its reason, and the competition's audit trail (open
     * {@code documentType} codelist: no code fits, so {@code auditTrail}; readable by auditors and the framework team).
     */
    private void documents(Competition c, ArrayNode documents) {
        String base = config.ocds().baseUri() + "/v1/competitions/" + c.id;
        documents.addObject().put("id", "clarifications").put("documentType", "clarifications")
                .put("title", "Clarification questions and answers").put("url", base + "/clarifications")
                .put("format", "application/json").put("language", "en");
        if (c.timelineOverrideReason != null) {
            String shortened = c.timelineShortfalls == null ? "" : c.timelineShortfalls.stream()
                    .map(s -> s.rule() + " (set: " + s.actual() + ")").reduce((x, y) -> x + "; " + y).orElse("");
            ObjectNode override = documents.addObject().put("id", "timeline-override").put("documentType", "tenderNotice")
                    .put("title", "Timeline shorter than the framework's minimum periods")
                    .put("description", "Reason: " + c.timelineOverrideReason + ". Shortened: " + shortened)
                    .put("language", "en");
            override.put("datePublished", c.timelineOverrideAt.toString());
        }
        documents.addObject().put("id", "audit-trail").put("documentType", "auditTrail")
                .put("title", "Audit trail: every state change, decision, override and read of a sealed bid")
                .put("description", "Readable by auditors and the framework team (authentication required).")
                .put("url", base + "/audit-trail").put("format", "application/json").put("language", "en");
    }

    private ObjectNode organisationParty(ArrayNode parties, UUID organisationId, String role) {
        Provider p = Provider.findById(organisationId);
        ObjectNode party = parties.addObject();
        party.put("id", organisationPartyId(organisationId));
        party.put("name", p == null ? organisationId.toString() : p.name);
        if (p != null && !p.legalIdentifiers.isEmpty()) {
            String identifier = p.legalIdentifiers.get(0);
            int split = identifier.indexOf('-', identifier.indexOf('-') + 1);
            ObjectNode id = party.putObject("identifier");
            id.put("scheme", split > 0 ? identifier.substring(0, split) : identifier);
            id.put("id", split > 0 ? identifier.substring(split + 1) : identifier);
            id.put("legalName", p.name);
        }
        ArrayNode roles = party.putArray("roles");
        if (role != null) {
            roles.add(role);
        }
        return party;
    }

    static String organisationPartyId(UUID organisationId) {
        return "GB-DF-ORG-" + organisationId;
    }

    static String bodyPartyId(String code) {
        return "GB-DF-BODY-" + code;
    }

    private ObjectNode money(BigDecimal amount) {
        return mapper.createObjectNode().put("amount", amount).put("currency", "GBP");
    }

    private static String str(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static String start(LocalDate date) {
        return date.atStartOfDay().toInstant(ZoneOffset.UTC).toString();
    }

    private static String end(LocalDate date) {
        return date.atTime(23, 59, 59).toInstant(ZoneOffset.UTC).toString();
    }

    static String tenderStatus(CompetitionStatus status) {
        return switch (status) {
            case DRAFT -> "planned";
            case PUBLISHED, CLOSED, EVALUATION, STANDSTILL -> "active";
            case AWARDED -> "complete";
            case CANCELLED -> "cancelled";
            case NO_AWARD -> "unsuccessful";
        };
    }

    static String lotStatus(CompetitionStatus status, LotOutcome outcome) {
        return switch (outcome) {
            case OPEN, AWARD_PENDING -> tenderStatus(status);
            case AWARDED -> "complete";
            case NO_AWARD -> "unsuccessful";
            case CANCELLED -> "cancelled";
        };
    }
}
