package uk.gov.dynamicframework.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.devtools.TestTokens;

/** What the gateway refuses itself is a problem (RFC 9457), like what the services refuse. */
@QuarkusTest
@WithTestResource(FakeServices.class)
class GatewayRefusalsTest {

    @TestHTTPResource("/v1/organisations/echo")
    URI echo;

    @Test
    void aBodyOverOneMebibyteIs413Problem() {
        problem(given().contentType(ContentType.JSON).header("Authorization", TestTokens.bearer("framework-admin"))
                .body(spaces(1024 * 1024 + 1)).post("/v1/organisations/echo").then(), 413);
    }

    @Test
    void aChunkedBodyOverOneMebibyteIs413ProblemToo() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(echo)
                .header("Authorization", TestTokens.bearer("framework-admin"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(spaces(2 * 1024 * 1024))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"status\":413");
    }

    @Test
    void aPathSegmentOf5000CharactersIs414Problem() {
        problem(given().get("/v1/organisations/" + "a".repeat(5000)).then(), 414);
    }

    @Test
    void headersOverTheLimitAre431Problem() {
        problem(given().header("X-Padding", "p".repeat(20_000)).get("/v1/organisations/echo").then(), 431);
    }

    @Test
    void methodsTheApiDoesNotUseAre405Problem() {
        problem(given().request("PROPFIND", "/v1/organisations/echo").then(), 405).header("Allow", notNullValue());
        problem(given().request("TRACE", "/v1/organisations/echo").then(), 405);
    }

    @Test
    void aPathOutsideTheApiIs404Problem() {
        problem(given().get("/not-an-api-path").then(), 404);
    }

    @Test
    void tokensWithABadSignatureAnotherIssuerOrPastExpiryAreRefusedAtTheEdge() {
        for (String token : new String[] { TestTokens.withBadSignature("framework-admin"),
                TestTokens.fromWrongIssuer("framework-admin"), TestTokens.expired("framework-admin") }) {
            problem(given().header("Authorization", token).get("/v1/organisations/echo").then(), 401)
                    .header("WWW-Authenticate", "Bearer");
        }
        given().header("Authorization", TestTokens.bearer("framework-admin")).get("/v1/organisations/echo")
                .then().statusCode(200);
    }

    private static ValidatableResponse problem(ValidatableResponse response, int status) {
        return response.statusCode(status).contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("type", startsWith("urn:df:problem:"))
                .body("title", notNullValue())
                .body("detail", notNullValue())
                .body("requestId", notNullValue());
    }

    private static byte[] spaces(int n) {
        byte[] body = new byte[n];
        Arrays.fill(body, (byte) ' ');
        return body;
    }
}
