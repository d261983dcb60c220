package uk.gov.dynamicframework.registry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/** The HTTP layer's own refusals are problem details like every other error (RFC 9457). */
@QuarkusTest
class HttpRefusalsTest {

    @Test
    void aBodyOverOneMebibyteIs413Problem() {
        byte[] body = new byte[1024 * 1024 + 1];
        java.util.Arrays.fill(body, (byte) ' ');
        problem(given().contentType(ContentType.JSON).header("Authorization", Fixtures.ADMIN).body(body)
                .post("/v1/organisations").then(), 413);
    }

    @Test
    void aPathSegmentOf5000CharactersIs414Problem() {
        problem(given().header("Authorization", Fixtures.ADMIN).get("/v1/organisations/" + "a".repeat(5000)).then(), 414);
    }

    @Test
    void headersOverTheLimitAre431Problem() {
        problem(given().header("X-Padding", "p".repeat(20_000)).get("/v1/service-categories").then(), 431);
    }

    @Test
    void aMethodTheResourceDoesNotHaveIs405Problem() {
        problem(given().header("Authorization", Fixtures.ADMIN).delete("/v1/service-categories").then(), 405);
    }

    @Test
    void anUnacceptableMediaTypeIs406Problem() {
        problem(given().accept("text/csv").get("/v1/service-categories").then(), 406);
    }

    @Test
    void aBodyThatIsNotJsonIs415Problem() {
        problem(given().contentType("text/plain").header("Authorization", Fixtures.ADMIN).body("name=x")
                .post("/v1/organisations").then(), 415);
    }

    @Test
    void aPathNoResourceHasIs404Problem() {
        problem(given().get("/v1/nothing-here").then(), 404);
    }

    private static void problem(ValidatableResponse response, int status) {
        response.statusCode(status).contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("type", startsWith("urn:df:problem:"))
                .body("title.length()", org.hamcrest.Matchers.greaterThan(0))
                .body("detail.length()", org.hamcrest.Matchers.greaterThan(0));
    }
}
