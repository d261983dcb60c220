package uk.gov.dynamicframework.registry.offer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static uk.gov.dynamicframework.registry.Fixtures.ADMIN;
import static uk.gov.dynamicframework.registry.Fixtures.decide;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.devtools.TestTokens;
import uk.gov.dynamicframework.registry.Events;
import uk.gov.dynamicframework.registry.Fixtures;
import uk.gov.dynamicframework.registry.Fixtures.Provider;
import uk.gov.dynamicframework.registry.organisation.OrganisationEvents;

@QuarkusTest
class ServiceOfferTest {

    private static final List<String> SOUTH_WEST = List.of("E23000035", "E23000036", "E23000037", "E23000038", "E23000039");

    @Test
    void regionWideOfferCoversEveryAreaOfTheRegionAndIsPublishedOnKafka() {
        Provider provider = Fixtures.provider(Fixtures.uniqueName("Homes South West")).create();
        String offer = given().contentType(ContentType.JSON).header("Authorization", provider.token())
                .body(Fixtures.offer(provider.id(), "ACCOMMODATION", List.of("W15000002"), List.of("SW"), List.of("WOMEN")))
                .post("/v1/service-offers").then().statusCode(201)
                .header("Location", containsString("/v1/service-offers/"))
                .body("status", equalTo("PUBLISHED"))
                .body("regions", equalTo(List.of("SW")))
                .body("areas", equalTo(List.of("W15000002")))
                .body("coveredAreas", hasItems(SOUTH_WEST.toArray()))
                .body("coveredAreas", hasItem("W15000002"))
                .extract().path("id");

        JsonNode event = Events.awaitEvent(provider.id(), OrganisationEvents.OFFER_PUBLISHED,
                e -> e.path("data").path("offerId").asText().equals(offer));
        JsonNode data = event.path("data");
        assertThat(data.path("organisationId").asText()).isEqualTo(provider.id());
        assertThat(data.path("category").asText()).isEqualTo("ACCOMMODATION");
        List<String> areas = new ArrayList<>();
        data.path("areas").forEach(a -> areas.add(a.asText()));
        assertThat(areas).containsExactlyInAnyOrder("E23000035", "E23000036", "E23000037", "E23000038", "E23000039",
                "W15000002");
        assertThat(data.path("regions").get(0).asText()).isEqualTo("SW");
        assertThat(data.path("cohorts").get(0).asText()).isEqualTo("WOMEN");
        assertThat(data.path("publishedAt").asText()).isNotBlank();
        assertThat(data.has("withdrawnAt")).isFalse();
    }

