package uk.gov.dynamicframework.contract.publication;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import uk.gov.dynamicframework.contract.ContractConfig;
import uk.gov.dynamicframework.contract.agreement.Agreement;
import uk.gov.dynamicframework.contract.agreement.AgreementChange;
import uk.gov.dynamicframework.contract.agreement.AgreementKind;
import uk.gov.dynamicframework.contract.agreement.AgreementParts.BodyShare;
import uk.gov.dynamicframework.contract.agreement.AgreementStatus;
import uk.gov.dynamicframework.contract.agreement.ConfidentialField;
import uk.gov.dynamicframework.contract.performance.PerformanceReturn;
import uk.gov.dynamicframework.platform.problem.ApiException;
import uk.gov.dynamicframework.platform.reference.ReferenceCodes;

/**
 * Agreements in the open standards: a grant as a 360Giving 1.4 package with one grant, a contract as an OCDS 1.1
 * release package whose release carries the contract and its implementation, under the competition's ocid (so it
 * joins the tender and award releases competition-service publishes).
 */
@ApplicationScoped
public class Publications {

    static final String OGL = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";

    private final ObjectMapper mapper;
    private final ContractConfig config;
    private final ReferenceCodes codes;
    private final Clock clock;

    public Publications(ObjectMapper mapper, ContractConfig config, ReferenceCodes codes, Clock clock) {
        this.mapper = mapper;
        this.config = config;
        this.codes = codes;
        this.clock = clock;
    }

    // ---- 360Giving ----

    public ObjectNode grantPackage(Agreement a) {
        if (a.kind != AgreementKind.GRANT) {
            throw ApiException.notFound("Grant", a.id);
        }
        ObjectNode pkg = mapper.createObjectNode();
        pkg.putArray("grants").add(grant(a));
        pkg.put("version", "1.4");
        pkg.put("title", "Grant " + a.reference + " under the probation services dynamic framework");
        pkg.put("issued", clock.instant().toString());
        pkg.put("license", OGL);
        pkg.putObject("publisher").put("name", config.publication().publisherName())
                .put("prefix", config.publication().grantPrefix() + "-");
        return pkg;
    }

    private ObjectNode grant(Agreement a) {
        ObjectNode g = mapper.createObjectNode();
        g.put("id", config.publication().grantPrefix() + "-" + a.reference);
        g.put("title", a.title);
        g.put("description", a.description != null ? a.description
                : "Grant for " + String.join(", ", a.categories) + " services under the probation services dynamic framework");
        g.put("currency", "GBP");
        g.put("amountAwarded", a.value);
        g.put("awardDate", (a.awardedAt != null ? a.awardedAt : a.createdAt).atOffset(ZoneOffset.UTC).toLocalDate().toString());
        g.putArray("plannedDates").addObject().put("startDate", a.startDate.toString()).put("endDate", a.endDate.toString());
        ObjectNode recipient = g.putArray("recipientOrganization").addObject();
        recipient.put("id", organisationId(a));
        recipient.put("name", a.leadProviderName);
        a.leadProviderIdentifiers.stream().filter(i -> i.startsWith("GB-CHC-")).findFirst()
                .ifPresent(i -> recipient.put("charityNumber", i.substring("GB-CHC-".length())));
        a.leadProviderIdentifiers.stream().filter(i -> i.startsWith("GB-COH-")).findFirst()
                .ifPresent(i -> recipient.put("companyNumber", i.substring("GB-COH-".length())));
        ArrayNode funders = g.putArray("fundingOrganization");
        for (BodyShare b : a.commissioningBodies.stream().filter(BodyShare::counts).toList()) {
            funders.addObject().put("id", "GB-DF-BODY-" + b.bodyId()).put("name", b.name());
        }
        ArrayNode locations = g.putArray("beneficiaryLocation");
        for (String area : a.areas) {
            var pfa = codes.area(area);
            locations.addObject().put("name", pfa == null ? area : pfa.name()).put("countryCode", "GB")
                    .put("geoCode", area).put("geoCodeType", "PFA");
        }
        ArrayNode classifications = g.putArray("classifications");
        for (String c : a.categories) {
            var category = codes.category(c);
            classifications.addObject().put("vocabulary", "GB-DF-CATEGORY").put("code", c)
                    .put("title", category == null ? c : category.name());
        }
        g.putArray("grantProgramme").addObject().put("code", "DF-PROBATION").put("title", "Probation services dynamic framework");
        g.put("dateModified", lastModified(a).toString());
        g.put("dataSource", config.publication().baseUri() + "/v1/agreements/" + a.id + "/360giving");
        return g;
    }

