package uk.gov.dynamicframework.competition.competition;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static uk.gov.dynamicframework.competition.support.Fixtures.commissioner;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.competition.support.Fixtures;

/** Minimum periods (10 days to bid, 1 day after the clarification deadline, 8 working days of standstill). */
@QuarkusTest
class TimelineRulesTest {

    private static final String CATEGORY = "DEPENDENCY_RECOVERY";
    private static final String AREA = "E23000032";

    @Test
    void aTooShortDeadlineIsRefusedWithoutAnOverrideAndShownInTheNoticeWithIt() {
        String owner = Fixtures.body("EOE-RPD", "REGIONAL_PROBATION_DIRECTOR");
        var c = Fixtures.competition(owner).lot(CATEGORY, "90000.00", AREA).deadlineIn(Duration.ofDays(3)).create();
        String path = "/v1/competitions/" + c.id();
        Map<String, Object> publication = new HashMap<>(Map.of("overrideLowEligibility", true, "overrideReason", "test"));

        given().contentType(ContentType.JSON).header("Authorization", commissioner(owner)).body(publication)
                .post(path + "/publication").then().statusCode(422)
                .body("type", org.hamcrest.Matchers.endsWith("timeline-too-short"))
                .body("errors.field", hasItem("submissionDeadline"))
                .body("detail", containsString("10 days between publication and the submission deadline"));
        publication.put("overrideShortTimeline", true);
        given().contentType(ContentType.JSON).header("Authorization", commissioner(owner)).body(publication)
                .post(path + "/publication").then().statusCode(400).body("errors.field", hasItem("timelineOverrideReason"));
        assertThat(c.status()).isEqualTo("DRAFT");

        publication.put("timelineOverrideReason", "The current provider has gone into administration");
        given().contentType(ContentType.JSON).header("Authorization", commissioner(owner)).body(publication)
                .post(path + "/publication").then().statusCode(200)
                .body("timelineOverride.reason", equalTo("The current provider has gone into administration"))
                .body("timelineOverride.shortfalls[0].field", equalTo("submissionDeadline"))
                .body("timelineOverride.decidedBy", equalTo("commissioner@" + owner))
                .body("minimumPeriods.tenderDays", equalTo(10))
                .body("minimumPeriods.standstillWorkingDays", equalTo(8))
                // the small lot's lighter evidence is in the notice
                .body("lots[0].evidenceRules.tier", equalTo("SMALL"))
                .body("lots[0].evidenceRules.maxRequirements", equalTo(3))
                .body("lots[0].evidenceRules.minimumIncomeAllowed", equalTo(false));

        JsonPath release = given().get("/v1/ocds/competitions/" + c.id()).then().statusCode(200).extract().jsonPath();
        assertThat(release.getString("releases[0].tender.documents.find { it.id == 'timeline-override' }.description"))
                .contains("The current provider has gone into administration")
                .contains("10 days between publication and the submission deadline");
        assertThat(release.getString("releases[0].tender.lots[0].description")).startsWith("Small lot (under £100,000)");
    }

    @Test
    void aStandstillShorterThanEightWorkingDaysOrNoDayAfterTheClarificationDeadlineIsRefused() {
        String owner = Fixtures.body("EOE-RPD", "REGIONAL_PROBATION_DIRECTOR");
        var builder = Fixtures.competition(owner).lot(CATEGORY, "150000.00", AREA).standstillDays(0);
        var request = builder.request();
        request.put("clarificationDeadline", Instant.parse((String) request.get("submissionDeadline")).minusSeconds(3600).toString());
        String id = given().contentType(ContentType.JSON).header("Authorization", commissioner(owner)).body(request)
                .post("/v1/competitions").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).header("Authorization", commissioner(owner))
                .body(Map.of("overrideLowEligibility", true, "overrideReason", "test"))
                .post("/v1/competitions/" + id + "/publication").then().statusCode(422)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("clarificationDeadline", "standstillDays"))
                .body("errors.find { it.field == 'standstillDays' }.message", containsString("8 working days"));
        given().header("Authorization", commissioner(owner)).get("/v1/competitions/" + id).then()
                .body("status", equalTo("DRAFT")).body("timelineOverride", nullValue());
    }

    @Test
    void theStandstillCountsWorkingDaysOnly() {
        // Friday 27 November 2026, 10:00 UK: eight working days later is Wednesday 9 December.
        assertThat(Timelines.plusWorkingDays(Instant.parse("2026-11-27T10:00:00Z"), 8))
                .isEqualTo(Instant.parse("2026-12-09T10:00:00Z"));
        // Monday 1 March 2027: Tuesday to Friday, then Monday to Thursday.
        assertThat(Timelines.plusWorkingDays(Instant.parse("2027-03-01T09:00:00Z"), 8))
                .isEqualTo(Instant.parse("2027-03-11T09:00:00Z"));
    }
}
