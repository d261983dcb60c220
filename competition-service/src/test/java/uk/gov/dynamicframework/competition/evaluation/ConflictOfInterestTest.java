package uk.gov.dynamicframework.competition.evaluation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static uk.gov.dynamicframework.competition.support.Fixtures.commissioner;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.competition.competition.DeadlineJob;
import uk.gov.dynamicframework.competition.support.Fixtures;
import uk.gov.dynamicframework.competition.support.Fixtures.Provider;
import uk.gov.dynamicframework.devtools.TestClock;

/** Only named evaluators score; each declares conflicts with every bidder before seeing bids; a conflicted one is refused. */
@QuarkusTest
class ConflictOfInterestTest {

    private static final String CATEGORY = "FINANCE_BENEFITS_DEBT";
    private static final String AREA = "E23000031";
    private static final Map<String, Object> SCORES = Map.of("scores", Map.of("Q1", 60, "SV", 50),
            "passFail", Map.of("SAFEGUARDING", true));

    @Inject
    DeadlineJob deadlines;

    @Test
    void aConflictedEvaluatorCannotReadNorScoreThatBidderAndAnUnnamedOneScoresNothing() {
        String owner = Fixtures.body("LON-RPD", "REGIONAL_PROBATION_DIRECTOR");
        String alice = "alice-" + owner;
        String bob = "bob-" + owner;
        Provider friend = Fixtures.provider("Friend").offering(CATEGORY, AREA).create();
        Provider stranger = Fixtures.provider("Stranger").offering(CATEGORY, AREA).create();
        var c = Fixtures.competition(owner).lot(CATEGORY, "150000.00", AREA).evaluators(alice, bob).published();
        String friendBid = Fixtures.submit(c.id(), friend, Fixtures.bid(c.lot(1), "120000.00"));
        String strangerBid = Fixtures.submit(c.id(), stranger, Fixtures.bid(c.lot(1), "110000.00"));
        String comp = "/v1/competitions/" + c.id();
        String declarations = comp + "/conflict-declarations/mine";
        String aliceToken = Fixtures.namedEvaluator(alice);

        // Bidders are not known before the deadline, so nothing can be declared yet.
        given().header("Authorization", aliceToken).get(declarations).then().statusCode(422);

        TestClock.advance(Duration.ofDays(15));
        deadlines.run();

        // An evaluator of the body the owner did not name scores nothing.
        given().contentType(ContentType.JSON).header("Authorization", Fixtures.evaluator(owner)).body(SCORES)
                .put(comp + "/lots/" + c.lot(1) + "/bids/" + strangerBid + "/scores/mine").then().statusCode(403);

        // Alice sees no bid until she has declared about every bidder.
        given().header("Authorization", aliceToken).get(comp + "/bids/" + strangerBid).then().statusCode(409)
                .body("type", org.hamcrest.Matchers.endsWith("conflicts-undeclared"))
                .body("undeclaredBidders", containsInAnyOrder(friend.id(), stranger.id()));
        given().contentType(ContentType.JSON).header("Authorization", aliceToken).body(SCORES)
                .put(comp + "/lots/" + c.lot(1) + "/bids/" + strangerBid + "/scores/mine").then().statusCode(409);
        given().header("Authorization", aliceToken).get(declarations).then().statusCode(200)
                .body("complete", equalTo(false))
                .body("bidders.organisationId", containsInAnyOrder(friend.id(), stranger.id()))
                .body("bidders.name", hasItems(friend.name(), stranger.name()));

        // A conflict needs its details.
        given().contentType(ContentType.JSON).header("Authorization", aliceToken)
                .body(Map.of("declarations", List.of(Map.of("organisationId", friend.id(), "conflicted", true))))
                .put(declarations).then().statusCode(400).body("errors.field", contains("declarations[0].details"));
        given().contentType(ContentType.JSON).header("Authorization", aliceToken)
                .body(Map.of("declarations", List.of(
                        Map.of("organisationId", friend.id(), "conflicted", true, "details", "I was its trustee until last year"),
                        Map.of("organisationId", stranger.id(), "conflicted", false))))
                .put(declarations).then().statusCode(200).body("complete", equalTo(true));
        // A declared conflict stands.
        given().contentType(ContentType.JSON).header("Authorization", aliceToken)
                .body(Map.of("declarations", List.of(Map.of("organisationId", friend.id(), "conflicted", false))))
                .put(declarations).then().statusCode(400).body("errors.field", contains("declarations[0].conflicted"));

        // Conflicted with Friend: refused its bid (read and score), sees and scores only the stranger's.
        given().header("Authorization", aliceToken).get(comp + "/bids/" + friendBid).then().statusCode(403)
                .body("type", org.hamcrest.Matchers.endsWith("conflict-of-interest"));
        given().contentType(ContentType.JSON).header("Authorization", aliceToken).body(SCORES)
                .put(comp + "/lots/" + c.lot(1) + "/bids/" + friendBid + "/scores/mine").then().statusCode(403)
                .body("type", org.hamcrest.Matchers.endsWith("conflict-of-interest"));
        given().header("Authorization", aliceToken).get(comp + "/bids").then().statusCode(200)
                .body("items.id", contains(strangerBid));
        given().contentType(ContentType.JSON).header("Authorization", aliceToken).body(SCORES)
                .put(comp + "/lots/" + c.lot(1) + "/bids/" + strangerBid + "/scores/mine").then().statusCode(200);

        // Bob, not conflicted, scores both; the commissioners see who is conflicted with whom.
        c.declareNoConflicts(Fixtures.namedEvaluator(bob));
        given().contentType(ContentType.JSON).header("Authorization", Fixtures.namedEvaluator(bob)).body(SCORES)
                .put(comp + "/lots/" + c.lot(1) + "/bids/" + friendBid + "/scores/mine").then().statusCode(200);
        given().header("Authorization", commissioner(owner)).get(comp + "/evaluators").then().statusCode(200)
                .body("items", hasSize(2))
                .body("items.find { it.evaluator == '" + alice + "' }.conflictedWith", contains(friend.id()))
                .body("items.find { it.evaluator == '" + bob + "' }.conflictedWith", hasSize(0));
        // An evaluator who has scored stays on the record.
        given().header("Authorization", commissioner(owner)).delete(comp + "/evaluators/" + bob).then().statusCode(409);
    }
}
