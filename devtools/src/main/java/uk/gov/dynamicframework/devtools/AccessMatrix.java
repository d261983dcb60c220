package uk.gov.dynamicframework.devtools;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * An endpoint x role authorisation matrix: each row says what status each kind of caller gets; every mismatch is
 * collected, so one run shows the whole picture instead of stopping at the first.
 *
 * <p>The list of operations comes from the service's own OpenAPI document ({@link #coveringOwnDocument()}): every
 * (method, path) the document has must have at least one row, so a new operation without a row fails the test,
 * naming it ({@link #operationsWithoutRow()}).
 */
public final class AccessMatrix {

    private final Function<String, String> tokenOf;
    private final List<String> mismatches = new ArrayList<>();
    private final Set<String> checked = new LinkedHashSet<>();
    private List<Operation> operations;

    /** One operation of the document: {@code GET /v1/competitions/{id}}, matched by a pattern of its path. */
    private record Operation(String method, String path, Pattern pattern, int literalSegments) {

        static Operation of(String operation) {
            int space = operation.indexOf(' ');
            String method = operation.substring(0, space);
            String path = operation.substring(space + 1);
            StringBuilder regex = new StringBuilder("^");
            int literals = 0;
            for (String segment : path.split("/", -1)) {
                if (segment.isEmpty()) {
                    continue;
                }
                regex.append('/');
                if (segment.startsWith("{") && segment.endsWith("}")) {
                    regex.append("[^/]+");
                } else {
                    regex.append(Pattern.quote(segment));
                    literals++;
                }
            }
            return new Operation(method, path, Pattern.compile(regex.append("/?$").toString()), literals);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** {@code tokenOf}: the Authorization header value for a caller name, null for an anonymous caller. */
    public AccessMatrix(Function<String, String> tokenOf) {
        this.tokenOf = tokenOf;
    }

    /** {@code expect(ANONYMOUS, 401, OWNER, 200, ...)}. */
    public static Map<String, Integer> expect(Object... callerThenStatus) {
        Map<String, Integer> expected = new LinkedHashMap<>();
        for (int i = 0; i < callerThenStatus.length; i += 2) {
            expected.put((String) callerThenStatus[i], (Integer) callerThenStatus[i + 1]);
        }
        return expected;
    }

    /** Takes the operations to cover from the running service's {@code /q/openapi?format=json}. */
    public AccessMatrix coveringOwnDocument() {
        try {
            return covering(new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi")
                    .then().statusCode(200).extract().asString()));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("The service's OpenAPI document cannot be read", e);
        }
    }

    /** Takes the operations to cover from an OpenAPI document. */
    public AccessMatrix covering(JsonNode document) {
        operations = OpenApiCompleteness.operations(document).stream().map(Operation::of).toList();
        if (operations.isEmpty()) {
            throw new IllegalStateException("The OpenAPI document has no operations: nothing to cover");
        }
        return this;
    }

    /** Operations of the document no row checked, as {@code METHOD /path}; fails if no document was given. */
    public List<String> operationsWithoutRow() {
        if (operations == null) {
            throw new IllegalStateException("Call coveringOwnDocument() first: the matrix has no list of operations");
        }
        return operations.stream().map(Operation::toString).filter(op -> !checked.contains(op)).toList();
    }

    /** Rows whose request matches no operation of the document (a typo, or an operation that went away). */
    public List<String> rowsWithoutOperation() {
        return checked.stream().filter(op -> op.startsWith("? ")).map(op -> op.substring(2)).toList();
    }

    public void check(String method, String path, Object body, Map<String, Integer> expected) {
        checked.add(operationOf(method, path));
        expected.forEach((caller, status) -> {
            RequestSpecification request = given().contentType(ContentType.JSON);
            String token = tokenOf.apply(caller);
            if (token != null) {
                request.header("Authorization", token);
            }
            if (body != null) {
                request.body(body);
            }
            int actual = request.request(method, path).statusCode();
            if (actual != status) {
                mismatches.add(method + " " + path + " as " + caller + ": expected " + status + ", got " + actual);
            }
        });
    }

    /** The document's operation a request goes to; the most specific (most literal segments) when several match. */
    private String operationOf(String method, String path) {
        if (operations == null) {
            return "? " + method + " " + path;
        }
        String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        Optional<Operation> match = operations.stream()
                .filter(op -> op.method().equalsIgnoreCase(method) && op.pattern().matcher(bare).matches())
                .max(Comparator.comparingInt(Operation::literalSegments));
        return match.map(Operation::toString).orElse("? " + method + " " + path);
    }

    public List<String> mismatches() {
        return List.copyOf(mismatches);
    }
}
