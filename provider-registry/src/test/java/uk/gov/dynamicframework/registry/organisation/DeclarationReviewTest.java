package uk.gov.dynamicframework.registry.organisation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.registry.Events;
import uk.gov.dynamicframework.registry.Fixtures;
import uk.gov.dynamicframework.registry.Fixtures.Provider;

/**
 * After qualification, a change to the declarations that feed the directory, eligibility and the diversity figures
 * waits for the framework team; the organisation keeps its approved values meanwhile, self-service fields apply at once.
 */
@QuarkusTest
class DeclarationReviewTest {

    private static final String ADMIN = Fixtures.ADMIN;

    @Test
    void aPendingChangeIsNotVisibleInTheDirectoryNorThePublicViewUntilApproved() {
        String tag = Fixtures.uniqueName("Review");
        Provider provider = Fixtures.provider(tag + " Trust").offering("ACCOMMODATION", List.of("E23000035"), List.of())
                .create();
        Map<String, Object> changed = asked(provider, "PRIVATE", "https://changed.example.org");

        String etag = given().header("Authorization", provider.token()).get("/v1/organisations/" + provider.id())
                .then().extract().header("ETag");
        given().contentType(ContentType.JSON).header("Authorization", provider.token()).header("If-Match", etag)
                .body(changed).put("/v1/organisations/" + provider.id()).then().statusCode(202)
                .body("sector", equalTo("VOLUNTARY_AND_COMMUNITY"))
                .body("website", equalTo("https://changed.example.org"));

        given().get("/v1/organisations/" + provider.id()).then().statusCode(200)
                .body("sector", equalTo("VOLUNTARY_AND_COMMUNITY")).body("website", equalTo("https://changed.example.org"));
        assertThat(directoryIds(tag, "PRIVATE")).isEmpty();
        assertThat(directoryIds(tag, "VOLUNTARY_AND_COMMUNITY")).containsExactly(provider.id());

        String change = given().header("Authorization", ADMIN)
                .get("/v1/organisation-changes?status=PENDING&organisationId=" + provider.id()).then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].changes.sector.from", equalTo("VOLUNTARY_AND_COMMUNITY"))
                .body("items[0].changes.sector.to", equalTo("PRIVATE"))
                .body("items[0].changes.keySet()", equalTo(java.util.Set.of("sector")))
                .extract().path("items[0].id");
        JsonNode requested = Events.awaitEvent(provider.id(), OrganisationEvents.CHANGE_REQUESTED);
        assertThat(requested.path("data").path("changeId").asText()).isEqualTo(change);
        assertThat(requested.path("data").path("organisation").path("sector").asText()).isEqualTo("VOLUNTARY_AND_COMMUNITY");

        given().contentType(ContentType.JSON).header("Authorization", ADMIN)
                .body(Map.of("reason", "Now a private company, confirmed by Companies House"))
                .post("/v1/organisation-changes/" + change + "/approve").then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("decidedBy", equalTo("framework-admin"))
                .body("reason", equalTo("Now a private company, confirmed by Companies House"));

        given().get("/v1/organisations/" + provider.id()).then().statusCode(200).body("sector", equalTo("PRIVATE"));
        assertThat(directoryIds(tag, "PRIVATE")).containsExactly(provider.id());
        assertThat(directoryIds(tag, "VOLUNTARY_AND_COMMUNITY")).isEmpty();
        JsonNode approved = Events.awaitEvent(provider.id(), OrganisationEvents.CHANGE_APPROVED);
        assertThat(approved.path("data").path("changeId").asText()).isEqualTo(change);
        assertThat(approved.path("data").path("organisation").path("sector").asText()).isEqualTo("PRIVATE");
        Events.awaitEvent(provider.id(), OrganisationEvents.UPDATED,
                e -> "PRIVATE".equals(e.path("data").path("sector").asText()));
        // decided once only
        given().contentType(ContentType.JSON).header("Authorization", ADMIN).body(Map.of("reason", "again"))
                .post("/v1/organisation-changes/" + change + "/reject").then().statusCode(409);
    }

    @Test
    void aRejectedChangeLeavesTheApprovedValues() {
        Provider provider = Fixtures.provider(Fixtures.uniqueName("Rejected Change")).create();
        Map<String, Object> changed = asked(provider, "VOLUNTARY_AND_COMMUNITY", null);
        changed.put("incomeBand", "OVER_10M");
        String etag = given().header("Authorization", provider.token()).get("/v1/organisations/" + provider.id())
                .then().extract().header("ETag");
        given().contentType(ContentType.JSON).header("Authorization", provider.token()).header("If-Match", etag)
                .body(changed).put("/v1/organisations/" + provider.id()).then().statusCode(202)
                .body("incomeBand", equalTo("UNDER_100K"));
        String change = given().header("Authorization", provider.token()).get("/v1/organisation-changes").then()
                .statusCode(200).body("items.status", equalTo(List.of("PENDING"))).extract().path("items[0].id");

        given().contentType(ContentType.JSON).header("Authorization", ADMIN)
                .body(Map.of("reason", "Accounts show an income under 100k"))
                .post("/v1/organisation-changes/" + change + "/reject").then().statusCode(200)
                .body("status", equalTo("REJECTED"));

        given().get("/v1/organisations/" + provider.id()).then().statusCode(200).body("incomeBand", equalTo("UNDER_100K"));
        given().header("Authorization", provider.token()).get("/v1/organisations/" + provider.id() + "/history").then()
                .body("items.action", equalTo(List.of("REGISTERED", "APPLIED", "QUALIFIED", "CHANGE_REQUESTED",
                        "CHANGE_REJECTED")))
                .body("items[4].reason", equalTo("Accounts show an income under 100k"));
        JsonNode rejected = Events.awaitEvent(provider.id(), OrganisationEvents.CHANGE_REJECTED);
        assertThat(rejected.path("data").path("reason").asText()).isEqualTo("Accounts show an income under 100k");
        assertThat(rejected.path("data").path("organisation").path("incomeBand").asText()).isEqualTo("UNDER_100K");
        assertThat(rejected.path("data").path("changes").path("incomeBand").path("to").asText()).isEqualTo("OVER_10M");
    }

    /** The provider's own details as it reads them, with {@code sector} and {@code website} changed. */
    private static Map<String, Object> asked(Provider provider, String sector, String website) {
        Map<String, Object> own = given().header("Authorization", provider.token())
                .get("/v1/organisations/" + provider.id()).then().statusCode(200).extract().jsonPath().getMap("$");
        Map<String, Object> body = Fixtures.organisation((String) own.get("name"),
                ((List<String>) own.get("legalIdentifiers")).get(0));
        body.put("sector", sector);
        if (website != null) {
            body.put("website", website);
        }
        return body;
    }

    private static List<String> directoryIds(String tag, String sector) {
        return given().queryParam("q", tag).queryParam("sector", sector).get("/v1/directory/providers").then()
                .statusCode(200).extract().jsonPath().getList("items.id");
    }
}
