package uk.gov.dynamicframework.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.devtools.TestTokens;

@QuarkusTest
@WithTestResource(FakeServices.class)
class GatewayTest {

    @Test
    void aRequestIdIsMadeForwardedAndReturned() {
        ExtractableResponse<Response> response = given().get("/v1/organisations/echo").then().statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"))
                .extract();
        assertThat(response.jsonPath().getString("'header-x-request-id'"))
                .as("the id the service received").isEqualTo(response.header("X-Request-Id"));
    }

    @Test
    void anUnsafeRequestIdIsReplacedAndTheReplacementForwarded() {
        String unsafe = "<script>alert(1)</script> or a very long id " + "x".repeat(200);
        ExtractableResponse<Response> response = given().header("X-Request-Id", unsafe).get("/v1/organisations/echo")
                .then().statusCode(200).header("X-Request-Id", matchesPattern("[0-9a-f-]{36}")).extract();
        assertThat(response.jsonPath().getString("'header-x-request-id'")).isEqualTo(response.header("X-Request-Id"));
    }

    @Test
    void theCallersRequestIdIsPassedThroughWithTheToken() {
        String token = TestTokens.bearer("framework-admin");
        given().header("X-Request-Id", "abc-123").header("Authorization", token).contentType(ContentType.JSON)
                .body("{\"name\":\"x\"}").post("/v1/organisations/echo?x=1").then().statusCode(200)
                .header("X-Request-Id", "abc-123")
                .body("'header-x-request-id'", equalTo("abc-123"))
                .body("'header-authorization'", equalTo(token))
                .body("uri", equalTo("/v1/organisations/echo?x=1"))
                .body("method", equalTo("POST"))
                .body("body", equalTo("{\"name\":\"x\"}"))
                .body("$", hasKey("header-x-forwarded-for"));
    }

    @Test
    void writingWithoutATokenIsRefusedAtTheEdge() {
        given().contentType(ContentType.JSON).body("{}").post("/v1/organisations").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", "Bearer")
                .body("requestId", notNullValue());
    }

    @Test
    void anInvalidTokenIsRefusedEvenForReads() {
        given().header("Authorization", "Bearer not-a-jwt").get("/v1/organisations/echo").then().statusCode(401)
                .contentType("application/problem+json").body("detail", containsString("not valid"));
    }

    @Test
    void aServiceThatIsDownIsA503Problem() {
        given().get("/v1/competitions").then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("detail", containsString("competition-service"));
    }

    @Test
    void aServiceThatBreaksTheExchangeIsA502Problem() {
        given().get("/v1/organisations/broken").then().statusCode(502).contentType("application/problem+json")
                .body("title", equalTo("Bad Gateway"))
                .body("detail", containsString("provider-registry"));
    }

    @Test
    void aSlowServiceIsA504ProblemNotAHang() {
        given().get("/v1/organisations/slow").then().statusCode(504).contentType("application/problem+json")
                .body("title", equalTo("Gateway Timeout"));
    }

    @Test
    void aPathNoServiceOwnsIsA404Problem() {
        given().get("/v1/nothing-here").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void readinessReflectsTheServicesBehindTheGateway() {
        given().get("/q/health/ready").then().statusCode(503)
                .body("checks.find { it.name == 'services' }.data.provider-registry", equalTo("UP"))
                .body("checks.find { it.name == 'services' }.data.competition-service", equalTo("unreachable"));
    }

    @Test
    void theMergedDocumentHasTheServicesPublicPathsAndSwaggerUiShowsIt() {
        given().get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/v1/organisations"))
                .body("paths", not(hasKey("/ops/events")))
                .body("components.schemas", hasKey("Problem"))
                .body("'x-services'.find { it.name == 'competition-service' }.available", equalTo(false));
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("/q/openapi"));
        given().get("/webjars/swagger-ui/5.18.2/swagger-ui-bundle.js").then().statusCode(200);
    }

    @Test
    void encodedSlashesAndDotSegmentsCannotSteerARequestToAnotherService() {
        given().urlEncodingEnabled(false).get("/v1/organisations/..%2Fcompetitions").then().statusCode(400)
                .contentType("application/problem+json");
        given().urlEncodingEnabled(false).get("/v1/organisations/../competitions").then().statusCode(400)
                .contentType("application/problem+json");
    }
}