    @Test
    void unknownCodesAreOne400NamingTheValidCodes() {
        Provider provider = Fixtures.provider(Fixtures.uniqueName("Typo Services")).create();
        given().contentType(ContentType.JSON).header("Authorization", provider.token())
                .body(Fixtures.offer(provider.id(), "HOUSING", List.of("E23000035", "E99"), List.of("XX"),
                        List.of("ACCOMMODATION")))
                .post("/v1/service-offers").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("areas[1]", "category", "cohorts[0]", "regions[0]")))
                .body("errors.find { it.field == 'category' }.message", containsString("ACCOMMODATION"))
                .body("errors.find { it.field == 'category' }.message", containsString("SERVICE_USER_INVOLVEMENT"))
                .body("errors.find { it.field == 'cohorts[0]' }.message", containsString("WOMEN"))
                .body("errors.find { it.field == 'regions[0]' }.message", containsString("KSS"))
                .body("errors.find { it.field == 'areas[1]' }.message", containsString("W15000004"));
        given().get("/v1/service-offers?organisationId=" + provider.id()).then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void anOfferNamesAnAreaOrARegion() {
        Provider provider = Fixtures.provider(Fixtures.uniqueName("Nowhere Ltd")).create();
        given().contentType(ContentType.JSON).header("Authorization", provider.token())
                .body(Fixtures.offer(provider.id(), "ACCOMMODATION", List.of(), List.of(), List.of()))
                .post("/v1/service-offers").then().statusCode(400).body("errors.field", equalTo(List.of("coverage")));
    }

    @Test
    void onlyQualifiedProvidersPublishOffers() {
        Provider applicant = Fixtures.provider(Fixtures.uniqueName("Not Yet")).applicationOnly().create();
        given().contentType(ContentType.JSON).header("Authorization", applicant.token())
                .body(Fixtures.offer(applicant.id(), "ACCOMMODATION", List.of("E23000035"), List.of(), List.of()))
                .post("/v1/service-offers").then().statusCode(422).contentType("application/problem+json")
                .body("frameworkStatus", equalTo("APPLIED"));
    }

    @Test
    void providersPublishAndWithdrawOnlyTheirOwnOffers() {
        Provider own = Fixtures.provider(Fixtures.uniqueName("Own Offers"))
                .offering("EMOTIONAL_WELLBEING", List.of("E23000001"), List.of()).create();
        Provider other = Fixtures.provider(Fixtures.uniqueName("Other Offers")).create();
        given().contentType(ContentType.JSON).header("Authorization", other.token())
                .body(Fixtures.offer(own.id(), "ACCOMMODATION", List.of("E23000035"), List.of(), List.of()))
                .post("/v1/service-offers").then().statusCode(403);
        given().contentType(ContentType.JSON).header("Authorization", other.token()).body(Map.of())
                .post("/v1/service-offers/" + own.offerIds().get(0) + "/withdraw").then().statusCode(403);
        given().header("Authorization", own.token()).get("/v1/service-offers/" + own.offerIds().get(0))
                .then().statusCode(200).body("status", equalTo("PUBLISHED"));
    }

    @Test
    void aWithdrawnOfferIsNoLongerPublicAndTheEventSaysWhen() {
        Provider provider = Fixtures.provider(Fixtures.uniqueName("Withdrawing Org"))
                .offering("FINANCE_BENEFITS_DEBT", List.of("E23000036"), List.of()).create();
        String offer = provider.offerIds().get(0);
        given().get("/v1/service-offers/" + offer).then().statusCode(200);

        given().contentType(ContentType.JSON).header("Authorization", provider.token())
                .body(Map.of("reason", "Funding ended")).post("/v1/service-offers/" + offer + "/withdraw")
                .then().statusCode(200).body("status", equalTo("WITHDRAWN")).body("withdrawnAt", notNullValue())
                .body("withdrawalReason", equalTo("Funding ended"));
        given().contentType(ContentType.JSON).header("Authorization", provider.token()).body(Map.of())
                .post("/v1/service-offers/" + offer + "/withdraw").then().statusCode(409);

        given().get("/v1/service-offers/" + offer).then().statusCode(404);
        given().get("/v1/service-offers?organisationId=" + provider.id()).then().body("total", equalTo(0));
        given().header("Authorization", provider.token()).get("/v1/service-offers?organisationId=" + provider.id())
                .then().body("items.status", equalTo(List.of("WITHDRAWN")));

        JsonNode data = Events.awaitEvent(provider.id(), OrganisationEvents.OFFER_WITHDRAWN).path("data");
        assertThat(data.path("offerId").asText()).isEqualTo(offer);
        assertThat(data.path("category").asText()).isEqualTo("FINANCE_BENEFITS_DEBT");
        assertThat(data.path("areas").get(0).asText()).isEqualTo("E23000036");
        assertThat(data.path("withdrawnAt").asText()).isNotBlank();
        assertThat(data.path("publishedAt").asText()).isNotBlank();
    }

    @Test
    void aSuspendedProvidersOffersAreNotPublicUntilReinstated() {
        Provider provider = Fixtures.provider(Fixtures.uniqueName("Paused Org"))
                .offering("DEPENDENCY_RECOVERY", List.of("E23000037"), List.of()).create();
        String offer = provider.offerIds().get(0);
        decide(provider.applicationId(), "suspend",
                Map.of("reason", "Audit", "until", LocalDate.now(ZoneOffset.UTC).plusDays(10).toString())).statusCode(200);

        given().get("/v1/service-offers/" + offer).then().statusCode(404);
        given().header("Authorization", provider.token()).get("/v1/service-offers/" + offer).then().statusCode(200);
        given().queryParam("q", provider.name()).get("/v1/directory/providers").then().body("total", equalTo(0));
        given().contentType(ContentType.JSON).header("Authorization", provider.token())
                .body(Fixtures.offer(provider.id(), "ACCOMMODATION", List.of("E23000035"), List.of(), List.of()))
                .post("/v1/service-offers").then().statusCode(422);

        decide(provider.applicationId(), "reinstate", Map.of()).statusCode(200);
        given().get("/v1/service-offers/" + offer).then().statusCode(200);
        given().queryParam("q", provider.name()).get("/v1/directory/providers").then().body("total", equalTo(1));
    }

    @Test
    void removingAProviderWithdrawsItsOffers() {
        Provider provider = Fixtures.provider(Fixtures.uniqueName("Leaving Org"))
                .offering("SOCIAL_INCLUSION", List.of("E23000038"), List.of())
                .offering("SOCIAL_INCLUSION", List.of(), List.of("WA")).create();
        decide(provider.applicationId(), "remove", Map.of("reason", "Asked to leave")).statusCode(200);

        given().header("Authorization", ADMIN).get("/v1/service-offers?organisationId=" + provider.id())
                .then().statusCode(200).body("items.status", equalTo(List.of("WITHDRAWN", "WITHDRAWN")))
                .body("items.status", not(hasItem("PUBLISHED")));
        JsonNode withdrawn = Events.awaitEvent(provider.id(), OrganisationEvents.OFFER_WITHDRAWN,
                e -> e.path("data").path("regions").toString().contains("WA"));
        assertThat(withdrawn.path("data").path("areas").size()).isEqualTo(4);
        given().header("Authorization", TestTokens.provider(provider.id()))
                .get("/v1/framework-applications/" + provider.applicationId())
                .then().body("status", equalTo("REMOVED"));
    }
}
