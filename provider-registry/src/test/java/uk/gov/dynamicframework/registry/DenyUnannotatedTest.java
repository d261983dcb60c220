package uk.gov.dynamicframework.registry;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.devtools.TestTokens;

/** An endpoint that forgets to say who may call it is closed to everyone, not open to anonymous callers. */
@QuarkusTest
class DenyUnannotatedTest {

    /** A resource that forgot its security annotation (test code only, hidden from the document). */
    @Path("/v1/test-only/forgotten")
    public static class ForgottenResource {
        @GET
        @Operation(hidden = true)
        public String forgotten() {
            return "open";
        }
    }

    @Test
    void anEndpointWithoutAnnotationIsRefusedToAnonymousAndToEveryRole() {
        given().get("/v1/test-only/forgotten").then().statusCode(401).contentType("application/problem+json");
        for (String role : new String[] { "provider", "commissioner", "framework-admin", "auditor" }) {
            given().header("Authorization", TestTokens.bearer(role)).get("/v1/test-only/forgotten")
                    .then().statusCode(403).contentType("application/problem+json");
        }
    }
}
