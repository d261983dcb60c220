package uk.gov.dynamicframework.supplychain.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import uk.gov.dynamicframework.devtools.TestClock;
import uk.gov.dynamicframework.devtools.TestEvents;
import uk.gov.dynamicframework.devtools.TestTokens;

/**
 * Test set-up in the words of the domain: organisations registered and agreements created as the registry and the
 * contract service publish them (real events on the real broker), subcontracts through the HTTP API.
 */
public final class Fixtures {

    public static final String ADMIN = TestTokens.bearer("framework-admin");
    public static final String AUDITOR = TestTokens.bearer("auditor");
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Map<String, String> CREATED_RECORDS = new java.util.concurrent.ConcurrentHashMap<>();

    private Fixtures() {
    }

    public static Money money(String amount) {
        return new Money(amount, "GBP");
    }

    public record Money(String amount, String currency) {
    }

    // ---- organisations (df.organisations.v1) ----

    public static OrganisationBuilder organisation(String name) {
        return new OrganisationBuilder(name);
    }

    public static final class OrganisationBuilder {
        private final String name;
        private String sector = "VOLUNTARY_AND_COMMUNITY";
        private String incomeBand = "FROM_100K_TO_1M";
        private final List<String> characteristics = new ArrayList<>();

        OrganisationBuilder(String name) {
            this.name = name + " " + UUID.randomUUID().toString().substring(0, 6);
        }

        public OrganisationBuilder sector(String s) {
            sector = s;
            return this;
        }

        public OrganisationBuilder privateSector() {
            return sector("PRIVATE");
        }

        public OrganisationBuilder income(String band) {
            incomeBand = band;
            return this;
        }

        public OrganisationBuilder with(String characteristic) {
            characteristics.add(characteristic);
            return this;
        }

        /** Registered (and qualified) in the registry; returns once this service knows it. */
        public Org register() {
            Org org = new Org(UUID.randomUUID().toString(), name, sector, incomeBand, List.copyOf(characteristics));
            org.publish("df.organisation.registered", 0);
            await().atMost(WAIT).until(() -> given().header("Authorization", ADMIN)
                    .get("/v1/supply-chain-organisations/" + org.id()).statusCode() == 200);
            return org;
        }
    }

    public record Org(String id, String name, String sector, String incomeBand, List<String> characteristics) {

        public String token() {
            return TestTokens.provider(id);
        }

        /** The registry publishing the organisation's snapshot with another income band, as version {@code version}. */
        public Org withIncomeBand(String band, long version) {
            Org changed = new Org(id, name, sector, band, characteristics);
            changed.publish("df.organisation.updated", version);
            return changed;
        }

        /** The registry publishing the organisation's snapshot in another sector, as version {@code version}. */
        public Org withSector(String newSector, long version) {
            Org changed = new Org(id, name, newSector, incomeBand, characteristics);
            changed.publish("df.organisation.updated", version);
            return changed;
        }

