package uk.gov.dynamicframework.platform.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void extraMembersSitAtTheTopLevelAndEmptyOnesAreLeftOut() throws Exception {
        Problem problem = new Problem("urn:df:problem:conflict", "Conflict", 409, "Already registered", "/v1/x", null,
                List.of(), Map.of("existingOrganisationId", "42"));
        JsonNode json = new ObjectMapper().valueToTree(problem);
        assertEquals("42", json.path("existingOrganisationId").asText());
        assertFalse(json.has("extensions"));
        assertFalse(json.has("errors"));
        assertFalse(json.has("requestId"));
        assertEquals(409, json.path("status").asInt());
    }
}
