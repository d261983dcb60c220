package uk.gov.dynamicframework.registry;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.devtools.TestTokens;

/** A service checks every token itself, whatever the gateway did: forged, foreign and expired tokens are refused. */
@QuarkusTest
class TokenRefusalsTest {

    @Test
    void aTokenWithABadSignatureIsRefused() {
        refused(TestTokens.withBadSignature("framework-admin"));
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() {
        refused(TestTokens.fromWrongIssuer("framework-admin"));
    }

    @Test
    void anExpiredTokenIsRefused() {
        refused(TestTokens.expired("framework-admin"));
    }

    @Test
    void theSameRequestWithAGoodTokenIsAccepted() {
        given().header("Authorization", TestTokens.bearer("framework-admin")).get("/v1/organisations")
                .then().statusCode(200);
    }

    private static void refused(String token) {
        given().header("Authorization", token).get("/v1/organisations")
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401));
        given().contentType(ContentType.JSON).header("Authorization", token)
                .body(Fixtures.organisation("Forged", Fixtures.charityNumber())).post("/v1/organisations")
                .then().statusCode(401).contentType("application/problem+json");
    }
}
