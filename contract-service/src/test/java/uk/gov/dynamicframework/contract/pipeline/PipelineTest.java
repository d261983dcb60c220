package uk.gov.dynamicframework.contract.pipeline;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.contract.agreement.AgreementEvents;
import uk.gov.dynamicframework.contract.support.Fixtures;
import uk.gov.dynamicframework.contract.support.Fixtures.Created;
import uk.gov.dynamicframework.devtools.TestClock;
import uk.gov.dynamicframework.devtools.ServiceTestResource;
import uk.gov.dynamicframework.devtools.TopicRecorder;

@QuarkusTest
class PipelineTest {

    @Test
    void endingSoonIsPublishedOnceWhenTheAgreementEntersTheWindow() throws Exception {
        java.time.LocalDate end = TestClock.today().plusMonths(14);
        Created a = Fixtures.agreement().running(TestClock.today().minusYears(1), end).record();
        UUID id = UUID.fromString(a.id());
        assertThat(Fixtures.runLifecycle().endingSoon()).as("14 months out: not yet").doesNotContain(id);

        TestClock.advance(Duration.ofDays(70));
        assertThat(Fixtures.runLifecycle().endingSoon()).contains(id);
        assertThat(Fixtures.runLifecycle().endingSoon()).as("only once").doesNotContain(id);
        given().contentType(io.restassured.http.ContentType.JSON).header("Authorization", a.ownerToken())
                .header("If-Match", a.etag()).body(java.util.Map.of("rationale", "Bridge to the follow-on", "effectiveDate",
                        TestClock.today().toString(), "newEndDate", end.plusMonths(1).toString()))
                .post(a.path() + "/extensions").then().statusCode(200);
        TestClock.advance(Duration.ofDays(40));
        assertThat(Fixtures.runLifecycle().endingSoon()).as("not again after an extension").doesNotContain(id);

        try (TopicRecorder recorder = new TopicRecorder(ServiceTestResource.bootstrapServers(), AgreementEvents.TOPIC)) {
            List<ConsumerRecord<String, String>> notices = recorder.await(r -> a.id().equals(r.key())
                    && r.value().contains("\"" + AgreementEvents.ENDING_SOON + "\""), 2, Duration.ofSeconds(10));
            assertThat(notices).hasSize(1);
            var data = new ObjectMapper().readTree(notices.get(0).value()).path("data");
            assertThat(data.path("agreementId").asText()).isEqualTo(a.id());
            assertThat(data.path("endDate").asText()).as("the end date when it entered the window").isEqualTo(end.toString());
            assertThat(data.path("owningBodyId").asText()).isEqualTo(a.owner());
            assertThat(data.path("status").asText()).isEqualTo("LIVE");
        }
    }

    @Test
    void thePipelineListsPublishedAgreementsEndingWithinTheWindowByRegionAndCategory() {
        Created soon = Fixtures.agreement().category("EDUCATION_TRAINING_EMPLOYMENT").in("SW")
                .running(TestClock.today().minusYears(2), TestClock.today().plusMonths(5)).record();
        Created later = Fixtures.agreement().category("EDUCATION_TRAINING_EMPLOYMENT").in("SW")
                .running(TestClock.today().minusYears(2), TestClock.today().plusMonths(20)).record();
        Created hidden = Fixtures.agreement().category("EDUCATION_TRAINING_EMPLOYMENT").in("SW").unpublished()
                .running(TestClock.today().minusYears(2), TestClock.today().plusMonths(5)).record();
        Created elsewhere = Fixtures.agreement().category("EDUCATION_TRAINING_EMPLOYMENT").in("NW")
                .running(TestClock.today().minusYears(2), TestClock.today().plusMonths(5)).record();

        given().queryParam("region", "SW").queryParam("category", "EDUCATION_TRAINING_EMPLOYMENT").queryParam("size", 100)
                .get("/v1/agreements/pipeline").then().statusCode(200)
                .body("items.agreementId", hasItem(soon.id()))
                .body("items.agreementId", not(hasItem(later.id())))
                .body("items.agreementId", not(hasItem(hidden.id())))
                .body("items.agreementId", not(hasItem(elsewhere.id())))
                .body("items.find { it.agreementId == '" + soon.id() + "' }.endDate", equalTo(TestClock.today().plusMonths(5).toString()))
                .body("items.find { it.agreementId == '" + soon.id() + "' }.value.amount", Fixtures.amount("100000.00"));
        given().queryParam("region", "SW").queryParam("withinMonths", 24).queryParam("size", 100).get("/v1/agreements/pipeline")
                .then().statusCode(200).body("items.agreementId", hasItem(later.id()));
        given().queryParam("region", "ATLANTIS").get("/v1/agreements/pipeline").then().statusCode(400)
                .contentType("application/problem+json");
    }
}
