package uk.gov.dynamicframework.contract.performance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.contract.support.Fixtures;
import uk.gov.dynamicframework.contract.support.Fixtures.Created;
import uk.gov.dynamicframework.devtools.TestClock;

@QuarkusTest
class PerformanceReturnTest {

    private static String quarterOf(LocalDate d) {
        return d.getYear() + "-Q" + ((d.getMonthValue() - 1) / 3 + 1);
    }

    @Test
    void theLeadProviderFilesOneReturnPerQuarterAndCorrectsItAsANewVersion() {
        Created a = Fixtures.agreement().category("DEPENDENCY_RECOVERY").in("EM")
                .running(TestClock.today().minusYears(1), TestClock.today().plusYears(1)).record();
        Fixtures.runLifecycle();
        String quarter = quarterOf(TestClock.today().minusMonths(3));
        Map<String, Object> figures = Map.of("quarter", quarter, "referrals", 100, "starts", 80, "completions", 60,
                "outcomes", Map.of("DEPENDENCY_RECOVERY", 45));
        String returns = a.path() + "/performance-returns";

        given().contentType(ContentType.JSON).header("Authorization", a.ownerToken()).body(figures).post(returns).then().statusCode(403);
        given().contentType(ContentType.JSON).header("Authorization", a.leadToken()).body(figures).post(returns).then().statusCode(201)
                .header("ETag", "\"1\"").body("version", equalTo(1));
        given().contentType(ContentType.JSON).header("Authorization", a.leadToken()).body(figures).post(returns).then().statusCode(409);

        Map<String, Object> correction = Map.of("referrals", 101, "starts", 80, "completions", 61,
                "outcomes", Map.of("DEPENDENCY_RECOVERY", 46));
        given().contentType(ContentType.JSON).header("Authorization", a.leadToken()).body(correction).put(returns + "/" + quarter)
                .then().statusCode(428);
        given().contentType(ContentType.JSON).header("Authorization", a.leadToken()).header("If-Match", "\"1\"").body(correction)
                .put(returns + "/" + quarter).then().statusCode(200).body("version", equalTo(2)).body("referrals", equalTo(101));
        given().header("Authorization", a.ownerToken()).get(returns + "/" + quarter).then().statusCode(200)
                .body("items.version", contains(1, 2)).body("items.latest", contains(false, true));
        given().get(a.path() + "/performance-summary").then().statusCode(200)
                .body("quarters", equalTo(1)).body("referrals", equalTo(101)).body("completions", equalTo(61))
                .body("outcomes.DEPENDENCY_RECOVERY", equalTo(46));
        given().queryParam("category", "DEPENDENCY_RECOVERY").queryParam("region", "EM").queryParam("quarter", quarter)
                .get("/v1/agreements/performance-summary").then().statusCode(200)
                .body("items[0].category", equalTo("DEPENDENCY_RECOVERY")).body("items[0].regionCode", equalTo("EM"))
                .body("items[0].agreements", org.hamcrest.Matchers.greaterThanOrEqualTo(1))
                .body("items[0].referrals", org.hamcrest.Matchers.greaterThanOrEqualTo(101));
    }

    @Test
    void inconsistentFiguresAndFutureQuartersAreRefusedNamingTheField() {
        Created a = Fixtures.live();
        String returns = a.path() + "/performance-returns";
        String thisQuarter = quarterOf(TestClock.today());
        given().contentType(ContentType.JSON).header("Authorization", a.leadToken())
                .body(Map.of("quarter", thisQuarter, "referrals", 10, "starts", 11, "completions", 12,
                        "outcomes", Map.of("WOMEN", 1)))
                .post(returns).then().statusCode(400).body("errors.field", hasItems("starts", "completions", "outcomes.WOMEN"));
        given().contentType(ContentType.JSON).header("Authorization", a.leadToken())
                .body(Map.of("quarter", quarterOf(TestClock.today().plusMonths(3)), "referrals", 1, "starts", 1, "completions", 1,
                        "outcomes", Map.of()))
                .post(returns).then().statusCode(400).body("errors.field", hasItem("quarter"));
        given().contentType(ContentType.JSON).header("Authorization", a.leadToken())
                .body(Map.of("quarter", "2026-Q5", "referrals", 1, "starts", 1, "completions", 1, "outcomes", Map.of()))
                .post(returns).then().statusCode(400).body("errors.field", hasItem("quarter"));
    }
}