    // ---- OCDS ----

    public ObjectNode contractReleasePackage(Agreement a, boolean valueShown) {
        if (a.kind != AgreementKind.CONTRACT) {
            throw ApiException.notFound("Contract", a.id);
        }
        ObjectNode pkg = mapper.createObjectNode();
        pkg.put("uri", config.publication().baseUri() + "/v1/agreements/" + a.id + "/ocds");
        pkg.put("version", "1.1");
        pkg.put("publishedDate", clock.instant().toString());
        pkg.putObject("publisher").put("name", config.publication().publisherName());
        pkg.put("license", OGL);
        pkg.putArray("releases").add(release(a, valueShown));
        return pkg;
    }

    private ObjectNode release(Agreement a, boolean valueShown) {
        List<PerformanceReturn> returns = PerformanceReturn.list("agreementId = ?1 and latest = true order by quarter", a.id);
        List<AgreementChange> amendments = AgreementChange.list("agreementId = ?1 and kind in ?2 order by decidedAt",
                a.id, List.of(AgreementChange.Kind.VARIED, AgreementChange.Kind.EXTENDED));
        String ocid = a.ocid != null ? a.ocid : config.publication().ocdsPrefix() + "-" + a.reference;
        ObjectNode r = mapper.createObjectNode();
        r.put("ocid", ocid);
        r.put("id", ocid + "-contract-" + a.id + "-" + a.version);
        r.put("date", lastModified(a).toString());
        ArrayNode tag = r.putArray("tag").add("contract");
        if (!amendments.isEmpty()) {
            tag.add("contractAmendment");
        }
        if (a.status != AgreementStatus.MOBILISING) {
            tag.add("implementation");
        }
        if (a.status == AgreementStatus.TERMINATED || a.status == AgreementStatus.EXPIRED) {
            tag.add("contractTermination");
        }
        r.put("initiationType", "tender");
        r.put("language", "en");

        ArrayNode parties = r.putArray("parties");
        for (BodyShare b : a.commissioningBodies.stream().filter(BodyShare::counts).toList()) {
            ObjectNode party = parties.addObject();
            party.put("id", "GB-DF-BODY-" + b.bodyId());
            party.put("name", b.name());
            party.putObject("identifier").put("scheme", "GB-DF-BODY").put("id", b.bodyId()).put("legalName", b.name());
            ArrayNode roles = party.putArray("roles");
            if (b.bodyId().equals(a.owningBodyId)) {
                roles.add("buyer").add("procuringEntity");
            }
            roles.add("funder");
        }
        ObjectNode supplier = parties.addObject();
        supplier.put("id", organisationId(a));
        supplier.put("name", a.leadProviderName);
        a.leadProviderIdentifiers.stream().findFirst().ifPresent(i -> {
            int dash = i.indexOf('-', 3);
            if (dash > 0) {
                supplier.putObject("identifier").put("scheme", i.substring(0, dash)).put("id", i.substring(dash + 1))
                        .put("legalName", a.leadProviderName);
            }
        });
        supplier.putArray("roles").add("supplier");
        BodyShare owner = a.commissioningBodies.stream().filter(b -> b.bodyId().equals(a.owningBodyId)).findFirst()
                .orElse(a.commissioningBodies.get(0));
        r.putObject("buyer").put("id", "GB-DF-BODY-" + owner.bodyId()).put("name", owner.name());

        String awardId = a.awardId != null ? a.awardId.toString() : a.reference + "-award";
        ObjectNode award = r.putArray("awards").addObject();
        award.put("id", awardId);
        award.put("title", a.title);
        award.put("status", "active");
        if (a.awardedAt != null) {
            award.put("date", a.awardedAt.toString());
        }
        award.putArray("suppliers").addObject().put("id", organisationId(a)).put("name", a.leadProviderName);

        ObjectNode contract = r.putArray("contracts").addObject();
        contract.put("id", a.id.toString());
        contract.put("awardID", awardId);
        contract.put("title", a.title);
        if (a.description != null) {
            contract.put("description", a.description);
        }
        contract.put("status", switch (a.status) {
            case MOBILISING -> "pending";
            case LIVE, SUSPENDED -> "active";
            case EXPIRED, TERMINATED -> "terminated";
        });
        contract.putObject("period").put("startDate", start(a.startDate)).put("endDate", end(a.endDate));
        if (valueShown) {
            contract.putObject("value").put("amount", a.value).put("currency", "GBP");
        }
        ArrayNode items = contract.putArray("items");
        for (int i = 0; i < a.categories.size(); i++) {
            ObjectNode item = items.addObject();
            item.put("id", String.valueOf(i + 1));
            var category = codes.category(a.categories.get(i));
            item.put("description", category == null ? a.categories.get(i) : category.name());
            item.putObject("classification").put("scheme", "GB-DF-CATEGORY").put("id", a.categories.get(i));
            ArrayNode addresses = item.putArray("deliveryAddresses");
            a.areas.forEach(x -> addresses.addObject().put("region", x).put("countryName", x.startsWith("W") ? "Wales" : "England"));
        }
        if (!amendments.isEmpty()) {
            ArrayNode amendmentNodes = contract.putArray("amendments");
            for (AgreementChange c : amendments) {
                amendmentNodes.addObject().put("id", c.id.toString()).put("date", c.decidedAt.toString())
                        .put("rationale", c.rationale)
                        .put("description", c.kind == AgreementChange.Kind.EXTENDED ? "Extension to " + c.termsAfter.endDate()
                                : "Variation effective " + c.effectiveDate);
            }
        }
        if (a.status != AgreementStatus.MOBILISING) {
            ObjectNode implementation = contract.putObject("implementation");
            ArrayNode milestones = implementation.putArray("milestones");
            for (PerformanceReturn p : returns) {
                milestones.addObject().put("id", "performance-" + p.quarter)
                        .put("title", "Performance return " + p.quarter)
                        .put("type", "reporting")
                        .put("description", p.referrals + " referrals, " + p.starts + " starts, " + p.completions + " completions")
                        .put("status", "met")
                        .put("dateMet", p.filedAt.toString());
            }
        }
        // the agreement's audit trail (open documentType codelist: no code fits, so auditTrail, as competition-service)
        contract.putArray("documents").addObject().put("id", "audit-trail").put("documentType", "auditTrail")
                .put("title", "Audit trail: every state change, variation, decision, consent and call-off order")
                .put("description", "Readable by auditors and the framework team (authentication required).")
                .put("url", config.publication().baseUri() + "/v1/agreements/" + a.id + "/audit-trail")
                .put("format", "application/json").put("language", "en");
        if (a.competitionId != null) {
            r.putArray("relatedProcesses").addObject().put("id", "competition").put("scheme", "ocid")
                    .put("identifier", a.ocid).put("title", "The mini-competition this contract was awarded in")
                    .putArray("relationship").add("parent");
        }
        return r;
    }

    private static String organisationId(Agreement a) {
        return a.leadProviderIdentifiers.stream().findFirst().orElse("GB-DF-ORG-" + a.leadProviderId);
    }

    private Instant lastModified(Agreement a) {
        return Stream.of(a.createdAt, a.activatedAt, a.suspendedAt, a.reinstatedAt, a.endedAt).filter(Objects::nonNull)
                .max(Instant::compareTo).orElse(a.createdAt);
    }

    private static String start(LocalDate d) {
        return d.atStartOfDay().toInstant(ZoneOffset.UTC).toString();
    }

    private static String end(LocalDate d) {
        return d.atTime(23, 59, 59).toInstant(ZoneOffset.UTC).toString();
    }

    static boolean valueShown(Agreement a, boolean full) {
        return full || !a.isConfidential(ConfidentialField.VALUE);
    }
}
