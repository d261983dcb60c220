package uk.gov.dynamicframework.supplychain;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.dynamicframework.devtools.AccessMatrix.expect;
import static uk.gov.dynamicframework.supplychain.support.Fixtures.agreement;
import static uk.gov.dynamicframework.supplychain.support.Fixtures.organisation;
import static uk.gov.dynamicframework.supplychain.support.Fixtures.propose;
import static uk.gov.dynamicframework.supplychain.support.Fixtures.subcontract;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.devtools.AccessMatrix;
import uk.gov.dynamicframework.devtools.OpenApiCompleteness;
import uk.gov.dynamicframework.devtools.TestTokens;
import uk.gov.dynamicframework.supplychain.support.Fixtures;
import uk.gov.dynamicframework.supplychain.support.Fixtures.Agreement;
import uk.gov.dynamicframework.supplychain.support.Fixtures.Org;

/**
 * Endpoint x role matrix on one agreement's supply chain: the public, its lead provider, another provider, a
 * subcontractor in it, a commissioner of the agreement's body, a commissioner of another body, the framework team and
 * an auditor. Changes sent without If-Match show who gets past authorisation (428) and who does not (401/403). The
 * operations come from the service's OpenAPI document: one without a row here fails the test.
 */
@QuarkusTest
class EndpointRoleMatrixTest {

    private static final String ANONYMOUS = "anonymous";
    private static final String LEAD = "lead provider";
    private static final String OTHER_PROVIDER = "other provider";
    private static final String SUBCONTRACTOR = "subcontractor";
    private static final String COMMISSIONER = "commissioner";
    private static final String OUTSIDER = "outsider commissioner";
    private static final String ADMIN = "framework-admin";
    private static final String AUDITOR = "auditor";

    private final Map<String, String> tokens = new LinkedHashMap<>();
    private final AccessMatrix matrix = new AccessMatrix(tokens::get);
    private final Set<String> covered = new TreeSet<>();

