package uk.gov.dynamicframework.competition;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.devtools.OpenApiCompleteness;

/** Every operation has an operationId, summary, tag and, for request bodies, an example; paths stay under our prefixes. */
@QuarkusTest
class OpenApiDocumentTest {

    private static final List<String> PREFIXES = List.of("/v1/opportunities", "/v1/opportunity-subscriptions",
            "/v1/competitions", "/v1/bidders", "/v1/commissioning-bodies", "/v1/ocds");

    @Test
    void everyOperationIsDocumentedAndUnderTheServicesPathPrefixes() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().asString());
        List<String> problems = new ArrayList<>(OpenApiCompleteness.problems(doc));
        doc.path("paths").fieldNames().forEachRemaining(path -> {
            if (path.startsWith("/v1") && PREFIXES.stream().noneMatch(path::startsWith)) {
                problems.add(path + ": outside the competition service's gateway prefixes");
            }
        });
        List<String> operationIds = new ArrayList<>();
        doc.path("paths").forEach(item -> item.forEach(op -> operationIds.add(op.path("operationId").asText())));
        assertThat(operationIds).contains("submitBid", "publishCompetition", "decideCompetitionAward",
                "getCompetitionOcdsReleasePackage", "subscribeToOpportunities", "askClarification");
        assertThat(problems).isEmpty();
        assertThat(doc.at("/components/schemas").has("Status")).as("schema names are unique across the suite").isFalse();
        assertThat(doc.at("/components/schemas").has("Money")).isTrue();
    }
}
