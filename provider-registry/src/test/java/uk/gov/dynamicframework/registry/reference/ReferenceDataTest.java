package uk.gov.dynamicframework.registry.reference;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The public reference lists, served from platform's in-memory ReferenceCodes snapshot of the V1 tables. */
@QuarkusTest
class ReferenceDataTest {

    @Test
    void theFrameworksCategoriesRegionsAndAreasAreListedInCodeOrder() {
        given().get("/v1/service-categories").then().statusCode(200).body("items", hasSize(14))
                .body("items[0].code", equalTo("ACCOMMODATION"))
                .body("items.find { it.code == 'WOMEN' }.kind", equalTo("cohort"));
        given().get("/v1/probation-regions").then().statusCode(200).body("items", hasSize(12))
                .body("items.find { it.code == 'WA' }.deliusCode", equalTo("N03"));
        given().get("/v1/police-force-areas").then().statusCode(200).body("items", hasSize(43))
                .body("items[0].gssCode", equalTo("E23000001"))
                .body("items[0].regionCode", equalTo("LN"));
    }

    @Test
    void theAreasOfOneRegionAreExactlyItsAreas() {
        given().queryParam("region", "WA").get("/v1/police-force-areas").then().statusCode(200)
                .body("items.gssCode", equalTo(List.of("W15000001", "W15000002", "W15000003", "W15000004")));
    }

    @Test
    void anUnknownRegionIsA400NamingTheParameterAndTheValidCodes() {
        given().queryParam("region", "XX").get("/v1/police-force-areas").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("region")))
                .body("errors[0].message", containsString("unknown probation region code 'XX'"))
                .body("errors[0].message", containsString("KSS"));
    }
}
