package uk.gov.dynamicframework.registry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static uk.gov.dynamicframework.registry.Fixtures.ADMIN;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.devtools.TestTokens;
import uk.gov.dynamicframework.platform.web.IdempotentRequests;

/**
 * What {@link IdempotentRequests} promises, on every creating POST of the registry: a retry with the same key gets
 * the first response (not a second resource); keys belong to the caller; a duplicate sent while the first request is
 * still running is refused with 409, and a retry after it finished gets the first response.
 */
@QuarkusTest
class IdempotencyKeyTest {

    @Inject
    DataSource dataSource;

    @Test
    void registeringAnOrganisationTwiceWithOneKeyMakesOneOrganisation() {
        String identifier = Fixtures.charityNumber();
        Map<String, Object> body = Fixtures.organisation(Fixtures.uniqueName("Once Trust"), identifier);
        String key = UUID.randomUUID().toString();
        String first = post("/v1/organisations", ADMIN, key, body).then().statusCode(201)
                .header(IdempotentRequests.REPLAYED_HEADER, nullValue()).extract().path("id");
        post("/v1/organisations", ADMIN, key, body).then().statusCode(201)
                .header(IdempotentRequests.REPLAYED_HEADER, "true")
                .header("Location", containsString(first)).header("ETag", equalTo("\"0\""))
                .body("id", equalTo(first));
        given().header("Authorization", ADMIN).get("/v1/organisations?identifier=" + identifier)
                .then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void submittingAnApplicationTwiceWithOneKeyMakesOneApplication() {
        String org = Fixtures.registered(Fixtures.uniqueName("Once Applicant"));
        String token = TestTokens.provider(org);
        String key = UUID.randomUUID().toString();
        String first = post("/v1/framework-applications", token, key, Fixtures.application(org)).then().statusCode(201)
                .extract().path("id");
        post("/v1/framework-applications", token, key, Fixtures.application(org)).then().statusCode(201)
                .header(IdempotentRequests.REPLAYED_HEADER, "true").body("id", equalTo(first));
        given().header("Authorization", ADMIN).get("/v1/framework-applications?organisationId=" + org)
                .then().statusCode(200).body("items.id", equalTo(List.of(first)));
    }

    @Test
    void publishingAnOfferTwiceWithOneKeyMakesOneOffer() {
        Fixtures.Provider provider = Fixtures.provider(Fixtures.uniqueName("Once Offerer")).create();
        Map<String, Object> offer = Fixtures.offer(provider.id(), "ACCOMMODATION", List.of("E23000035"), List.of(), List.of());
        String key = UUID.randomUUID().toString();
        String first = post("/v1/service-offers", provider.token(), key, offer).then().statusCode(201)
                .extract().path("id");
        post("/v1/service-offers", provider.token(), key, offer).then().statusCode(201)
                .header(IdempotentRequests.REPLAYED_HEADER, "true").body("id", equalTo(first));
        given().get("/v1/service-offers?organisationId=" + provider.id()).then().statusCode(200)
                .body("items.id", equalTo(List.of(first)));
    }

    @Test
    void theSameKeyFromTwoCallersMakesTwoResources() {
        String orgA = Fixtures.registered(Fixtures.uniqueName("Key Owner A"));
        String orgB = Fixtures.registered(Fixtures.uniqueName("Key Owner B"));
        String key = UUID.randomUUID().toString();
        String a = post("/v1/framework-applications", TestTokens.provider(orgA), key, Fixtures.application(orgA))
                .then().statusCode(201).header(IdempotentRequests.REPLAYED_HEADER, nullValue()).extract().path("id");
        String b = post("/v1/framework-applications", TestTokens.provider(orgB), key, Fixtures.application(orgB))
                .then().statusCode(201).header(IdempotentRequests.REPLAYED_HEADER, nullValue())
                .body("organisationId", equalTo(orgB)).extract().path("id");
        assertThat(b).isNotEqualTo(a);
    }

    @Test
    void aDuplicateSentWhileTheFirstIsStillRunningIs409AndARetryAfterwardsGetsTheFirstResponse() throws Exception {
        String org = Fixtures.registered(Fixtures.uniqueName("Slow Applicant"));
        String token = TestTokens.provider(org);
        String key = UUID.randomUUID().toString();
        CompletableFuture<Response> firstRequest;
        // hold the organisation's row: the first submission claims its key, then waits for the row
        try (Connection held = dataSource.getConnection()) {
            held.setAutoCommit(false);
            try (PreparedStatement lock = held.prepareStatement("select id from organisation where id = ? for update")) {
                lock.setObject(1, UUID.fromString(org));
                lock.executeQuery().close();
            }
            firstRequest = CompletableFuture.supplyAsync(
                    () -> post("/v1/framework-applications", token, key, Fixtures.application(org)));
            await().atMost(Duration.ofSeconds(15)).until(() -> running(key));

            post("/v1/framework-applications", token, key, Fixtures.application(org)).then().statusCode(409)
                    .contentType("application/problem+json").body("detail", containsString("still being processed"));
            assertThat(firstRequest).isNotDone();
            held.rollback();
        }
        String first = firstRequest.get(30, TimeUnit.SECONDS).then().statusCode(201).extract().path("id");
        post("/v1/framework-applications", token, key, Fixtures.application(org)).then().statusCode(201)
                .header(IdempotentRequests.REPLAYED_HEADER, "true").body("id", equalTo(first));
        given().header("Authorization", ADMIN).get("/v1/framework-applications?organisationId=" + org)
                .then().statusCode(200).body("items.id", equalTo(List.of(first)));
    }

    private static Response post(String path, String token, String key, Object body) {
        return given().contentType(ContentType.JSON).header("Authorization", token)
                .header(IdempotentRequests.HEADER, key).body(body).post(path);
    }

    /** The key is claimed and its request has not finished (no response recorded). */
    private boolean running(String key) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "select count(*) from idempotent_request where idempotency_key = ? and status is null")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1) == 1;
            }
        }
    }
}
