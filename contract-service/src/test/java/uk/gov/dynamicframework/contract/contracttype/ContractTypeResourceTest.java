package uk.gov.dynamicframework.contract.contracttype;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ContractTypeResourceTest {

    @Test
    void personalWellbeingBundlesItsFourCategories() {
        given().get("/v1/contract-types").then().statusCode(200)
                .body("items", hasSize(6))
                .body("items.find { it.code == 'PWB' }.categories",
                        hasItems("LIFESTYLE_ASSOCIATES", "FAMILY_SIGNIFICANT_OTHERS", "EMOTIONAL_WELLBEING", "SOCIAL_INCLUSION"))
                .body("items.find { it.code == 'WOS' }.usualGeography", equalTo("police force area"));
    }

    @Test
    void anUnknownPathIsAProblemNotAPage() {
        given().get("/v1/contract-types/NOPE").then().statusCode(404).contentType("application/problem+json");
    }
}
