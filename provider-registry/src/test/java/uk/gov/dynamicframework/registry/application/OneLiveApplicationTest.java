package uk.gov.dynamicframework.registry.application;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static uk.gov.dynamicframework.registry.Fixtures.ADMIN;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.devtools.TestTokens;
import uk.gov.dynamicframework.registry.Fixtures;

@QuarkusTest
class OneLiveApplicationTest {

    private static final int RACERS = 8;

    @Test
    void ofConcurrentApplicationsForOneOrganisationExactlyOneIsAcceptedAndTheOthersAre409() throws Exception {
        String org = Fixtures.registered(Fixtures.uniqueName("Racing Applicant"));
        String token = TestTokens.provider(org);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        try {
            List<CompletableFuture<Response>> racers = IntStream.range(0, RACERS)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                        try {
                            start.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            throw new IllegalStateException(e);
                        }
                        return given().contentType(ContentType.JSON).header("Authorization", token)
                                .body(Fixtures.application(org)).post("/v1/framework-applications");
                    }, pool)).toList();
            start.countDown();
            List<Response> responses = racers.stream().map(f -> f.orTimeout(60, TimeUnit.SECONDS).join()).toList();

            assertThat(responses).extracting(Response::statusCode).filteredOn(s -> s == 201).hasSize(1);
            assertThat(responses).extracting(Response::statusCode).filteredOn(s -> s == 409).hasSize(RACERS - 1);
            String accepted = responses.stream().filter(r -> r.statusCode() == 201).findFirst().orElseThrow()
                    .path("id");
            responses.stream().filter(r -> r.statusCode() == 409).forEach(r -> {
                assertThat(r.contentType()).startsWith("application/problem+json");
                assertThat(r.<String>path("existingApplicationId")).isEqualTo(accepted);
            });
            given().header("Authorization", ADMIN).get("/v1/framework-applications?organisationId=" + org)
                    .then().statusCode(200).body("items", hasSize(1));
        } finally {
            pool.shutdownNow();
        }
    }
}
