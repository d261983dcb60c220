package uk.gov.dynamicframework.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Merges the services' OpenAPI documents into one for the whole suite: every public {@code /v1} path, every schema,
 * tag and security scheme. A schema name two services use for different shapes is prefixed with the service's name
 * (and every reference to it rewritten), and so is a clashing operationId, so generated clients never collide.
 */
public final class OpenApiMerger {

    private static final String SCHEMA_REF = "#/components/schemas/";
    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private final ObjectMapper mapper;

    public OpenApiMerger(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** {@code documents}: service name to its document, or null when it could not be read. */
    public ObjectNode merge(Map<String, JsonNode> documents, String title, String description) {
        ObjectNode merged = mapper.createObjectNode();
        merged.put("openapi", "3.1.0");
        merged.putObject("info").put("title", title).put("version", "1.0").put("description", description);
        merged.putArray("servers").addObject().put("url", "/");
        ArrayNode tags = merged.putArray("tags");
        ObjectNode paths = merged.putObject("paths");
        ObjectNode components = merged.putObject("components");
        ObjectNode schemas = components.putObject("schemas");
        ObjectNode securitySchemes = components.putObject("securitySchemes");
        ArrayNode sources = merged.putArray("x-services");
        Set<String> tagNames = new HashSet<>();
        Set<String> operationIds = new HashSet<>();

        documents.forEach((service, original) -> {
            sources.addObject().put("name", service).put("available", original != null);
            if (original == null) {
                return;
            }
            JsonNode document = original.deepCopy();
            if (document.has("openapi")) {
                merged.put("openapi", document.get("openapi").asText());
            }
            Map<String, String> renames = new HashMap<>();
            document.path("components").path("schemas").fields().forEachRemaining(entry -> {
                JsonNode existing = schemas.get(entry.getKey());
                if (existing != null && !existing.equals(entry.getValue())) {
                    renames.put(entry.getKey(), pascal(service) + entry.getKey());
                }
            });
            rewriteRefs(document, renames);
            document.path("components").path("schemas").fields().forEachRemaining(entry ->
                    schemas.set(renames.getOrDefault(entry.getKey(), entry.getKey()), entry.getValue()));
            document.path("components").path("securitySchemes").fields()
                    .forEachRemaining(entry -> securitySchemes.set(entry.getKey(), entry.getValue()));
            document.path("tags").forEach(tag -> {
                if (tagNames.add(tag.path("name").asText())) {
                    tags.add(tag);
                }
            });
            document.path("paths").fields().forEachRemaining(entry -> {
                if (entry.getKey().startsWith("/v1/") && !paths.has(entry.getKey())) {
                    uniqueOperationIds(entry.getValue(), service, operationIds);
                    paths.set(entry.getKey(), entry.getValue());
                }
            });
        });
        return merged;
    }

    private static void uniqueOperationIds(JsonNode pathItem, String service, Set<String> seen) {
        pathItem.fields().forEachRemaining(entry -> {
            if (HTTP_METHODS.contains(entry.getKey()) && entry.getValue() instanceof ObjectNode operation
                    && operation.hasNonNull("operationId")) {
                String id = operation.get("operationId").asText();
                if (!seen.add(id)) {
                    String unique = camel(service) + Character.toUpperCase(id.charAt(0)) + id.substring(1);
                    operation.put("operationId", unique);
                    seen.add(unique);
                }
            }
        });
    }

    private static void rewriteRefs(JsonNode node, Map<String, String> renames) {
        if (renames.isEmpty()) {
            return;
        }
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith(SCHEMA_REF)) {
                String name = ref.asText().substring(SCHEMA_REF.length());
                if (renames.containsKey(name)) {
                    object.set("$ref", TextNode.valueOf(SCHEMA_REF + renames.get(name)));
                }
            }
            object.elements().forEachRemaining(child -> rewriteRefs(child, renames));
        } else if (node instanceof ArrayNode array) {
            array.elements().forEachRemaining(child -> rewriteRefs(child, renames));
        }
    }

    /** {@code supply-chain-service} becomes {@code SupplyChainService}. */
    static String pascal(String service) {
        StringBuilder out = new StringBuilder();
        for (String part : service.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return out.toString();
    }

    static String camel(String service) {
        String pascal = pascal(service);
        return Character.toLowerCase(pascal.charAt(0)) + pascal.substring(1);
    }
}
