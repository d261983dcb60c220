package uk.gov.dynamicframework.competition.clarification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static uk.gov.dynamicframework.competition.support.Fixtures.commissioner;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.competition.competition.CompetitionEvents;
import uk.gov.dynamicframework.competition.support.Fixtures;
import uk.gov.dynamicframework.competition.support.Fixtures.Provider;
import uk.gov.dynamicframework.devtools.TestClock;
import uk.gov.dynamicframework.devtools.ServiceTestResource;
import uk.gov.dynamicframework.devtools.TopicRecorder;

@QuarkusTest
class ClarificationTest {

    private static final String CATEGORY = "SERVICE_USER_INVOLVEMENT";
    private static final String AREA = "E23000024";

    @Test
    void answersArePublishedToEveryEligibleProviderWithoutRevealingWhoAsked() {
        String owner = Fixtures.body("EE-RPD", "REGIONAL_PROBATION_DIRECTOR");
        Provider asker = Fixtures.provider("Asker").offering(CATEGORY, AREA).create();
        Provider reader = Fixtures.provider("Reader").offering(CATEGORY, AREA).create();
        Provider ineligible = Fixtures.provider("Ineligible").offering(CATEGORY, "E23000025").create();
        var c = Fixtures.competition(owner).lot(CATEGORY, "90000.00", AREA).published();
        String path = "/v1/competitions/" + c.id() + "/clarifications";

        String id = given().contentType(ContentType.JSON).header("Authorization", asker.token())
                .body(Map.of("question", "Asker Ltd asks: can the service start in May?")).post(path)
                .then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).header("Authorization", ineligible.token())
                .body(Map.of("question", "May we ask?")).post(path).then().statusCode(403);
        given().header("Authorization", reader.token()).get(path).then().statusCode(200).body("items", hasSize(0));
        // Who asked stays hidden from the commissioners and evaluators too (it could bias evaluation); only the
        // framework team sees it, to deal with abuse, and the asker its own question.
        given().header("Authorization", commissioner(owner)).get(path).then().statusCode(200)
                .body("items[0].question", equalTo("Asker Ltd asks: can the service start in May?"))
                .body("items[0].askedByOrganisationId", nullValue());
        given().header("Authorization", Fixtures.evaluator(owner)).get(path).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].askedByOrganisationId", nullValue());
        given().header("Authorization", Fixtures.AUDITOR).get(path).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].askedByOrganisationId", nullValue());
        given().header("Authorization", Fixtures.ADMIN).get(path).then().statusCode(200)
                .body("items[0].askedByOrganisationId", equalTo(asker.id()));
        given().header("Authorization", asker.token()).get(path).then().statusCode(200)
                .body("items[0].askedByOrganisationId", equalTo(asker.id()));
        given().get(path).then().statusCode(200).body("items", hasSize(0)); // unanswered: not public

        try (TopicRecorder topic = new TopicRecorder(ServiceTestResource.bootstrapServers(), CompetitionEvents.TOPIC)) {
            given().contentType(ContentType.JSON).header("Authorization", commissioner(owner))
                    .body(Map.of("answer", "Yes, May is acceptable.", "question", "Can the service start in May?"))
                    .put(path + "/" + id + "/answer").then().statusCode(200).body("askedByOrganisationId", nullValue());
            var event = topic.awaitOne(r -> r.key().equals(c.id()) && r.value().contains("clarification-published"),
                    Duration.ofSeconds(20));
            assertThat(event.value()).contains("Yes, May is acceptable.").doesNotContain("Asker").doesNotContain("askedBy")
                    .contains(reader.id());
        }
        given().header("Authorization", reader.token()).get(path).then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].question", equalTo("Can the service start in May?"))
                .body("items[0].answer", equalTo("Yes, May is acceptable."))
                .body("items[0].askedByOrganisationId", nullValue());
        // Answered clarifications of a published competition are public, like the competition itself.
        for (String anyone : new String[] { null, ineligible.token() }) {
            var request = given();
            if (anyone != null) {
                request.header("Authorization", anyone);
            }
            request.get(path).then().statusCode(200).body("items", hasSize(1))
                    .body("items[0].answer", equalTo("Yes, May is acceptable."))
                    .body("items[0].askedByOrganisationId", nullValue());
        }

        TestClock.advance(Duration.ofDays(10));
        given().contentType(ContentType.JSON).header("Authorization", reader.token())
                .body(Map.of("question", "Too late?")).post(path).then().statusCode(422);
    }
}
