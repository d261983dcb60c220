package uk.gov.dynamicframework.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.gov.dynamicframework.devtools.AccessMatrix.expect;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.contract.support.Fixtures;
import uk.gov.dynamicframework.contract.support.Fixtures.Created;
import uk.gov.dynamicframework.devtools.AccessMatrix;
import uk.gov.dynamicframework.devtools.OpenApiCompleteness;
import uk.gov.dynamicframework.devtools.TestClock;

/**
 * Endpoint x role matrix on a live, published agreement with a rate card and an order: the public, its lead provider,
 * a subcontractor delivering in it, another provider, the owning and the co-commissioning body, a commissioner who
 * buys from it, a commissioner of an unrelated body, the framework team and an auditor. Each row lists the status
 * each caller gets, in the order the calls are made; every operation of the service's OpenAPI document must have a
 * row, so a new endpoint without one fails this test.
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
    private final Set<String> covered = new LinkedHashSet<>();

    private void row(String method, String template, String path, Object body, Map<String, Integer> expected) {
        covered.add(method + " " + template);
        matrix.check(method, path, body, expected);
    }

    @Test
    void everyEndpointAnswersEachRoleAsDesigned() throws Exception {
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

        String id = "/v1/agreements/{agreementId}";
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

        row("GET", "/v1/agreements", "/v1/agreements", null, expect(ANONYMOUS, 200, LEAD, 200, BUYER, 200, ADMIN, 200, AUDITOR, 200));
        row("POST", "/v1/agreements", "/v1/agreements", Fixtures.agreement().request(), expect(ANONYMOUS, 401, LEAD, 403,
                OWNER, 403, AUDITOR, 403, ADMIN, 201));
        row("GET", id, p, null, expect(ANONYMOUS, 200, LEAD, 200, SUBCONTRACTOR, 200, OTHER_PROVIDER, 200, OWNER, 200,
                CO, 200, BUYER, 200, OUTSIDER, 200, ADMIN, 200, AUDITOR, 200));
        row("GET", id + "/history", p + "/history", null, expect(ANONYMOUS, 401, OTHER_PROVIDER, 403, BUYER, 403,
                OUTSIDER, 403, LEAD, 200, SUBCONTRACTOR, 200, OWNER, 200, CO, 200, ADMIN, 200, AUDITOR, 200));
        row("POST", id + "/variations", p + "/variations", variation, expect(ANONYMOUS, 401, LEAD, 403, SUBCONTRACTOR, 403,
                BUYER, 403, ADMIN, 403, AUDITOR, 403, CO, 428, OWNER, 428));
        row("POST", id + "/extensions", p + "/extensions", extension, expect(ANONYMOUS, 401, LEAD, 403, BUYER, 403,
                ADMIN, 403, CO, 428, OWNER, 428));
        row("POST", id + "/suspension", p + "/suspension", decision, expect(ANONYMOUS, 401, LEAD, 403, BUYER, 403,
                ADMIN, 403, AUDITOR, 403, OWNER, 428));
        row("POST", id + "/reinstatement", p + "/reinstatement", decision, expect(ANONYMOUS, 401, LEAD, 403, BUYER, 403,
                OWNER, 428));
        row("POST", id + "/termination", p + "/termination", decision, expect(ANONYMOUS, 401, LEAD, 403, BUYER, 403,
                ADMIN, 403, OWNER, 428));
        row("PUT", id + "/grant-terms", grant.path() + "/grant-terms", terms, expect(ANONYMOUS, 401, LEAD, 403, BUYER, 403,
                OWNER, 403, ADMIN, 403));
        row("PUT", id + "/disclosure", p + "/disclosure", disclosure, expect(ANONYMOUS, 401, LEAD, 403, BUYER, 403,
                AUDITOR, 403, OWNER, 428));
        row("PUT", id + "/rate-card", p + "/rate-card", card, expect(ANONYMOUS, 401, OWNER, 403, BUYER, 403, SUBCONTRACTOR, 403,
                OTHER_PROVIDER, 403, ADMIN, 403, LEAD, 428));
        row("GET", id + "/rate-card", p + "/rate-card", null, expect(ANONYMOUS, 200, OTHER_PROVIDER, 200, BUYER, 200, LEAD, 200));
        row("POST", id + "/call-off-orders", p + "/call-off-orders", Fixtures.order(item, 1), expect(ANONYMOUS, 401, LEAD, 403,
                SUBCONTRACTOR, 403, ADMIN, 403, AUDITOR, 403, BUYER, 201));
        row("GET", id + "/call-off-orders", p + "/call-off-orders", null, expect(ANONYMOUS, 401, OTHER_PROVIDER, 403,
                SUBCONTRACTOR, 403, LEAD, 200, OWNER, 200, BUYER, 200, OUTSIDER, 200, ADMIN, 200, AUDITOR, 200));
        String o = p + "/call-off-orders/" + order;
        row("GET", id + "/call-off-orders/{orderId}", o, null, expect(ANONYMOUS, 401, OTHER_PROVIDER, 403, SUBCONTRACTOR, 403,
                OUTSIDER, 403, LEAD, 200, OWNER, 200, BUYER, 200, ADMIN, 200, AUDITOR, 200));
        row("POST", id + "/call-off-orders/{orderId}/cancellation", o + "/cancellation", Map.of("reason", "Matrix"),
                expect(ANONYMOUS, 401, LEAD, 403, ADMIN, 403, OUTSIDER, 403, BUYER, 200));
        row("POST", id + "/performance-returns", p + "/performance-returns", figures, expect(ANONYMOUS, 401, OWNER, 403,
                SUBCONTRACTOR, 403, OTHER_PROVIDER, 403, ADMIN, 403, LEAD, 201));
        row("GET", id + "/performance-returns", p + "/performance-returns", null, expect(ANONYMOUS, 401, OTHER_PROVIDER, 403,
                BUYER, 403, LEAD, 200, SUBCONTRACTOR, 200, OWNER, 200, AUDITOR, 200));
        String r = p + "/performance-returns/" + quarter;
        row("GET", id + "/performance-returns/{quarter}", r, null, expect(ANONYMOUS, 401, OTHER_PROVIDER, 403, BUYER, 403,
                LEAD, 200, OWNER, 200, ADMIN, 200));
        row("PUT", id + "/performance-returns/{quarter}", r, correction, expect(ANONYMOUS, 401, OWNER, 403, SUBCONTRACTOR, 403,
                ADMIN, 403, LEAD, 428));
        row("GET", id + "/performance-summary", p + "/performance-summary", null, expect(ANONYMOUS, 200, OTHER_PROVIDER, 200,
                OWNER, 200));
        row("GET", "/v1/agreements/performance-summary", "/v1/agreements/performance-summary", null, expect(ANONYMOUS, 200,
                LEAD, 200));
        row("GET", "/v1/agreements/pipeline", "/v1/agreements/pipeline", null, expect(ANONYMOUS, 200, OWNER, 200));
        row("GET", id + "/360giving", grant.path() + "/360giving", null, expect(ANONYMOUS, 200, LEAD, 200, AUDITOR, 200));
        row("GET", id + "/ocds", p + "/ocds", null, expect(ANONYMOUS, 200, LEAD, 200, AUDITOR, 200));
        row("GET", "/v1/contract-types", "/v1/contract-types", null, expect(ANONYMOUS, 200, LEAD, 200));

        assertThat(matrix.mismatches()).isEmpty();
        var doc = new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().asString());
        List<String> operations = OpenApiCompleteness.operations(doc).stream().filter(op -> op.contains(" /v1/")).toList();
        assertThat(covered).as("every operation of the OpenAPI document has a row").containsAll(operations);
        assertThat(operations).as("every row is a documented operation").containsAll(covered);
    }
}
