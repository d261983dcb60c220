package uk.gov.dynamicframework.devtools;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What client generators need of an OpenAPI document: every operation with a unique operationId, a summary and a
 * tag, and an example for every JSON request body. Used on each service's document and on the gateway's merged one.
 */
public final class OpenApiCompleteness {

    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    private OpenApiCompleteness() {
    }

    /** Every operation checked, as {@code METHOD /path}. */
    public static List<String> operations(JsonNode document) {
        List<String> operations = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (METHODS.contains(op.getKey())) {
                operations.add(op.getKey().toUpperCase() + " " + path.getKey());
            }
        }));
        return operations;
    }

    /** What is missing, one line per gap; empty for a complete document. */
    public static List<String> problems(JsonNode document) {
        List<String> problems = new ArrayList<>();
        Set<String> operationIds = new HashSet<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (!METHODS.contains(op.getKey())) {
                return;
            }
            String name = op.getKey().toUpperCase() + " " + path.getKey();
            JsonNode operation = op.getValue();
            String operationId = operation.path("operationId").asText();
            if (operationId.isBlank() || !operationIds.add(operationId)) {
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
                    schema = document.at(ref.substring(1));
                }
                if (!(body.has("example") || body.has("examples") || schema.has("example") || schema.has("examples"))) {
                    problems.add(name + ": request body has no example");
                }
            }
        }));
        return problems;
    }
}
