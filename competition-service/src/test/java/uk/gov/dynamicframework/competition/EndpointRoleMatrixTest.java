package uk.gov.dynamicframework.competition;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.dynamicframework.devtools.AccessMatrix.expect;

import io.quarkus.test.junit.QuarkusTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.competition.support.Fixtures;
import uk.gov.dynamicframework.competition.support.Fixtures.Provider;
import uk.gov.dynamicframework.devtools.AccessMatrix;

/**
 * Endpoint x role matrix on a published competition before its deadline: the public, the bidding provider, a
 * provider not eligible, the owner's commissioner, a commissioner of an unrelated body, the competition's evaluator,
 * the framework team and an auditor. Each row lists the status each caller gets, in the order the calls are made.
 */
@QuarkusTest
class EndpointRoleMatrixTest {

    private static final String ANONYMOUS = "anonymous";
    private static final String BIDDER = "bidder";
    private static final String OTHER_PROVIDER = "other provider";
    private static final String COMMISSIONER = "commissioner";
    private static final String OUTSIDER = "outsider commissioner";
    private static final String EVALUATOR = "evaluator";
    private static final String ADMIN = "framework-admin";
    private static final String AUDITOR = "auditor";

    private final Map<String, String> tokens = new LinkedHashMap<>();
    private final AccessMatrix matrix = new AccessMatrix(tokens::get);

