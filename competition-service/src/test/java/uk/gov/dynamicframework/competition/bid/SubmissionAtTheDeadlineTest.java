package uk.gov.dynamicframework.competition.bid;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.competition.competition.CompetitionEvents;
import uk.gov.dynamicframework.competition.competition.DeadlineJob;
import uk.gov.dynamicframework.competition.support.Fixtures;
import uk.gov.dynamicframework.competition.support.Fixtures.Provider;
import uk.gov.dynamicframework.devtools.TestClock;
import uk.gov.dynamicframework.devtools.ServiceTestResource;
import uk.gov.dynamicframework.devtools.TopicRecorder;

/** A submission that is accepted before the deadline but still committing when the competition closes. */
@QuarkusTest
class SubmissionAtTheDeadlineTest {

    private static final String CATEGORY = "LIFESTYLE_ASSOCIATES";
    private static final String AREA = "E23000022";

    @Inject
    DeadlineJob deadlines;

    @Inject
    DataSource dataSource;

    @Test
    void closingAtTheDeadlineWaitsForASubmissionInFlightAndCountsIt() throws Exception {
        String owner = Fixtures.body("EE-RPD", "REGIONAL_PROBATION_DIRECTOR");
        Provider bidder = Fixtures.provider("Last minute").offering(CATEGORY, AREA).create();
        var c = Fixtures.competition(owner).lot(CATEGORY, "60000.00", AREA).published();
        String submissionKey = c.id() + "/" + bidder.id();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (TopicRecorder topic = new TopicRecorder(ServiceTestResource.bootstrapServers(), CompetitionEvents.TOPIC);
                Connection blocker = dataSource.getConnection()) {
            // Hold the provider's submission lock, so the submission stops after its deadline check, before it commits.
            advisory(blocker, "select pg_advisory_lock(?, hashtext(?))", submissionKey);
            Future<Integer> submission = threads.submit(() -> given().contentType(ContentType.JSON)
                    .header("Authorization", bidder.token()).body(Fixtures.bid(c.lot(1), "55000.00"))
                    .post("/v1/competitions/" + c.id() + "/bids").then().extract().statusCode());
            await().atMost(Duration.ofSeconds(20)).until(() -> waiting(blocker, "advisory"));

            TestClock.advance(Duration.ofDays(15));
            Future<DeadlineJob.Run> closing = threads.submit(() -> deadlines.run());
            // closing must wait for the submission in flight (on the competition's row), not close without it
            await().atMost(Duration.ofSeconds(20)).until(() -> closing.isDone()
                    || waiting(blocker, "transactionid") || waiting(blocker, "tuple"));
            advisory(blocker, "select pg_advisory_unlock(?, hashtext(?))", submissionKey);

            assertThat(submission.get(30, TimeUnit.SECONDS)).isEqualTo(201);
            closing.get(30, TimeUnit.SECONDS);
            assertThat(c.status()).isEqualTo("EVALUATION");
            topic.awaitOne(r -> r.key().equals(c.id()) && r.value().contains("\"" + CompetitionEvents.CLOSED + "\"")
                    && r.value().contains("\"bidsReceived\":1"), Duration.ofSeconds(20));
        } finally {
            threads.shutdownNow();
        }
    }

    private static void advisory(Connection connection, String sql, String key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, BidService.SUBMISSION_LOCK);
            statement.setString(2, key);
            statement.execute();
        }
    }

    /** True when another session of this database waits on a lock of this kind. */
    private static boolean waiting(Connection connection, String waitEvent) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select count(*) from pg_stat_activity "
                + "where datname = current_database() and pid <> pg_backend_pid() and wait_event_type = 'Lock' "
                + "and wait_event = ?")) {
            statement.setString(1, waitEvent);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }
}
