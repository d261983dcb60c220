package uk.gov.dynamicframework.competition.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import uk.gov.dynamicframework.devtools.LocalTokens;
import uk.gov.dynamicframework.devtools.TestClock;
import uk.gov.dynamicframework.devtools.TestEvents;
import uk.gov.dynamicframework.devtools.TestTokens;

/**
 * Readable setup for competition tests: commissioning bodies through the API, providers and their offers fed as the
 * registry would publish them on {@code df.organisations.v1}, competitions and bids through the API.
 */
public final class Fixtures {

    public static final String ADMIN = TestTokens.bearer("framework-admin");
    public static final String AUDITOR = TestTokens.bearer("auditor");
    private static final String TOPIC = "df.organisations.v1";
    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.currentTimeMillis() % 100_000));

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

    private Fixtures() {
    }

    /** The contract type a lot of each category is let under in fixtures (Women's Services for any other). */
    public static final Map<String, String> CONTRACT_TYPES = Map.of("ACCOMMODATION", "ACC",
            "EDUCATION_TRAINING_EMPLOYMENT", "ETE", "FINANCE_BENEFITS_DEBT", "FBD", "DEPENDENCY_RECOVERY", "DNR",
            "EMOTIONAL_WELLBEING", "PWB", "SOCIAL_INCLUSION", "PWB", "LIFESTYLE_ASSOCIATES", "PWB");

    /** Police force areas of the South West probation region. */
    public static final List<String> SOUTH_WEST = List.of("E23000035", "E23000036", "E23000037", "E23000038", "E23000039");

    public static int next() {
        return NEXT.incrementAndGet();
    }

    /** Registers a commissioning body with a code no other test uses and returns its code. */
    public static String body(String prefix, String kind) {
        String code = prefix + "-" + Integer.toString(next(), 36).toUpperCase();
        given().contentType(ContentType.JSON).header("Authorization", ADMIN)
                .body(Map.of("code", code, "name", prefix + " commissioning body", "kind", kind))
                .post("/v1/commissioning-bodies").then().statusCode(201);
        return code;
    }

    public static String commissioner(String body) {
        return TestTokens.commissioner(body);
    }

    /** The token of the evaluator {@link #evaluatorSubject(String)}; competitions name it by default (see create()). */
    public static String evaluator(String body) {
        return TestTokens.bearer("evaluator", null, body);
    }

    /** The subject of {@link #evaluator(String)}'s token: what the owner names when assigning it. */
    public static String evaluatorSubject(String body) {
        return "evaluator@" + body;
    }

    private static final LocalTokens TOKENS = new LocalTokens(
            java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "dynamic-framework-test-keys"));

    /** An evaluator token whose subject is {@code name} (so several evaluators of one body are told apart). */
    public static String namedEvaluator(String name) {
        return "Bearer " + TOKENS.ensureKeys().issue("evaluator", null, null, name);
    }

    // ---- providers, as the registry publishes them ----

    /** A provider fed to the service as the registry would; {@link ProviderBuilder#create()} waits until it is seen. */
    public static ProviderBuilder provider(String name) {
        return new ProviderBuilder(name);
    }

    /** A provider as the registry published it; {@code offerIds} in the order they were offered. */
    public record Provider(String id, String name, String identifier, List<String> offerIds) {
        public String token() {
            return TestTokens.provider(id);
        }

        /** The registry suspends the provider (a df.provider.suspended snapshot) and the service sees it. */
        public void suspend(String reason) {
            send("df.provider.suspended", id, snapshot(id, name, identifier, "SUSPENDED", 3, reason));
            await().atMost(Duration.ofSeconds(20)).until(() -> "SUSPENDED".equals(given().header("Authorization", ADMIN)
                    .get("/v1/bidders/" + id).then().extract().path("frameworkStatus")));
        }

        /** The registry withdraws one of the provider's offers and the service sees it withdrawn. */
        public void withdrawOffer(String offerId, String category, List<String> areas) {
            send("df.offer.withdrawn", id, offer(offerId, id, category, areas, TestClock.now()));
            await().atMost(Duration.ofSeconds(20)).until(() -> !given().header("Authorization", ADMIN)
                    .get("/v1/bidders/" + id).then().extract().<List<String>>path("offers.offerId").contains(offerId));
        }
    }

    public static final class ProviderBuilder {
        private final String name;
        private String status = "QUALIFIED";
        private final List<Map<String, Object>> offers = new ArrayList<>();

        ProviderBuilder(String name) {
            this.name = name + " " + Integer.toString(next(), 36);
        }

        public ProviderBuilder status(String status) {
            this.status = status;
            return this;
        }

        public ProviderBuilder offering(String category, String... areas) {
            offers.add(Map.of("category", category, "areas", List.of(areas)));
            return this;
        }

        @SuppressWarnings("unchecked")
        public Provider create() {
            String id = UUID.randomUUID().toString();
            String identifier = "GB-CHC-" + (1_000_000 + next());
            send("df.organisation.registered", id, snapshot(id, name, identifier, "NOT_APPLIED", 0, null));
            send("QUALIFIED".equals(status) ? "df.provider.qualified" : "df.organisation.updated", id,
                    snapshot(id, name, identifier, status, 2, null));
            List<String> offerIds = new ArrayList<>();
            for (Map<String, Object> o : offers) {
                String offerId = UUID.randomUUID().toString();
                offerIds.add(offerId);
                send("df.offer.published", id, offer(offerId, id, (String) o.get("category"), (List<String>) o.get("areas"), null));
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                var response = given().header("Authorization", ADMIN).get("/v1/bidders/" + id);
                return response.statusCode() == 200 && status.equals(response.path("frameworkStatus"))
                        && ((List<?>) response.path("offers")).size() == offers.size();
            });
            return new Provider(id, name, identifier, offerIds);
        }
    }

    static String snapshot(String id, String name, String identifier, String status, long version, String reason) {
        String decision = reason == null ? "null" : """
                {"reason":"%s","until":null,"decidedBy":"framework-admin","decidedAt":"%s"}""".formatted(reason, TestClock.now());
        return """
                {"organisationId":"%s","name":"%s","legalIdentifiers":["%s"],"legalForm":"CHARITABLE_INCORPORATED_ORGANISATION",
                 "sector":"VOLUNTARY_AND_COMMUNITY","incomeBand":"UNDER_100K","characteristics":[],"town":"Truro",
                 "postcode":"TR1 2LS","frameworkStatus":"%s","version":%d,"decision":%s}"""
                .formatted(id, name, identifier, status, version, decision);
    }

    static String offer(String offerId, String orgId, String category, List<String> areas, Instant withdrawnAt) {
        String areaJson = String.join(",", areas.stream().map(a -> "\"" + a + "\"").toList());
        return """
                {"offerId":"%s","organisationId":"%s","category":"%s","areas":[%s],"regions":[],"cohorts":["WOMEN"],
                 "publishedAt":"%s"%s}""".formatted(offerId, orgId, category, areaJson, TestClock.now(),
                withdrawnAt == null ? "" : ",\"withdrawnAt\":\"" + withdrawnAt + "\"");
    }

    static void send(String type, String key, String data) {
        TestEvents.send(TOPIC, key, TestEvents.cloudEvent(TestEvents.newId(), type, key, data));
    }

    // ---- competitions ----

    public static CompetitionBuilder competition(String ownerBody) {
        return new CompetitionBuilder(ownerBody);
    }

    public static Map<String, Object> money(String amount) {
        return Map.of("amount", new BigDecimal(amount), "currency", "GBP");
    }

    public static List<Map<String, Object>> standardCriteria() {
        return List.of(
                Map.of("code", "Q1", "kind", "QUALITY", "weight", 60, "question", "How will you deliver the service?"),
                Map.of("code", "P", "kind", "PRICE", "weight", 30),
                Map.of("code", "SV", "kind", "SOCIAL_VALUE", "weight", 10, "question", "What social value will you add?"));
    }

    public static final class CompetitionBuilder {
        private final String owner;
        private String ownerBudget = "500000.00";
        private final List<Map<String, Object>> co = new ArrayList<>();
        private final List<Map<String, Object>> lots = new ArrayList<>();
        private List<Map<String, Object>> criteria = standardCriteria();
        private Duration deadlineIn = Duration.ofDays(14);
        private int standstillDays = 8; // working days: the framework's minimum
        private boolean acceptInvitations = true;
        private List<String> evaluators;

        CompetitionBuilder(String owner) {
            this.owner = owner;
        }

        public CompetitionBuilder ownerBudget(String amount) {
            ownerBudget = amount;
            return this;
        }

        public CompetitionBuilder coCommissioner(String body, String budget) {
            co.add(Map.of("bodyCode", body, "budget", money(budget)));
            return this;
        }

        public CompetitionBuilder lot(String category, String maxValue, String... areas) {
            lots.add(lot(category, maxValue, List.of(areas), null, null));
            return this;
        }

        public CompetitionBuilder regionLot(String category, String maxValue, String region, String mechanism) {
            lots.add(lot(category, maxValue, null, region, mechanism));
            return this;
        }

        public CompetitionBuilder criteria(List<Map<String, Object>> criteria) {
            this.criteria = criteria;
            return this;
        }

        /** Names these evaluators (token subjects) instead of the default: {@link #evaluatorSubject} of each body. */
        public CompetitionBuilder evaluators(String... subjects) {
            evaluators = List.of(subjects);
            return this;
        }

        /** Leaves the co-commissioners' invitations unanswered (by default each body's commissioner accepts). */
        public CompetitionBuilder invitationsPending() {
            acceptInvitations = false;
            return this;
        }

        /** Standstill in working days (default 8, the framework's minimum). */
        public CompetitionBuilder standstillDays(int days) {
            standstillDays = days;
            return this;
        }

        public CompetitionBuilder deadlineIn(Duration d) {
            deadlineIn = d;
            return this;
        }

        private Map<String, Object> lot(String category, String maxValue, List<String> areas, String region, String mechanism) {
            Map<String, Object> lot = new LinkedHashMap<>();
            lot.put("title", category + " lot " + (lots.size() + 1));
            lot.put("category", category);
            if (areas != null) {
                lot.put("areas", areas);
            }
            if (region != null) {
                lot.put("regionCode", region);
            }
            lot.put("maxValue", money(maxValue));
            if (mechanism != null) {
                lot.put("fundingMechanism", mechanism);
            }
            lot.put("contractStart", TestClock.today().plusMonths(6).toString());
            lot.put("contractEnd", TestClock.today().plusMonths(30).toString());
            lot.put("contractType", CONTRACT_TYPES.getOrDefault(category, "WOS"));
            lot.put("requirements", List.of("Experience with people on probation"));
            return lot;
        }

        public Map<String, Object> request() {
            Instant deadline = TestClock.now().plus(deadlineIn);
            Map<String, Object> body = new HashMap<>();
            body.put("title", "Competition " + next());
            body.put("description", "A test competition");
            body.put("ownerBudget", money(ownerBudget));
            body.put("coCommissioners", co);
            body.put("clarificationDeadline", deadline.minus(Duration.ofDays(5)).toString());
            body.put("submissionDeadline", deadline.toString());
            body.put("standstillDays", standstillDays);
            body.put("criteria", criteria);
            body.put("passFailRequirements", List.of(Map.of("code", "SAFEGUARDING", "description", "Safeguarding policy")));
            body.put("lots", lots);
            return body;
        }

        /** Creates the draft as the owner's commissioner; each co-commissioner accepts unless {@link #invitationsPending()}. */
        public Created create() {
            var response = given().contentType(ContentType.JSON).header("Authorization", commissioner(owner))
                    .body(request()).post("/v1/competitions").then().statusCode(201).extract();
            List<String> lotIds = response.path("lots.id");
            Created created = new Created(response.path("id"), lotIds, owner);
            if (acceptInvitations) {
                co.forEach(body -> created.accept((String) body.get("bodyCode")));
            }
            List<String> named = evaluators;
            if (named == null) {
                named = new ArrayList<>(List.of(evaluatorSubject(owner)));
                for (Map<String, Object> body : co) {
                    named.add(evaluatorSubject((String) body.get("bodyCode")));
                }
            }
            named.forEach(created::assignEvaluator);
            return created;
        }

        /**
         * Creates and publishes it (override given, so eligibility counts of other tests never matter); a deadline
         * sooner than the framework's 10 days is published with a timeline override and its reason.
         */
        public Created published() {
            Created c = create();
            Map<String, Object> publication = new HashMap<>(Map.of("overrideLowEligibility", true, "overrideReason", "test"));
            if (deadlineIn.compareTo(Duration.ofDays(10)) < 0) {
                publication.put("overrideShortTimeline", true);
                publication.put("timelineOverrideReason", "test: a deadline sooner than the minimum");
            }
            c.publish(publication);
            return c;
        }
    }

    public record Created(String id, List<String> lotIds, String owner) {
        public String lot(int number) {
            return lotIds.get(number - 1);
        }

        /** The owner's commissioner names an evaluator (a token subject). */
        public void assignEvaluator(String subject) {
            given().contentType(ContentType.JSON).header("Authorization", commissioner(owner))
                    .body(Map.of("evaluator", subject)).post("/v1/competitions/" + id + "/evaluators").then().statusCode(201);
        }

        /** After the deadline, the evaluator declares no conflict with any bidder, so it may read and score bids. */
        public void declareNoConflicts(String evaluatorToken) {
            String path = "/v1/competitions/" + id + "/conflict-declarations/mine";
            List<String> bidders = given().header("Authorization", evaluatorToken).get(path).then().statusCode(200)
                    .extract().path("bidders.organisationId");
            given().contentType(ContentType.JSON).header("Authorization", evaluatorToken)
                    .body(Map.of("declarations", bidders.stream().map(o -> Map.of("organisationId", o, "conflicted", false)).toList()))
                    .put(path).then().statusCode(200).body("complete", org.hamcrest.Matchers.equalTo(true));
        }

        /** The invited body's commissioner accepts its invitation to co-commission. */
        public void accept(String body) {
            given().contentType(ContentType.JSON).header("Authorization", commissioner(body))
                    .post("/v1/competitions/" + id + "/co-commissioners/" + body + "/acceptance").then().statusCode(200);
        }

        public void publish(Map<String, Object> request) {
            given().contentType(ContentType.JSON).header("Authorization", commissioner(owner)).body(request)
                    .post("/v1/competitions/" + id + "/publication").then().statusCode(200);
        }

        public String status() {
            return given().header("Authorization", ADMIN).get("/v1/competitions/" + id).then().extract().path("status");
        }
    }

    // ---- bids ----

    /** A bid request for the given lots (lot id, price), answering the standard questions. */
    public static Map<String, Object> bid(Map<String, String> lotPrices, List<Map<String, Object>> partners) {
        List<Map<String, Object>> lots = new ArrayList<>();
        lotPrices.forEach((lot, price) -> lots.add(Map.of("lotId", lot, "price", money(price))));
        Map<String, Object> body = new HashMap<>();
        body.put("lots", lots);
        body.put("answers", Map.of("Q1", "We deliver with local partners", "SV", "We employ people with lived experience"));
        body.put("supplyChainPartners", partners);
        return body;
    }

    public static Map<String, Object> bid(String lotId, String price) {
        return bid(Map.of(lotId, price), List.of());
    }

    /** Submits a bid as the provider and returns the bid id. */
    public static String submit(String competitionId, Provider provider, Map<String, Object> bid) {
        return given().contentType(ContentType.JSON).header("Authorization", provider.token()).body(bid)
                .post("/v1/competitions/" + competitionId + "/bids").then().statusCode(201).extract().path("bidId");
    }
}
