package uk.gov.dynamicframework.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.devtools.TestTokens;

@QuarkusTest
@WithTestResource(FakeServices.class)
@TestProfile(GatewayRateLimitTest.TinyLimit.class)
class GatewayRateLimitTest {

    /** One request a second, two at once: the third in a row is over. */
    public static class TinyLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.rate-limit.per-second", "1", "gateway.rate-limit.burst", "2");
        }
    }

    @Test
    void aClientOverItsRateIsTold429WithRetryAfterAndOthersAreNot() {
        String greedy = TestTokens.bearer("provider", "greedy-" + System.nanoTime(), null);
        given().header("Authorization", greedy).get("/v1/organisations/echo").then().statusCode(200);
        given().header("Authorization", greedy).get("/v1/organisations/echo").then().statusCode(200);
        given().header("Authorization", greedy).get("/v1/organisations/echo").then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", "1")
                .body("status", equalTo(429))
                .body("type", equalTo("urn:df:problem:rate-limited"));

        String other = TestTokens.bearer("provider", "patient-" + System.nanoTime(), null);
        given().header("Authorization", other).get("/v1/organisations/echo").then().statusCode(200);
    }
}
