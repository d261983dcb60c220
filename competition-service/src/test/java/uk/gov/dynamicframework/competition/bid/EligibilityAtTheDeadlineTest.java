package uk.gov.dynamicframework.competition.bid;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static uk.gov.dynamicframework.competition.support.Fixtures.commissioner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.competition.competition.CompetitionEvents;
import uk.gov.dynamicframework.competition.competition.DeadlineJob;
import uk.gov.dynamicframework.competition.support.Fixtures;
import uk.gov.dynamicframework.competition.support.Fixtures.Provider;
import uk.gov.dynamicframework.devtools.ServiceTestResource;
import uk.gov.dynamicframework.devtools.TestClock;
import uk.gov.dynamicframework.devtools.TopicRecorder;

/** Eligibility is checked when a bid is submitted and again at the deadline, from the registry's latest events. */
@QuarkusTest
class EligibilityAtTheDeadlineTest {

    private static final String CATEGORY = "DEPENDENCY_RECOVERY";
    private static final String AREA = "E23000027";

    @Inject
    DeadlineJob deadlines;

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void aProviderWhoseOfferIsWithdrawnAfterItBidIsExcludedWhenTheDeadlinePassesAndTheOtherBidStillCompetes()
            throws Exception {
        String owner = Fixtures.body("EE-RPD", "REGIONAL_PROBATION_DIRECTOR");
        Provider withdrawing = Fixtures.provider("Withdrawing").offering(CATEGORY, AREA).create();
        Provider steady = Fixtures.provider("Steady").offering(CATEGORY, AREA).create();
        var c = Fixtures.competition(owner).lot(CATEGORY, "80000.00", AREA).published();
        String excludedBid = Fixtures.submit(c.id(), withdrawing, Fixtures.bid(c.lot(1), "70000.00"));
        String keptBid = Fixtures.submit(c.id(), steady, Fixtures.bid(c.lot(1), "75000.00"));

        // After bidding, the provider withdraws its only offer of the category in the lot's area.
        withdrawing.withdrawOffer(withdrawing.offerIds().get(0), CATEGORY, List.of(AREA));

        try (TopicRecorder topic = new TopicRecorder(ServiceTestResource.bootstrapServers(), CompetitionEvents.TOPIC)) {
            TestClock.advance(Duration.ofDays(15));
            deadlines.run();
            assertThat(c.status()).isEqualTo("EVALUATION");

            var closed = topic.awaitOne(r -> r.key().equals(c.id())
                    && r.value().contains("\"" + CompetitionEvents.CLOSED + "\""), Duration.ofSeconds(20));
            JsonNode data = mapper.readTree(closed.value()).get("data");
            assertThat(data.at("/bidsReceived").asInt()).isEqualTo(2);
            assertThat(data.at("/exclusions")).hasSize(1);
            assertThat(data.at("/exclusions/0/bidId").asText()).isEqualTo(excludedBid);
            assertThat(data.at("/exclusions/0/organisationId").asText()).isEqualTo(withdrawing.id());
            assertThat(data.at("/exclusions/0/lotId").asText()).isEqualTo(c.lot(1));
            assertThat(data.at("/exclusions/0/reason").asText()).contains("no published offer of " + CATEGORY);
        }
        String bids = "/v1/competitions/" + c.id() + "/bids/";
        given().header("Authorization", commissioner(owner)).get(bids + excludedBid).then().statusCode(200)
                .body("lots[0].excludedReason", containsString("Not eligible at the submission deadline"));
        given().header("Authorization", commissioner(owner)).get(bids + keptBid).then().statusCode(200)
                .body("lots[0].excludedReason", nullValue());
        // the excluded bid is not ranked; the other one is
        given().header("Authorization", commissioner(owner))
                .get("/v1/competitions/" + c.id() + "/lots/" + c.lot(1) + "/ranking").then().statusCode(200)
                .body("items.bidId", equalTo(List.of(keptBid)));
    }
}
