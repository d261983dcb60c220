package uk.gov.dynamicframework.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.devtools.TestTokens;

/**
 * A few hundred invalid requests, from a fixed seed, against the gateway and the fake services behind it: none may
 * get a 5xx other than the gateway's own 502/503/504 for an unavailable service, and every 4xx must be a problem.
 * (Requests that are not HTTP at all, which Vert.x's codec refuses before any handler, are out of scope.)
 */
@QuarkusTest
@WithTestResource(FakeServices.class)
@TestProfile(GatewayFuzzTest.NoRateLimit.class)
class GatewayFuzzTest {

    public static class NoRateLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.rate-limit.enabled", "false");
        }
    }

    private static final Set<Integer> UNAVAILABLE = Set.of(502, 503, 504);
    private static final String[] PREFIXES = { "/v1/organisations", "/v1/competitions", "/v1/directory/providers",
            "/v1/agreements", "/v1", "/v2", "/", "/q/nothing", "/v1/organisations/echo" };
    private static final String[] METHODS = { "GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE",
            "PROPFIND", "FOO", "get" };
    private static final String[] CONTENT_TYPES = { "application/json", "text/plain", "application/xml",
            "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "application/json; charset=EBCDIC",
            "*/*", "nonsense", "application/problem+json" };
    private static final String[] AUTHORIZATIONS = { null, "Bearer", "Bearer ", "Bearer a.b.c", "Basic dXNlcjpwYXNz",
            "bearer " + "x".repeat(3000), "Negotiate abc", "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0." };
    private static final String[] BODIES = { "{", "}", "[", "{\"a\":", "null", "\"\"", "{\"amount\": 1E+3000000}",
            "{\"a\":" + "[".repeat(2000) + "}", "\u0000\u0001\u0002", "<xml/>", "{\"a\":\"\\uZZZZ\"}", "" };

    @TestHTTPResource("/")
    URI gateway;

    @Test
    void invalidRequestsGetNo5xxAndEvery4xxIsAProblem() throws Exception {
        Random random = new Random(20261127L);
        String base = gateway.toString().replaceAll("/$", "");
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (int i = 0; i < 320; i++) {
            String method = pick(random, METHODS);
            String path = path(random);
            HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10));
            String authorization = pick(random, AUTHORIZATIONS);
            if (authorization != null) {
                request.header("Authorization", authorization);
            } else if (random.nextInt(3) == 0) {
                request.header("Authorization", TestTokens.bearer("framework-admin"));
            }
            if (random.nextInt(4) == 0) {
                request.header("X-Request-Id", pick(random, new String[] { "../../etc", "a b", "x".repeat(500), "%C3%BC", "" }));
            }
            if (random.nextInt(10) == 0) {
                request.header("X-Big", "h".repeat(16_000 + random.nextInt(20_000)));
            }
            if (random.nextInt(5) == 0) {
                request.header("Accept", pick(random, CONTENT_TYPES));
            }
            if (!method.equals("GET") && !method.equals("HEAD") && random.nextBoolean()) {
                request.header("Content-Type", pick(random, CONTENT_TYPES));
                body = HttpRequest.BodyPublishers.ofByteArray(random.nextInt(12) == 0
                        ? new byte[1024 * 1024 + random.nextInt(100_000)]
                        : pick(random, BODIES).getBytes(StandardCharsets.UTF_8));
            }
            HttpResponse<String> response = client.send(request.method(method, body).build(),
                    HttpResponse.BodyHandlers.ofString());
            sent++;
            int status = response.statusCode();
            String contentType = response.headers().firstValue("Content-Type").orElse(null);
            String what = method + " " + (path.length() > 80 ? path.substring(0, 80) + "..." : path) + " -> " + status;
            if (status >= 500 && !UNAVAILABLE.contains(status)) {
                failures.add(what);
            } else if (status >= 400 && !method.equals("HEAD")
                    && (contentType == null || !contentType.startsWith("application/problem+json"))) {
                failures.add(what + " as " + contentType);
            }
        }
        assertThat(sent).isEqualTo(320);
        assertThat(failures).isEmpty();
    }

    private static String path(Random random) {
        String prefix = pick(random, PREFIXES);
        return switch (random.nextInt(8)) {
            case 0 -> prefix + "/" + "a".repeat(4_000 + random.nextInt(12_000));
            case 1 -> prefix + "/%25zz" + random.nextInt(100);
            case 2 -> prefix + "/..%2F..%2Fq%2Fopenapi";
            case 3 -> prefix + "/%00%ff%fe";
            case 4 -> prefix + "?page=" + pick(random, new String[] { "-1", "x", "99999999999999999999", "%25", "1e9" });
            case 5 -> prefix + "/" + Arrays.toString(new int[] { random.nextInt() }).replaceAll("[\\[\\] ]", "");
            case 6 -> prefix + "//" + random.nextInt(10) + "/./x";
            default -> prefix + "/not-a-uuid?x=" + "%41".repeat(random.nextInt(50));
        };
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }
}
