package uk.gov.dynamicframework.registry.application;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static uk.gov.dynamicframework.registry.Fixtures.ADMIN;
import static uk.gov.dynamicframework.registry.Fixtures.decide;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.devtools.TestTokens;
import uk.gov.dynamicframework.registry.Events;
import uk.gov.dynamicframework.registry.Fixtures;
import uk.gov.dynamicframework.registry.organisation.OrganisationEvents;

@QuarkusTest
class FrameworkApplicationLifecycleTest {

    private static final String UNTIL = LocalDate.now(ZoneOffset.UTC).plusDays(30).toString();

    private static String statusOf(String organisationId) {
        return given().header("Authorization", ADMIN).get("/v1/organisations/" + organisationId)
                .then().statusCode(200).extract().path("frameworkStatus");
    }

    @Test
    void wholeLifecycleKeepsEveryDecisionWithWhoWhenAndWhy() {
        String org = Fixtures.registered(Fixtures.uniqueName("Lifecycle Trust"));
        String app = given().contentType(ContentType.JSON).header("Authorization", TestTokens.provider(org))
                .body(Fixtures.application(org)).post("/v1/framework-applications")
                .then().statusCode(201).header("Location", containsString("/v1/framework-applications/"))
                .body("status", equalTo("SUBMITTED"))
                .body("criteria.insurance.met", equalTo(true))
                .body("criteria.insurance.evidence[0]", equalTo("Evidence for insurance"))
                .extract().path("id");
        assertThat(statusOf(org)).isEqualTo("APPLIED");

        decide(app, "qualify", Map.of("reason", "All evidenced")).statusCode(200).body("status", equalTo("QUALIFIED"));
        assertThat(statusOf(org)).isEqualTo("QUALIFIED");
        decide(app, "suspend", Map.of("reason", "Safeguarding concern", "until", UNTIL)).statusCode(200)
                .body("status", equalTo("SUSPENDED")).body("suspendedUntil", equalTo(UNTIL));
        assertThat(statusOf(org)).isEqualTo("SUSPENDED");
        decide(app, "reinstate", Map.of()).statusCode(200).body("status", equalTo("QUALIFIED"))
                .body("suspendedUntil", nullValue());
        assertThat(statusOf(org)).isEqualTo("QUALIFIED");
        decide(app, "remove", Map.of("reason", "Ceased trading")).statusCode(200).body("status", equalTo("REMOVED"));
        assertThat(statusOf(org)).isEqualTo("REMOVED");

        given().header("Authorization", TestTokens.provider(org)).get("/v1/framework-applications/" + app)
                .then().statusCode(200)
                .body("decisions.action", equalTo(List.of("QUALIFIED", "SUSPENDED", "REINSTATED", "REMOVED")))
                .body("decisions.from", equalTo(List.of("SUBMITTED", "QUALIFIED", "SUSPENDED", "QUALIFIED")))
                .body("decisions.reason", equalTo(java.util.Arrays.asList("All evidenced", "Safeguarding concern", null,
                        "Ceased trading")))
                .body("decisions[1].until", equalTo(UNTIL))
                .body("decisions.decidedBy", equalTo(Collections.nCopies(4, "framework-admin")))
                .body("decisions.decidedAt", hasSize(4))
                .body("decisions.decidedAt", not(hasItem(nullValue())));

        given().header("Authorization", ADMIN).get("/v1/organisations/" + org + "/history").then().statusCode(200)
                .body("items.action", equalTo(List.of("REGISTERED", "APPLIED", "QUALIFIED", "SUSPENDED", "REINSTATED",
                        "REMOVED")))
                .body("items[3].reason", equalTo("Safeguarding concern"))
                .body("items[3].changes.frameworkStatus.from", equalTo("QUALIFIED"))
                .body("items[3].changes.frameworkStatus.to", equalTo("SUSPENDED"));
    }

    @Test
    void rejectedOrganisationCanApplyAgain() {
        String org = Fixtures.registered(Fixtures.uniqueName("Second Chance"));
        String first = Fixtures.submitted(org, "insurance");
        decide(first, "reject", Map.of("reason", "No insurance evidence")).statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("decisions[0].reason", equalTo("No insurance evidence"));
        assertThat(statusOf(org)).isEqualTo("REJECTED");

        String second = Fixtures.submitted(org);
        assertThat(second).isNotEqualTo(first);
        assertThat(statusOf(org)).isEqualTo("APPLIED");
        // A decision that needs no reason needs no body either.
        given().contentType(ContentType.JSON).header("Authorization", ADMIN).post("/v1/framework-applications/" + second + "/qualify")
                .then().statusCode(200).body("status", equalTo("QUALIFIED"));
        given().header("Authorization", TestTokens.provider(org)).get("/v1/framework-applications?organisationId=" + org)
                .then().statusCode(200).body("total", equalTo(2))
                .body("items.status", equalTo(List.of("REJECTED", "QUALIFIED")));
    }

