package uk.gov.dynamicframework.gateway.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpenApiMergerTest {

    private final ObjectMapper mapper = new ObjectMapper();
    private final OpenApiMerger merger = new OpenApiMerger(mapper);

    private JsonNode json(String text) throws Exception {
        return mapper.readTree(text);
    }

    @Test
    void clashingSchemasArePrefixedWithTheirServiceAndReferencesFollow() throws Exception {
        Map<String, JsonNode> docs = new LinkedHashMap<>();
        docs.put("provider-registry", json("""
                {"paths":{"/v1/organisations":{"get":{"operationId":"list","responses":{"200":{"content":{"application/json":
                 {"schema":{"$ref":"#/components/schemas/Summary"}}}}}}}},
                 "components":{"schemas":{"Summary":{"type":"object","properties":{"name":{"type":"string"}}},
                                          "Problem":{"type":"object"}}}}"""));
        docs.put("competition-service", json("""
                {"paths":{"/v1/competitions":{"get":{"operationId":"list","responses":{"200":{"content":{"application/json":
                 {"schema":{"$ref":"#/components/schemas/Summary"}}}}}}},"/q/health":{"get":{}}},
                 "components":{"schemas":{"Summary":{"type":"object","properties":{"lots":{"type":"integer"}}},
                                          "Problem":{"type":"object"}}}}"""));

        JsonNode merged = merger.merge(docs, "Suite", "All of it");

        assertThat(merged.path("components").path("schemas").has("Summary")).isTrue();
        assertThat(merged.path("components").path("schemas").has("CompetitionServiceSummary")).isTrue();
        assertThat(merged.path("components").path("schemas").has("CompetitionServiceProblem"))
                .as("identical schemas are shared, not renamed").isFalse();
        assertThat(merged.at("/paths/~1v1~1competitions/get/responses/200/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/CompetitionServiceSummary");
        assertThat(merged.at("/paths/~1v1~1organisations/get/responses/200/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/Summary");
        assertThat(merged.at("/paths/~1v1~1competitions/get/operationId").asText()).isEqualTo("competitionServiceList");
        assertThat(merged.path("paths").has("/q/health")).as("only public /v1 paths").isFalse();
    }

    @Test
    void aServiceThatCannotBeReadIsListedAsUnavailable() throws Exception {
        Map<String, JsonNode> docs = new LinkedHashMap<>();
        docs.put("contract-service", null);
        JsonNode merged = merger.merge(docs, "Suite", "All of it");
        assertThat(merged.path("x-services").get(0).path("available").asBoolean()).isFalse();
    }
}
