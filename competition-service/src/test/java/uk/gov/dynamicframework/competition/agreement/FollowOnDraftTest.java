package uk.gov.dynamicframework.competition.agreement;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static uk.gov.dynamicframework.competition.support.Fixtures.commissioner;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.competition.support.Fixtures;
import uk.gov.dynamicframework.devtools.TestClock;
import uk.gov.dynamicframework.devtools.TestEvents;

/** contract-service's ending-soon event drafts the follow-on opportunity for the agreement's owning body. */
@QuarkusTest
class FollowOnDraftTest {

    @Inject
    EntityManager em;

    @Test
    void anAgreementEndingSoonDraftsOneFollowOnForItsOwningBodyThatThePublicCannotSee() {
        String owner = Fixtures.body("NW-RPD", "REGIONAL_PROBATION_DIRECTOR");
        String other = Fixtures.body("PCC-NW", "POLICE_AND_CRIME_COMMISSIONER");
        String agreementId = UUID.randomUUID().toString();
        String reference = "DF-AGR-2026-" + (10_000 + Fixtures.next() % 90_000);
        LocalDate endDate = TestClock.today().plusMonths(11);
        String event = endingSoon(agreementId, reference, owner, other, endDate);

        TestEvents.send(AgreementEvents.TOPIC, agreementId, TestEvents.cloudEvent(TestEvents.newId(),
                AgreementEvents.ENDING_SOON, agreementId, event));

        String drafts = "/v1/opportunities?status=DRAFT&agreementId=" + agreementId;
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().header("Authorization", commissioner(owner))
                .get(drafts).then().statusCode(200).body("items", hasSize(1)));
        String id = given().header("Authorization", commissioner(owner)).get(drafts).then().statusCode(200)
                .body("items[0].status", equalTo("DRAFT"))
                .body("items[0].ownerBody", equalTo(owner))
                .body("items[0].reference", matchesPattern("DF-OPP-\\d{4}-\\d{5}"))
                .body("items[0].followOn.agreementId", equalTo(agreementId))
                .body("items[0].followOn.agreementReference", equalTo(reference))
                .body("items[0].category", equalTo("ACCOMMODATION"))
                .body("items[0].regionCode", equalTo("NW"))
                .body("items[0].areas", equalTo(List.of("E23000002", "E23000003", "E23000004", "E23000006")))
                .body("items[0].indicativeValue.amount", Fixtures.amount("1250000.00"))
                .body("items[0].fundingMechanism", equalTo("CONTRACT"))
                .body("items[0].contractType", equalTo("ACC"))
                .body("items[0].expectedStart", equalTo(endDate.plusDays(1).toString()))
                .extract().path("items[0].id");
        given().header("Authorization", commissioner(owner)).get("/v1/opportunities/" + id).then().statusCode(200)
                .body("followOn.agreementReference", equalTo(reference));

        // A draft: not for the public, nor for a co-commissioner of the agreement that does not own it.
        given().get("/v1/opportunities/" + id).then().statusCode(404);
        given().header("Authorization", commissioner(other)).get("/v1/opportunities/" + id).then().statusCode(404);
        given().header("Authorization", commissioner(other)).get(drafts).then().statusCode(200).body("items", hasSize(0));
        given().get("/v1/opportunities?category=ACCOMMODATION&size=100").then().statusCode(200)
                .body("items.id", not(hasItem(id)));

        // The same agreement entering the window again (another event, or the same one redelivered) drafts nothing more.
        String again = TestEvents.newId();
        TestEvents.send(AgreementEvents.TOPIC, agreementId, TestEvents.cloudEvent(again, AgreementEvents.ENDING_SOON,
                agreementId, event));
        await().atMost(Duration.ofSeconds(20)).until(() -> processed(again));
        given().header("Authorization", commissioner(owner)).get(drafts).then().statusCode(200).body("items", hasSize(1));
    }

    private boolean processed(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from inbox_event where event_id = ?1 and consumer = 'competition-follow-on-drafter'")
                .setParameter(1, eventId).getSingleResult()).longValue() > 0);
    }

    /** An {@code AgreementData} payload as contract-service publishes it. */
    private static String endingSoon(String agreementId, String reference, String owner, String co, LocalDate endDate) {
        return """
                {"agreementId":"%s","reference":"%s","ocid":"ocds-dfprob-DF-COMP-2026-00001","kind":"CONTRACT",
                 "status":"LIVE","leadProvider":{"organisationId":"%s","name":"North West Homes"},
                 "commissioningBodies":[{"bodyId":"%s","name":"North West RPD","share":{"amount":1000000.00,"currency":"GBP"}},
                                        {"bodyId":"%s","name":"PCC","share":{"amount":250000.00,"currency":"GBP"}}],
                 "owningBodyId":"%s","contractType":"ACC","categories":["ACCOMMODATION"],"regionCode":"NW",
                 "areas":["E23000002","E23000003","E23000004","E23000006"],
                 "value":{"amount":1250000.00,"currency":"GBP"},"startDate":"%s","endDate":"%s",
                 "proposedSupplyChain":[],"version":3}"""
                .formatted(agreementId, reference, UUID.randomUUID(), owner, co, owner,
                        endDate.minusYears(3), endDate);
    }
}
