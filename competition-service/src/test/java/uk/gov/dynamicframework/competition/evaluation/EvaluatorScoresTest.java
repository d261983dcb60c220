package uk.gov.dynamicframework.competition.evaluation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static uk.gov.dynamicframework.competition.support.Fixtures.commissioner;
import static uk.gov.dynamicframework.competition.support.Fixtures.evaluator;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.competition.competition.DeadlineJob;
import uk.gov.dynamicframework.competition.support.Fixtures;
import uk.gov.dynamicframework.competition.support.Fixtures.Provider;
import uk.gov.dynamicframework.devtools.TestClock;

@QuarkusTest
class EvaluatorScoresTest {

    private static final String CATEGORY = "FAMILY_SIGNIFICANT_OTHERS";
    private static final String AREA = "E23000021";

    @Inject
    DeadlineJob deadlines;

    @Test
    void aCommissionerOfOneCompetitionCannotReadTheScoresOfAnotherCompetitionsBid() {
        String ownerA = Fixtures.body("NE-RPD", "REGIONAL_PROBATION_DIRECTOR");
        String ownerB = Fixtures.body("NW-RPD", "REGIONAL_PROBATION_DIRECTOR");
        Provider bidder = Fixtures.provider("Scored").offering(CATEGORY, AREA).create();
        var a = Fixtures.competition(ownerA).lot(CATEGORY, "80000.00", AREA).published();
        var b = Fixtures.competition(ownerB).lot(CATEGORY, "80000.00", AREA).published();
        Fixtures.submit(a.id(), bidder, Fixtures.bid(a.lot(1), "70000.00"));
        String bidOfB = Fixtures.submit(b.id(), bidder, Fixtures.bid(b.lot(1), "75000.00"));
        TestClock.advance(Duration.ofDays(15));
        deadlines.run();
        b.declareNoConflicts(evaluator(ownerB));
        given().contentType(ContentType.JSON).header("Authorization", evaluator(ownerB))
                .body(Map.of("scores", Map.of("Q1", 70, "SV", 40), "passFail", Map.of("SAFEGUARDING", true),
                        "comment", "Strong family work"))
                .put("/v1/competitions/" + b.id() + "/lots/" + b.lot(1) + "/bids/" + bidOfB + "/scores/mine")
                .then().statusCode(200);
        given().header("Authorization", commissioner(ownerB))
                .get("/v1/competitions/" + b.id() + "/lots/" + b.lot(1) + "/bids/" + bidOfB + "/scores")
                .then().statusCode(200).body("items", hasSize(1));

        // A's commissioner names its own competition and lot with B's bid, or its own competition with B's lot and bid.
        for (String path : new String[] {
                "/v1/competitions/" + a.id() + "/lots/" + a.lot(1) + "/bids/" + bidOfB + "/scores",
                "/v1/competitions/" + a.id() + "/lots/" + b.lot(1) + "/bids/" + bidOfB + "/scores" }) {
            String body = given().header("Authorization", commissioner(ownerA)).get(path)
                    .then().statusCode(404).extract().asString();
            assertThat(body).doesNotContain("Strong family work");
        }
    }
}
