package uk.gov.dynamicframework.contract.agreement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.contract.support.Fixtures;
import uk.gov.dynamicframework.contract.support.Fixtures.AwardBuilder;
import uk.gov.dynamicframework.contract.support.Fixtures.Created;
import uk.gov.dynamicframework.devtools.ServiceTestResource;
import uk.gov.dynamicframework.devtools.TestClock;
import uk.gov.dynamicframework.devtools.TopicRecorder;

@QuarkusTest
class CoCommissioningConsentTest {

    private static final Map<String, Object> SUSPENSION = Map.of("rationale", "Safeguarding review");

    @Test
    void anInvitedBodyCannotManageTheAgreementNorCountsUntilItsCommissionerAccepts() {
        Created a = Fixtures.agreement().coCommissionerNotAccepted().live();
        String co = Fixtures.commissioner(a.coCommissioner());
        a.read(co).then().statusCode(200)
                .body("commissioningBodies.invitation", contains("ACCEPTED", "INVITED"))
                .body("commissioningBodies[1].respondedAt", equalTo(null));
        given().contentType(ContentType.JSON).header("Authorization", co).header("If-Match", a.etag()).body(SUSPENSION)
                .post(a.path() + "/suspension").then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", co).get(a.path() + "/history").then().statusCode(403);
        // not a party yet: not in the published release
        given().get(a.path() + "/ocds").then().statusCode(200)
                .body("releases[0].parties.id", not(hasItem("GB-DF-BODY-" + a.coCommissioner())))
                .body("releases[0].parties.id", hasItem("GB-DF-BODY-" + a.owner()));

        // only a commissioner of the invited body answers for it
        given().header("Authorization", a.ownerToken()).post(accept(a)).then().statusCode(403);
        given().header("Authorization", Fixtures.commissioner(Fixtures.body("OTHER"))).post(accept(a)).then().statusCode(403);
        given().header("Authorization", a.leadToken()).post(accept(a)).then().statusCode(403);

        try (TopicRecorder topic = new TopicRecorder(ServiceTestResource.bootstrapServers(), AgreementEvents.TOPIC)) {
            given().header("Authorization", co).post(accept(a)).then().statusCode(200)
                    .body("commissioningBodies.invitation", contains("ACCEPTED", "ACCEPTED"))
                    .body("commissioningBodies[1].respondedAt", notNullValue());
            // consumers (supply-chain flags go to the agreement's bodies) learn the body now counts
            String accepted = topic.awaitOne(r -> r.key().equals(a.id())
                    && r.value().contains("\"" + AgreementEvents.CO_COMMISSIONER_ACCEPTED + "\""), Duration.ofSeconds(20)).value();
            assertThat(accepted).contains("\"bodyId\":\"" + a.coCommissioner() + "\"");
        }
        given().header("Authorization", co).post(accept(a)).then().statusCode(409).body("invitation", equalTo("ACCEPTED"));
        given().contentType(ContentType.JSON).header("Authorization", co).header("If-Match", a.etag()).body(SUSPENSION)
                .post(a.path() + "/suspension").then().statusCode(200).body("status", equalTo("SUSPENDED"));
        given().get(a.path() + "/ocds").then().statusCode(200)
                .body("releases[0].parties.id", hasItem("GB-DF-BODY-" + a.coCommissioner()));
    }

    @Test
    void aDeclinedBodyStaysNamedAsDecliningAndNeverManages() {
        Created a = Fixtures.agreement().coCommissionerNotAccepted().record();
        String co = Fixtures.commissioner(a.coCommissioner());
        given().contentType(ContentType.JSON).header("Authorization", co).body(Map.of())
                .post(a.path() + "/co-commissioners/" + a.coCommissioner() + "/decline").then().statusCode(400);
        given().contentType(ContentType.JSON).header("Authorization", co).body(Map.of("reason", "No budget this year"))
                .post(a.path() + "/co-commissioners/" + a.coCommissioner() + "/decline").then().statusCode(200)
                .body("commissioningBodies.invitation", contains("ACCEPTED", "DECLINED"));
        given().header("Authorization", co).post(accept(a)).then().statusCode(409);
        given().contentType(ContentType.JSON).header("Authorization", co).header("If-Match", a.etag())
                .body(Map.of("rationale", "Try", "effectiveDate", TestClock.today().toString()))
                .post(a.path() + "/termination").then().statusCode(403);
        given().header("Authorization", Fixtures.AUDITOR).get(a.path() + "/audit-trail").then().statusCode(200)
                .body("items.action", contains("AGREEMENT_CREATED", "CO_COMMISSIONER_INVITED", "CO_COMMISSIONER_DECLINED"))
                .body("items[2].reason", equalTo("No budget this year"))
                .body("items[2].subject", equalTo(a.coCommissioner()));
    }

    @Test
    void bodiesOfAnAgreementMadeFromAnAwardConsentedInTheCompetitionAndAreAcceptedFromTheStart() {
        AwardBuilder award = Fixtures.award();
        award.send();
        Created a = award.awaitAgreement();
        a.read(Fixtures.ADMIN).then().statusCode(200).body("commissioningBodies.invitation", contains("ACCEPTED", "ACCEPTED"));
        given().header("Authorization", Fixtures.commissioner(award.co)).get(a.path() + "/history").then().statusCode(200);
        given().header("Authorization", Fixtures.commissioner(award.co)).post(a.path() + "/co-commissioners/" + award.co + "/acceptance")
                .then().statusCode(409);
    }

    private static String accept(Created a) {
        return a.path() + "/co-commissioners/" + a.coCommissioner() + "/acceptance";
    }
}
