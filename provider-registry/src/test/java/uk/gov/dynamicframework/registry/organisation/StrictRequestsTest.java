package uk.gov.dynamicframework.registry.organisation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.devtools.TestTokens;
import uk.gov.dynamicframework.registry.Fixtures;

/** Writes are strict: what the service would ignore or cannot parse is a 400 naming the field, never 404 or 500. */
@QuarkusTest
class StrictRequestsTest {

    @Test
    void aProviderSettingItsOwnFrameworkStatusIsRefusedNamingTheField() {
        String id = Fixtures.registered("Mass Assignment Ltd");
        String own = TestTokens.provider(id);
        String etag = given().header("Authorization", own).get("/v1/organisations/" + id)
                .then().statusCode(200).extract().header("ETag");
        String identifier = given().header("Authorization", own).get("/v1/organisations/" + id)
                .then().extract().path("legalIdentifiers[0]");
        Map<String, Object> update = Fixtures.organisation("Mass Assignment Ltd", identifier);
        update.put("frameworkStatus", "QUALIFIED");

        given().contentType(ContentType.JSON).header("Authorization", own).header("If-Match", etag).body(update)
                .put("/v1/organisations/" + id)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("frameworkStatus"))
                .body("errors[0].message", equalTo("is not a property of this request"))
                .body("errors.size()", equalTo(1));

        given().header("Authorization", own).get("/v1/organisations/" + id)
                .then().statusCode(200).body("frameworkStatus", equalTo("NOT_APPLIED")).header("ETag", equalTo(etag));
    }

    @Test
    void anUnknownNestedPropertyIsNamedByItsPath() {
        Map<String, Object> body = Fixtures.organisation("Nested Unknown", Fixtures.charityNumber());
        body.put("address", Map.of("line1", "1 High Street", "town", "Cardiff", "postcode", "CF10 1AA", "planet", "Mars"));

        given().contentType(ContentType.JSON).header("Authorization", Fixtures.ADMIN).body(body)
                .post("/v1/organisations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("address.planet"));
    }

    @Test
    void aValueOfAnEnumThatDoesNotExistIsRefusedNamingTheField() {
        Map<String, Object> body = Fixtures.organisation("Bad Enum", Fixtures.charityNumber());
        body.put("incomeBand", "BILLIONS");

        given().contentType(ContentType.JSON).header("Authorization", Fixtures.ADMIN).body(body)
                .post("/v1/organisations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("incomeBand"));
    }

    @Test
    void aNumberForAnEnumAndADuplicatedPropertyAreRefused() {
        Map<String, Object> body = Fixtures.organisation("Numeric Enum", Fixtures.charityNumber());
        body.put("incomeBand", 0);
        given().contentType(ContentType.JSON).header("Authorization", Fixtures.ADMIN).body(body)
                .post("/v1/organisations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("incomeBand"));

        given().contentType(ContentType.JSON).header("Authorization", Fixtures.ADMIN)
                .body("{\"name\": \"A\", \"name\": \"B\"}")
                .post("/v1/organisations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("name"));
    }

    @Test
    void aPathParameterThatIsNotAUuidIsA400NamingItNotA404() {
        given().header("Authorization", Fixtures.ADMIN).get("/v1/organisations/not-a-uuid")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("id"))
                .body("errors[0].message", equalTo("must be a UUID"));
    }

    @Test
    void queryParametersThatDoNotParseAreA400NamingThem() {
        given().header("Authorization", Fixtures.ADMIN).queryParam("organisationId", "42")
                .get("/v1/framework-applications")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("organisationId"));
        given().header("Authorization", Fixtures.ADMIN).queryParam("page", "first")
                .get("/v1/organisations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("page"))
                .body("errors[0].message", equalTo("must be a whole number"));
    }

    @Test
    void readsOfListsStayTheSameShape() {
        String id = Fixtures.registered("History Shape");
        given().header("Authorization", Fixtures.ADMIN).get("/v1/organisations/" + id + "/history")
                .then().statusCode(200).body("items.action", equalTo(List.of("REGISTERED")));
    }
}
