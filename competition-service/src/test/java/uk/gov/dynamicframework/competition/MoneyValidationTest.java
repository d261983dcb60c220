package uk.gov.dynamicframework.competition;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.competition.support.Fixtures;
import uk.gov.dynamicframework.devtools.TestTokens;

/** Money is GBP to the penny with at most 12 integer digits, refused naming the field, and cheaply. */
@QuarkusTest
class MoneyValidationTest {

    private static String owner;

    /** The owning body, made on first use (once the service runs). */
    private static synchronized String owner() {
        if (owner == null) {
            owner = Fixtures.body("MONEY", "REGIONAL_PROBATION_DIRECTOR");
        }
        return owner;
    }

    @Test
    void aBudgetInEurosIsRefusedNamingTheCurrency() {
        Map<String, Object> request = competition();
        request.put("ownerBudget", Map.of("amount", new BigDecimal("1000.00"), "currency", "EUR"));
        refused(request, "ownerBudget.currency", "must be GBP");
    }

    @Test
    void thirteenIntegerDigitsAreRefused() {
        Map<String, Object> request = competition();
        request.put("ownerBudget", Map.of("amount", new BigDecimal("1000000000000"), "currency", "GBP"));
        refused(request, "ownerBudget.amount", "must have at most 12 integer digits");
    }

    @Test
    void threeDecimalsAreRefusedOnALot() {
        Map<String, Object> request = competition();
        @SuppressWarnings("unchecked")
        Map<String, Object> lot = new java.util.HashMap<>(((List<Map<String, Object>>) request.get("lots")).get(0));
        lot.put("maxValue", Map.of("amount", new BigDecimal("90000.001"), "currency", "GBP"));
        request.put("lots", List.of(lot));
        refused(request, "lots[0].maxValue.amount", "must have at most 2 decimals");
    }

    @Test
    void anAbsurdExponentInABidIsRefusedInMillisecondsNotSeconds() {
        String provider = TestTokens.provider(UUID.randomUUID().toString());
        String body = "{\"lots\": [{\"lotId\": \"" + UUID.randomUUID() + "\", \"price\": {\"amount\": 1E+3000000, "
                + "\"currency\": \"GBP\"}}], \"answers\": {}}";
        String path = "/v1/competitions/" + UUID.randomUUID() + "/bids";
        bid(provider, body, path); // warm up
        long started = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            bid(provider, body, path).body("errors[0].field", equalTo("lots[0].price.amount"));
        }
        long perRequestMs = (System.nanoTime() - started) / 20 / 1_000_000;
        // expanding 1E+3000000 to the penny took about 1.3 s of CPU a request
        assertThat(perRequestMs).isLessThan(200);
    }

    @Test
    void aMissingCurrencyMeansPounds() {
        Map<String, Object> request = competition();
        request.put("ownerBudget", Map.of("amount", new BigDecimal("500000")));
        given().contentType(ContentType.JSON).header("Authorization", Fixtures.commissioner(owner())).body(request)
                .post("/v1/competitions").then().statusCode(201)
                .body("totalBudget.currency", equalTo("GBP"));
    }

    private static Map<String, Object> competition() {
        return new java.util.HashMap<>(Fixtures.competition(owner()).lot("ACCOMMODATION", "90000.00", "E23000007").request());
    }

    private static void refused(Map<String, Object> request, String field, String message) {
        given().contentType(ContentType.JSON).header("Authorization", Fixtures.commissioner(owner())).body(request)
                .post("/v1/competitions").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo(field))
                .body("errors[0].message", equalTo(message));
    }

    private static io.restassured.response.ValidatableResponse bid(String token, String body, String path) {
        return given().contentType(ContentType.JSON).header("Authorization", token).body(body).post(path)
                .then().statusCode(400).contentType("application/problem+json");
    }
}
