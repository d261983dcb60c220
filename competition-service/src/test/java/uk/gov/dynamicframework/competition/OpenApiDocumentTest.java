package uk.gov.dynamicframework.competition;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every operation has an operationId, summary, tag and, for request bodies, an example; paths stay under our prefixes. */
@QuarkusTest
class OpenApiDocumentTest {

    private static final List<String> PREFIXES = List.of("/v1/opportunities", "/v1/opportunity-subscriptions",
            "/v1/competitions", "/v1/bidders", "/v1/commissioning-bodies", "/v1/ocds");

    @Test
    void everyOperationIsDocumentedAndUnderTheServicesPathPrefixes() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().asString());
        List<String> problems = new ArrayList<>();
        Set<String> operationIds = new HashSet<>();
        doc.path("paths").fields().forEachRemaining(path -> {
            if (path.getKey().startsWith("/v1") && PREFIXES.stream().noneMatch(path.getKey()::startsWith)) {
                problems.add(path.getKey() + ": outside the competition service's gateway prefixes");
            }
            path.getValue().fields().forEachRemaining(op -> {
                if (!List.of("get", "post", "put", "patch", "delete").contains(op.getKey())) {
                    return;
                }
                String name = op.getKey().toUpperCase() + " " + path.getKey();
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
                    if (!(body.has("example") || body.has("examples") || schema.has("example") || schema.has("examples"))) {
                        problems.add(name + ": request body has no example");
                    }
                }
            });
        });
        assertThat(operationIds).contains("submitBid", "publishCompetition", "decideCompetitionAward",
                "getCompetitionOcdsReleasePackage", "subscribeToOpportunities", "askClarification");
        assertThat(problems).isEmpty();
        assertThat(doc.at("/components/schemas").has("Status")).as("schema names are unique across the suite").isFalse();
        assertThat(doc.at("/components/schemas").has("CompetitionMoney")).isTrue();
    }
}
