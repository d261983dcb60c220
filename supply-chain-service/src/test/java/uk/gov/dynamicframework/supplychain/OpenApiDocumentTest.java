package uk.gov.dynamicframework.supplychain;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.devtools.OpenApiCompleteness;

/** Every operation documented and under the gateway's prefixes; every diversity figure defined in its schema. */
@QuarkusTest
class OpenApiDocumentTest {

    private static final List<String> PREFIXES = List.of("/v1/supply-chains", "/v1/supply-chain-organisations", "/v1/diversity");

    @Test
    void everyOperationIsDocumentedAndEveryFigureDefined() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().asString());
        List<String> problems = new ArrayList<>(OpenApiCompleteness.problems(doc));
        doc.path("paths").fieldNames().forEachRemaining(path -> {
            if (path.startsWith("/v1") && PREFIXES.stream().noneMatch(path::startsWith)) {
                problems.add(path + ": outside the supply-chain service's gateway prefixes");
            }
        });
        for (String schema : List.of("DiversityFigures", "DiversityOrganisationFigures", "DiversityWales", "DiversityManyAreas")) {
            doc.at("/components/schemas/" + schema + "/properties").fields().forEachRemaining(p -> {
                if (p.getValue().path("description").asText().isBlank() && !p.getValue().has("$ref")) {
                    problems.add(schema + "." + p.getKey() + ": figure without a definition");
                }
            });
        }
        assertThat(doc.at("/components/schemas/DiversityFigures/properties")).hasSizeGreaterThan(15);
        assertThat(doc.at("/components/schemas/DiversityFigures/description").asText()).contains("Voluntary = sector");
        assertThat(doc.at("/paths/~1v1~1diversity~1national/get/responses/200/content").has("text/csv")).isTrue();
        assertThat(problems).isEmpty();
    }
}
