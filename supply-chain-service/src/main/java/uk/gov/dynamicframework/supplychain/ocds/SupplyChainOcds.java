package uk.gov.dynamicframework.supplychain.ocds;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.gov.dynamicframework.supplychain.agreement.Agreement;
import uk.gov.dynamicframework.supplychain.organisation.SupplyChainOrganisation;
import uk.gov.dynamicframework.supplychain.subcontract.Subcontract;
import uk.gov.dynamicframework.supplychain.subcontract.SubcontractChange;
import uk.gov.dynamicframework.supplychain.subcontract.SubcontractStatus;

/**
 * An agreement's supply chain as an OCDS 1.1 release package: the award with the subcontracting extension's
 * {@code hasSubcontracting} and {@code subcontracting} (value and the UK extension's description), subcontractors as
 * parties (role {@code subcontractor}, UK {@code details.vcse}), and each subcontractor added, changed or removed as
 * a contract amendment.
 */
@ApplicationScoped
public class SupplyChainOcds {

    static final String UK_EXTENSION = "https://raw.githubusercontent.com/cabinetoffice/ocds_uk_extension/main/extension.json";
    static final String SUBCONTRACTING_EXTENSION =
            "https://raw.githubusercontent.com/open-contracting-extensions/ocds_subcontracting_extension/master/extension.json";

    private final ObjectMapper mapper;
    private final OcdsConfig config;
    private final Clock clock;

    public SupplyChainOcds(ObjectMapper mapper, OcdsConfig config, Clock clock) {
        this.mapper = mapper;
        this.config = config;
        this.clock = clock;
    }

