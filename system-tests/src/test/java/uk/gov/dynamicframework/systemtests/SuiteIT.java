package uk.gov.dynamicframework.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import uk.gov.dynamicframework.devtools.OpenApiCompleteness;
import uk.gov.dynamicframework.devtools.TestTokens;

/** The suite end to end, through the gateway only, over real Kafka and PostgreSQL. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SuiteIT {

    private static final String ADMIN = TestTokens.bearer("framework-admin");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Suite suite;

    @BeforeAll
    static void startSuite() {
        suite = Suite.get();
        RestAssured.baseURI = suite.gatewayUrl();
        RestAssured.port = -1;
    }

    private static Map<String, Object> organisation(String name) {
        String charity = "GB-CHC-" + (1_000_000 + Math.abs(UUID.randomUUID().hashCode() % 9_000_000));
        return Map.of(
                "name", name,
                "legalIdentifiers", List.of(charity),
                "legalForm", "CHARITABLE_INCORPORATED_ORGANISATION",
                "sector", "VOLUNTARY_AND_COMMUNITY",
                "incomeBand", "UNDER_100K",
                "address", Map.of("line1", "1 Quay Street", "town", "Truro", "postcode", "TR1 2HE"),
                "contacts", List.of(Map.of("name", "Sam", "email", "sam@example.org")));
    }

    private static String register(String name, String requestId) {
        return given().contentType(ContentType.JSON).header("Authorization", ADMIN).header("X-Request-Id", requestId)
                .body(organisation(name)).post("/v1/organisations")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    @Order(1)
    void anOrganisationCreatedThroughTheGatewayReachesTheConsumingServices() {
        long started = System.nanoTime();
        String id = register("Tracer Bullet Trust", "it-" + UUID.randomUUID());

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20)).untilAsserted(() ->
                given().header("Authorization", ADMIN).get("/v1/bidders/" + id)
                        .then().statusCode(200).body("name", equalTo("Tracer Bullet Trust")));
        System.out.printf("[system-tests] organisation visible in competition-service %d ms after the POST%n",
                (System.nanoTime() - started) / 1_000_000);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                given().header("Authorization", ADMIN).get("/v1/supply-chain-organisations/" + id)
                        .then().statusCode(200).body("voluntary", equalTo(true)));
    }

    @Test
    @Order(2)
    void aProviderQualifiedWithARegionWideOfferBecomesABidderForEveryAreaOfTheRegion() {
        String id = register("Resettle South West", "it-" + UUID.randomUUID());
        String provider = TestTokens.provider(id);
        Map<String, Object> met = Map.of("met", true, "evidence", List.of("Annual accounts 2025"));
        String application = given().contentType(ContentType.JSON).header("Authorization", provider)
                .body(Map.of("organisationId", id, "criteria", Map.of("economicAndFinancialStanding", met,
                        "insurance", met, "safeguarding", met, "dataProtection", met, "noGroundsForExclusion", met)))
                .post("/v1/framework-applications").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).header("Authorization", ADMIN).body(Map.of())
                .post("/v1/framework-applications/" + application + "/qualify").then().statusCode(200);
        given().contentType(ContentType.JSON).header("Authorization", provider)
                .body(Map.of("organisationId", id, "category", "ACCOMMODATION", "areas", List.of(),
                        "regions", List.of("SW"), "cohorts", List.of()))
                .post("/v1/service-offers").then().statusCode(201);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                given().header("Authorization", TestTokens.commissioner("SW-RPD")).get("/v1/bidders/" + id)
                        .then().statusCode(200)
                        .body("frameworkStatus", equalTo("QUALIFIED"))
                        .body("offers[0].category", equalTo("ACCOMMODATION"))
                        .body("offers[0].areas", org.hamcrest.Matchers.hasItems("E23000035", "E23000036", "E23000039")));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                given().header("Authorization", ADMIN).get("/v1/supply-chain-organisations/" + id)
                        .then().statusCode(200).body("frameworkStatus", equalTo("QUALIFIED")));
        given().get("/v1/directory/providers?category=ACCOMMODATION&area=E23000036").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem(id));
    }

    @Test
    @Order(3)
    void theGatewayServesOneDocumentWithEveryServicesPaths() throws Exception {
        given().get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/v1/organisations"))
                .body("paths", hasKey("/v1/bidders/{organisationId}"))
                .body("paths", hasKey("/v1/contract-types"))
                .body("paths", hasKey("/v1/supply-chain-organisations/{organisationId}"))
                .body("components.schemas", hasKey("Problem"))
                .body("'x-services'.available", org.hamcrest.Matchers.everyItem(equalTo(true)));
        JsonNode merged = JSON.readTree(given().get("/q/openapi").then().extract().asString());
        assertThat(OpenApiCompleteness.problems(merged)).as("operationIds unique across the suite, all documented")
                .isEmpty();
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    @Order(4)
    void theRequestIdReachesTheServiceAndItsLog() throws Exception {
        String requestId = "it-trace-" + UUID.randomUUID();
        register("Traceable Trust", requestId);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(Files.readString(suite.log("provider-registry"))).contains("req=" + requestId));
        assertThat(Files.readString(suite.log("gateway"))).contains("req=" + requestId);
    }

    @Test
    @Order(5)
    void errorsThroughTheGatewayAreProblemDetails() {
        given().contentType(ContentType.JSON).header("Authorization", ADMIN).body("{\"name\": ")
                .post("/v1/organisations").then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{}").post("/v1/organisations").then().statusCode(401)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON).header("Authorization", TestTokens.bearer("auditor")).body(organisation("x"))
                .post("/v1/organisations").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    @Order(100)
    void withKafkaStoppedOrganisationsAreStillCreatedAndArriveExactlyOnceWhenItReturns() throws Exception {
        assertThat(suite.ownsKafka()).as("the outage test stops and restarts the broker this run started; it cannot run"
                + " against the external broker at KAFKA_BOOTSTRAP_SERVERS=" + System.getenv("KAFKA_BOOTSTRAP_SERVERS")
                + " (unset it to run the system tests)").isTrue();
        suite.stopKafka();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            ids.add(register("Outage Organisation " + i, "it-outage-" + i));
        }
        assertThat(countIn("competition-service", "select count(*) from provider where id = any(?::uuid[])", ids))
                .as("nothing can arrive while the broker is down").isZero();

        long restarted = System.nanoTime();
        suite.startKafka();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                assertThat(countIn("competition-service", "select count(*) from provider where id = any(?::uuid[])", ids))
                        .isEqualTo(100));
        System.out.printf("[system-tests] all 100 organisations created during the outage arrived %d ms after Kafka restarted%n",
                (System.nanoTime() - restarted) / 1_000_000);

        // every record of these organisations on the topic, read until no new one comes for 5 s (at most 60 s)
        List<JsonNode> events = new ArrayList<>();
        Set<String> wanted = new HashSet<>(ids);
        for (var record : QuietTopic.readUntilQuiet(suite.bootstrapServers(), "df.organisations.v1", Duration.ofSeconds(5),
                Duration.ofSeconds(60))) {
            if (wanted.contains(record.key())) {
                events.add(JSON.readTree(record.value()));
            }
        }
        Map<String, Long> recordsPerEventId = events.stream().collect(java.util.stream.Collectors.groupingBy(
                e -> e.path("id").asText(), java.util.TreeMap::new, java.util.stream.Collectors.counting()));
        assertThat(events).extracting(e -> e.path("type").asText()).containsOnly("df.organisation.registered");
        assertThat(recordsPerEventId).as("one event per organisation").hasSize(100);
        assertThat(recordsPerEventId.entrySet()).as("event ids published more than once")
                .filteredOn(e -> e.getValue() > 1).isEmpty();
        assertThat(events).as("records on the topic").hasSize(100);
        assertThat(events).extracting(e -> e.path("subject").asText()).containsExactlyInAnyOrderElementsOf(ids);

        // applied once each: every provider row was last written by the very transaction that recorded its own event
        // in the inbox (a second application, deduplicated or not, would leave the row written by another one; the
        // consumer takes a poll's records in one transaction, so several events may share one)
        List<String> eventIds = List.copyOf(recordsPerEventId.keySet());
        assertThat(countIn("competition-service", "select count(*) from inbox_event where event_id = any(?)", eventIds))
                .as("each event recorded by the consumer").isEqualTo(100);
        List<String> eventAndOrganisation = events.stream()
                .map(e -> e.path("id").asText() + "/" + e.path("subject").asText()).toList();
        assertThat(countIn("competition-service", """
                select count(*) from unnest(?::text[]) x(pair)
                join inbox_event i on i.event_id = split_part(x.pair, '/', 1)
                join provider p on p.id = split_part(x.pair, '/', 2)::uuid and p.xmin = i.xmin""",
                eventAndOrganisation)).as("provider rows written exactly once, by the transaction that consumed their event")
                .isEqualTo(100);
    }

    private static long countIn(String service, String sql, List<String> values) throws Exception {
        var db = suite.databases();
        try (Connection c = DriverManager.getConnection(suite.jdbcUrl(service), db.user(), db.password());
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, c.createArrayOf("text", values.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
