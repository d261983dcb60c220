package uk.gov.dynamicframework.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
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

/**
 * From qualified providers to a live agreement, across the four services and only through the gateway: a competition
 * with a grant lot starting today is published (with a recorded override of the minimum periods, since the suite
 * cannot move the services' clocks), bid for with two supply-chain partners, closed by the deadline job, scored,
 * moderated, decided and awarded after a zero standstill; contract-service makes exactly one agreement of it and its
 * lifecycle job (every second in the suite, {@code LIFECYCLE_CHECK_EVERY}) makes it live and, as it ends within the
 * pipeline window, announces it ending soon, on which competition-service drafts the follow-on opportunity;
 * supply-chain-service opens its supply chain with the bid's partners proposed and counts it in the national figures.
 */
class AwardToAgreementIT {

    private static final String ADMIN = TestTokens.bearer("framework-admin");
    private static final String AREA = "E23000035"; // Devon and Cornwall
    private static final String VALUE = "90000.00";
    private static Suite suite;

    @BeforeAll
    static void startSuite() {
        suite = Suite.get();
        RestAssured.baseURI = suite.gatewayUrl();
        RestAssured.port = -1;
    }

    @Test
    void anAwardedGrantLotBecomesOneLiveAgreementWithItsSupplyChainCountedAndItsFollowOnDrafted() {
        String suffix = Integer.toString(Math.abs(UUID.randomUUID().hashCode()) % 1_000_000, 36).toUpperCase();
        String owner = "AA-RPD-" + suffix;
        given().contentType(ContentType.JSON).header("Authorization", ADMIN)
                .body(Map.of("code", owner, "name", "Award to agreement commissioning body", "kind", "REGIONAL_PROBATION_DIRECTOR"))
                .post("/v1/commissioning-bodies").then().log().ifValidationFails().statusCode(201);
        String lead = qualifiedProviderOffering("Award Lead " + suffix, "ACCOMMODATION", AREA);
        String partnerA = registeredOrganisation("Award Partner A " + suffix);
        String partnerB = registeredOrganisation("Award Partner B " + suffix);
        for (String partner : List.of(partnerA, partnerB)) { // competition-service must know them to accept the bid
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().header("Authorization", ADMIN)
                    .get("/v1/bidders/" + partner).then().statusCode(200));
        }
        JsonPath nationalBefore = national();

        // The competition: one grant lot starting today and ending within the pipeline window.
        LocalDate start = LocalDate.now();
        LocalDate end = start.plusMonths(6);
        Instant deadline = Instant.now().plusSeconds(20);
        String commissioner = TestTokens.commissioner(owner);
        String id = given().contentType(ContentType.JSON).header("Authorization", commissioner)
                .body(competition(deadline, start, end)).post("/v1/competitions").then().log().ifValidationFails()
                .statusCode(201).extract().path("id");
        String lot = given().header("Authorization", ADMIN).get("/v1/competitions/" + id).then().log().ifValidationFails()
                .statusCode(200).body("lots[0].fundingMechanism", equalTo("GRANT")).extract().path("lots[0].id");
        List<String> evaluators = List.of("first-evaluator@" + owner, "second-evaluator@" + owner);
        for (String subject : evaluators) {
            given().contentType(ContentType.JSON).header("Authorization", commissioner).body(Map.of("evaluator", subject))
                    .post("/v1/competitions/" + id + "/evaluators").then().log().ifValidationFails().statusCode(201);
        }
        given().contentType(ContentType.JSON).header("Authorization", commissioner)
                .body(Map.of("overrideLowEligibility", true, "overrideReason", "system test: one provider is enough",
                        "overrideShortTimeline", true,
                        "timelineOverrideReason", "system test: the suite cannot move the services' clocks"))
                .post("/v1/competitions/" + id + "/publication").then().log().ifValidationFails().statusCode(200)
                .body("status", equalTo("PUBLISHED"));