    @Test
    void aSecondLiveApplicationIsAConflictNamingTheLiveOne() {
        String org = Fixtures.registered(Fixtures.uniqueName("Eager Org"));
        String live = Fixtures.submitted(org);
        given().contentType(ContentType.JSON).header("Authorization", TestTokens.provider(org))
                .body(Fixtures.application(org)).post("/v1/framework-applications")
                .then().statusCode(409).contentType("application/problem+json")
                .body("existingApplicationId", equalTo(live));
        decide(live, "qualify", Map.of()).statusCode(200);
        given().contentType(ContentType.JSON).header("Authorization", TestTokens.provider(org))
                .body(Fixtures.application(org)).post("/v1/framework-applications")
                .then().statusCode(409).body("status", equalTo("QUALIFIED"));
    }

    @Test
    void decisionsNotAllowedFromTheCurrentStatusAreConflicts() {
        String org = Fixtures.registered(Fixtures.uniqueName("State Org"));
        String app = Fixtures.submitted(org);
        decide(app, "reinstate", Map.of()).statusCode(409).contentType("application/problem+json")
                .body("status", equalTo("SUBMITTED"));
        decide(app, "suspend", Map.of("reason", "x", "until", UNTIL)).statusCode(409);
        decide(app, "remove", Map.of("reason", "x")).statusCode(409);
        decide(app, "qualify", Map.of()).statusCode(200);
        decide(app, "qualify", Map.of()).statusCode(409);
        decide(app, "reject", Map.of("reason", "x")).statusCode(409);
        assertThat(statusOf(org)).isEqualTo("QUALIFIED");
    }

    @Test
    void qualifyingNeedsEveryCriterionDeclaredMet() {
        String org = Fixtures.registered(Fixtures.uniqueName("Partly Ready"));
        String app = Fixtures.submitted(org, "insurance", "safeguarding");
        decide(app, "qualify", Map.of()).statusCode(422).contentType("application/problem+json")
                .body("unmetCriteria", equalTo(List.of("insurance", "safeguarding")));
        assertThat(statusOf(org)).isEqualTo("APPLIED");
    }

    @Test
    void onlyTheOrganisationItselfApplies() {
        String org = Fixtures.registered(Fixtures.uniqueName("Target Org"));
        String other = Fixtures.registered(Fixtures.uniqueName("Other Org"));
        given().contentType(ContentType.JSON).header("Authorization", TestTokens.provider(other))
                .body(Fixtures.application(org)).post("/v1/framework-applications").then().statusCode(403);
        given().contentType(ContentType.JSON).header("Authorization", ADMIN)
                .body(Fixtures.application(org)).post("/v1/framework-applications").then().statusCode(403);
        assertThat(statusOf(org)).isEqualTo("NOT_APPLIED");
    }

