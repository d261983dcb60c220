package uk.gov.dynamicframework.registry;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static uk.gov.dynamicframework.devtools.AccessMatrix.expect;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.devtools.AccessMatrix;
import uk.gov.dynamicframework.devtools.TestTokens;
import uk.gov.dynamicframework.registry.Fixtures.Provider;

/**
 * Endpoint x role matrix of the registry's applications, offers and directory: two providers (the owner and
 * another), the public, a commissioner, the framework team and an auditor. Each row lists the status each caller
 * gets, in the order the calls are made (a state-changing call that passes authorisation changes what follows).
 */
@QuarkusTest
class AccessMatrixTest {

    private final AccessMatrix matrix = new AccessMatrix(this::token);

    private static final String ANONYMOUS = "anonymous";
    private static final String OWNER = "owner";
    private static final String OTHER_PROVIDER = "other provider";
    private static final String COMMISSIONER = "commissioner";
    private static final String ADMIN = "framework-admin";
    private static final String AUDITOR = "auditor";

    private Provider owner;
    private Provider other;

    @BeforeEach
    void twoQualifiedProviders() {
        owner = Fixtures.provider(Fixtures.uniqueName("Matrix Owner"))
                .offering("ACCOMMODATION", List.of("E23000035"), List.of()).create();
        other = Fixtures.provider(Fixtures.uniqueName("Matrix Other")).create();
    }

    private String token(String role) {
        return switch (role) {
            case OWNER -> owner.token();
            case OTHER_PROVIDER -> other.token();
            case COMMISSIONER -> TestTokens.commissioner("NPS-SOUTH-WEST");
            case ADMIN -> Fixtures.ADMIN;
            case AUDITOR -> TestTokens.bearer("auditor");
            default -> null;
        };
    }