    @Test
    void everyEndpointAnswersEachRoleAsDesigned() throws Exception {
        Org lead = organisation("Matrix lead").register();
        Org other = organisation("Matrix other").register();
        Org sub = organisation("Matrix subcontractor").register();
        Org added = organisation("Matrix added").register();
        Agreement a = agreement(lead).value("500000.00").create();
        String subId = propose(a, subcontract(a, sub, "1000.00"));
        tokens.put(LEAD, lead.token());
        tokens.put(OTHER_PROVIDER, other.token());
        tokens.put(SUBCONTRACTOR, sub.token());
        tokens.put(COMMISSIONER, a.commissioner());
        tokens.put(OUTSIDER, TestTokens.commissioner("MATRIX-OUTSIDER"));
        tokens.put(ADMIN, Fixtures.ADMIN);
        tokens.put(AUDITOR, Fixtures.AUDITOR);
        String chain = "/v1/supply-chains/" + a.id();
        String one = chain + "/subcontracts/" + subId;
        var change = new HashMap<>(subcontract(a, sub, "900.00"));
        change.remove("organisationId");
        Map<String, Integer> everyone200 = expect(ANONYMOUS, 200, LEAD, 200, OTHER_PROVIDER, 200, SUBCONTRACTOR, 200,
                COMMISSIONER, 200, OUTSIDER, 200, ADMIN, 200, AUDITOR, 200);
        Map<String, Integer> changers = expect(ANONYMOUS, 401, OTHER_PROVIDER, 403, SUBCONTRACTOR, 403, OUTSIDER, 403,
                ADMIN, 403, AUDITOR, 403, LEAD, 428, COMMISSIONER, 428);

        check("GET", "/v1/supply-chains", "/v1/supply-chains", null, everyone200);
        check("GET", "/v1/supply-chains/{agreementId}", chain, null, everyone200);
        check("POST", "/v1/supply-chains/{agreementId}/subcontracts", chain + "/subcontracts", subcontract(a, added, "10.00"),
                expect(ANONYMOUS, 401, OTHER_PROVIDER, 403, SUBCONTRACTOR, 403, OUTSIDER, 403, ADMIN, 403, AUDITOR, 403,
                        COMMISSIONER, 201, LEAD, 409));
        check("GET", "/v1/supply-chains/{agreementId}/subcontracts/{subcontractId}", one, null, everyone200);
        check("PUT", "/v1/supply-chains/{agreementId}/subcontracts/{subcontractId}", one, change, changers);
        check("POST", "/v1/supply-chains/{agreementId}/subcontracts/{subcontractId}/confirmation", one + "/confirmation",
                Map.of(), changers);
        check("POST", "/v1/supply-chains/{agreementId}/subcontracts/{subcontractId}/withdrawal", one + "/withdrawal",
                Map.of("reason", "r"), changers);
        check("POST", "/v1/supply-chains/{agreementId}/subcontracts/{subcontractId}/ending", one + "/ending",
                Map.of("reason", "r"), changers);
        check("GET", "/v1/supply-chains/{agreementId}/subcontracts/{subcontractId}/history", one + "/history", null, everyone200);
        check("GET", "/v1/supply-chains/{agreementId}/ocds", chain + "/ocds", null, everyone200);
        check("GET", "/v1/supply-chain-organisations/{organisationId}", "/v1/supply-chain-organisations/" + sub.id(), null,
                expect(ANONYMOUS, 401, SUBCONTRACTOR, 200, OTHER_PROVIDER, 404, LEAD, 404, COMMISSIONER, 200, ADMIN, 200, AUDITOR, 200));
        check("GET", "/v1/supply-chain-organisations/{organisationId}/subcontracts",
                "/v1/supply-chain-organisations/" + sub.id() + "/subcontracts", null, expect(ANONYMOUS, 401, SUBCONTRACTOR, 200,
                        OTHER_PROVIDER, 403, LEAD, 403, COMMISSIONER, 403, OUTSIDER, 403, ADMIN, 403, AUDITOR, 403));
        check("GET", "/v1/diversity/national", "/v1/diversity/national", null, everyone200);
        check("GET", "/v1/diversity/agreements/{agreementId}", "/v1/diversity/agreements/" + a.id(), null, everyone200);
        check("GET", "/v1/diversity/areas/{areaCode}", "/v1/diversity/areas/E23000007", null, everyone200);
        check("GET", "/v1/diversity/regions/{regionCode}", "/v1/diversity/regions/NE", null, everyone200);
        check("GET", "/v1/diversity/categories/{categoryCode}", "/v1/diversity/categories/ACCOMMODATION", null, everyone200);
        check("GET", "/v1/diversity/contract-types/{contractTypeCode}", "/v1/diversity/contract-types/ACC", null, everyone200);
        check("GET", "/v1/diversity/flags", "/v1/diversity/flags", null, everyone200);
        String threshold = "/v1/diversity/small-organisation-thresholds/" + a.body();
        check("PUT", "/v1/diversity/small-organisation-thresholds/{bodyId}", threshold, Map.of("minimumShare", 0.1),
                expect(ANONYMOUS, 401, LEAD, 403, OUTSIDER, 403, ADMIN, 403, AUDITOR, 403, COMMISSIONER, 200));
        check("GET", "/v1/diversity/small-organisation-thresholds/{bodyId}", threshold, null, everyone200);

        assertThat(matrix.mismatches()).isEmpty();
        var doc = new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi").then().extract().asString());
        assertThat(covered).as("a row for every operation of the OpenAPI document")
                .containsExactlyInAnyOrderElementsOf(OpenApiCompleteness.operations(doc).stream()
                        .filter(op -> op.contains(" /v1/")).toList()); // the platform's /ops endpoints have their own tests
    }

    private void check(String method, String template, String path, Object body, Map<String, Integer> expected) {
        covered.add(method + " " + template);
        matrix.check(method, path, body, expected);
    }
}