    @Test
    void everyInvalidFieldOfAnApplicationIsListedInOneProblem() {
        String org = Fixtures.registered(Fixtures.uniqueName("Sloppy Org"));
        Map<String, Object> criteria = new java.util.HashMap<>(Fixtures.criteria());
        criteria.remove("insurance");
        criteria.put("safeguarding", Map.of("evidence", List.of("")));
        given().contentType(ContentType.JSON).header("Authorization", TestTokens.provider(org))
                .body(Map.of("organisationId", org, "criteria", criteria)).post("/v1/framework-applications")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("criteria.insurance", "criteria.safeguarding.met",
                        "criteria.safeguarding.evidence[0]"));
        assertThat(statusOf(org)).isEqualTo("NOT_APPLIED");
    }

    @Test
    void suspensionNeedsAReasonAndADateAfterToday() {
        String org = Fixtures.registered(Fixtures.uniqueName("Suspendable"));
        String app = Fixtures.submitted(org);
        decide(app, "qualify", Map.of()).statusCode(200);
        decide(app, "suspend", Map.of()).statusCode(400).body("errors.field", hasItems("reason", "until"));
        decide(app, "suspend", Map.of("reason", "x", "until", LocalDate.now(ZoneOffset.UTC).toString()))
                .statusCode(400).body("errors.field", hasItem("until"));
        decide(app, "reject", Map.of()).statusCode(400);
        assertThat(statusOf(org)).isEqualTo("QUALIFIED");
    }

    @Test
    void decisionsArePublishedOnKafkaWithTheSnapshotAndTheDecision() {
        String org = Fixtures.registered(Fixtures.uniqueName("Evented Org"));
        String app = Fixtures.submitted(org);
        decide(app, "qualify", Map.of("reason", "Good")).statusCode(200);
        decide(app, "suspend", Map.of("reason", "Investigation", "until", UNTIL)).statusCode(200);

        JsonNode applied = Events.awaitEvent(org, OrganisationEvents.UPDATED,
                e -> e.path("data").path("frameworkStatus").asText().equals("APPLIED"));
        assertThat(applied.path("data").path("decision").isNull()).isTrue();

        JsonNode qualified = Events.awaitEvent(org, OrganisationEvents.QUALIFIED);
        assertThat(qualified.path("subject").asText()).isEqualTo(org);
        assertThat(qualified.path("data").path("frameworkStatus").asText()).isEqualTo("QUALIFIED");
        assertThat(qualified.path("data").path("decision").path("reason").asText()).isEqualTo("Good");
        assertThat(qualified.path("data").path("decision").path("decidedBy").asText()).isEqualTo("framework-admin");
        assertThat(qualified.path("data").path("sector").asText()).isEqualTo("VOLUNTARY_AND_COMMUNITY");
        assertThat(qualified.path("data").path("incomeBand").asText()).isEqualTo("UNDER_100K");
        assertThat(qualified.path("data").has("contacts")).isFalse();

        JsonNode suspended = Events.awaitEvent(org, OrganisationEvents.SUSPENDED);
        assertThat(suspended.path("data").path("frameworkStatus").asText()).isEqualTo("SUSPENDED");
        assertThat(suspended.path("data").path("decision").path("until").asText()).isEqualTo(UNTIL);
        assertThat(suspended.path("data").path("version").asLong())
                .isGreaterThan(qualified.path("data").path("version").asLong());
        decide(app, "reinstate", Map.of("reason", "Cleared")).statusCode(200);
        decide(app, "remove", Map.of("reason", "Contract breach")).statusCode(200);
        JsonNode reinstated = Events.awaitEvent(org, OrganisationEvents.REINSTATED);
        assertThat(reinstated.path("data").path("frameworkStatus").asText()).isEqualTo("QUALIFIED");
        assertThat(reinstated.path("data").path("decision").path("reason").asText()).isEqualTo("Cleared");
        JsonNode removed = Events.awaitEvent(org, OrganisationEvents.REMOVED);
        assertThat(removed.path("data").path("frameworkStatus").asText()).isEqualTo("REMOVED");
        assertThat(removed.path("data").path("decision").path("reason").asText()).isEqualTo("Contract breach");

        String rejectedOrg = Fixtures.registered(Fixtures.uniqueName("Rejected Org"));
        decide(Fixtures.submitted(rejectedOrg), "reject", Map.of("reason", "Insufficient evidence")).statusCode(200);
        JsonNode rejected = Events.awaitEvent(rejectedOrg, OrganisationEvents.REJECTED);
        assertThat(rejected.path("data").path("frameworkStatus").asText()).isEqualTo("REJECTED");
        assertThat(rejected.path("data").path("decision").path("reason").asText()).isEqualTo("Insufficient evidence");
        assertThat(rejected.path("data").path("decision").path("decidedAt").asText()).isNotBlank();
    }

    @Test
    void theFrameworkTeamListsApplicationsByStatusAndProvidersSeeOnlyTheirOwn() {
        String org = Fixtures.registered(Fixtures.uniqueName("Listed Org"));
        String app = Fixtures.submitted(org);
        String other = Fixtures.registered(Fixtures.uniqueName("Unrelated Org"));
        given().header("Authorization", ADMIN).get("/v1/framework-applications?status=SUBMITTED&size=100")
                .then().statusCode(200).body("items", not(empty()))
                .body("items.status", everyItem(equalTo("SUBMITTED")))
                .body("size", equalTo(100));
        given().header("Authorization", ADMIN).get("/v1/framework-applications?status=SUBMITTED&organisationId=" + org)
                .then().statusCode(200).body("items.id", equalTo(List.of(app)));
        given().header("Authorization", ADMIN).get("/v1/framework-applications?status=QUALIFIED&organisationId=" + org)
                .then().statusCode(200).body("total", equalTo(0));
        given().header("Authorization", ADMIN).get("/v1/framework-applications?organisationId=" + org)
                .then().statusCode(200).body("items.id", equalTo(List.of(app)));
        given().header("Authorization", TestTokens.provider(other)).get("/v1/framework-applications")
                .then().statusCode(200).body("items", hasSize(0));
        given().header("Authorization", TestTokens.provider(other)).get("/v1/framework-applications?organisationId=" + org)
                .then().statusCode(403);
        given().header("Authorization", ADMIN).get("/v1/framework-applications?status=PENDING&size=101")
                .then().statusCode(400).body("errors.field", hasItems("status", "size"));
    }
}
