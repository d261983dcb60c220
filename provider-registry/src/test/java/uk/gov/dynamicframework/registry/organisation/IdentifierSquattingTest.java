package uk.gov.dynamicframework.registry.organisation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static uk.gov.dynamicframework.registry.Fixtures.decide;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.devtools.TestTokens;
import uk.gov.dynamicframework.registry.Events;
import uk.gov.dynamicframework.registry.Fixtures;

/**
 * A legal identifier is a claim until the framework team verifies it: a squatter's earlier claim no longer keeps the
 * real organisation out, both are flagged, neither is qualified until the team verifies the rightful claim.
 */
@QuarkusTest
class IdentifierSquattingTest {

    private static final String ADMIN = Fixtures.ADMIN;
    /** The actor recorded for {@link #ADMIN}'s token (its subject). */
    private static final String ADMIN_ACTOR = "framework-admin";

    @Test
    void squattingIsResolvedByTheFrameworkTeamVerifyingTheRealClaimant() {
        String identifier = Fixtures.charityNumber();
        String squatter = register("Squatter " + identifier, identifier);
        String real = register("Real Charity " + identifier, identifier);
        String squatterApplication = Fixtures.submitted(squatter);
        String realApplication = Fixtures.submitted(real);

        // both flagged, in the order they claimed
        List<Map<String, Object>> claims = given().header("Authorization", ADMIN).get("/v1/identifier-claims/conflicts")
                .then().statusCode(200).extract().jsonPath()
                .getList("items.find { it.identifier == '" + identifier + "' }.claims");
        assertThat(claims).extracting(c -> c.get("organisationId")).containsExactly(squatter, real);
        assertThat(claims).extracting(c -> c.get("status")).containsExactly("CLAIMED", "CLAIMED");
        String squatterClaim = (String) claims.get(0).get("id");
        String realClaim = (String) claims.get(1).get("id");

        // neither can be qualified while the conflict stands
        for (String application : List.of(squatterApplication, realApplication)) {
            decide(application, "qualify", Map.of()).statusCode(409).contentType("application/problem+json")
                    .body("identifierConflicts", equalTo(List.of(identifier)));
        }
        decide(realApplication, "qualify", Map.of()).body("conflictingClaimIds", equalTo(List.of(squatterClaim)));

        // the framework team verifies the real claimant, with evidence; the squatter's claim is rejected
        given().contentType(ContentType.JSON).header("Authorization", ADMIN)
                .body(Map.of("evidence", "Charity Commission register entry, trustees' letter",
                        "reason", "Register name and address match"))
                .post("/v1/identifier-claims/" + realClaim + "/verify").then().statusCode(200)
                .body("status", equalTo("VERIFIED")).body("organisationId", equalTo(real))
                .body("evidence", equalTo("Charity Commission register entry, trustees' letter"))
                .body("decidedBy", equalTo(ADMIN_ACTOR));

        given().header("Authorization", TestTokens.provider(squatter)).get("/v1/organisations/" + squatter).then()
                .statusCode(200).body("legalIdentifiers", not(hasItem(identifier)));
        given().header("Authorization", TestTokens.provider(squatter))
                .get("/v1/organisations/" + squatter + "/identifier-claims").then().statusCode(200)
                .body("items.identifier", equalTo(List.of(identifier)))
                .body("items.status", equalTo(List.of("REJECTED")))
                .body("items[0].claimedBy", equalTo(ADMIN_ACTOR))
                .body("items[0].reason", equalTo("Identifier verified as organisation " + real
                        + "'s: Register name and address match"));
        given().header("Authorization", ADMIN).get("/v1/organisations/" + squatter + "/history").then().statusCode(200)
                .body("items.action", equalTo(List.of("REGISTERED", "APPLIED", "IDENTIFIER_REJECTED")))
                .body("items[2].changes.legalIdentifiers.from", equalTo(List.of(identifier)))
                .body("items[2].changes.legalIdentifiers.to", equalTo(List.of()));
        given().header("Authorization", ADMIN).get("/v1/identifier-claims/conflicts").then().statusCode(200)
                .body("items.identifier", not(hasItem(identifier)));

        decide(realApplication, "qualify", Map.of()).statusCode(200).body("status", equalTo("QUALIFIED"));
        // a decided claim is not decided again
        given().contentType(ContentType.JSON).header("Authorization", ADMIN).body(Map.of("reason", "second thoughts"))
                .post("/v1/identifier-claims/" + squatterClaim + "/reject").then().statusCode(409);

        JsonNode verified = Events.awaitEvent(real, OrganisationEvents.IDENTIFIER_VERIFIED);
        assertThat(verified.path("data").path("claimId").asText()).isEqualTo(realClaim);
        assertThat(verified.path("data").path("identifier").asText()).isEqualTo(identifier);
        assertThat(verified.path("data").path("status").asText()).isEqualTo("VERIFIED");
        JsonNode rejected = Events.awaitEvent(squatter, OrganisationEvents.IDENTIFIER_REJECTED);
        assertThat(rejected.path("data").path("claimId").asText()).isEqualTo(squatterClaim);
        assertThat(rejected.path("data").path("status").asText()).isEqualTo("REJECTED");
        JsonNode updated = Events.awaitEvent(squatter, OrganisationEvents.UPDATED,
                e -> e.path("data").path("legalIdentifiers").isEmpty());
        assertThat(updated.path("data").path("organisationId").asText()).isEqualTo(squatter);
    }

    @Test
    void aVerifiedIdentifierCannotBeClaimedByAnotherRegistration() {
        String identifier = Fixtures.charityNumber();
        String owner = register("Verified Owner " + identifier, identifier);
        String claim = given().header("Authorization", ADMIN).get("/v1/organisations/" + owner + "/identifier-claims")
                .then().statusCode(200).body("items.status", equalTo(List.of("CLAIMED"))).extract().path("items[0].id");
        given().contentType(ContentType.JSON).header("Authorization", ADMIN)
                .body(Map.of("evidence", "Register extract", "reason", "Matches"))
                .post("/v1/identifier-claims/" + claim + "/verify").then().statusCode(200);

        given().contentType(ContentType.JSON).header("Authorization", TestTokens.bearer("provider"))
                .body(Fixtures.organisation("Late Squatter", identifier)).post("/v1/organisations").then()
                .statusCode(409).contentType("application/problem+json").body("identifier", equalTo(identifier));
    }

    @Test
    void verifyingNeedsEvidenceAndAReason() {
        String identifier = Fixtures.charityNumber();
        String owner = register("Evidence Needed " + identifier, identifier);
        String claim = given().header("Authorization", ADMIN).get("/v1/organisations/" + owner + "/identifier-claims")
                .then().extract().path("items[0].id");
        given().contentType(ContentType.JSON).header("Authorization", ADMIN).body(Map.of("reason", "Looks right"))
                .post("/v1/identifier-claims/" + claim + "/verify").then().statusCode(400)
                .body("errors.field", hasItem("evidence"));
    }

    private static String register(String name, String identifier) {
        return given().contentType(ContentType.JSON).header("Authorization", ADMIN)
                .body(Fixtures.organisation(name, identifier)).post("/v1/organisations")
                .then().statusCode(201).extract().path("id");
    }
}
