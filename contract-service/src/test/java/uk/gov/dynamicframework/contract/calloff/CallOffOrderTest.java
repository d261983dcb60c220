package uk.gov.dynamicframework.contract.calloff;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static uk.gov.dynamicframework.contract.support.Fixtures.ADMIN;
import static uk.gov.dynamicframework.contract.support.Fixtures.amount;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.contract.support.Fixtures;
import uk.gov.dynamicframework.contract.support.Fixtures.Created;

@QuarkusTest
class CallOffOrderTest {

    @Test
    void anOrderBeyondTheHeadroomIsRefusedNamingItAndNothingIsRecorded() {
        Created a = Fixtures.live();
        String item = Fixtures.rateCard(a, "250.00");
        String pcc = Fixtures.commissioner(Fixtures.body("PCC-DUR"));
        given().contentType(ContentType.JSON).header("Authorization", pcc).body(Fixtures.order(item, 300))
                .post(a.path() + "/call-off-orders").then().statusCode(201)
                .body("total.amount", amount("75000.00")).body("lines[0].unitPrice.amount", amount("250.00"))
                .body("status", equalTo("PLACED"));

        given().contentType(ContentType.JSON).header("Authorization", pcc).body(Fixtures.order(item, 101))
                .post(a.path() + "/call-off-orders").then().statusCode(422).contentType("application/problem+json")
                .body("headroom.amount", amount("25000.00")).body("orderTotal.amount", amount("25250.00"))
                .body("committedSpend.amount", amount("75000.00"));

        a.read(ADMIN).then().body("committedSpend.amount", amount("75000.00")).body("headroom.amount", amount("25000.00"));
        given().header("Authorization", ADMIN).get(a.path() + "/call-off-orders").then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void aListOfAgreementsShowsWhatIsCommittedAgainstEachOne() {
        Created ordered = Fixtures.live();
        Created untouched = Fixtures.live();
        String item = Fixtures.rateCard(ordered, "250.00");
        given().contentType(ContentType.JSON).header("Authorization", Fixtures.commissioner(Fixtures.body("PCC-LIST")))
                .body(Fixtures.order(item, 300)).post(ordered.path() + "/call-off-orders").then().statusCode(201);

        String one = "items.find { it.id == '%s' }.";
        given().header("Authorization", ADMIN).queryParam("size", 100).get("/v1/agreements").then().statusCode(200)
                .body(one.formatted(ordered.id()) + "committedSpend.amount", amount("75000.00"))
                .body(one.formatted(ordered.id()) + "headroom.amount", amount("25000.00"))
                .body(one.formatted(untouched.id()) + "committedSpend.amount", amount("0.00"))
                .body(one.formatted(untouched.id()) + "headroom.amount", amount("100000.00"));
    }

    @Test
    void ofConcurrentOrdersForTheLastHeadroomExactlyOneIsPlaced() throws Exception {
        Created a = Fixtures.live();
        String item = Fixtures.rateCard(a, "100.00");
        int buyers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(buyers);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < buyers; i++) {
            String token = Fixtures.commissioner(Fixtures.body("PCC-RACE"));
            results.add(pool.submit(() -> {
                go.await();
                return given().contentType(ContentType.JSON).header("Authorization", token).body(Fixtures.order(item, 600))
                        .post(a.path() + "/call-off-orders").statusCode();
            }));
        }
        go.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : results) {
            statuses.add(f.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 422).hasSize(buyers - 1);
        a.read(ADMIN).then().body("committedSpend.amount", amount("60000.00"));
    }

    @Test
    void cancellingAnOrderReturnsItsHeadroomAndOnlyItsPartiesSeeIt() {
        Created a = Fixtures.live();
        String item = Fixtures.rateCard(a, "1000.00");
        String body = Fixtures.body("PCC-TV");
        String pcc = Fixtures.commissioner(body);
        String order = given().contentType(ContentType.JSON).header("Authorization", pcc).body(Fixtures.order(item, 100))
                .post(a.path() + "/call-off-orders").then().statusCode(201).body("orderingBodyId", equalTo(body))
                .extract().path("id");
        String path = a.path() + "/call-off-orders/" + order;
        given().contentType(ContentType.JSON).header("Authorization", pcc).body(Fixtures.order(item, 1))
                .post(a.path() + "/call-off-orders").then().statusCode(422).body("headroom.amount", amount("0.00"));

        given().header("Authorization", Fixtures.commissioner("SOMEONE-ELSE")).get(path).then().statusCode(403);
        given().header("Authorization", a.leadToken()).get(path).then().statusCode(200);
        given().contentType(ContentType.JSON).header("Authorization", Fixtures.commissioner("SOMEONE-ELSE"))
                .body(Map.of("reason", "no")).post(path + "/cancellation").then().statusCode(403);
        given().contentType(ContentType.JSON).header("Authorization", pcc).body(Map.of("reason", "Pilot withdrawn"))
                .post(path + "/cancellation").then().statusCode(200).body("status", equalTo("CANCELLED"));
        given().contentType(ContentType.JSON).header("Authorization", pcc).body(Map.of("reason", "again"))
                .post(path + "/cancellation").then().statusCode(409);

        a.read(ADMIN).then().body("committedSpend.amount", amount("0.00")).body("headroom.amount", amount("100000.00"));
        given().contentType(ContentType.JSON).header("Authorization", pcc).body(Fixtures.order(item, 100))
                .post(a.path() + "/call-off-orders").then().statusCode(201);
    }

    @Test
    void ordersNeedALiveAgreementWithARateCardAndItemsFromIt() {
        Created mobilising = Fixtures.agreement().record();
        String pcc = Fixtures.commissioner(Fixtures.body("PCC-A"));
        given().contentType(ContentType.JSON).header("Authorization", pcc).body(Fixtures.order(java.util.UUID.randomUUID().toString(), 1))
                .post(mobilising.path() + "/call-off-orders").then().statusCode(409);
        Created live = Fixtures.live();
        given().contentType(ContentType.JSON).header("Authorization", pcc).body(Fixtures.order(java.util.UUID.randomUUID().toString(), 1))
                .post(live.path() + "/call-off-orders").then().statusCode(422).body("type", org.hamcrest.Matchers.endsWith("no-rate-card"));
        Fixtures.rateCard(live, "10.00");
        given().contentType(ContentType.JSON).header("Authorization", pcc).body(Fixtures.order(java.util.UUID.randomUUID().toString(), 1))
                .post(live.path() + "/call-off-orders").then().statusCode(400)
                .body("errors[0].field", equalTo("lines[0].itemId"));
        given().contentType(ContentType.JSON).header("Authorization", live.leadToken())
                .body(Map.of("items", List.of(Map.of("category", "WOMEN", "description", "x", "unit", "WEEK",
                        "unitPrice", Fixtures.money("1.00"), "complexity", "LOW"))))
                .put(live.path() + "/rate-card").then().statusCode(428);
        given().contentType(ContentType.JSON).header("Authorization", live.leadToken()).header("If-Match", "\"0\"")
                .body(Map.of("items", List.of(Map.of("category", "WOMEN", "description", "x", "unit", "WEEK",
                        "unitPrice", Fixtures.money("1.00"), "complexity", "LOW"))))
                .put(live.path() + "/rate-card").then().statusCode(400).body("errors[0].field", equalTo("items[0].category"));
    }
}