        void publish(String type, long version) {
            String chars = characteristics.stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(","));
            TestEvents.send("df.organisations.v1", id, TestEvents.cloudEvent(TestEvents.newId(), type, id, """
                    {"organisationId":"%s","name":"%s","legalIdentifiers":["GB-CHC-%s"],"sector":"%s","incomeBand":"%s",
                     "characteristics":[%s],"town":"Cardiff","postcode":"CF10 5AA","frameworkStatus":"QUALIFIED","version":%d}"""
                    .formatted(id, name, id.substring(0, 7), sector, incomeBand, chars, version)));
        }
    }

    // ---- agreements (df.agreements.v1) ----

    public static AgreementBuilder agreement(Org lead) {
        return new AgreementBuilder(lead);
    }

    public static final class AgreementBuilder {
        private final Org lead;
        private final String id = UUID.randomUUID().toString();
        private String body = "BODY-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        private String contractType = "ACC";
        private List<String> categories = List.of("ACCOMMODATION");
        private String regionCode;
        private List<String> areas = List.of("E23000007");
        private String value = "1000000.00";
        private LocalDate start = TestClock.today().minusMonths(6);
        private LocalDate end = TestClock.today().plusYears(2);
        private final Map<Org, String> partners = new LinkedHashMap<>();

        AgreementBuilder(Org lead) {
            this.lead = lead;
        }

        public AgreementBuilder body(String b) {
            body = b;
            return this;
        }

        public AgreementBuilder contractType(String type, String... cats) {
            contractType = type;
            categories = List.of(cats);
            return this;
        }

        public AgreementBuilder region(String region) {
            regionCode = region;
            areas = List.of();
            return this;
        }

        public AgreementBuilder areas(String... gss) {
            areas = List.of(gss);
            return this;
        }

        public AgreementBuilder value(String v) {
            value = v;
            return this;
        }

        public AgreementBuilder dates(LocalDate s, LocalDate e) {
            start = s;
            end = e;
            return this;
        }

        /** A partner proposed in the bid, with a share (or null). */
        public AgreementBuilder proposing(Org partner, String share) {
            partners.put(partner, share);
            return this;
        }

        public Agreement create() {
            Agreement a = new Agreement(id, lead, body, contractType, categories, regionCode, areas, value, start, end, partners);
            a.publish("df.agreement.created", 0);
            await().atMost(WAIT).until(() -> given().get("/v1/supply-chains/" + id).statusCode() == 200);
            return a;
        }
    }

    public record Agreement(String id, Org lead, String body, String contractType, List<String> categories,
            String regionCode, List<String> areas, String value, LocalDate start, LocalDate end, Map<Org, String> partners) {

        public String commissioner() {
            return TestTokens.commissioner(body);
        }

        /** The contract service publishing a variation of the value, as version {@code version}. */
        public Agreement varied(String newValue, long version) {
            Agreement varied = new Agreement(id, lead, body, contractType, categories, regionCode, areas, newValue, start,
                    end, partners);
            varied.publish("df.agreement.varied", version);
            return varied;
        }

        /** The contract service publishing a variation of the areas, effective today, as version {@code version}. */
        public Agreement movedTo(long version, String... gss) {
            Agreement moved = new Agreement(id, lead, body, contractType, categories, regionCode, List.of(gss), value, start,
                    end, partners);
            moved.publish("df.agreement.varied", version, "LIVE", TestClock.today());
            return moved;
        }

        /** The contract service publishing the agreement's termination, effective from {@code from}, as version {@code version}. */
        public void terminated(LocalDate from, long version) {
            publish("df.agreement.terminated", version, "TERMINATED", from);
        }

        /** The very same created event (same event id) delivered again, as a broker may after a rebalance. */
        public void redeliverCreated() {
            TestEvents.send("df.agreements.v1", id, CREATED_RECORDS.get(id));
        }

        void publish(String type, long version) {
            publish(type, version, "LIVE", null);
        }

        void publish(String type, long version, String status, LocalDate effectiveDate) {
            String partnerJson = partners.entrySet().stream().map(p -> """
                    {"organisationId":"%s","name":"%s","share":%s}""".formatted(p.getKey().id(), p.getKey().name(),
                    p.getValue() == null ? "null" : "{\"amount\":" + p.getValue() + ",\"currency\":\"GBP\"}"))
                    .collect(Collectors.joining(","));
            String json = """
                    {"agreementId":"%s","reference":"DF-AGR-2026-%s","ocid":null,"kind":"GRANT","status":"%s",
                     "leadProvider":{"organisationId":"%s","name":"%s"},
                     "commissioningBodies":[{"bodyId":"%s","name":"Body","share":{"amount":%s,"currency":"GBP"}}],
                     "owningBodyId":"%s","contractType":"%s","categories":[%s],"regionCode":%s,"areas":[%s],
                     "value":{"amount":%s,"currency":"GBP"},"startDate":"%s","endDate":"%s",
                     "proposedSupplyChain":[%s],%s"version":%d,"somethingNew":"ignored"}"""
                    .formatted(id, id.substring(0, 5), status, lead.id(), lead.name(), body, value, body, contractType,
                            quoted(categories), regionCode == null ? "null" : "\"" + regionCode + "\"", quoted(areas),
                            value, start, end, partnerJson,
                            effectiveDate == null ? "" : "\"effectiveDate\":\"" + effectiveDate + "\",", version);
            String record = TestEvents.cloudEvent(TestEvents.newId(), type, id, json);
            if (type.equals("df.agreement.created")) {
                CREATED_RECORDS.put(id, record);
            }
            TestEvents.send("df.agreements.v1", id, record);
        }
    }

    private static String quoted(List<String> values) {
        return values.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(","));
    }

    // ---- subcontracts (HTTP) ----

    public static Map<String, Object> subcontract(Org org, String share, LocalDate start, LocalDate end, List<String> categories,
            List<String> areas) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("organisationId", org.id());
        body.put("categories", categories);
        body.put("areas", areas);
        body.put("share", money(share));
        body.put("startDate", start.toString());
        body.put("endDate", end.toString());
        body.put("reason", "Local partner");
        return body;
    }

    public static Map<String, Object> subcontract(Agreement a, Org org, String share) {
        return subcontract(org, share, a.start(), a.end(), a.categories(), a.areas().isEmpty() ? List.of(a.regionCode()) : a.areas());
    }

    /** Proposed by the lead provider: the new subcontract's id. */
    public static String propose(Agreement a, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).header("Authorization", a.lead().token()).body(body)
                .post("/v1/supply-chains/" + a.id() + "/subcontracts").then().statusCode(201).extract().path("subcontractId");
    }

    /** Confirmed by the lead provider. */
    public static JsonPath confirm(Agreement a, String subcontractId) {
        String etag = given().get("/v1/supply-chains/" + a.id() + "/subcontracts/" + subcontractId).then().statusCode(200)
                .extract().header("ETag");
        return given().contentType(ContentType.JSON).header("Authorization", a.lead().token()).header("If-Match", etag)
                .body(Map.of("reason", "Signed")).post("/v1/supply-chains/" + a.id() + "/subcontracts/" + subcontractId + "/confirmation")
                .then().statusCode(200).extract().jsonPath();
    }

    /** Proposed and confirmed by the lead provider: the subcontract's id. */
    public static String subcontracted(Agreement a, Map<String, Object> body) {
        String id = propose(a, body);
        confirm(a, id);
        return id;
    }

    public static JsonPath figures(String path) {
        String body = given().get("/v1/diversity/" + path).then().statusCode(200).extract().asString();
        return new JsonPath(body).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }
}
