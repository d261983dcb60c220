package uk.gov.dynamicframework.competition;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;
import static uk.gov.dynamicframework.competition.support.Fixtures.commissioner;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.competition.support.Fixtures;
import uk.gov.dynamicframework.devtools.TestTokens;
import uk.gov.dynamicframework.platform.web.IdempotentRequests;

/**
 * Every creating POST of the service honours {@code Idempotency-Key}: a retry gets the first response again (marked
 * replayed) and creates nothing more; the same key with another body is refused (422).
 */
@QuarkusTest
class IdempotentCreationTest {

    private static final String CATEGORY = "EMOTIONAL_WELLBEING";
    private static final String AREA = "E23000029";

    @Test
    void registeringACommissioningBody() {
        String code = "IDEM-" + Integer.toString(Fixtures.next(), 36).toUpperCase();
        Map<String, Object> body = Map.of("code", code, "name", "Idempotent body", "kind", "OTHER_AUTHORITY");
        Map<String, Object> other = Map.of("code", code + "X", "name", "Another body", "kind", "OTHER_AUTHORITY");
        assertRetriedOnce(Fixtures.ADMIN, "/v1/commissioning-bodies", body, other);
        given().header("Authorization", Fixtures.ADMIN).get("/v1/commissioning-bodies/" + code + "X").then().statusCode(404);
    }

    @Test
    void draftingACompetition() {
        String owner = Fixtures.body("SC-RPD", "REGIONAL_PROBATION_DIRECTOR");
        var builder = Fixtures.competition(owner).lot(CATEGORY, "60000.00", AREA);
        Map<String, Object> first = builder.request();
        Map<String, Object> other = new HashMap<>(first);
        other.put("title", "Another competition");
        String id = assertRetriedOnce(commissioner(owner), "/v1/competitions", first, other).path("id");
        given().header("Authorization", commissioner(owner)).queryParam("status", "DRAFT").queryParam("size", 100)
                .get("/v1/competitions").then().statusCode(200)
                .body("items.findAll { it.title == '" + first.get("title") + "' }.id", org.hamcrest.Matchers.equalTo(List.of(id)));
    }

    @Test
    void draftingAnOpportunity() {
        String owner = Fixtures.body("SC-RPD", "REGIONAL_PROBATION_DIRECTOR");
        Map<String, Object> first = Map.of("title", "Wellbeing in Thames Valley " + Fixtures.next(), "category", CATEGORY,
                "areas", List.of(AREA), "indicativeValue", Fixtures.money("90000.00"));
        Map<String, Object> other = new HashMap<>(first);
        other.put("indicativeValue", Fixtures.money("95000.00"));
        assertRetriedOnce(commissioner(owner), "/v1/opportunities", first, other);
    }

    @Test
    void subscribingToOpportunities() {
        String provider = TestTokens.provider(UUID.randomUUID().toString());
        Map<String, Object> first = Map.of("categories", List.of(CATEGORY), "areas", List.of(AREA));
        Map<String, Object> other = Map.of("categories", List.of(CATEGORY), "areas", List.of(AREA, "E23000030"));
        assertRetriedOnce(provider, "/v1/opportunity-subscriptions", first, other);
        given().header("Authorization", provider).get("/v1/opportunity-subscriptions").then().statusCode(200)
                .body("items", org.hamcrest.Matchers.hasSize(1));
    }

    @Test
    void askingAClarificationAndSubmittingABid() {
        String owner = Fixtures.body("SC-RPD", "REGIONAL_PROBATION_DIRECTOR");
        var provider = Fixtures.provider("Idempotent").offering(CATEGORY, AREA).create();
        var c = Fixtures.competition(owner).lot(CATEGORY, "60000.00", AREA).published();

        assertRetriedOnce(provider.token(), "/v1/competitions/" + c.id() + "/clarifications",
                Map.of("question", "May the service start later?"), Map.of("question", "Another question?"));

        String bidId = assertRetriedOnce(provider.token(), "/v1/competitions/" + c.id() + "/bids",
                Fixtures.bid(c.lot(1), "50000.00"), Fixtures.bid(c.lot(1), "55000.00")).path("bidId");
        given().header("Authorization", provider.token()).get("/v1/competitions/" + c.id() + "/bids").then()
                .statusCode(200).body("items.id", org.hamcrest.Matchers.equalTo(List.of(bidId)))
                .body("items[0].lots[0].price.amount", Fixtures.amount("50000.00"));
    }

    /** Posts {@code body} twice with one key, then {@code other} with it; returns the first response. */
    private static ExtractableResponse<Response> assertRetriedOnce(String token, String path, Map<String, Object> body,
            Map<String, Object> other) {
        String key = UUID.randomUUID().toString();
        var first = given().contentType(ContentType.JSON).header("Authorization", token)
                .header(IdempotentRequests.HEADER, key).body(body).post(path).then().statusCode(201)
                .header(IdempotentRequests.REPLAYED_HEADER, nullValue()).extract();
        var retry = given().contentType(ContentType.JSON).header("Authorization", token)
                .header(IdempotentRequests.HEADER, key).body(body).post(path).then().statusCode(201)
                .header(IdempotentRequests.REPLAYED_HEADER, "true").extract();
        assertThat(retry.jsonPath().getMap("$")).isEqualTo(first.jsonPath().getMap("$"));
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        given().contentType(ContentType.JSON).header("Authorization", token).header(IdempotentRequests.HEADER, key)
                .body(other).post(path).then().statusCode(422);
        return first;
    }
}
