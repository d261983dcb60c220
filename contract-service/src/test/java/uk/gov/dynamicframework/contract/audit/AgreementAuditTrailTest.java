package uk.gov.dynamicframework.contract.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static uk.gov.dynamicframework.contract.support.Fixtures.ADMIN;
import static uk.gov.dynamicframework.contract.support.Fixtures.AUDITOR;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.contract.support.Fixtures;
import uk.gov.dynamicframework.contract.support.Fixtures.Created;
import uk.gov.dynamicframework.devtools.TestClock;

@QuarkusTest
class AgreementAuditTrailTest {

    @Test
    void theTrailRecordsWhoDidWhatAsWhatWhenAndWhyThroughAVariationASuspensionAReinstatementAndACallOff() {
        Created a = Fixtures.live();
        String owner = a.ownerToken();
        String today = TestClock.today().toString();
        change(owner, a, "/variations", Map.of("rationale", "Two more areas", "effectiveDate", today,
                "value", Fixtures.money("120000.00")));
        change(owner, a, "/suspension", Map.of("rationale", "Safeguarding review", "effectiveDate", today));
        change(owner, a, "/reinstatement", Map.of("rationale", "Review closed"));
        String item = Fixtures.rateCard(a, "50.00");
        String buyerBody = Fixtures.body("PCC-BUY");
        String order = given().contentType(ContentType.JSON).header("Authorization", Fixtures.commissioner(buyerBody))
                .body(Fixtures.order(item, 10)).post(a.path() + "/call-off-orders").then().statusCode(201).extract().path("id");

        JsonPath trail = given().header("Authorization", AUDITOR).get(a.path() + "/audit-trail").then().statusCode(200)
                .body("items.action", contains("AGREEMENT_CREATED", "CO_COMMISSIONER_INVITED", "CO_COMMISSIONER_ACCEPTED",
                        "AGREEMENT_ACTIVATED", "AGREEMENT_VARIED", "AGREEMENT_SUSPENDED", "AGREEMENT_REINSTATED",
                        "CALL_OFF_PLACED"))
                .body("total", equalTo(8))
                .extract().jsonPath();
        assertEntry(trail, 0, "framework-admin", "FRAMEWORK_ADMIN", null);
        assertEntry(trail, 1, "framework-admin", "FRAMEWORK_ADMIN", a.coCommissioner());
        assertEntry(trail, 2, "commissioner@" + a.coCommissioner(), "INVITED_COMMISSIONER", a.coCommissioner());
        assertEntry(trail, 3, "system", "SYSTEM", null);
        assertEntry(trail, 4, "commissioner@" + a.owner(), "OWNING_COMMISSIONER", null);
        assertThat(trail.getString("items[4].reason")).isEqualTo("Two more areas");
        assertThat(trail.getString("items[4].details.termsBefore.value")).isEqualTo("100000.00");
        assertThat(trail.getString("items[4].details.termsAfter.value")).isEqualTo("120000.00");
        assertEntry(trail, 5, "commissioner@" + a.owner(), "OWNING_COMMISSIONER", null);
        assertThat(trail.getString("items[5].reason")).isEqualTo("Safeguarding review");
        assertThat(trail.getString("items[5].details.status")).isEqualTo("SUSPENDED");
        assertThat(trail.getString("items[6].reason")).isEqualTo("Review closed");
        assertEntry(trail, 7, "commissioner@" + buyerBody, "BUYING_COMMISSIONER", order);
        assertThat(trail.getString("items[7].details.total")).isEqualTo("500.00");
        assertThat(trail.getString("items[7].at")).isNotNull();

        given().header("Authorization", ADMIN).queryParam("page", 1).queryParam("size", 3).get(a.path() + "/audit-trail")
                .then().statusCode(200).body("items", hasSize(3))
                .body("items.action", contains("AGREEMENT_ACTIVATED",
                        "AGREEMENT_VARIED", "AGREEMENT_SUSPENDED"));
        // cancelling the order goes on the trail too, with its reason
        given().contentType(ContentType.JSON).header("Authorization", Fixtures.commissioner(buyerBody))
                .body(Map.of("reason", "Ordered twice")).post(a.path() + "/call-off-orders/" + order + "/cancellation")
                .then().statusCode(200);
        given().header("Authorization", AUDITOR).queryParam("page", 8).queryParam("size", 1).get(a.path() + "/audit-trail")
                .then().statusCode(200).body("items.action", contains("CALL_OFF_CANCELLED"))
                .body("items[0].reason", equalTo("Ordered twice")).body("items[0].subject", equalTo(order));
    }