    @Test
    void everyEndpointAnswersEachRoleAsTheRulesSay() {
        matrix.coveringOwnDocument();
        String application = "/v1/framework-applications/" + owner.applicationId();
        String offer = "/v1/service-offers/" + owner.offerIds().get(0);

        matrix.check("GET", application, null, expect(ANONYMOUS, 401, OTHER_PROVIDER, 403, COMMISSIONER, 403, OWNER, 200,
                ADMIN, 200, AUDITOR, 200));
        matrix.check("GET", "/v1/framework-applications", null, expect(ANONYMOUS, 401, COMMISSIONER, 403, OWNER, 200,
                OTHER_PROVIDER, 200, ADMIN, 200, AUDITOR, 200));
        matrix.check("GET", "/v1/framework-applications?organisationId=" + owner.id(), null, expect(OTHER_PROVIDER, 403,
                OWNER, 200));
        // The owner already has a live application: passing the access rules leads to 409.
        matrix.check("POST", "/v1/framework-applications", Fixtures.application(owner.id()), expect(ANONYMOUS, 401,
                OTHER_PROVIDER, 403, COMMISSIONER, 403, ADMIN, 403, AUDITOR, 403, OWNER, 409));
        for (String decision : List.of("qualify", "reject", "reinstate")) {
            matrix.check("POST", application + "/" + decision, Map.of("reason", "x"), expect(ANONYMOUS, 401, OWNER, 403,
                    OTHER_PROVIDER, 403, COMMISSIONER, 403, AUDITOR, 403, ADMIN, 409));
        }
        matrix.check("POST", application + "/suspend", Map.of("reason", "x", "until", "2099-01-01"), expect(ANONYMOUS, 401,
                OWNER, 403, OTHER_PROVIDER, 403, COMMISSIONER, 403, AUDITOR, 403));

        matrix.check("POST", "/v1/service-offers", Fixtures.offer(owner.id(), "WOMEN", List.of("E23000036"), List.of(),
                List.of()), expect(ANONYMOUS, 401, OTHER_PROVIDER, 403, COMMISSIONER, 403, AUDITOR, 403, OWNER, 201,
                ADMIN, 201));
        matrix.check("GET", offer, null, expect(ANONYMOUS, 200, OTHER_PROVIDER, 200, COMMISSIONER, 200, OWNER, 200,
                ADMIN, 200, AUDITOR, 200));
        matrix.check("GET", "/v1/service-offers?organisationId=" + owner.id(), null, expect(ANONYMOUS, 200,
                OTHER_PROVIDER, 200, COMMISSIONER, 200, OWNER, 200, ADMIN, 200, AUDITOR, 200));
        matrix.check("POST", offer + "/withdraw", Map.of(), expect(ANONYMOUS, 401, OTHER_PROVIDER, 403, COMMISSIONER, 403,
                AUDITOR, 403, OWNER, 200, ADMIN, 409));
        // Withdrawn: only the organisation, the framework team and auditors still see it.
        matrix.check("GET", offer, null, expect(ANONYMOUS, 404, OTHER_PROVIDER, 404, COMMISSIONER, 404, OWNER, 200,
                ADMIN, 200, AUDITOR, 200));

        matrix.check("GET", "/v1/directory/providers", null, expect(ANONYMOUS, 200, OTHER_PROVIDER, 200, COMMISSIONER, 200,
                OWNER, 200, ADMIN, 200, AUDITOR, 200));
        matrix.check("GET", "/v1/directory/coverage?category=ACCOMMODATION&area=E23000035", null, expect(ANONYMOUS, 200,
                OTHER_PROVIDER, 200, COMMISSIONER, 200, OWNER, 200, ADMIN, 200, AUDITOR, 200));
        matrix.check("GET", "/v1/organisations/" + owner.id() + "/history", null, expect(ANONYMOUS, 401,
                OTHER_PROVIDER, 403, COMMISSIONER, 403, OWNER, 200, ADMIN, 200, AUDITOR, 200));
        matrix.check("GET", "/v1/organisations/" + owner.id() + "/identifier-claims", null, expect(ANONYMOUS, 401,
                OTHER_PROVIDER, 403, COMMISSIONER, 403, OWNER, 200, ADMIN, 200, AUDITOR, 200));
        matrix.check("GET", "/v1/identifier-claims/conflicts", null, expect(ANONYMOUS, 401, OWNER, 403,
                COMMISSIONER, 403, AUDITOR, 403, ADMIN, 200));
        // No such claim: a caller the rules let through then gets 404.
        String claim = "/v1/identifier-claims/" + java.util.UUID.randomUUID();
        matrix.check("POST", claim + "/verify", Map.of("evidence", "x", "reason", "x"), expect(ANONYMOUS, 401,
                OWNER, 403, OTHER_PROVIDER, 403, COMMISSIONER, 403, AUDITOR, 403, ADMIN, 404));
        matrix.check("POST", claim + "/reject", Map.of("reason", "x"), expect(ANONYMOUS, 401, OWNER, 403,
                OTHER_PROVIDER, 403, COMMISSIONER, 403, AUDITOR, 403, ADMIN, 404));
        matrix.check("GET", "/v1/organisation-changes", null, expect(ANONYMOUS, 401, COMMISSIONER, 403, OWNER, 200,
                OTHER_PROVIDER, 200, ADMIN, 200, AUDITOR, 200));
        String change = "/v1/organisation-changes/" + java.util.UUID.randomUUID();
        for (String decision : List.of("approve", "reject")) {
            matrix.check("POST", change + "/" + decision, Map.of("reason", "x"), expect(ANONYMOUS, 401, OWNER, 403,
                    OTHER_PROVIDER, 403, COMMISSIONER, 403, AUDITOR, 403, ADMIN, 404));
        }

        String organisation = "/v1/organisations/" + owner.id();
        matrix.check("POST", "/v1/organisations", Fixtures.organisation(Fixtures.uniqueName("Matrix New"),
                Fixtures.charityNumber()), expect(ANONYMOUS, 401, COMMISSIONER, 403, AUDITOR, 403, ADMIN, 201));
        matrix.check("GET", "/v1/organisations", null, expect(ANONYMOUS, 401, OWNER, 403, COMMISSIONER, 403, ADMIN, 200,
                AUDITOR, 200));
        matrix.check("GET", organisation, null, expect(ANONYMOUS, 200, OTHER_PROVIDER, 200, COMMISSIONER, 200,
                OWNER, 200, ADMIN, 200, AUDITOR, 200));
        // No If-Match: a caller the rules let through is then asked for one (428).
        matrix.check("PUT", organisation, Fixtures.organisation("Matrix Owner Renamed", Fixtures.charityNumber()),
                expect(ANONYMOUS, 401, COMMISSIONER, 403, AUDITOR, 403, OWNER, 428));
        for (String reference : List.of("/v1/service-categories", "/v1/probation-regions", "/v1/police-force-areas")) {
            matrix.check("GET", reference, null, expect(ANONYMOUS, 200, OWNER, 200, COMMISSIONER, 200, ADMIN, 200));
        }
        matrix.check("POST", application + "/remove", Map.of("reason", "x"), expect(ANONYMOUS, 401, OWNER, 403,
                OTHER_PROVIDER, 403, COMMISSIONER, 403, AUDITOR, 403));
        matrix.check("GET", "/ops/events", null, expect(ANONYMOUS, 401, OWNER, 403, COMMISSIONER, 403, AUDITOR, 403,
                ADMIN, 200));
        matrix.check("POST", "/ops/events/outbox/999999999/replay", null, expect(ANONYMOUS, 401, OWNER, 403,
                COMMISSIONER, 403, AUDITOR, 403, ADMIN, 404));
        matrix.check("POST", "/ops/events/inbox/999999999/replay", null, expect(ANONYMOUS, 401,
                OWNER, 403, COMMISSIONER, 403, AUDITOR, 403, ADMIN, 404));

        assertThat(matrix.mismatches()).isEmpty();
        assertThat(matrix.rowsWithoutOperation()).isEmpty();
        assertThat(matrix.operationsWithoutRow()).as("operations of the OpenAPI document without a row").isEmpty();
    }

    @Test
    void aProviderListingApplicationsSeesOnlyItsOwn() {
        given().header("Authorization", other.token()).get("/v1/framework-applications?size=100").then()
                .statusCode(200).body("items", not(empty()))
                .body("items.organisationId", everyItem(equalTo(other.id())));
    }
}
