package uk.gov.dynamicframework.competition.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static uk.gov.dynamicframework.competition.support.Fixtures.commissioner;
import static uk.gov.dynamicframework.competition.support.Fixtures.evaluator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.competition.competition.DeadlineJob;
import uk.gov.dynamicframework.competition.support.Fixtures;
import uk.gov.dynamicframework.competition.support.Fixtures.Provider;
import uk.gov.dynamicframework.devtools.TestClock;

/** Every state change, decision, override and read of a sealed bid of a full competition, for auditors, with OCDS. */
@QuarkusTest
class AuditTrailTest {

    private static final String CATEGORY = "EDUCATION_TRAINING_EMPLOYMENT";
    private static final String AREA = "E23000033";
    private static final JsonSchema RELEASE_PACKAGE = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(
                    "https://standard.open-contracting.org/schema/1__1__5/", "classpath:ocds/")))
            .getSchema(SchemaLocation.of("https://standard.open-contracting.org/schema/1__1__5/release-package-schema.json"),
                    SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());

    @Inject
    DeadlineJob deadlines;

    @Test
    void theAuditTrailOfAFullCompetitionSaysWhoDidWhatWhenAndWhoReadWhichBid() throws Exception {
        String owner = Fixtures.body("NW-RPD", "REGIONAL_PROBATION_DIRECTOR");
        String co = Fixtures.body("PCC-LANCS", "POLICE_AND_CRIME_COMMISSIONER");
        Provider winner = Fixtures.provider("Audited winner").offering(CATEGORY, AREA).create();
        Provider other = Fixtures.provider("Audited other").offering(CATEGORY, AREA).create();
        var c = Fixtures.competition(owner).coCommissioner(co, "50000.00").lot(CATEGORY, "150000.00", AREA)
                .deadlineIn(Duration.ofDays(6)).published(); // shorter than 10 days: published with an override
        String winnerBid = Fixtures.submit(c.id(), winner, Fixtures.bid(c.lot(1), "120000.00"));
        String otherBid = Fixtures.submit(c.id(), other, Fixtures.bid(c.lot(1), "130000.00"));
        String comp = "/v1/competitions/" + c.id();

        TestClock.advance(Duration.ofDays(7));
        deadlines.run();
        c.declareNoConflicts(evaluator(owner));
        c.declareNoConflicts(evaluator(co));
        given().header("Authorization", evaluator(owner)).get(comp + "/bids/" + otherBid).then().statusCode(200);
        for (String bid : List.of(winnerBid, otherBid)) {
            int q = bid.equals(winnerBid) ? 80 : 60;
            String path = comp + "/lots/" + c.lot(1) + "/bids/" + bid;
            for (String body : List.of(owner, co)) {
                given().contentType(ContentType.JSON).header("Authorization", evaluator(body))
                        .body(Map.of("scores", Map.of("Q1", q, "SV", q - 10), "passFail", Map.of("SAFEGUARDING", true)))
                        .put(path + "/scores/mine").then().statusCode(200);
            }
            for (String rationale : List.of("First moderation", "Agreed at the moderation meeting")) {
                given().contentType(ContentType.JSON).header("Authorization", commissioner(owner))
                        .body(Map.of("scores", Map.of("Q1", q, "SV", q), "passFail", Map.of("SAFEGUARDING", true),
                                "rationale", rationale))
                        .put(path + "/moderation").then().statusCode(200);
            }
        }
        given().contentType(ContentType.JSON).header("Authorization", commissioner(owner))
                .body(Map.of("lots", List.of(Map.of("lotId", c.lot(1), "bidId", winnerBid))))
                .post(comp + "/award-decision").then().statusCode(200);
        TestClock.advance(Duration.ofDays(13));
        deadlines.run();
        assertThat(c.status()).isEqualTo("AWARDED");

        // Auditors and the framework team read it, page by page; nobody else.
        given().header("Authorization", commissioner(owner)).get(comp + "/audit-trail").then().statusCode(403);
        given().header("Authorization", evaluator(owner)).get(comp + "/audit-trail").then().statusCode(403);
        given().get(comp + "/audit-trail").then().statusCode(401);
        given().header("Authorization", Fixtures.ADMIN).queryParam("size", 2).get(comp + "/audit-trail").then()
                .statusCode(200).body("items", hasSize(2)).body("items[0].action", equalTo("COMPETITION_CREATED"));
        List<Map<String, Object>> entries = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonPath p = given().header("Authorization", Fixtures.AUDITOR).queryParam("size", 10).queryParam("page", page)
                    .get(comp + "/audit-trail").then().statusCode(200).extract().jsonPath();
            entries.addAll(p.getList("items"));
            if (entries.size() >= p.getLong("total")) {
                break;
            }
        }
        List<String> actions = entries.stream().map(e -> (String) e.get("action")).toList();
        assertThat(actions).containsSubsequence("COMPETITION_CREATED", "CO_COMMISSIONER_INVITED", "CO_COMMISSIONER_ACCEPTED",
                "EVALUATOR_ASSIGNED", "COMPETITION_PUBLISHED", "TIMELINE_OVERRIDDEN", "ELIGIBILITY_OVERRIDDEN",
                "BID_RECEIVED", "BID_RECEIVED", "COMPETITION_CLOSED", "EVALUATION_STARTED", "CONFLICT_DECLARED",
                "BID_READ", "BID_SCORED", "SCORES_MODERATED", "SCORES_MODERATED", "AWARD_DECIDED", "COMPETITION_AWARDED");

        Map<String, Object> accepted = only(entries, "CO_COMMISSIONER_ACCEPTED");
        assertThat(accepted).containsEntry("actor", "commissioner@" + co).containsEntry("subject", co);
        Map<String, Object> override = only(entries, "TIMELINE_OVERRIDDEN");
        assertThat(override.get("actor")).isEqualTo("commissioner@" + owner);
        assertThat(details(override).get("reason")).isEqualTo("test: a deadline sooner than the minimum");
        // who read which bid, when
        Map<String, Object> read = entries.stream().filter(e -> "BID_READ".equals(e.get("action"))).findFirst().orElseThrow();
        assertThat(read).containsEntry("actor", "evaluator@" + owner).containsEntry("subject", otherBid);
        assertThat(details(read).get("organisationId")).isEqualTo(other.id());
        assertThat((String) read.get("at")).isNotNull();
        // moderation: who, why, and how the scores moved
        Map<String, Object> remoderated = entries.stream().filter(e -> "SCORES_MODERATED".equals(e.get("action"))
                && winnerBid.equals(e.get("subject")) && "Agreed at the moderation meeting".equals(details(e).get("rationale")))
                .findFirst().orElseThrow();
        assertThat(remoderated.get("actor")).isEqualTo("commissioner@" + owner);
        assertThat(details(remoderated).get("previousScores")).isEqualTo(Map.of("Q1", 80, "SV", 80));
        assertThat(details(remoderated).get("evaluatorScores")).isEqualTo(Map.of(
                "evaluator@" + owner, Map.of("Q1", 80, "SV", 70), "evaluator@" + co, Map.of("Q1", 80, "SV", 70)));
        Map<String, Object> decided = entries.stream().filter(e -> "AWARD_DECIDED".equals(e.get("action"))
                && c.lot(1).equals(e.get("subject"))).findFirst().orElseThrow();
        assertThat(details(decided).get("bidId")).isEqualTo(winnerBid);

        // The OCDS release links the trail as a document and still validates.
        JsonNode pkg = new ObjectMapper().readTree(given().get("/v1/ocds/competitions/" + c.id()).then().statusCode(200)
                .extract().asString());
        assertThat(RELEASE_PACKAGE.validate(pkg)).as("OCDS schema errors in %s", pkg).isEmpty();
        JsonNode documents = pkg.at("/releases/0/tender/documents");
        JsonNode trail = null;
        for (JsonNode d : documents) {
            if ("audit-trail".equals(d.path("id").asText())) {
                trail = d;
            }
        }
        assertThat(trail).as("audit trail document in %s", documents).isNotNull();
        assertThat(trail.path("url").asText()).endsWith(comp + "/audit-trail");
        assertThat(trail.path("documentType").asText()).isEqualTo("auditTrail");
    }

    private static Map<String, Object> only(List<Map<String, Object>> entries, String action) {
        List<Map<String, Object>> found = entries.stream().filter(e -> action.equals(e.get("action"))).toList();
        assertThat(found).as(action).hasSize(1);
        return found.get(0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> details(Map<String, Object> entry) {
        return (Map<String, Object>) entry.get("details");
    }
}