    @Test
    void onlyAuditorsAndTheFrameworkTeamReadTheTrail() {
        Created a = Fixtures.live();
        given().get(a.path() + "/audit-trail").then().statusCode(401);
        given().header("Authorization", a.ownerToken()).get(a.path() + "/audit-trail").then().statusCode(403);
        given().header("Authorization", Fixtures.commissioner(a.coCommissioner())).get(a.path() + "/audit-trail").then().statusCode(403);
        given().header("Authorization", a.leadToken()).get(a.path() + "/audit-trail").then().statusCode(403);
        given().header("Authorization", AUDITOR).get(a.path() + "/audit-trail").then().statusCode(200)
                .body("items[0].action", equalTo("AGREEMENT_CREATED"));
        given().header("Authorization", ADMIN).get(a.path() + "/audit-trail").then().statusCode(200);
        given().header("Authorization", AUDITOR).get("/v1/agreements/" + UUID.randomUUID() + "/audit-trail").then().statusCode(404);
    }

    @Test
    void theOcdsReleaseLinksTheTrail() {
        Created a = Fixtures.live();
        given().get(a.path() + "/ocds").then().statusCode(200)
                .body("releases[0].contracts[0].documents.id", contains("audit-trail"))
                .body("releases[0].contracts[0].documents[0].documentType", equalTo("auditTrail"))
                .body("releases[0].contracts[0].documents[0].url", endsWith("/v1/agreements/" + a.id() + "/audit-trail"));
    }

    @Test
    void readsOfConfidentialDetailByThoseOutsideTheAgreementAreRecordedAndThoseOfItsCommissionersAndProviderAreNot() {
        Created a = Fixtures.agreement().confidential("VALUE").record();
        a.read(a.ownerToken()).then().statusCode(200);
        a.read(a.leadToken()).then().statusCode(200);
        a.read(Fixtures.commissioner(Fixtures.body("OTHER"))).then().statusCode(200).body("value", org.hamcrest.Matchers.nullValue());
        a.read(AUDITOR).then().statusCode(200).body("value.amount", Fixtures.amount("100000.00"));

        given().header("Authorization", ADMIN).get(a.path() + "/audit-trail").then().statusCode(200)
                // the Fixtures' own read (framework team, for the reference) before the co-commissioner accepts, then the auditor's
                .body("items.action", contains("AGREEMENT_CREATED", "CO_COMMISSIONER_INVITED", "CONFIDENTIAL_DETAIL_READ",
                        "CO_COMMISSIONER_ACCEPTED", "CONFIDENTIAL_DETAIL_READ"))
                .body("items[2].actorRole", equalTo("FRAMEWORK_ADMIN"))
                .body("items[4].actorRole", equalTo("AUDITOR"))
                .body("items[4].details.confidentialFields", equalTo(List.of("VALUE")));
    }

    private static void change(String token, Created a, String action, Map<String, Object> body) {
        given().contentType(ContentType.JSON).header("Authorization", token).header("If-Match", a.etag()).body(body)
                .post(a.path() + action).then().statusCode(200);
    }

    private static void assertEntry(JsonPath trail, int i, String actor, String role, String subject) {
        assertThat(trail.getString("items[" + i + "].actor")).as("actor of entry " + i).isEqualTo(actor);
        assertThat(trail.getString("items[" + i + "].actorRole")).as("role of entry " + i).isEqualTo(role);
        assertThat(trail.getString("items[" + i + "].subject")).as("subject of entry " + i).isEqualTo(subject);
    }
}
