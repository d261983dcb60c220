package uk.gov.dynamicframework.registry.directory;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static uk.gov.dynamicframework.registry.Fixtures.decide;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.registry.Fixtures;
import uk.gov.dynamicframework.registry.Fixtures.Provider;

@QuarkusTest
class DirectoryTest {

    /** Searches only among providers whose names contain {@code tag}, so other tests' data does not interfere. */
    private static RequestSpecification among(String tag) {
        return given().queryParam("q", tag);
    }

    @Test
    void aRegionWideOfferIsFoundByAreaSearch() {
        String tag = Fixtures.uniqueName("RegionWide");
        Provider regionWide = Fixtures.provider(tag + " Regional").offering("ACCOMMODATION", List.of(), List.of("SW")).create();
        Provider local = Fixtures.provider(tag + " Local").offering("ACCOMMODATION", List.of("E23000039"), List.of()).create();

        among(tag).queryParam("area", "E23000035").get("/v1/directory/providers").then().statusCode(200)
                .body("items.name", equalTo(List.of(regionWide.name())))
                .body("items[0].offers[0].regions", equalTo(List.of("SW"))).body("items[0].offerCount", equalTo(1));
        among(tag).queryParam("area", "E23000039").get("/v1/directory/providers").then()
                .body("items.name", equalTo(List.of(local.name(), regionWide.name())));
        among(tag).queryParam("region", "SW").get("/v1/directory/providers").then()
                .body("total", equalTo(2));
        among(tag).queryParam("area", "W15000001").get("/v1/directory/providers").then()
                .body("total", equalTo(0));
    }

    @Test
    void categoryAndAreaMustMatchTheSameOffer() {
        String tag = Fixtures.uniqueName("SameOffer");
        Provider split = Fixtures.provider(tag + " Split")
                .offering("ACCOMMODATION", List.of("E23000001"), List.of())
                .offering("WOMEN", List.of("E23000032"), List.of()).create();
        among(tag).queryParam("category", "ACCOMMODATION").queryParam("area", "E23000032")
                .get("/v1/directory/providers").then().body("total", equalTo(0));
        among(tag).queryParam("category", "WOMEN").queryParam("area", "E23000032")
                .get("/v1/directory/providers").then().body("items.id", equalTo(List.of(split.id())));
        among(tag).queryParam("category", "WOMEN").get("/v1/directory/providers").then().body("total", equalTo(1));
        among(tag).queryParam("category", "YOUNG_ADULTS").get("/v1/directory/providers").then().body("total", equalTo(0));
    }

