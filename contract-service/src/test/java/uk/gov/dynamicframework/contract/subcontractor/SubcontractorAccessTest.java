package uk.gov.dynamicframework.contract.subcontractor;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.contract.support.Fixtures;
import uk.gov.dynamicframework.contract.support.Fixtures.Created;

@QuarkusTest
class SubcontractorAccessTest {

    @Test
    void aConfirmedSubcontractorReadsTheUnpublishedAgreementItDeliversInUntilTheSubcontractEnds() {
        Created a = Fixtures.agreement().unpublished().record();
        UUID organisation = UUID.randomUUID();
        UUID subcontract = UUID.randomUUID();
        String token = Fixtures.provider(organisation);
        a.read(token).then().statusCode(404);

        Fixtures.subcontract("df.subcontract.proposed", subcontract, a.id(), a.leadProvider(), organisation, "PROPOSED", 1);
        Fixtures.subcontract("df.subcontract.confirmed", subcontract, a.id(), a.leadProvider(), organisation, "CONFIRMED", 2);
        await().atMost(Duration.ofSeconds(30)).until(() -> a.read(token).statusCode() == 200);
        a.read(token).then().body("visibility", equalTo("FULL"));
        given().header("Authorization", token).queryParam("size", 100).get("/v1/agreements").then().statusCode(200)
                .body("items.find { it.id == '" + a.id() + "' }.reference", equalTo(a.reference()));

        Fixtures.subcontract("df.subcontract.confirmed", subcontract, a.id(), a.leadProvider(), organisation, "CONFIRMED", 1);
        Fixtures.subcontract("df.subcontract.ended", subcontract, a.id(), a.leadProvider(), organisation, "ENDED", 3);
        await().atMost(Duration.ofSeconds(30)).until(() -> a.read(token).statusCode() == 404);
    }
}
