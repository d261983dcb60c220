package uk.gov.dynamicframework.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.devtools.LocalTokens;
import uk.gov.dynamicframework.devtools.TestTokens;
import uk.gov.dynamicframework.devtools.TopicRecorder;

/**
 * The transitions nobody makes, as the service runs them with its own scheduler and the real clock (the suite runs
 * competition-service with a one-second deadline check, {@code DEADLINE_CHECK_EVERY}): a competition published
 * through the gateway closes at its submission deadline and goes to evaluation by itself, and once the award is
 * decided with no standstill, it is awarded by itself and the award published.
 */
class CompetitionDeadlineIT {

    private static final String ADMIN = TestTokens.bearer("framework-admin");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Suite suite;

    @BeforeAll
    static void startSuite() {
        suite = Suite.get();
        RestAssured.baseURI = suite.gatewayUrl();
        RestAssured.port = -1;
    }

    @Test
    void aPublishedCompetitionClosesAtItsDeadlineAndIsAwardedAfterStandstillByItself() throws Exception {
        String suffix = Integer.toString(Math.abs(UUID.randomUUID().hashCode()) % 1_000_000, 36).toUpperCase();
        String owner = "DL-RPD-" + suffix;
        given().contentType(ContentType.JSON).header("Authorization", ADMIN)
                .body(Map.of("code", owner, "name", "Deadline test commissioning body", "kind", "REGIONAL_PROBATION_DIRECTOR"))
                .post("/v1/commissioning-bodies").then().log().ifValidationFails().statusCode(201);
        String provider = qualifiedProviderOffering("ACCOMMODATION", "E23000035");

        try (TopicRecorder topic = new TopicRecorder(suite.bootstrapServers(), "df.competitions.v1")) {
            Instant deadline = Instant.now().plusSeconds(12);
            String id = given().contentType(ContentType.JSON).header("Authorization", TestTokens.commissioner(owner))
                    .body(competition(deadline)).post("/v1/competitions").then().log().ifValidationFails().statusCode(201).extract().path("id");
            String lot = given().header("Authorization", ADMIN).get("/v1/competitions/" + id).then().log().ifValidationFails().statusCode(200)
                    .extract().path("lots[0].id");
            List<String> evaluators = List.of("first-evaluator", "second-evaluator"); // moderation needs two
            for (String evaluator : evaluators) {
                given().contentType(ContentType.JSON).header("Authorization", TestTokens.commissioner(owner))
                        .body(Map.of("evaluator", evaluator + "@" + owner)).post("/v1/competitions/" + id + "/evaluators")
                        .then().log().ifValidationFails().statusCode(201);
            }
            given().contentType(ContentType.JSON).header("Authorization", TestTokens.commissioner(owner))
                    .body(Map.of("overrideLowEligibility", true, "overrideReason", "system test of the deadline job",
                            "overrideShortTimeline", true, "timelineOverrideReason", "a deadline seconds away, to see it pass"))
                    .post("/v1/competitions/" + id + "/publication").then().log().ifValidationFails().statusCode(200).body("status", equalTo("PUBLISHED"));
            Map<String, Object> bid = Map.of(
                    "lots", List.of(Map.of("lotId", lot, "price", money("90000.00"))),
                    "answers", Map.of("Q1", "With local partners", "SV", "Lived experience"),
                    "supplyChainPartners", List.of());
            String bidId = given().contentType(ContentType.JSON).header("Authorization", TestTokens.provider(provider))
                    .body(bid).post("/v1/competitions/" + id + "/bids").then().log().ifValidationFails().statusCode(201).extract().path("bidId");
            assertThat(status(id)).as("before its deadline").isEqualTo("PUBLISHED");

            // nobody closes it: the service does, at the deadline, and starts the evaluation
            await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(500))
                    .untilAsserted(() -> assertThat(status(id)).isEqualTo("EVALUATION"));
            assertThat(Instant.parse(given().header("Authorization", ADMIN).get("/v1/competitions/" + id)
                    .then().extract().<String>path("timeline.closedAt"))).as("closed at, not before, its deadline").isAfterOrEqualTo(deadline);
            var closed = topic.awaitOne(r -> r.key().equals(id) && r.value().contains("\"df.competition.closed\""),
                    Duration.ofSeconds(20));
            assertThat(JSON.readTree(closed.value()).at("/data/bidsReceived").asInt()).isEqualTo(1);

            // the people's part: score, moderate, decide (no standstill)
            String path = "/v1/competitions/" + id + "/lots/" + lot + "/bids/" + bidId;
            Map<String, Object> scores = Map.of("scores", Map.of("Q1", 70, "SV", 60), "passFail", Map.of("SAFEGUARDING", true));
            for (String evaluator : evaluators) {
                String token = evaluator(evaluator, owner);
                given().contentType(ContentType.JSON).header("Authorization", token)
                        .body(Map.of("declarations", List.of(Map.of("organisationId", provider, "conflicted", false))))
                        .put("/v1/competitions/" + id + "/conflict-declarations/mine").then().log().ifValidationFails()
                        .statusCode(200);
                given().contentType(ContentType.JSON).header("Authorization", token)
                        .body(scores).put(path + "/scores/mine").then().log().ifValidationFails().statusCode(200);
            }
            Map<String, Object> moderated = new HashMap<>(scores);
            moderated.put("rationale", "Agreed at moderation");
            given().contentType(ContentType.JSON).header("Authorization", TestTokens.commissioner(owner))
                    .body(moderated).put(path + "/moderation").then().log().ifValidationFails().statusCode(200);
            given().contentType(ContentType.JSON).header("Authorization", TestTokens.commissioner(owner))
                    .body(Map.of("lots", List.of(Map.of("lotId", lot, "bidId", bidId))))
                    .post("/v1/competitions/" + id + "/award-decision").then().log().ifValidationFails().statusCode(200)
                    .body("status", equalTo("STANDSTILL"));

            // standstill (0 days) over: the service makes the award itself and publishes it
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                    .untilAsserted(() -> assertThat(status(id)).isEqualTo("AWARDED"));
            given().get("/v1/competitions/" + id + "/awards").then().log().ifValidationFails().statusCode(200)
                    .body("awards", hasSize(1)).body("awards[0].organisationId", equalTo(provider));
            var awarded = topic.awaitOne(r -> r.key().equals(id) && r.value().contains("\"df.competition.awarded\""),
                    Duration.ofSeconds(20));
            JsonNode data = JSON.readTree(awarded.value()).get("data");
            assertThat(data.at("/winner/organisationId").asText()).isEqualTo(provider);
            assertThat(data.at("/lot/lotId").asText()).isEqualTo(lot);
            assertThat(data.at("/value/amount").decimalValue()).isEqualByComparingTo("90000.00");
            assertThat(data.at("/contractType").asText()).isEqualTo("ACC");
            assertThat(data.at("/eligiblePopulation").toString()).isEqualTo("[\"WOMEN\",\"AGED_18_TO_25\"]");
            assertThat(data.at("/complexityLevels").toString()).isEqualTo("[\"MEDIUM\",\"HIGH\"]");
        }
    }

    /** An evaluator of the body, as a person of its own (the token's subject), so two evaluators score independently. */
    private static String evaluator(String person, String body) {
        return "Bearer " + new LocalTokens(Path.of(System.getProperty("java.io.tmpdir"), "dynamic-framework-test-keys"))
                .ensureKeys().issue("evaluator", null, body, person + "@" + body);
    }

    private static String status(String competitionId) {
        return given().header("Authorization", ADMIN).get("/v1/competitions/" + competitionId).then().log().ifValidationFails().statusCode(200)
                .extract().path("status");
    }

    private static Map<String, Object> money(String amount) {
        return Map.of("amount", new BigDecimal(amount), "currency", "GBP");
    }

    private static Map<String, Object> competition(Instant deadline) {
        Map<String, Object> lot = new HashMap<>();
        lot.put("title", "Accommodation, Devon and Cornwall");
        lot.put("category", "ACCOMMODATION");
        lot.put("areas", List.of("E23000035"));
        lot.put("maxValue", money("100000.00"));
        lot.put("contractStart", LocalDate.now().plusMonths(6).toString());
        lot.put("contractEnd", LocalDate.now().plusMonths(30).toString());
        lot.put("requirements", List.of("Experience with people on probation"));
        lot.put("contractType", "ACC");
        lot.put("eligiblePopulation", List.of("WOMEN", "AGED_18_TO_25"));
        lot.put("complexityLevels", List.of("MEDIUM", "HIGH"));
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Deadline test competition");
        body.put("description", "Closed and awarded by the service itself");
        body.put("ownerBudget", money("100000.00"));
        body.put("coCommissioners", List.of());
        body.put("clarificationDeadline", deadline.minusSeconds(6).toString());
        body.put("submissionDeadline", deadline.toString());
        body.put("standstillDays", 0);
        body.put("criteria", List.of(
                Map.of("code", "Q1", "kind", "QUALITY", "weight", 60, "question", "How will you deliver the service?"),
                Map.of("code", "P", "kind", "PRICE", "weight", 30),
                Map.of("code", "SV", "kind", "SOCIAL_VALUE", "weight", 10, "question", "What social value will you add?")));
        body.put("passFailRequirements", List.of(Map.of("code", "SAFEGUARDING", "description", "Safeguarding policy")));
        body.put("lots", List.of(lot));
        return body;
    }

    /** Registers an organisation through the gateway, qualifies it, publishes its offer; waits until it may bid. */
    static String qualifiedProviderOffering(String category, String area) {
        String charity = "GB-CHC-" + (1_000_000 + Math.abs(UUID.randomUUID().hashCode() % 9_000_000));
        String id = given().contentType(ContentType.JSON).header("Authorization", ADMIN)
                .body(Map.of("name", "Deadline Housing Trust", "legalIdentifiers", List.of(charity),
                        "legalForm", "CHARITABLE_INCORPORATED_ORGANISATION", "sector", "VOLUNTARY_AND_COMMUNITY",
                        "incomeBand", "UNDER_100K",
                        "address", Map.of("line1", "1 Quay Street", "town", "Truro", "postcode", "TR1 2HE"),
                        "contacts", List.of(Map.of("name", "Sam", "email", "sam@example.org"))))
                .post("/v1/organisations").then().log().ifValidationFails().statusCode(201).extract().path("id");
        String token = TestTokens.provider(id);
        Map<String, Object> met = Map.of("met", true, "evidence", List.of("Annual accounts 2025"));
        String application = given().contentType(ContentType.JSON).header("Authorization", token)
                .body(Map.of("organisationId", id, "criteria", Map.of("economicAndFinancialStanding", met,
                        "insurance", met, "safeguarding", met, "dataProtection", met, "noGroundsForExclusion", met)))
                .post("/v1/framework-applications").then().log().ifValidationFails().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).header("Authorization", ADMIN).body(Map.of())
                .post("/v1/framework-applications/" + application + "/qualify").then().log().ifValidationFails().statusCode(200);
        given().contentType(ContentType.JSON).header("Authorization", token)
                .body(Map.of("organisationId", id, "category", category, "areas", List.of(area), "regions", List.of(),
                        "cohorts", List.of()))
                .post("/v1/service-offers").then().log().ifValidationFails().statusCode(201);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                given().header("Authorization", ADMIN).get("/v1/bidders/" + id).then().log().ifValidationFails().statusCode(200)
                        .body("frameworkStatus", equalTo("QUALIFIED")).body("offers", hasSize(1)));
        return id;
    }
}
