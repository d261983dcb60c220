package uk.gov.dynamicframework.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.gov.dynamicframework.devtools.AccessMatrix.expect;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.contract.support.Fixtures;
import uk.gov.dynamicframework.contract.support.Fixtures.Created;
import uk.gov.dynamicframework.devtools.AccessMatrix;
import uk.gov.dynamicframework.devtools.TestClock;

/**
 * Endpoint x role matrix on a live, published agreement with a rate card and an order: the public, its lead provider,
 * a subcontractor delivering in it, another provider, the owning and the co-commissioning body, a commissioner who
 * buys from it, a commissioner of an unrelated body, the framework team and an auditor. Each row lists the status
 * each caller gets, in the order the calls are made; every operation of the service's OpenAPI document must have a
 * row (devtools AccessMatrix), so a new endpoint without one fails this test.
 */
@QuarkusTest
class EndpointRoleMatrixTest {

    private static final String ANONYMOUS = "anonymous";
    private static final String LEAD = "lead provider";
    private static final String SUBCONTRACTOR = "subcontractor";
    private static final String OTHER_PROVIDER = "other provider";
    private static final String OWNER = "owning commissioner";
    private static final String CO = "co-commissioner";
    private static final String BUYER = "buying commissioner";
    private static final String OUTSIDER = "unrelated commissioner";
    private static final String ADMIN = "framework-admin";
    private static final String AUDITOR = "auditor";

    private final Map<String, String> tokens = new LinkedHashMap<>();
    private final AccessMatrix matrix = new AccessMatrix(tokens::get);
    @Test
    void everyEndpointAnswersEachRoleAsDesigned() {
        matrix.coveringOwnDocument();
        Created a = Fixtures.live();
        Created grant = Fixtures.agreement().grant().record();
        UUID subcontractor = UUID.randomUUID();
        String buyerBody = Fixtures.body("PCC-BUY");
        tokens.put(LEAD, a.leadToken());
        tokens.put(SUBCONTRACTOR, Fixtures.provider(subcontractor));
        tokens.put(OTHER_PROVIDER, Fixtures.provider(UUID.randomUUID()));
        tokens.put(OWNER, a.ownerToken());
        tokens.put(CO, Fixtures.commissioner(a.coCommissioner()));
        tokens.put(BUYER, Fixtures.commissioner(buyerBody));
        tokens.put(OUTSIDER, Fixtures.commissioner(Fixtures.body("OTHER")));
        tokens.put(ADMIN, Fixtures.ADMIN);
        tokens.put(AUDITOR, Fixtures.AUDITOR);
        Fixtures.subcontract("df.subcontract.confirmed", UUID.randomUUID(), a.id(), a.leadProvider(), subcontractor, "CONFIRMED", 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> given().header("Authorization", tokens.get(SUBCONTRACTOR))
                .get(a.path() + "/history").statusCode() == 200);
        String item = Fixtures.rateCard(a, "50.00");
        String order = given().contentType(ContentType.JSON).header("Authorization", tokens.get(BUYER)).body(Fixtures.order(item, 10))
                .post(a.path() + "/call-off-orders").then().statusCode(201).extract().path("id");
        LocalDate today = TestClock.today();
        String quarter = today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);

        String p = a.path();
        Map<String, Object> decision = Map.of("rationale", "Matrix", "effectiveDate", today.toString());
        Map<String, Object> variation = Map.of("rationale", "Matrix", "effectiveDate", today.toString(), "value", Fixtures.money("120000.00"));
        Map<String, Object> extension = Map.of("rationale", "Matrix", "effectiveDate", today.toString(), "newEndDate", today.plusYears(5).toString());
        Map<String, Object> terms = Map.of("paymentSchedule", "IN_ADVANCE", "conditions", List.of(), "reportingRequirements", List.of());
        Map<String, Object> disclosure = Map.of("published", true, "confidentialFields", List.of());
        Map<String, Object> card = Map.of("items", List.of(Map.of("category", "ACCOMMODATION", "description", "Session",
                "unit", "SESSION", "unitPrice", Fixtures.money("55.00"), "complexity", "LOW")));
        Map<String, Object> figures = Map.of("quarter", quarter, "referrals", 10, "starts", 8, "completions", 5,
                "outcomes", Map.of("ACCOMMODATION", 4));
        Map<String, Object> correction = Map.of("referrals", 11, "starts", 8, "completions", 5, "outcomes", Map.of());

