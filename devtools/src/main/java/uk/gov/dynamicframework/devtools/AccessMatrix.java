package uk.gov.dynamicframework.devtools;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * An endpoint x role authorisation matrix: each row says what status each kind of caller gets; every mismatch is
 * collected, so one run shows the whole picture instead of stopping at the first.
 */
public final class AccessMatrix {

    private final Function<String, String> tokenOf;
    private final List<String> mismatches = new ArrayList<>();

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

    public void check(String method, String path, Object body, Map<String, Integer> expected) {
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

    public List<String> mismatches() {
        return List.copyOf(mismatches);
    }
}
