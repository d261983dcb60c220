package uk.gov.dynamicframework.registry.directory;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static uk.gov.dynamicframework.registry.Fixtures.decide;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.registry.Fixtures;
import uk.gov.dynamicframework.registry.Fixtures.Provider;

/**
 * The directory's read model follows every change in the change's own transaction: a category x area search (served
 * from {@code directory_listing} alone) sees a change as soon as the request that made it has answered.
 */
@QuarkusTest
class DirectoryReadModelTest {

    @Inject
    EntityManager em;

    private static RequestSpecification search(String tag, String category, String area) {
        return given().queryParam("q", tag).queryParam("category", category).queryParam("area", area);
    }

    @Test
    void aQualifiedProviderIsListedUnderTheCategoryAndAreaOfItsOfferWithThatOfferOnly() {
        String tag = Fixtures.uniqueName("Listed");
        Provider provider = Fixtures.provider(tag + " Org")
                .offering("ACCOMMODATION", List.of("E23000036"), List.of())
                .offering("WOMEN", List.of("E23000037"), List.of()).create();

        search(tag, "ACCOMMODATION", "E23000036").get("/v1/directory/providers").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items.id", equalTo(List.of(provider.id())))
                .body("items[0].name", equalTo(tag + " Org"))
                .body("items[0].town", equalTo("Cardiff"))
                .body("items[0].sector", equalTo("VOLUNTARY_AND_COMMUNITY"))
                .body("items[0].characteristics", equalTo(List.of("WELSH_ORGANISATION")))
                .body("items[0].offerCount", equalTo(2))
                .body("items[0].offers.id", equalTo(List.of(provider.offerIds().get(0))))
                .body("items[0].offers[0].coveredAreas", equalTo(List.of("E23000036")));
        search(tag, "ACCOMMODATION", "E23000037").get("/v1/directory/providers").then().body("total", equalTo(0));
        search(tag, "WOMEN", "E23000037").get("/v1/directory/providers").then()
                .body("items[0].offers.id", equalTo(List.of(provider.offerIds().get(1))));
    }

    @Test
    void aSuspendedProviderAndAWithdrawnOfferLeaveTheListing() {
        String tag = Fixtures.uniqueName("Leaving");
        Provider suspended = Fixtures.provider(tag + " Suspended").offering("DEPENDENCY_RECOVERY", List.of("E23000010"), List.of()).create();
        Provider withdrawn = Fixtures.provider(tag + " Withdrawn").offering("DEPENDENCY_RECOVERY", List.of("E23000010"), List.of()).create();
        search(tag, "DEPENDENCY_RECOVERY", "E23000010").get("/v1/directory/providers").then().body("total", equalTo(2));

        decide(suspended.applicationId(), "suspend",
                Map.of("reason", "Audit", "until", LocalDate.now(ZoneOffset.UTC).plusDays(5).toString())).statusCode(200);
        given().contentType("application/json").header("Authorization", withdrawn.token()).body(Map.of())
                .post("/v1/service-offers/" + withdrawn.offerIds().get(0) + "/withdraw").then().statusCode(200);

        search(tag, "DEPENDENCY_RECOVERY", "E23000010").get("/v1/directory/providers").then().body("total", equalTo(0))
                .body("items", equalTo(List.of()));
        // Still qualified, the provider that withdrew its only offer stays in the directory with nothing on offer.
        given().queryParam("q", tag).get("/v1/directory/providers").then()
                .body("items.id", equalTo(List.of(withdrawn.id())))
                .body("items[0].offerCount", equalTo(0)).body("items[0].offers", equalTo(List.of()));
    }

    @Test
    void aRegionWideOfferIsListedUnderEachAreaOfTheRegion() {
        String tag = Fixtures.uniqueName("WholeRegion");
        Provider provider = Fixtures.provider(tag + " Org").offering("SOCIAL_INCLUSION", List.of(), List.of("KSS")).create();
        for (String area : List.of("E23000031", "E23000032", "E23000033")) {
            search(tag, "SOCIAL_INCLUSION", area).get("/v1/directory/providers").then()
                    .body("items.id", equalTo(List.of(provider.id())))
                    .body("items[0].offers[0].regions", equalTo(List.of("KSS")));
        }
        search(tag, "SOCIAL_INCLUSION", "E23000030").get("/v1/directory/providers").then().body("total", equalTo(0));
    }

