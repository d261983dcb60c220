package uk.gov.dynamicframework.contract.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.quarkus.arc.Arc;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import uk.gov.dynamicframework.contract.agreement.LifecycleJob;
import uk.gov.dynamicframework.devtools.TestClock;
import uk.gov.dynamicframework.devtools.TestEvents;
import uk.gov.dynamicframework.devtools.TestTokens;

/**
 * Readable setup for contract tests: awards sent as competition-service publishes them on {@code df.competitions.v1},
 * agreements recorded through the API, live agreements with a rate card, dates built from {@link TestClock}.
 */
public final class Fixtures {

    public static final String ADMIN = TestTokens.bearer("framework-admin");
    public static final String AUDITOR = TestTokens.bearer("auditor");
    public static final String COMPETITIONS = "df.competitions.v1";
    public static final String SUPPLY_CHAINS = "df.supply-chains.v1";
    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.currentTimeMillis() % 100_000));

    private Fixtures() {
    }

    public static String body(String prefix) {
        return prefix + "-" + Integer.toString(NEXT.incrementAndGet(), 36).toUpperCase();
    }

    public static String commissioner(String body) {
        return TestTokens.commissioner(body);
    }

    public static String provider(UUID organisationId) {
        return TestTokens.provider(organisationId.toString());
    }

    public static Map<String, Object> money(String amount) {
        return Map.of("amount", new BigDecimal(amount), "currency", "GBP");
    }

    /** Moves the test clock forward to just after the start of {@code day} (UTC). */
    public static void advanceTo(LocalDate day) {
        Duration by = Duration.between(TestClock.now(), day.atStartOfDay().toInstant(java.time.ZoneOffset.UTC)).plusMinutes(1);
        if (!by.isNegative()) {
            TestClock.advance(by);
        }
    }

    /** Runs the lifecycle job as the scheduler would. */
    public static LifecycleJob.Run runLifecycle() {
        return Arc.container().instance(LifecycleJob.class).get().run();
    }

    /** Matches a JSON number equal to {@code expected}, whatever type REST Assured parsed it as. */
    public static org.hamcrest.Matcher<Object> amount(String expected) {
        return new org.hamcrest.TypeSafeMatcher<>(Object.class) {
            @Override
            protected boolean matchesSafely(Object actual) {
                return actual instanceof Number && new BigDecimal(actual.toString()).compareTo(new BigDecimal(expected)) == 0;
            }

            @Override
            public void describeTo(org.hamcrest.Description d) {
                d.appendText("a number equal to " + expected);
            }
        };
    }

    /** What a test needs of an agreement it made. */
    public record Created(String id, String reference, UUID leadProvider, String owner, String coCommissioner) {

        public String path() {
            return "/v1/agreements/" + id;
        }

        public String leadToken() {
            return provider(leadProvider);
        }

        public String ownerToken() {
            return commissioner(owner);
        }

        public String etag() {
            return given().header("Authorization", ADMIN).get(path()).then().statusCode(200).extract().header("ETag");
        }

        public Response read(String token) {
            return given().header("Authorization", token).get(path());
        }
    }

    // ---- agreements recorded by the framework team ----

    public static AgreementBuilder agreement() {
        return new AgreementBuilder();
    }

    public static final class AgreementBuilder {
        private String kind = "CONTRACT";
        private final String owner = body("NE-RPD");
        private final String co = body("PCC-NB");
        private final UUID lead = UUID.randomUUID();
        private String value = "100000.00";
        private LocalDate start = TestClock.today().plusDays(30);
        private LocalDate end = TestClock.today().plusYears(3);
        private String category = "ACCOMMODATION";
        private String region = "NE";
        private List<String> areas = null;
        private boolean published = true;
        private List<String> confidential = List.of();
        private boolean coAccepts = true;

        /** The co-commissioner named in the request is left invited (by default its commissioner accepts). */
        public AgreementBuilder coCommissionerNotAccepted() {
            coAccepts = false;
            return this;
        }

        public AgreementBuilder grant() {
            kind = "GRANT";
            return this;
        }

        public AgreementBuilder value(String amount) {
            value = amount;
            return this;
        }

        public AgreementBuilder running(LocalDate from, LocalDate to) {
            start = from;
            end = to;
            return this;
        }

        public AgreementBuilder category(String code) {
            category = code;
            return this;
        }

        public AgreementBuilder in(String regionCode, String... areaCodes) {
            region = regionCode;
            areas = areaCodes.length == 0 ? null : List.of(areaCodes);
            return this;
        }

        public AgreementBuilder unpublished() {
            published = false;
            return this;
        }

        public AgreementBuilder confidential(String... fields) {
            confidential = List.of(fields);
            return this;
        }

        public Map<String, Object> request() {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("kind", kind);
            r.put("title", "Accommodation services " + owner);
            r.put("leadProvider", Map.of("organisationId", lead, "name", "Lead provider " + owner,
                    "legalIdentifiers", List.of("GB-CHC-" + (1_000_000 + NEXT.incrementAndGet()))));
            r.put("commissioningBodies", List.of(
                    Map.of("bodyId", owner, "name", "Regional Probation Director " + owner, "role", "OWNER", "share", money(value)),
                    Map.of("bodyId", co, "name", "Police and Crime Commissioner " + co, "role", "CO_COMMISSIONER")));
            r.put("categories", List.of(category));
            r.put("regionCode", region);
            if (areas != null) {
                r.put("areas", areas);
            }
            r.put("value", money(value));
            r.put("startDate", start.toString());
            r.put("endDate", end.toString());
            r.put("eligiblePopulation", List.of("WOMEN", "AGED_18_TO_25"));
            r.put("complexityLevels", List.of("LOW", "MEDIUM", "HIGH"));
            r.put("proposedSupplyChain", List.of(Map.of("organisationId", UUID.randomUUID(), "name", "Partner of " + owner,
                    "sharePercent", 20)));
            r.put("published", published);
            r.put("confidentialFields", confidential);
            r.put("contacts", List.of(Map.of("name", "Contract manager " + owner, "email", "cm@example.gov.uk")));
            return r;
        }

        public Created record() {
            String id = given().contentType(ContentType.JSON).header("Authorization", ADMIN).body(request())
                    .post("/v1/agreements").then().statusCode(201).extract().path("id");
            String reference = given().header("Authorization", ADMIN).get("/v1/agreements/" + id).then().extract().path("reference");
            if (coAccepts) {
                given().header("Authorization", commissioner(co)).post("/v1/agreements/" + id + "/co-commissioners/" + co + "/acceptance")
                        .then().statusCode(200);
            }
            return new Created(id, reference, lead, owner, co);
        }

        /** Recorded with its start date today, moved to live by the lifecycle job. */
        public Created live() {
            start = TestClock.today();
            Created c = record();
            runLifecycle();
            given().header("Authorization", ADMIN).get(c.path()).then().statusCode(200)
                    .body("status", org.hamcrest.Matchers.equalTo("LIVE"));
            return c;
        }
    }

    /** A published live agreement (a contract for ACCOMMODATION in the North East worth 100,000.00). */
    public static Created live() {
        return agreement().live();
    }

    /** A live agreement with a rate card of one item at {@code unitPrice} per session; returns the item id. */
    public static String rateCard(Created c, String unitPrice) {
        return given().contentType(ContentType.JSON).header("Authorization", c.leadToken())
                .body(Map.of("items", List.of(Map.of("category", "ACCOMMODATION", "description", "Support session",
                        "unit", "SESSION", "unitPrice", money(unitPrice), "complexity", "MEDIUM"))))
                .put(c.path() + "/rate-card").then().statusCode(200).extract().path("items[0].itemId");
    }

    public static Map<String, Object> order(String itemId, int quantity) {
        return Map.of("purchaseReference", "PO-" + NEXT.incrementAndGet(), "lines", List.of(Map.of("itemId", itemId, "quantity", quantity)));
    }

    // ---- awards, as competition-service publishes them ----

    public static AwardBuilder award() {
        return new AwardBuilder();
    }

    public static final class AwardBuilder {
        public final UUID awardId = UUID.randomUUID();
        public UUID competitionId = UUID.randomUUID();
        public final UUID winner = UUID.randomUUID();
        public final UUID partner = UUID.randomUUID();
        public final String owner = body("WA-RPD");
        public final String co = body("PCC-SW");
        private String funding = "GRANT";
        public final LocalDate start = TestClock.today().plusMonths(2);
        public final LocalDate end = start.plusYears(3).minusDays(1);
        public final String reference = "DF-COMP-2026-" + (10_000 + NEXT.incrementAndGet());

        /** Another lot of the same competition (its events share the partition, so they arrive in order). */
        public AwardBuilder sameCompetitionAs(AwardBuilder other) {
            competitionId = other.competitionId;
            return this;
        }

        public AwardBuilder contract() {
            funding = "CONTRACT";
            return this;
        }

        public String ocid() {
            return "ocds-dfprob-" + reference;
        }

        /** The award's data as JSON, with a member this service does not know (it must be ignored). */
        public String data() {
            return """
                    {"awardId":"%s","competitionId":"%s","reference":"%s","ocid":"%s","title":"Women's services in Wales",
                     "lot":{"lotId":"%s","number":1,"title":"South Wales","category":"WOMEN","regionCode":null,
                            "areas":["W15000003","W15000002"],"maxValue":{"amount":500000.00,"currency":"GBP"}},
                     "winner":{"organisationId":"%s","name":"Women Connect Cymru","legalIdentifiers":["GB-CHC-1170001"],"bidId":"%s"},
                     "value":{"amount":450000.00,"currency":"GBP"},"fundingMechanism":"%s",
                     "contractStart":"%s","contractEnd":"%s","decidedAt":"2026-01-01T10:00:00Z",
                     "standstillEndedAt":"2026-01-11T10:00:00Z","awardedAt":"2026-01-11T10:00:00Z",
                     "supplyChainPartners":[{"organisationId":"%s","name":"Valleys Recovery","legalIdentifiers":["GB-COH-09876543"],"share":25.00}],
                     "commissioningBodies":[
                       {"code":"%s","name":"Wales Regional Probation Director","kind":"REGIONAL_PROBATION_DIRECTOR","role":"OWNER",
                        "budget":{"amount":300000.00,"currency":"GBP"}},
                       {"code":"%s","name":"South Wales PCC","kind":"POLICE_AND_CRIME_COMMISSIONER","role":"CO_COMMISSIONER",
                        "budget":{"amount":150000.00,"currency":"GBP"}}],
                     "contractType":"WOS","eligiblePopulation":["WOMEN","AGED_18_TO_25"],"complexityLevels":["MEDIUM","HIGH"],
                     "version":4,"somethingNew":{"added":"later"}}""".formatted(awardId, competitionId, reference, ocid(),
                    UUID.randomUUID(), winner, UUID.randomUUID(), funding, start, end, partner, owner, co);
        }

        /** Sends the award event with a new event id; returns that id. */
        public String send() {
            return send(TestEvents.newId());
        }

        public String send(String eventId) {
            TestEvents.send(COMPETITIONS, competitionId.toString(),
                    TestEvents.cloudEvent(eventId, "df.competition.awarded", competitionId.toString(), data()));
            return eventId;
        }

        /** The agreements made for the winner so far (as the framework team sees them). */
        public List<Map<String, Object>> agreements() {
            return given().header("Authorization", ADMIN).queryParam("leadProviderId", winner).get("/v1/agreements")
                    .then().statusCode(200).extract().path("items");
        }

        /** Waits until the award has become an agreement and returns it. */
        public Created awaitAgreement() {
            List<Map<String, Object>> found = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                found.clear();
                found.addAll(agreements());
                return !found.isEmpty();
            });
            Map<String, Object> a = found.get(0);
            return new Created((String) a.get("id"), (String) a.get("reference"), winner, owner, co);
        }
    }

    /** A subcontract event as supply-chain-service publishes it. */
    public static void subcontract(String type, UUID subcontractId, String agreementId, UUID leadProvider, UUID organisation,
            String status, long version) {
        String data = """
                {"subcontractId":"%s","agreementId":"%s","leadProviderId":"%s","organisationId":"%s","status":"%s",
                 "categories":["ACCOMMODATION"],"areas":["E23000007"],"share":{"amount":1000.00,"currency":"GBP"},
                 "startDate":"2026-01-01","endDate":"2027-01-01","version":%d}""".formatted(subcontractId, agreementId,
                leadProvider, organisation, status, version);
        TestEvents.send(SUPPLY_CHAINS, agreementId, TestEvents.cloudEvent(TestEvents.newId(), type, agreementId, data));
    }
}
