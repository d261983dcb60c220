package uk.gov.dynamicframework.registry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The OpenAPI document describes every operation: operationId, summary, tag, and an example of any request body. */
@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void everyOperationHasAnIdASummaryATagAndRequestExamples() {
        JsonNode doc = Events.json(given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().asString());
        List<String> problems = new ArrayList<>();
        Set<String> operationIds = new HashSet<>();
        List<String> checked = new ArrayList<>();
        doc.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (!List.of("get", "post", "put", "patch", "delete").contains(op.getKey())) {
                return;
            }
            String name = op.getKey().toUpperCase() + " " + path.getKey();
            checked.add(name);
            JsonNode operation = op.getValue();
            if (operation.path("operationId").asText().isBlank() || !operationIds.add(operation.path("operationId").asText())) {
                problems.add(name + ": missing or repeated operationId");
            }
            if (operation.path("summary").asText().isBlank()) {
                problems.add(name + ": no summary");
            }
            if (operation.path("tags").isEmpty()) {
                problems.add(name + ": no tag");
            }
            JsonNode body = operation.path("requestBody").path("content").path("application/json");
            if (!body.isMissingNode()) {
                JsonNode schema = body.path("schema");
                String ref = schema.path("$ref").asText();
                if (!ref.isEmpty()) {
                    schema = doc.at(ref.substring(1));
                }
                boolean hasExample = body.has("example") || body.has("examples") || schema.has("example")
                        || schema.has("examples");
                if (!hasExample) {
                    problems.add(name + ": request body has no example");
                }
            }
        }));
        assertThat(checked).contains("POST /v1/framework-applications", "POST /v1/framework-applications/{id}/suspend",
                "POST /v1/service-offers", "GET /v1/directory/providers", "GET /v1/directory/coverage");
        assertThat(problems).isEmpty();
        assertThat(doc.at("/components/schemas/ServiceOfferRequest/properties").has("coverage"))
                .as("the coverage check is not a request field").isFalse();
        assertThat(doc.at("/components/schemas").has("FrameworkDecisionAction")).isTrue();
        assertThat(doc.at("/components/schemas").has("Action")).as("schema names are unique across the suite").isFalse();
    }
}