    public ObjectNode releasePackage(UUID agreementId) {
        Agreement a = Agreement.require(agreementId);
        List<Subcontract> subcontracts = Subcontract.list("agreementId", Sort.by("proposedAt").and("id"), a.id);
        List<Subcontract> counted = subcontracts.stream()
                .filter(s -> s.status == SubcontractStatus.CONFIRMED || s.status == SubcontractStatus.ENDED).toList();
        Map<UUID, SupplyChainOrganisation> orgs = SupplyChainOrganisation.<SupplyChainOrganisation>list("id in ?1",
                subcontracts.isEmpty() ? List.of(a.leadProviderId)
                        : java.util.stream.Stream.concat(subcontracts.stream().map(s -> s.organisationId),
                                java.util.stream.Stream.of(a.leadProviderId)).distinct().toList())
                .stream().collect(Collectors.toMap(o -> o.id, Function.identity()));
        Map<UUID, Subcontract> byId = subcontracts.stream().collect(Collectors.toMap(s -> s.id, Function.identity()));
        List<SubcontractChange> changes = byId.isEmpty() ? List.of()
                : SubcontractChange.<SubcontractChange>list("subcontractId in ?1 and action in ?2", byId.keySet(),
                        List.of("CONFIRMED", "CHANGED", "ENDED")).stream()
                        .filter(c -> !"CHANGED".equals(c.action) || !"PROPOSED".equals(c.status))
                        .sorted(Comparator.comparing((SubcontractChange c) -> c.at).thenComparing(c -> c.id)).toList();
        Instant date = changes.isEmpty() ? a.updatedAt : changes.get(changes.size() - 1).at;
        String ocid = a.ocid != null ? a.ocid : config.prefix() + "-" + (a.reference != null ? a.reference : a.id);

        ObjectNode pkg = mapper.createObjectNode();
        pkg.put("uri", config.baseUri() + "/v1/supply-chains/" + a.id + "/ocds");
        pkg.put("version", "1.1");
        pkg.putArray("extensions").add(UK_EXTENSION).add(SUBCONTRACTING_EXTENSION);
        pkg.put("publishedDate", clock.instant().toString());
        pkg.putObject("publisher").put("name", config.publisherName());
        ObjectNode release = pkg.putArray("releases").addObject();
        release.put("ocid", ocid);
        release.put("id", ocid + "-supply-chain-" + a.chainVersion);
        release.put("date", date.toString());
        release.putArray("tag").add(changes.isEmpty() ? "contract" : "contractAmendment");
        release.put("initiationType", "tender");
        release.put("language", "en");

        ArrayNode parties = release.putArray("parties");
        party(parties, a.leadProviderId, orgs.get(a.leadProviderId), a.leadProviderName, "supplier");
        counted.stream().map(s -> s.organisationId).distinct()
                .forEach(id -> party(parties, id, orgs.get(id), null, "subcontractor"));

        BigDecimal subcontracted = counted.stream().filter(s -> s.status == SubcontractStatus.CONFIRMED)
                .map(s -> s.share).reduce(BigDecimal.ZERO, BigDecimal::add);
        ObjectNode award = release.putArray("awards").addObject();
        award.put("id", a.id.toString());
        award.put("status", "active");
        value(award.putObject("value"), a.value);
        ObjectNode supplier = award.putArray("suppliers").addObject();
        supplier.put("id", a.leadProviderId.toString());
        supplier.put("name", name(orgs.get(a.leadProviderId), a.leadProviderName));
        award.put("hasSubcontracting", counted.stream().anyMatch(s -> s.status == SubcontractStatus.CONFIRMED));
        ObjectNode subcontracting = award.putObject("subcontracting");
        value(subcontracting.putObject("value"), subcontracted);
        subcontracting.put("description", counted.stream().filter(s -> s.status == SubcontractStatus.CONFIRMED)
                .map(s -> name(orgs.get(s.organisationId), null) + " (" + String.join(", ", s.categories) + "; " + s.share + " GBP)")
                .collect(Collectors.joining("; ")));

        ObjectNode contract = release.putArray("contracts").addObject();
        contract.put("id", a.id.toString());
        contract.put("awardID", a.id.toString());
        // OCDS contractStatus: "terminated" once no longer active, whether it ran to its end or ended early;
        // "cancelled" if terminated before it started
        boolean never = !a.inForceFrom(a.startDate);
        contract.put("status", never ? "cancelled" : a.lastDay().isBefore(LocalDate.now(clock)) ? "terminated" : "active");
        value(contract.putObject("value"), a.value);
        contract.putObject("period").put("startDate", start(a.startDate))
                .put("endDate", start(never ? a.startDate : a.lastDay().plusDays(1)));
        if (!changes.isEmpty()) {
            ArrayNode amendments = contract.putArray("amendments");
            for (SubcontractChange c : changes) {
                String org = name(orgs.get(byId.get(c.subcontractId).organisationId), null);
                String what = switch (c.action) {
                    case "CONFIRMED" -> "Subcontractor added: " + org + ", share " + c.share + " GBP";
                    case "ENDED" -> "Subcontractor removed: " + org + " (last day " + c.endDate + ")";
                    default -> "Subcontract changed: " + org + ", share " + c.share + " GBP from " + c.effectiveFrom;
                };
                ObjectNode amendment = amendments.addObject();
                amendment.put("id", c.subcontractId + "-" + c.version);
                amendment.put("date", c.at.toString());
                amendment.put("description", what);
                if (c.reason != null) {
                    amendment.put("rationale", c.reason);
                }
            }
        }
        return pkg;
    }

    private static void party(ArrayNode parties, UUID id, SupplyChainOrganisation org, String fallbackName, String role) {
        ObjectNode p = parties.addObject();
        p.put("id", id.toString());
        p.put("name", name(org, fallbackName));
        p.putArray("roles").add(role);
        if (org != null) {
            p.putObject("details").put("vcse", org.isVoluntary() || "SOCIAL_ENTERPRISE".equals(org.sector));
            if (org.town != null) {
                p.putObject("address").put("locality", org.town);
            }
        }
    }

    private static String name(SupplyChainOrganisation org, String fallback) {
        return org != null ? org.name : fallback != null ? fallback : "Unknown organisation";
    }

    private static void value(ObjectNode node, BigDecimal amount) {
        node.put("amount", amount);
        node.put("currency", "GBP");
    }

    private static String start(LocalDate date) {
        return date.atStartOfDay().atOffset(ZoneOffset.UTC).toInstant().toString();
    }
}