    @Test
    void filtersBySectorIncomeBandCharacteristicsAndName() {
        String tag = Fixtures.uniqueName("Filters");
        Provider charity = Fixtures.provider(tag + " Sisters Charity").incomeBand("UNDER_100K")
                .characteristics("WOMENS_SPECIALIST", "LED_BY_AND_FOR_RACIALLY_MINORITISED_PEOPLE").create();
        Provider company = Fixtures.provider(tag + " Big Company").sector("PRIVATE").incomeBand("OVER_10M")
                .characteristics().create();
        Provider enterprise = Fixtures.provider(tag + " Welsh Enterprise").sector("SOCIAL_ENTERPRISE")
                .incomeBand("FROM_1M_TO_10M").characteristics("WELSH_ORGANISATION").create();
        Fixtures.provider(tag + " Applicant").applicationOnly().create();

        among(tag).get("/v1/directory/providers").then().body("total", equalTo(3));
        among(tag).queryParam("sector", "PRIVATE").get("/v1/directory/providers").then()
                .body("items.id", equalTo(List.of(company.id())));
        among(tag).queryParam("sector", "PRIVATE").queryParam("sector", "SOCIAL_ENTERPRISE")
                .get("/v1/directory/providers").then().body("items.id", equalTo(List.of(company.id(), enterprise.id())));
        among(tag).queryParam("incomeBand", "UNDER_100K").get("/v1/directory/providers").then()
                .body("items.id", equalTo(List.of(charity.id())));
        among(tag).queryParam("characteristic", "WOMENS_SPECIALIST")
                .queryParam("characteristic", "LED_BY_AND_FOR_RACIALLY_MINORITISED_PEOPLE")
                .get("/v1/directory/providers").then().body("items.id", equalTo(List.of(charity.id())));
        among(tag).queryParam("characteristic", "WOMENS_SPECIALIST").queryParam("characteristic", "WELSH_ORGANISATION")
                .get("/v1/directory/providers").then().body("total", equalTo(0));
        given().queryParam("q", (tag + " sisters").toUpperCase()).get("/v1/directory/providers").then()
                .body("items.id", equalTo(List.of(charity.id())));
        given().queryParam("q", "%").queryParam("size", 1).get("/v1/directory/providers").then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void resultsAreSortedAndPaginatedAtMostAHundredAPage() {
        String tag = Fixtures.uniqueName("Sorting");
        Provider b = Fixtures.provider(tag + " Beta").create();
        Provider a = Fixtures.provider(tag + " alpha").create();
        Provider c = Fixtures.provider(tag + " Gamma").create();
        among(tag).get("/v1/directory/providers").then().body("items.id", equalTo(List.of(a.id(), b.id(), c.id())));
        among(tag).queryParam("sort", "-name").get("/v1/directory/providers").then()
                .body("items.id", equalTo(List.of(c.id(), b.id(), a.id())));
        among(tag).queryParam("sort", "registeredAt").get("/v1/directory/providers").then()
                .body("items.id", equalTo(List.of(b.id(), a.id(), c.id())));
        among(tag).queryParam("size", 2).queryParam("page", 1).get("/v1/directory/providers").then()
                .body("items.id", equalTo(List.of(c.id()))).body("total", equalTo(3)).body("page", equalTo(1))
                .body("size", equalTo(2));
        given().queryParam("size", 100).get("/v1/directory/providers").then().statusCode(200);
        given().queryParam("size", 101).queryParam("sort", "age").get("/v1/directory/providers").then().statusCode(400)
                .body("errors.field", equalTo(List.of("size", "sort")));
    }

    @Test
    void theDirectoryShowsOnlyPublicFields() {
        String tag = Fixtures.uniqueName("Public");
        Fixtures.provider(tag + " Org").offering("RESTORATIVE_JUSTICE", List.of("E23000031"), List.of()).create();
        Map<String, Object> item = among(tag).get("/v1/directory/providers").then().statusCode(200)
                .body("items[0]", not(hasKey("contacts")))
                .body("items[0]", not(hasKey("address")))
                .body("items[0].town", equalTo("Cardiff"))
                .extract().path("items[0]");
        assertThat(item.toString()).doesNotContain("jo@example.org").doesNotContain("High Street");
    }

    @Test
    void unknownFilterCodesAreOne400NamingTheValidCodes() {
        given().queryParam("category", "HOUSING").queryParam("area", "E00").queryParam("region", "ZZ")
                .queryParam("sector", "CHARITY").queryParam("characteristic", "NICE")
                .get("/v1/directory/providers").then().statusCode(400).contentType("application/problem+json")
                .body("errors.size()", equalTo(5))
                .body("errors.find { it.field == 'category' }.message", containsString("ACCOMMODATION"))
                .body("errors.find { it.field == 'region' }.message", containsString("SW"));
        given().queryParam("category", "HOUSING").queryParam("area", "E23000035")
                .get("/v1/directory/coverage").then().statusCode(400)
                .body("errors.field", equalTo(List.of("category")));
        given().get("/v1/directory/coverage").then().statusCode(400).body("errors.field", hasItems("category"));
    }

    @Test
    void coverageCountsQualifiedProvidersWhoCanDeliverACategoryInAnArea() {
        String category = "COGNITIVE_BEHAVIOURAL_CHANGE";
        int areaBefore = coverage(category, "area", "E23000033");
        int regionBefore = coverage(category, "region", "KSS");
        String tag = Fixtures.uniqueName("Coverage");

        Fixtures.provider(tag + " Local").offering(category, List.of("E23000033"), List.of()).create();
        Fixtures.provider(tag + " Regional").offering(category, List.of(), List.of("KSS")).create();
        Fixtures.provider(tag + " Piecemeal").offering(category, List.of("E23000031", "E23000032"), List.of())
                .offering(category, List.of("E23000033"), List.of()).create();
        Fixtures.provider(tag + " Other Category").offering("WOMEN", List.of("E23000033"), List.of()).create();
        Provider suspended = Fixtures.provider(tag + " Suspended").offering(category, List.of("E23000033"), List.of()).create();
        decide(suspended.applicationId(), "suspend",
                Map.of("reason", "Audit", "until", LocalDate.now(ZoneOffset.UTC).plusDays(5).toString())).statusCode(200);
        Provider withdrawn = Fixtures.provider(tag + " Withdrawn").offering(category, List.of("E23000033"), List.of()).create();
        given().contentType("application/json").header("Authorization", withdrawn.token()).body(Map.of())
                .post("/v1/service-offers/" + withdrawn.offerIds().get(0) + "/withdraw").then().statusCode(200);

        assertThat(coverage(category, "area", "E23000033")).isEqualTo(areaBefore + 3);
        // A region-wide lot needs one offer covering the whole region, as eligibility to bid does.
        assertThat(coverage(category, "region", "KSS")).isEqualTo(regionBefore + 1);
        given().queryParam("category", category).queryParam("area", "E23000033").queryParam("size", 100)
                .get("/v1/directory/coverage").then().statusCode(200)
                .body("requiredAreas", equalTo(List.of("E23000033")))
                .body("providers.name", hasItems(tag + " Local", tag + " Regional", tag + " Piecemeal"))
                .body("providers.name", not(hasItems(tag + " Suspended")))
                .body("providers.name", not(hasItems(tag + " Withdrawn")));
        given().queryParam("category", category).queryParam("region", "KSS").get("/v1/directory/coverage").then()
                .body("requiredAreas", equalTo(List.of("E23000031", "E23000032", "E23000033")));
    }

    private static int coverage(String category, String by, String code) {
        return given().queryParam("category", category).queryParam(by, code).get("/v1/directory/coverage")
                .then().statusCode(200).extract().path("count");
    }
}
