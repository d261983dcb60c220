package uk.gov.dynamicframework.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.devtools.OpenApiCompleteness;

/** Every operation has an operationId, summary, tag, error responses and, for request bodies, an example. */
@QuarkusTest
class OpenApiDocumentTest {

    /** The gateway routes these prefixes to this service. */
    private static final List<String> PREFIXES = List.of("/v1/agreements", "/v1/contract-types");

    @Test
    void everyOperationIsDocumentedAndUnderTheServicesPathPrefixes() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().asString());
        List<String> problems = new ArrayList<>(OpenApiCompleteness.problems(doc));
        doc.path("paths").fields().forEachRemaining(path -> {
            if (path.getKey().startsWith("/v1") && PREFIXES.stream().noneMatch(path.getKey()::startsWith)) {
                problems.add(path.getKey() + ": outside the contract service's gateway prefixes");
            }
            path.getValue().fields().forEachRemaining(op -> {
                if (!path.getKey().startsWith("/v1") || !List.of("get", "post", "put", "delete", "patch").contains(op.getKey())) {
                    return;
                }
                List<String> errors = new ArrayList<>();
                op.getValue().path("responses").fields().forEachRemaining(response -> {
                    if (response.getKey().startsWith("4") && response.getValue().path("content").has("application/problem+json")) {
                        errors.add(response.getKey());
                    }
                });
                boolean canBeRefused = path.getKey().contains("{") || op.getValue().has("parameters")
                        || op.getValue().has("requestBody") || op.getValue().has("security");
                if (canBeRefused && errors.isEmpty()) {
                    problems.add(op.getKey() + " " + path.getKey() + ": no documented 4xx problem response");
                }
            });
        });
        assertThat(problems).isEmpty();

        List<String> operationIds = new ArrayList<>();
        doc.path("paths").forEach(item -> item.forEach(op -> operationIds.add(op.path("operationId").asText())));
        assertThat(operationIds).contains("recordAgreement", "varyAgreement", "extendAgreement", "placeCallOffOrder",
                "publishRateCard", "listRecommissioningPipeline", "filePerformanceReturn", "getAgreement360Giving",
                "getAgreementOcdsRelease", "getAgreementHistory");
        JsonNode place = doc.at("/paths/~1v1~1agreements~1{agreementId}~1call-off-orders/post/responses");
        assertThat(place.has("422")).as("the over-cap refusal is documented").isTrue();
        assertThat(place.at("/422/content").has("application/problem+json")).isTrue();
        JsonNode schemas = doc.at("/components/schemas");
        assertThat(schemas.has("Money")).isTrue();
        assertThat(schemas.has("AgreementView")).isTrue();
        assertThat(schemas.has("Status") || schemas.has("View") || schemas.has("Item")).as("schema names are unique across the suite").isFalse();
    }
}