    @Test
    void everyEndpointAnswersEachRoleAsDesigned() {
        matrix.coveringOwnDocument();
        String owner = Fixtures.body("NE-RPD", "REGIONAL_PROBATION_DIRECTOR");
        String outsider = Fixtures.body("OTHER", "OTHER_AUTHORITY");
        Provider bidder = Fixtures.provider("Matrix bidder").offering("LIFESTYLE_ASSOCIATES", "E23000007").create();
        Provider other = Fixtures.provider("Matrix other").offering("LIFESTYLE_ASSOCIATES", "E23000008").create();
        tokens.put(BIDDER, bidder.token());
        tokens.put(OTHER_PROVIDER, other.token());
        tokens.put(COMMISSIONER, Fixtures.commissioner(owner));
        tokens.put(OUTSIDER, Fixtures.commissioner(outsider));
        tokens.put(EVALUATOR, Fixtures.evaluator(owner));
        tokens.put(ADMIN, Fixtures.ADMIN);
        tokens.put(AUDITOR, Fixtures.AUDITOR);
        var c = Fixtures.competition(owner).lot("LIFESTYLE_ASSOCIATES", "90000.00", "E23000007").published();
        String comp = "/v1/competitions/" + c.id();
        String bidId = Fixtures.submit(c.id(), bidder, Fixtures.bid(c.lot(1), "80000.00"));
        var draft = Fixtures.competition(owner).lot("LIFESTYLE_ASSOCIATES", "90000.00", "E23000007").request();
        var scores = Map.of("scores", Map.of("Q1", 50, "SV", 50), "passFail", Map.of("SAFEGUARDING", true));

        matrix.check("GET", comp, null, expect(ANONYMOUS, 200, BIDDER, 200, OTHER_PROVIDER, 200, COMMISSIONER, 200, OUTSIDER, 200,
                EVALUATOR, 200, ADMIN, 200, AUDITOR, 200));
        matrix.check("GET", "/v1/competitions", null, expect(ANONYMOUS, 200, BIDDER, 200, COMMISSIONER, 200, ADMIN, 200));
        matrix.check("POST", "/v1/competitions", draft, expect(ANONYMOUS, 401, BIDDER, 403, EVALUATOR, 403, ADMIN, 403,
                AUDITOR, 403, COMMISSIONER, 201));
        matrix.check("POST", comp + "/publication", Map.of(), expect(ANONYMOUS, 401, BIDDER, 403, OUTSIDER, 403, EVALUATOR, 403,
                ADMIN, 403, COMMISSIONER, 409));
        matrix.check("POST", comp + "/cancellation", Map.of("reason", "x"), expect(ANONYMOUS, 401, BIDDER, 403, OUTSIDER, 403,
                EVALUATOR, 403, ADMIN, 403, AUDITOR, 403));
        matrix.check("POST", comp + "/bids", Fixtures.bid(c.lot(1), "70000.00"), expect(ANONYMOUS, 401, COMMISSIONER, 403,
                EVALUATOR, 403, ADMIN, 403, AUDITOR, 403, OTHER_PROVIDER, 422, BIDDER, 409));
        matrix.check("GET", comp + "/bids", null, expect(ANONYMOUS, 401, BIDDER, 200, OTHER_PROVIDER, 200, COMMISSIONER, 403,
                OUTSIDER, 403, EVALUATOR, 403, ADMIN, 403, AUDITOR, 403));
        matrix.check("GET", comp + "/bids/" + bidId, null, expect(ANONYMOUS, 401, BIDDER, 200, OTHER_PROVIDER, 404,
                COMMISSIONER, 403, OUTSIDER, 403, EVALUATOR, 403, ADMIN, 403, AUDITOR, 403));
        matrix.check("PUT", comp + "/bids/" + bidId, Fixtures.bid(c.lot(1), "75000.00"), expect(ANONYMOUS, 401,
                OTHER_PROVIDER, 404, COMMISSIONER, 403, EVALUATOR, 403, ADMIN, 403, BIDDER, 200));
        matrix.check("POST", comp + "/bids/" + bidId + "/withdrawal", null, expect(ANONYMOUS, 401, OTHER_PROVIDER, 404,
                COMMISSIONER, 403, ADMIN, 403));
        matrix.check("PUT", comp + "/lots/" + c.lot(1) + "/bids/" + bidId + "/scores/mine", scores, expect(ANONYMOUS, 401,
                BIDDER, 403, COMMISSIONER, 403, ADMIN, 403, EVALUATOR, 409));
        matrix.check("GET", comp + "/lots/" + c.lot(1) + "/ranking", null, expect(ANONYMOUS, 401, BIDDER, 403, OUTSIDER, 403,
                ADMIN, 403, COMMISSIONER, 403, EVALUATOR, 403));
        matrix.check("PUT", comp + "/lots/" + c.lot(1) + "/bids/" + bidId + "/moderation", Map.of("scores", Map.of(), "rationale", "r"),
                expect(ANONYMOUS, 401, BIDDER, 403, EVALUATOR, 403, OUTSIDER, 403, COMMISSIONER, 409));
        matrix.check("POST", comp + "/award-decision", Map.of("lots", List.of(Map.of("lotId", c.lot(1), "bidId", bidId))),
                expect(ANONYMOUS, 401, BIDDER, 403, EVALUATOR, 403, OUTSIDER, 403, ADMIN, 403, COMMISSIONER, 409));
        matrix.check("GET", comp + "/awards", null, expect(ANONYMOUS, 404, BIDDER, 404, COMMISSIONER, 404));
        matrix.check("GET", comp + "/bid-feedback/" + bidId, null, expect(ANONYMOUS, 401, EVALUATOR, 403, ADMIN, 403,
                OTHER_PROVIDER, 404, BIDDER, 409));
        matrix.check("GET", comp + "/clarifications", null, expect(ANONYMOUS, 200, BIDDER, 200, OTHER_PROVIDER, 200,
                COMMISSIONER, 200, OUTSIDER, 200, EVALUATOR, 200, ADMIN, 200, AUDITOR, 200)); // answered ones are public
        matrix.check("POST", comp + "/clarifications", Map.of("question", "Q?"), expect(ANONYMOUS, 401, OTHER_PROVIDER, 403,
                COMMISSIONER, 403, ADMIN, 403, BIDDER, 201));
        matrix.check("GET", "/v1/ocds/competitions/" + c.id(), null, expect(ANONYMOUS, 200, BIDDER, 200, AUDITOR, 200));
        matrix.check("GET", "/v1/bidders/" + bidder.id(), null, expect(ANONYMOUS, 401, BIDDER, 403, COMMISSIONER, 200,
                EVALUATOR, 200, ADMIN, 200, AUDITOR, 200));
        matrix.check("POST", "/v1/commissioning-bodies", Map.of("code", "MATRIX-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(),
                "name", "Matrix body", "kind", "OTHER_AUTHORITY"), expect(ANONYMOUS, 401, BIDDER, 403, COMMISSIONER, 403,
                AUDITOR, 403, ADMIN, 201));
        matrix.check("GET", "/v1/commissioning-bodies", null, expect(ANONYMOUS, 200, BIDDER, 200, COMMISSIONER, 200));
        matrix.check("POST", "/v1/opportunities", Map.of("title", "Matrix", "category", "LIFESTYLE_ASSOCIATES",
                "areas", List.of("E23000007"), "indicativeValue", Fixtures.money("10000.00")),
                expect(ANONYMOUS, 401, BIDDER, 403, EVALUATOR, 403, ADMIN, 403, COMMISSIONER, 201));
        matrix.check("GET", "/v1/opportunities", null, expect(ANONYMOUS, 200, BIDDER, 200, COMMISSIONER, 200));
        matrix.check("POST", "/v1/opportunity-subscriptions", Map.of("categories", List.of("WOMEN"), "areas", List.of("E23000007")),
                expect(ANONYMOUS, 401, COMMISSIONER, 403, EVALUATOR, 403, ADMIN, 403, BIDDER, 201));
        matrix.check("GET", "/v1/opportunity-subscriptions", null, expect(ANONYMOUS, 401, COMMISSIONER, 403, BIDDER, 200));

        String nobody = "/" + UUID.randomUUID();
        matrix.check("GET", comp + "/audit-trail", null, expect(ANONYMOUS, 401, BIDDER, 403, COMMISSIONER, 403,
                EVALUATOR, 403, ADMIN, 200, AUDITOR, 200));
        matrix.check("GET", comp + "/lots/" + c.lot(1) + "/bids/" + bidId + "/scores", null, expect(ANONYMOUS, 401,
                BIDDER, 403, OTHER_PROVIDER, 403, ADMIN, 403, AUDITOR, 403));
        matrix.check("PUT", comp + "/clarifications" + nobody + "/answer", Map.of("answer", "A."), expect(ANONYMOUS, 401,
                BIDDER, 403, EVALUATOR, 403, ADMIN, 403, AUDITOR, 403));
        for (String step : List.of("acceptance", "decline")) {
            matrix.check("POST", comp + "/co-commissioners/" + outsider + "/" + step, Map.of(), expect(ANONYMOUS, 401,
                    BIDDER, 403, EVALUATOR, 403, ADMIN, 403, AUDITOR, 403));
        }
        matrix.check("GET", "/v1/commissioning-bodies/" + owner, null, expect(ANONYMOUS, 200, BIDDER, 200,
                COMMISSIONER, 200, AUDITOR, 200));
        matrix.check("GET", "/v1/commissioning-bodies/" + owner + "/invitations", null, expect(ANONYMOUS, 401,
                BIDDER, 403, EVALUATOR, 403));
        matrix.check("PUT", comp, draft, expect(ANONYMOUS, 401, BIDDER, 403, EVALUATOR, 403, ADMIN, 403, AUDITOR, 403));
        matrix.check("POST", "/v1/opportunities" + nobody + "/publication", Map.of(), expect(ANONYMOUS, 401, BIDDER, 403,
                EVALUATOR, 403, ADMIN, 403, AUDITOR, 403));
        matrix.check("GET", "/v1/opportunities" + nobody, null, expect(ANONYMOUS, 404, BIDDER, 404, COMMISSIONER, 404));
        matrix.check("DELETE", "/v1/opportunity-subscriptions" + nobody, null, expect(ANONYMOUS, 401, COMMISSIONER, 403,
                ADMIN, 403, BIDDER, 404));
        matrix.check("GET", "/ops/events", null, expect(ANONYMOUS, 401, BIDDER, 403, COMMISSIONER, 403, AUDITOR, 403,
                ADMIN, 200));
        matrix.check("POST", "/ops/events/outbox/999999999/replay", null, expect(ANONYMOUS, 401, BIDDER, 403,
                COMMISSIONER, 403, ADMIN, 404));
        matrix.check("POST", "/ops/events/inbox/999999999/replay", null, expect(ANONYMOUS, 401, BIDDER, 403,
                COMMISSIONER, 403, ADMIN, 404));

        // named evaluators (issue 12): the owner names them; each declares conflicts once the bidders are known
        matrix.check("GET", comp + "/evaluators", null, expect(ANONYMOUS, 401, BIDDER, 403, EVALUATOR, 403, OUTSIDER, 403,
                COMMISSIONER, 200, ADMIN, 200, AUDITOR, 200));
        matrix.check("POST", comp + "/evaluators", Map.of("evaluator", "matrix-evaluator"), expect(ANONYMOUS, 401,
                BIDDER, 403, EVALUATOR, 403, OUTSIDER, 403, ADMIN, 403, AUDITOR, 403, COMMISSIONER, 201));
        matrix.check("DELETE", comp + "/evaluators/matrix-evaluator", null, expect(ANONYMOUS, 401, BIDDER, 403,
                EVALUATOR, 403, OUTSIDER, 403, ADMIN, 403, COMMISSIONER, 204));
        matrix.check("GET", comp + "/conflict-declarations/mine", null, expect(ANONYMOUS, 401, BIDDER, 403,
                COMMISSIONER, 403, ADMIN, 403, AUDITOR, 403, EVALUATOR, 422));
        matrix.check("PUT", comp + "/conflict-declarations/mine", Map.of("declarations",
                List.of(Map.of("organisationId", bidder.id(), "conflicted", false))), expect(ANONYMOUS, 401, BIDDER, 403,
                COMMISSIONER, 403, ADMIN, 403, AUDITOR, 403, EVALUATOR, 422));

        assertThat(matrix.mismatches()).isEmpty();
        assertThat(matrix.rowsWithoutOperation()).isEmpty();
        assertThat(matrix.operationsWithoutRow()).as("operations of the OpenAPI document without a row").isEmpty();
    }
}
