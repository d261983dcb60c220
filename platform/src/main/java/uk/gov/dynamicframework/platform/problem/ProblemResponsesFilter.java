package uk.gov.dynamicframework.platform.problem;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * Documents the problem-details responses every operation can give, so each service's document (and the gateway's
 * merged one) tells client generators about them without repeating annotations on every method.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        addProblemSchemas(openAPI.getComponents());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> document(path, method, operation)));
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        boolean writes = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.PATCH;
        boolean hasParameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
        if (writes || hasParameters) {
            add(operation, "400", "The request is not valid: every invalid field is listed in errors");
        }
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            add(operation, "401", "No valid bearer token");
            add(operation, "403", "The token's role or organisation does not allow this");
        }
        if (path.contains("{")) {
            add(operation, "404", "No such resource, or not visible to you");
        }
        add(operation, "500", "Unexpected failure; quote the requestId");
    }

    private static void add(Operation operation, String status, String description) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        if (!operation.getResponses().hasAPIResponse(status)) {
            operation.getResponses().addAPIResponse(status, OASFactory.createAPIResponse().description(description)
                    .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                            OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)))));
        }
    }

    private static void addProblemSchemas(Components components) {
        Map<String, Schema> schemas = components.getSchemas();
        if (schemas == null || !schemas.containsKey("FieldViolation")) {
            components.addSchema("FieldViolation", OASFactory.createSchema().addType(SchemaType.OBJECT)
                    .description("One invalid field of the request")
                    .addProperty("field", string("JSON path of the field", "legalIdentifiers[0]"))
                    .addProperty("message", string("What is wrong with it", "must not be blank")));
        }
        if (schemas == null || !schemas.containsKey("Problem")) {
            components.addSchema("Problem", OASFactory.createSchema().addType(SchemaType.OBJECT)
                    .description("RFC 9457 problem details; further members may explain the case")
                    .addProperty("type", string("URI naming the kind of problem", "urn:df:problem:validation"))
                    .addProperty("title", string("Short summary of the kind of problem", "Request is not valid"))
                    .addProperty("status", OASFactory.createSchema().addType(SchemaType.INTEGER).examples(List.of(400)))
                    .addProperty("detail", string("What went wrong in this case", "2 field(s) are not valid"))
                    .addProperty("instance", string("The request path", "/v1/organisations"))
                    .addProperty("requestId", string("Correlation id (X-Request-Id)", "5b0c..."))
                    .addProperty("errors", OASFactory.createSchema().addType(SchemaType.ARRAY)
                            .items(OASFactory.createSchema().ref("#/components/schemas/FieldViolation"))));
        }
    }

    private static Schema string(String description, String example) {
        return OASFactory.createSchema().addType(SchemaType.STRING).description(description).examples(List.of(example));
    }
}