        matrix.check("GET", "/v1/agreements", null, expect(ANONYMOUS, 200, LEAD, 200, BUYER, 200, ADMIN, 200, AUDITOR, 200));
        matrix.check("POST", "/v1/agreements", Fixtures.agreement().request(), expect(ANONYMOUS, 401, LEAD, 403,
                OWNER, 403, AUDITOR, 403, ADMIN, 201));
        matrix.check("GET", p, null, expect(ANONYMOUS, 200, LEAD, 200, SUBCONTRACTOR, 200, OTHER_PROVIDER, 200, OWNER, 200,
                CO, 200, BUYER, 200, OUTSIDER, 200, ADMIN, 200, AUDITOR, 200));
        matrix.check("GET", p + "/history", null, expect(ANONYMOUS, 401, OTHER_PROVIDER, 403, BUYER, 403,
                OUTSIDER, 403, LEAD, 200, SUBCONTRACTOR, 200, OWNER, 200, CO, 200, ADMIN, 200, AUDITOR, 200));
        matrix.check("POST", p + "/variations", variation, expect(ANONYMOUS, 401, LEAD, 403, SUBCONTRACTOR, 403,
                BUYER, 403, ADMIN, 403, AUDITOR, 403, CO, 428, OWNER, 428));
        matrix.check("POST", p + "/extensions", extension, expect(ANONYMOUS, 401, LEAD, 403, BUYER, 403,
                ADMIN, 403, CO, 428, OWNER, 428));
        matrix.check("POST", p + "/suspension", decision, expect(ANONYMOUS, 401, LEAD, 403, BUYER, 403,
                ADMIN, 403, AUDITOR, 403, OWNER, 428));
        matrix.check("POST", p + "/reinstatement", decision, expect(ANONYMOUS, 401, LEAD, 403, BUYER, 403,
                OWNER, 428));
        matrix.check("POST", p + "/termination", decision, expect(ANONYMOUS, 401, LEAD, 403, BUYER, 403,
                ADMIN, 403, OWNER, 428));
        matrix.check("PUT", grant.path() + "/grant-terms", terms, expect(ANONYMOUS, 401, LEAD, 403, BUYER, 403,
                OWNER, 403, ADMIN, 403));
        matrix.check("PUT", p + "/disclosure", disclosure, expect(ANONYMOUS, 401, LEAD, 403, BUYER, 403,
                AUDITOR, 403, OWNER, 428));
        matrix.check("GET", p + "/audit-trail", null, expect(ANONYMOUS, 401, LEAD, 403, SUBCONTRACTOR, 403,
                OTHER_PROVIDER, 403, OWNER, 403, CO, 403, BUYER, 403, OUTSIDER, 403, ADMIN, 200, AUDITOR, 200));
        // the co-commissioner of the matrix agreement accepted when it was recorded (Fixtures): answered once
        String invitation = p + "/co-commissioners/" + a.coCommissioner();
        matrix.check("POST", invitation + "/acceptance", null, expect(ANONYMOUS, 401, LEAD, 403, ADMIN, 403,
                AUDITOR, 403, OWNER, 403, OUTSIDER, 403, CO, 409));
        matrix.check("POST", invitation + "/decline", Map.of("reason", "Matrix"), expect(ANONYMOUS, 401, LEAD, 403,
                ADMIN, 403, AUDITOR, 403, OWNER, 403, BUYER, 403, CO, 409));
        matrix.check("PUT", p + "/rate-card", card, expect(ANONYMOUS, 401, OWNER, 403, BUYER, 403, SUBCONTRACTOR, 403,
                OTHER_PROVIDER, 403, ADMIN, 403, LEAD, 428));
        matrix.check("GET", p + "/rate-card", null, expect(ANONYMOUS, 200, OTHER_PROVIDER, 200, BUYER, 200, LEAD, 200));
        matrix.check("POST", p + "/call-off-orders", Fixtures.order(item, 1), expect(ANONYMOUS, 401, LEAD, 403,
                SUBCONTRACTOR, 403, ADMIN, 403, AUDITOR, 403, BUYER, 201));
        matrix.check("GET", p + "/call-off-orders", null, expect(ANONYMOUS, 401, OTHER_PROVIDER, 403,
                SUBCONTRACTOR, 403, LEAD, 200, OWNER, 200, BUYER, 200, OUTSIDER, 200, ADMIN, 200, AUDITOR, 200));
        String o = p + "/call-off-orders/" + order;
        matrix.check("GET", o, null, expect(ANONYMOUS, 401, OTHER_PROVIDER, 403, SUBCONTRACTOR, 403,
                OUTSIDER, 403, LEAD, 200, OWNER, 200, BUYER, 200, ADMIN, 200, AUDITOR, 200));
        matrix.check("POST", o + "/cancellation", Map.of("reason", "Matrix"),
                expect(ANONYMOUS, 401, LEAD, 403, ADMIN, 403, OUTSIDER, 403, BUYER, 200));
        matrix.check("POST", p + "/performance-returns", figures, expect(ANONYMOUS, 401, OWNER, 403,
                SUBCONTRACTOR, 403, OTHER_PROVIDER, 403, ADMIN, 403, LEAD, 201));
        matrix.check("GET", p + "/performance-returns", null, expect(ANONYMOUS, 401, OTHER_PROVIDER, 403,
                BUYER, 403, LEAD, 200, SUBCONTRACTOR, 200, OWNER, 200, AUDITOR, 200));
        String r = p + "/performance-returns/" + quarter;
        matrix.check("GET", r, null, expect(ANONYMOUS, 401, OTHER_PROVIDER, 403, BUYER, 403,
                LEAD, 200, OWNER, 200, ADMIN, 200));
        matrix.check("PUT", r, correction, expect(ANONYMOUS, 401, OWNER, 403, SUBCONTRACTOR, 403,
                ADMIN, 403, LEAD, 428));
        matrix.check("GET", p + "/performance-summary", null, expect(ANONYMOUS, 200, OTHER_PROVIDER, 200,
                OWNER, 200));
        matrix.check("GET", "/v1/agreements/performance-summary", null, expect(ANONYMOUS, 200,
                LEAD, 200));
        matrix.check("GET", "/v1/agreements/pipeline", null, expect(ANONYMOUS, 200, OWNER, 200));
        matrix.check("GET", grant.path() + "/360giving", null, expect(ANONYMOUS, 200, LEAD, 200, AUDITOR, 200));
        matrix.check("GET", p + "/ocds", null, expect(ANONYMOUS, 200, LEAD, 200, AUDITOR, 200));
        matrix.check("GET", "/v1/contract-types", null, expect(ANONYMOUS, 200, LEAD, 200));

        matrix.check("GET", "/ops/events", null, expect(ANONYMOUS, 401, LEAD, 403, OWNER, 403, AUDITOR, 403, ADMIN, 200));
        matrix.check("POST", "/ops/events/outbox/999999999/replay", null, expect(ANONYMOUS, 401, LEAD, 403, OWNER, 403,
                ADMIN, 404));
        matrix.check("POST", "/ops/events/inbox/999999999/replay", null, expect(ANONYMOUS, 401, LEAD, 403, OWNER, 403,
                ADMIN, 404));

        assertThat(matrix.mismatches()).isEmpty();
        assertThat(matrix.rowsWithoutOperation()).isEmpty();
        assertThat(matrix.operationsWithoutRow()).as("operations of the OpenAPI document without a row").isEmpty();
    }
}
