package uk.gov.dynamicframework.competition.lot;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static uk.gov.dynamicframework.competition.support.Fixtures.commissioner;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.competition.support.Fixtures;

/** What an agreement made from a lot needs: its contract type, who may be served and the complexity levels offered. */
@QuarkusTest
class LotTermsTest {

    @Test
    void aLotNamesAKnownContractTypeAndMayNarrowWhoIsServedAndTheComplexityLevels() {
        String owner = Fixtures.body("SW-RPD", "REGIONAL_PROBATION_DIRECTOR");
        var request = Fixtures.competition(owner).lot("WOMEN", "90000.00", "E23000035").request();
        lot(request).put("contractType", "WOS");
        lot(request).put("eligiblePopulation", List.of("WOMEN", "AGED_18_TO_25"));
        lot(request).put("complexityLevels", List.of("HIGH", "MEDIUM"));
        given().contentType(ContentType.JSON).header("Authorization", commissioner(owner)).body(request)
                .post("/v1/competitions").then().statusCode(201)
                .body("lots[0].contractType", equalTo("WOS"))
                .body("lots[0].eligiblePopulation", equalTo(List.of("WOMEN", "AGED_18_TO_25")))
                .body("lots[0].complexityLevels", equalTo(List.of("MEDIUM", "HIGH")));
    }

    @Test
    void whoIsServedDefaultsToAnyoneAndComplexityToEveryLevel() {
        String owner = Fixtures.body("SW-RPD", "REGIONAL_PROBATION_DIRECTOR");
        var request = Fixtures.competition(owner).lot("ACCOMMODATION", "90000.00", "E23000035").request();
        given().contentType(ContentType.JSON).header("Authorization", commissioner(owner)).body(request)
                .post("/v1/competitions").then().statusCode(201)
                .body("lots[0].contractType", equalTo("ACC"))
                .body("lots[0].eligiblePopulation", equalTo(List.of("ANY")))
                .body("lots[0].complexityLevels", equalTo(List.of("LOW", "MEDIUM", "HIGH")));
    }

    @Test
    void aMissingOrUnknownContractTypeAnEmptyComplexityListOrAnyWithAGroupIsABadRequestNamingTheField() {
        String owner = Fixtures.body("SW-RPD", "REGIONAL_PROBATION_DIRECTOR");
        var missing = Fixtures.competition(owner).lot("ACCOMMODATION", "90000.00", "E23000035").request();
        lot(missing).remove("contractType");
        post(owner, missing).statusCode(400).body("errors.field", hasItem("lots[0].contractType"));

        var unknown = Fixtures.competition(owner).lot("ACCOMMODATION", "90000.00", "E23000035").request();
        lot(unknown).put("contractType", "NOPE");
        post(owner, unknown).statusCode(400).body("errors.field", hasItem("lots[0].contractType"))
                .body("errors.find { it.field == 'lots[0].contractType' }.message", containsString("NOPE"));

        var noLevels = Fixtures.competition(owner).lot("ACCOMMODATION", "90000.00", "E23000035").request();
        lot(noLevels).put("complexityLevels", List.of());
        post(owner, noLevels).statusCode(400).body("errors.field", hasItem("lots[0].complexityLevels"));

        var anyAndWomen = Fixtures.competition(owner).lot("ACCOMMODATION", "90000.00", "E23000035").request();
        lot(anyAndWomen).put("eligiblePopulation", List.of("ANY", "WOMEN"));
        post(owner, anyAndWomen).statusCode(400).body("errors.field", equalTo(List.of("lots[0].eligiblePopulation")));
    }

    private static io.restassured.response.ValidatableResponse post(String owner, Map<String, Object> request) {
        return given().contentType(ContentType.JSON).header("Authorization", commissioner(owner)).body(request)
                .post("/v1/competitions").then();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> lot(Map<String, Object> request) {
        return ((List<Map<String, Object>>) request.get("lots")).get(0);
    }
}