        Map<String, Object> bid = Map.of(
                "lots", List.of(Map.of("lotId", lot, "price", money(VALUE))),
                "answers", Map.of("Q1", "With local partners", "SV", "Lived experience"),
                "supplyChainPartners", List.of(Map.of("organisationId", partnerA, "share", 25),
                        Map.of("organisationId", partnerB, "share", 10)));
        String bidId = given().contentType(ContentType.JSON).header("Authorization", TestTokens.provider(lead))
                .body(bid).post("/v1/competitions/" + id + "/bids").then().log().ifValidationFails().statusCode(201)
                .extract().path("bidId");

        // The deadline job closes it and starts the evaluation.
        await().atMost(Duration.ofSeconds(45)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(status(id)).isEqualTo("EVALUATION"));

        // The named evaluators declare no conflict, score; the commissioner moderates and decides.
        String path = "/v1/competitions/" + id + "/lots/" + lot + "/bids/" + bidId;
        Map<String, Object> scores = Map.of("scores", Map.of("Q1", 70, "SV", 60), "passFail", Map.of("SAFEGUARDING", true));
        for (String subject : evaluators) {
            String token = evaluator(subject, owner);
            String declarations = "/v1/competitions/" + id + "/conflict-declarations/mine";
            List<String> bidders = given().header("Authorization", token).get(declarations).then().log().ifValidationFails()
                    .statusCode(200).extract().path("bidders.organisationId");
            assertThat(bidders).containsExactly(lead);
            given().contentType(ContentType.JSON).header("Authorization", token)
                    .body(Map.of("declarations", List.of(Map.of("organisationId", lead, "conflicted", false))))
                    .put(declarations).then().log().ifValidationFails().statusCode(200).body("complete", equalTo(true));
            given().contentType(ContentType.JSON).header("Authorization", token).body(scores)
                    .put(path + "/scores/mine").then().log().ifValidationFails().statusCode(200);
        }
        Map<String, Object> moderated = new HashMap<>(scores);
        moderated.put("rationale", "Agreed at moderation");
        given().contentType(ContentType.JSON).header("Authorization", commissioner).body(moderated)
                .put(path + "/moderation").then().log().ifValidationFails().statusCode(200);
        given().contentType(ContentType.JSON).header("Authorization", commissioner)
                .body(Map.of("lots", List.of(Map.of("lotId", lot, "bidId", bidId))))
                .post("/v1/competitions/" + id + "/award-decision").then().log().ifValidationFails().statusCode(200)
                .body("status", equalTo("STANDSTILL"));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(status(id)).isEqualTo("AWARDED"));

        // Exactly one agreement, for the awarded lot and its lead provider, goes live on its start date (today).
        String agreementId = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() ->
                given().header("Authorization", ADMIN).queryParam("leadProviderId", lead).get("/v1/agreements")
                        .then().statusCode(200).extract().<String>path("items[0].id"), a -> a != null);
        JsonPath agreement = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() ->
                given().header("Authorization", ADMIN).get("/v1/agreements/" + agreementId).then().statusCode(200)
                        .extract().jsonPath(), a -> "LIVE".equals(a.getString("status")));
        assertThat(agreement.getString("reference")).matches("DF-AGR-\\d{4}-\\d{5}");
        assertThat(agreement.getString("competitionId")).isEqualTo(id);
        assertThat(agreement.getString("lotId")).isEqualTo(lot);
        assertThat(agreement.getString("kind")).isEqualTo("GRANT");
        assertThat(agreement.getString("leadProvider.organisationId")).isEqualTo(lead);
        assertThat(agreement.getString("owningBodyId")).isEqualTo(owner);
        assertThat(agreement.getList("commissioningBodies.bodyId")).containsExactly(owner);
        assertThat(agreement.getString("contractType")).isEqualTo("ACC");
        assertThat(agreement.getList("categories")).containsExactly("ACCOMMODATION");
        assertThat(agreement.getList("areas")).containsExactly(AREA);
        assertThat(new BigDecimal(agreement.getString("value.amount"))).isEqualByComparingTo(VALUE);
        assertThat(agreement.getString("value.currency")).isEqualTo("GBP");
        assertThat(agreement.getString("startDate")).isEqualTo(start.toString());
        assertThat(agreement.getString("endDate")).isEqualTo(end.toString());
        assertThat(agreement.getList("eligiblePopulation")).containsExactly("WOMEN");
        assertThat(agreement.getList("proposedSupplyChain.organisationId")).containsExactlyInAnyOrder(partnerA, partnerB);
        assertThat(agreement.getString("lifecycle.activatedAt")).isNotNull();
        given().header("Authorization", ADMIN).queryParam("leadProviderId", lead).get("/v1/agreements").then()
                .log().ifValidationFails().statusCode(200).body("total", equalTo(1)).body("items", hasSize(1));

        // Supply-chain-service opened its supply chain: the bid's partners, proposed, with their shares of the value.
        JsonPath chain = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> {
            var r = given().get("/v1/supply-chains/" + agreementId);
            return r.statusCode() == 200 ? r.jsonPath() : null;
        }, c -> c != null && c.getList("subcontracts") != null && c.getList("subcontracts").size() == 2);
        assertThat(chain.getString("leadProvider.organisationId")).isEqualTo(lead);
        assertThat(new BigDecimal(chain.getString("value.amount"))).isEqualByComparingTo(VALUE);
        assertThat(chain.getList("subcontracts.organisationId")).containsExactlyInAnyOrder(partnerA, partnerB);
        assertThat(chain.getList("subcontracts.status")).containsExactly("PROPOSED", "PROPOSED");
        assertThat(amountOf(chain, partnerA)).isEqualByComparingTo("22500.00");
        assertThat(amountOf(chain, partnerB)).isEqualByComparingTo("9000.00");

        // The national figures count the agreement and its (voluntary, small) lead provider; proposed partners are not
        // subcontractors until confirmed.
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            JsonPath now = national();
            assertThat(now.getLong("agreements")).isEqualTo(nationalBefore.getLong("agreements") + 1);
            assertThat(new BigDecimal(now.getString("agreementsValue.amount")))
                    .isEqualByComparingTo(new BigDecimal(nationalBefore.getString("agreementsValue.amount")).add(new BigDecimal(VALUE)));
            assertThat(now.getLong("agreementsWithVoluntaryLead")).isEqualTo(nationalBefore.getLong("agreementsWithVoluntaryLead") + 1);
            assertThat(now.getLong("leadProviders.count")).isEqualTo(nationalBefore.getLong("leadProviders.count") + 1);
            assertThat(now.getLong("leadProviders.voluntary")).isEqualTo(nationalBefore.getLong("leadProviders.voluntary") + 1);
            assertThat(now.getLong("leadProviders.small")).isEqualTo(nationalBefore.getLong("leadProviders.small") + 1);
            assertThat(now.getLong("agreementsWithNoSubcontractors"))
                    .isEqualTo(nationalBefore.getLong("agreementsWithNoSubcontractors") + 1);
        });

        // Ending within the pipeline window: listed publicly, and the follow-on drafted for the owning body.
        given().queryParam("category", "ACCOMMODATION").queryParam("size", 100).get("/v1/agreements/pipeline").then()
                .log().ifValidationFails().statusCode(200)
                .body("items.find { it.agreementId == '" + agreementId + "' }.endDate", equalTo(end.toString()))
                .body("items.find { it.agreementId == '" + agreementId + "' }.owningBodyId", equalTo(owner));
        JsonPath drafts = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() ->
                given().header("Authorization", commissioner).queryParam("status", "DRAFT").queryParam("agreementId", agreementId)
                        .get("/v1/opportunities").then().statusCode(200).extract().jsonPath(),
                d -> d.getList("items").size() > 0);
        assertThat(drafts.getList("items")).hasSize(1);
        assertThat(drafts.getString("items[0].status")).isEqualTo("DRAFT");
        assertThat(drafts.getString("items[0].ownerBody")).isEqualTo(owner);
        assertThat(drafts.getString("items[0].category")).isEqualTo("ACCOMMODATION");
        assertThat(drafts.getString("items[0].followOn.agreementId")).isEqualTo(agreementId);
        assertThat(drafts.getString("items[0].followOn.agreementReference")).isEqualTo(agreement.getString("reference"));
        assertThat(drafts.getString("items[0].expectedStart")).isEqualTo(end.plusDays(1).toString());
        given().header("Authorization", ADMIN).queryParam("leadProviderId", lead).get("/v1/agreements").then()
                .statusCode(200).body("total", equalTo(1)); // still one, however the events came
    }

    private static BigDecimal amountOf(JsonPath chain, String organisationId) {
        return new BigDecimal(chain.getString("subcontracts.find { it.organisationId == '" + organisationId + "' }.share.amount"));
    }

    private static JsonPath national() {
        return given().get("/v1/diversity/national").then().log().ifValidationFails().statusCode(200).extract().jsonPath();
    }

    /** An evaluator token with the named subject and the body's claim. */
    private static String evaluator(String subject, String body) {
        return "Bearer " + new LocalTokens(Path.of(System.getProperty("java.io.tmpdir"), "dynamic-framework-test-keys"))
                .ensureKeys().issue("evaluator", null, body, subject);
    }

    private static String status(String competitionId) {
        return given().header("Authorization", ADMIN).get("/v1/competitions/" + competitionId).then().log().ifValidationFails()
                .statusCode(200).extract().path("status");
    }

    private static Map<String, Object> money(String amount) {
        return Map.of("amount", new BigDecimal(amount), "currency", "GBP");
    }

    /** Registers an organisation, qualifies it, publishes its offer; waits until competition-service lets it bid. */
    private static String qualifiedProviderOffering(String name, String category, String area) {
        String id = registeredOrganisation(name);
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
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                given().header("Authorization", ADMIN).get("/v1/bidders/" + id).then().log().ifValidationFails().statusCode(200)
                        .body("frameworkStatus", equalTo("QUALIFIED")).body("offers", hasSize(1)));
        return id;
    }

    /** A registered organisation (not applying to the framework): a supply-chain partner. */
    private static String registeredOrganisation(String name) {
        String charity = "GB-CHC-" + (1_000_000 + Math.abs(UUID.randomUUID().hashCode() % 9_000_000));
        return given().contentType(ContentType.JSON).header("Authorization", ADMIN)
                .body(Map.of("name", name, "legalIdentifiers", List.of(charity),
                        "legalForm", "CHARITABLE_INCORPORATED_ORGANISATION", "sector", "VOLUNTARY_AND_COMMUNITY",
                        "incomeBand", "UNDER_100K",
                        "address", Map.of("line1", "2 Lemon Street", "town", "Truro", "postcode", "TR1 2LS"),
                        "contacts", List.of(Map.of("name", "Alex", "email", "alex@example.org"))))
                .post("/v1/organisations").then().log().ifValidationFails().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> competition(Instant deadline, LocalDate start, LocalDate end) {
        Map<String, Object> lot = new HashMap<>();
        lot.put("title", "Accommodation, Devon and Cornwall");
        lot.put("category", "ACCOMMODATION");
        lot.put("areas", List.of(AREA));
        lot.put("maxValue", money("100000.00"));
        lot.put("fundingMechanism", "GRANT");
        lot.put("contractStart", start.toString());
        lot.put("contractEnd", end.toString());
        lot.put("requirements", List.of("Experience with people on probation"));
        lot.put("contractType", "ACC");
        lot.put("eligiblePopulation", List.of("WOMEN"));
        lot.put("complexityLevels", List.of("MEDIUM", "HIGH"));
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Award to agreement test competition");
        body.put("description", "Awarded, then made an agreement, a supply chain and a follow-on");
        body.put("ownerBudget", money("100000.00"));
        body.put("coCommissioners", List.of());
        body.put("clarificationDeadline", deadline.minusSeconds(10).toString());
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
}
