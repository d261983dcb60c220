package uk.gov.dynamicframework.registry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.devtools.OpenApiCompleteness;

/** The OpenAPI document describes every operation: operationId, summary, tag, and an example of any request body. */
@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void everyOperationHasAnIdASummaryATagAndRequestExamples() {
        JsonNode doc = Events.json(given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().asString());
        List<String> checked = OpenApiCompleteness.operations(doc);
        assertThat(checked).contains("POST /v1/framework-applications", "POST /v1/framework-applications/{id}/suspend",
                "POST /v1/service-offers", "GET /v1/directory/providers", "GET /v1/directory/coverage");
        assertThat(OpenApiCompleteness.problems(doc)).isEmpty();
        assertThat(doc.at("/components/schemas/ServiceOfferRequest/properties").has("coverage"))
                .as("the coverage check is not a request field").isFalse();
        assertThat(doc.at("/components/schemas").has("FrameworkDecisionAction")).isTrue();
        assertThat(doc.at("/components/schemas").has("Action")).as("schema names are unique across the suite").isFalse();
    }
}