    @Test
    void pagesFollowTheNameOrderAndCarryTheExactTotal() {
        String tag = Fixtures.uniqueName("Paging");
        List<Provider> providers = IntStream.of(3, 1, 4, 0, 2)
                .mapToObj(i -> Fixtures.provider(tag + " Org " + i).offering("FINANCE_BENEFITS_DEBT", List.of("E23000020"), List.of()).create())
                .sorted(Comparator.comparing(Provider::name)).toList();
        List<String> ids = providers.stream().map(Provider::id).toList();
        for (int page = 0; page < 3; page++) {
            search(tag, "FINANCE_BENEFITS_DEBT", "E23000020").queryParam("size", 2).queryParam("page", page)
                    .get("/v1/directory/providers").then().statusCode(200)
                    .body("total", equalTo(5)).body("page", equalTo(page)).body("size", equalTo(2))
                    .body("items.id", equalTo(ids.subList(page * 2, Math.min(5, page * 2 + 2))));
        }
        search(tag, "FINANCE_BENEFITS_DEBT", "E23000020").queryParam("size", 2).queryParam("page", 3)
                .get("/v1/directory/providers").then().body("total", equalTo(5)).body("items", equalTo(List.of()));
        search(tag, "FINANCE_BENEFITS_DEBT", "E23000020").queryParam("sort", "-name").queryParam("size", 3)
                .get("/v1/directory/providers").then()
                .body("items.id", equalTo(List.of(ids.get(4), ids.get(3), ids.get(2))));
    }

    /** The total of a category x area search with no other filter, which the read model keeps rather than counts. */
    private static int total(String category, String area) {
        return given().queryParam("category", category).queryParam("area", area).queryParam("size", 1)
                .get("/v1/directory/providers").then().statusCode(200).extract().path("total");
    }

    @Test
    void theTotalOfACategoryAndAreaFollowsEveryChangeAndAgreesWithTheListingRows() {
        String tag = Fixtures.uniqueName("Totals");
        int surrey = total("RESTORATIVE_JUSTICE", "E23000031");
        int kent = total("RESTORATIVE_JUSTICE", "E23000032");

        Provider named = Fixtures.provider(tag + " Named").offering("RESTORATIVE_JUSTICE", List.of("E23000031"), List.of())
                .offering("RESTORATIVE_JUSTICE", List.of("E23000031"), List.of()).create();
        Provider regional = Fixtures.provider(tag + " Regional").offering("RESTORATIVE_JUSTICE", List.of(), List.of("KSS")).create();
        // a provider counts once however many of its offers cover the area
        assertThat(total("RESTORATIVE_JUSTICE", "E23000031")).isEqualTo(surrey + 2);
        assertThat(total("RESTORATIVE_JUSTICE", "E23000032")).isEqualTo(kent + 1);

        decide(regional.applicationId(), "suspend",
                Map.of("reason", "Audit", "until", LocalDate.now(ZoneOffset.UTC).plusDays(5).toString())).statusCode(200);
        given().contentType("application/json").header("Authorization", named.token()).body(Map.of())
                .post("/v1/service-offers/" + named.offerIds().get(0) + "/withdraw").then().statusCode(200);
        assertThat(total("RESTORATIVE_JUSTICE", "E23000031")).isEqualTo(surrey + 1);
        assertThat(total("RESTORATIVE_JUSTICE", "E23000032")).isEqualTo(kent);

        assertThat(totalsDisagreeingWithTheRows()).isEmpty();
    }

    @Test
    void offersOfOneProviderPublishedAtOnceCountItOnce() throws Exception {
        String tag = Fixtures.uniqueName("AtOnce");
        int before = total("COGNITIVE_BEHAVIOURAL_CHANGE", "E23000039");
        Provider provider = Fixtures.provider(tag + " Org").create();
        int publishers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(publishers);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < publishers; i++) {
            statuses.add(pool.submit(() -> {
                go.await();
                return given().contentType("application/json").header("Authorization", provider.token())
                        .body(Fixtures.offer(provider.id(), "COGNITIVE_BEHAVIOURAL_CHANGE", List.of("E23000039"), List.of(), List.of()))
                        .post("/v1/service-offers").statusCode();
            }));
        }
        go.countDown();
        for (Future<Integer> status : statuses) {
            assertThat(status.get(60, TimeUnit.SECONDS)).isEqualTo(201);
        }
        pool.shutdown();

        assertThat(total("COGNITIVE_BEHAVIOURAL_CHANGE", "E23000039")).isEqualTo(before + 1);
        assertThat(totalsDisagreeingWithTheRows()).isEmpty();
    }

    /** The category x area pairs whose kept total differs from their listing rows. */
    private List<?> totalsDisagreeingWithTheRows() {
        return em.createNativeQuery("""
                select coalesce(l.category, c.category) || ' ' || coalesce(l.area_code, c.area_code)
                from (select category, area_code, count(*) n from directory_listing group by category, area_code) l
                full join directory_listing_count c on c.category = l.category and c.area_code = l.area_code
                where coalesce(l.n, 0) <> coalesce(c.providers, 0)""").getResultList();
    }
}
