package uk.gov.dynamicframework.competition;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.competition.support.Fixtures;

/** Dates, enums and ids that do not parse are a 400 naming the field, in the body and in the path. */
@QuarkusTest
class StrictRequestsTest {

    private static String owner;

    /** The owning body, made on first use (once the service runs). */
    private static synchronized String owner() {
        if (owner == null) {
            owner = Fixtures.body("STRICT", "REGIONAL_PROBATION_DIRECTOR");
        }
        return owner;
    }

    @Test
    void aDateThatDoesNotExistIsRefusedNamingTheField() {
        Map<String, Object> request = competitionWithLot(lot -> lot.put("contractStart", "2027-02-30"));
        refused(request, "lots[0].contractStart");
    }

    @Test
    void anUnknownEnumValueIsRefusedNamingTheField() {
        Map<String, Object> request = competitionWithLot(lot -> lot.put("fundingMechanism", "LOTTERY"));
        refused(request, "lots[0].fundingMechanism");
    }

    @Test
    void anUnknownPropertyIsRefusedNamingIt() {
        Map<String, Object> request = competitionWithLot(lot -> { });
        request.put("status", "AWARDED");
        refused(request, "status");
    }

    @Test
    void aCompetitionIdThatIsNotAUuidIsA400NotA404() {
        given().get("/v1/competitions/42").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("competitionId"));
    }

    private static Map<String, Object> competitionWithLot(java.util.function.Consumer<Map<String, Object>> change) {
        Map<String, Object> request = new HashMap<>(Fixtures.competition(owner()).lot("ACCOMMODATION", "90000.00",
                "E23000007").request());
        @SuppressWarnings("unchecked")
        Map<String, Object> lot = new HashMap<>(((List<Map<String, Object>>) request.get("lots")).get(0));
        change.accept(lot);
        request.put("lots", List.of(lot));
        return request;
    }

    private static void refused(Map<String, Object> request, String field) {
        given().contentType(ContentType.JSON).header("Authorization", Fixtures.commissioner(owner())).body(request)
                .post("/v1/competitions").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo(field));
    }
}
