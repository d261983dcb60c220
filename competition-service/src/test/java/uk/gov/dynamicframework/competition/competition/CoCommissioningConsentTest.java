package uk.gov.dynamicframework.competition.competition;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static uk.gov.dynamicframework.competition.support.Fixtures.commissioner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.competition.support.Fixtures;
import uk.gov.dynamicframework.devtools.ServiceTestResource;
import uk.gov.dynamicframework.devtools.TopicRecorder;

/** A body named as co-commissioner is invited; only its own commissioner's acceptance makes its budget count. */
@QuarkusTest
class CoCommissioningConsentTest {

    private static final Map<String, Object> OVERRIDE = Map.of("overrideLowEligibility", true, "overrideReason", "test");
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void anUnacceptedCoCommissionerBlocksPublicationUntilItsCommissionerAccepts() throws Exception {
        String owner = Fixtures.body("WM-RPD", "REGIONAL_PROBATION_DIRECTOR");
        String pcc = Fixtures.body("PCC-WM", "POLICE_AND_CRIME_COMMISSIONER");
        try (TopicRecorder topic = new TopicRecorder(ServiceTestResource.bootstrapServers(), CompetitionEvents.TOPIC)) {
            var c = Fixtures.competition(owner).ownerBudget("100000.00").coCommissioner(pcc, "60000.00")
                    .lot("SOCIAL_INCLUSION", "150000.00", "E23000014").invitationsPending().create();
            String path = "/v1/competitions/" + c.id();

            // The invitation reaches the PCC: in its list and on Kafka. Its budget does not count yet.
            given().header("Authorization", commissioner(pcc)).get("/v1/commissioning-bodies/" + pcc + "/invitations")
                    .then().statusCode(200)
                    .body("items.competitionId", contains(c.id()))
                    .body("items[0].invitation", equalTo("INVITED"))
                    .body("items[0].budget.amount", Fixtures.amount("60000.00"))
                    .body("items[0].invitedBy", equalTo("commissioner@" + owner));
            var invited = topic.awaitOne(r -> r.key().equals(c.id())
                    && r.value().contains("\"" + CompetitionEvents.CO_COMMISSIONER_INVITED + "\""), Duration.ofSeconds(20));
            JsonNode data = mapper.readTree(invited.value()).get("data");
            assertThat(data.at("/bodyCode").asText()).isEqualTo(pcc);
            assertThat(data.at("/invitation").asText()).isEqualTo("INVITED");
            given().header("Authorization", commissioner(pcc)).get(path).then().statusCode(200)
                    .body("totalBudget.amount", Fixtures.amount("100000.00"))
                    .body("commissioningBodies[1].invitation", equalTo("INVITED"));

            // Publication is refused, naming the body; the PCC does not manage it yet; nobody else answers for it.
            given().contentType(ContentType.JSON).header("Authorization", commissioner(owner)).body(OVERRIDE)
                    .post(path + "/publication").then().statusCode(409)
                    .body("detail", containsString(pcc))
                    .body("unacceptedCoCommissioners.bodyCode", contains(pcc))
                    .body("unacceptedCoCommissioners[0].invitation", equalTo("INVITED"));
            given().contentType(ContentType.JSON).header("Authorization", commissioner(pcc)).body(OVERRIDE)
                    .post(path + "/publication").then().statusCode(403);
            given().contentType(ContentType.JSON).header("Authorization", commissioner(owner))
                    .post(path + "/co-commissioners/" + pcc + "/acceptance").then().statusCode(403);
            given().header("Authorization", commissioner(owner)).get("/v1/commissioning-bodies/" + pcc + "/invitations")
                    .then().statusCode(403);

            // The PCC's commissioner accepts: its budget counts, and the competition can be published.
            given().contentType(ContentType.JSON).header("Authorization", commissioner(pcc))
                    .post(path + "/co-commissioners/" + pcc + "/acceptance").then().statusCode(200)
                    .body("invitation", equalTo("ACCEPTED")).body("respondedBy", equalTo("commissioner@" + pcc));
            given().contentType(ContentType.JSON).header("Authorization", commissioner(pcc))
                    .post(path + "/co-commissioners/" + pcc + "/acceptance").then().statusCode(409);
            given().header("Authorization", commissioner(owner)).get(path).then().statusCode(200)
                    .body("totalBudget.amount", Fixtures.amount("160000.00"));
            topic.awaitOne(r -> r.key().equals(c.id())
                    && r.value().contains("\"" + CompetitionEvents.CO_COMMISSIONER_ACCEPTED + "\""), Duration.ofSeconds(20));
            given().contentType(ContentType.JSON).header("Authorization", commissioner(pcc)).body(OVERRIDE)
                    .post(path + "/publication").then().statusCode(200).body("status", equalTo("PUBLISHED"));
        }
    }

    @Test
    void aDeclinedInvitationKeepsTheBudgetOutAndBlocksPublicationUntilTheOwnerRemovesTheBody() throws Exception {
        String owner = Fixtures.body("WM-RPD", "REGIONAL_PROBATION_DIRECTOR");
        String pcc = Fixtures.body("PCC-WM", "POLICE_AND_CRIME_COMMISSIONER");
        try (TopicRecorder topic = new TopicRecorder(ServiceTestResource.bootstrapServers(), CompetitionEvents.TOPIC)) {
            var builder = Fixtures.competition(owner).ownerBudget("100000.00").coCommissioner(pcc, "20000.00")
                    .lot("SOCIAL_INCLUSION", "90000.00", "E23000014").invitationsPending();
            var c = builder.create();
            String path = "/v1/competitions/" + c.id();
            given().contentType(ContentType.JSON).header("Authorization", commissioner(pcc)).body(Map.of())
                    .post(path + "/co-commissioners/" + pcc + "/decline").then().statusCode(400);
            given().contentType(ContentType.JSON).header("Authorization", commissioner(pcc))
                    .body(Map.of("reason", "No budget left this year"))
                    .post(path + "/co-commissioners/" + pcc + "/decline").then().statusCode(200)
                    .body("invitation", equalTo("DECLINED")).body("declineReason", equalTo("No budget left this year"));
            var declined = topic.awaitOne(r -> r.key().equals(c.id())
                    && r.value().contains("\"" + CompetitionEvents.CO_COMMISSIONER_DECLINED + "\""), Duration.ofSeconds(20));
            assertThat(mapper.readTree(declined.value()).at("/data/declineReason").asText()).isEqualTo("No budget left this year");
            given().header("Authorization", commissioner(pcc))
                    .queryParam("status", "DECLINED").get("/v1/commissioning-bodies/" + pcc + "/invitations")
                    .then().statusCode(200).body("items.competitionId", contains(c.id()));
            given().contentType(ContentType.JSON).header("Authorization", commissioner(owner)).body(OVERRIDE)
                    .post(path + "/publication").then().statusCode(409)
                    .body("unacceptedCoCommissioners[0].invitation", equalTo("DECLINED"));

            // The owner drops the body and goes ahead alone.
            var alone = builder.request();
            alone.put("coCommissioners", java.util.List.of());
            String etag = given().header("Authorization", commissioner(owner)).get(path).then().extract().header("ETag");
            given().contentType(ContentType.JSON).header("Authorization", commissioner(owner)).header("If-Match", etag)
                    .body(alone).put(path).then().statusCode(200).body("commissioningBodies", hasSize(1));
            given().contentType(ContentType.JSON).header("Authorization", commissioner(owner)).body(OVERRIDE)
                    .post(path + "/publication").then().statusCode(200);
        }
    }
}
