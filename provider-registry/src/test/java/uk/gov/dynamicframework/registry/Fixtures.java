package uk.gov.dynamicframework.registry;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import uk.gov.dynamicframework.devtools.TestTokens;

/**
 * Readable setup for registry tests, always through the HTTP API: organisations, framework applications, offers.
 * {@code Fixtures.provider("Name").sector("PRIVATE").offering("ACCOMMODATION", List.of(), List.of("SW")).create()}
 * registers, applies, qualifies and publishes in one line.
 */
public final class Fixtures {

    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.currentTimeMillis() % 1_000_000));

    private Fixtures() {
    }

    /** A unique, valid Charity Commission identifier. */
    public static String charityNumber() {
        return "GB-CHC-" + (1_000_000 + NEXT.incrementAndGet() % 9_000_000);
    }

    public static Map<String, Object> organisation(String name, String identifier) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("legalIdentifiers", List.of(identifier));
        body.put("legalForm", "CHARITABLE_INCORPORATED_ORGANISATION");
        body.put("sector", "VOLUNTARY_AND_COMMUNITY");
        body.put("incomeBand", "UNDER_100K");
        body.put("address", Map.of("line1", "1 High Street", "town", "Cardiff", "postcode", "cf10 1aa"));
        body.put("contacts", List.of(Map.of("name", "Jo Bloggs", "role", "Director", "email", "jo@example.org")));
        body.put("characteristics", List.of("WELSH_ORGANISATION"));
        return body;
    }

    /** Registers an organisation as the framework team and returns its id. */
    public static String registered(String name) {
        return given().contentType(ContentType.JSON).header("Authorization", TestTokens.bearer("framework-admin"))
                .body(organisation(name, charityNumber()))
                .post("/v1/organisations").then().statusCode(201).extract().path("id");
    }

    public static final String ADMIN = TestTokens.bearer("framework-admin");

    /** A name no other test uses, so searches by name see only this test's organisations. */
    public static String uniqueName(String prefix) {
        return prefix + " " + Integer.toString(NEXT.incrementAndGet(), 36) + "x";
    }

    /** Every selection criterion declared met with one evidence reference, except those named. */
    public static Map<String, Object> criteria(String... unmet) {
        Map<String, Object> criteria = new LinkedHashMap<>();
        for (String name : List.of("economicAndFinancialStanding", "insurance", "safeguarding", "dataProtection",
                "noGroundsForExclusion")) {
            boolean met = !List.of(unmet).contains(name);
            criteria.put(name, Map.of("met", met, "evidence", met ? List.of("Evidence for " + name) : List.of()));
        }
        return criteria;
    }

    public static Map<String, Object> application(String organisationId, String... unmet) {
        return Map.of("organisationId", organisationId, "criteria", criteria(unmet));
    }

    /** Submits an application as the organisation itself and returns its id. */
    public static String submitted(String organisationId, String... unmet) {
        return given().contentType(ContentType.JSON).header("Authorization", TestTokens.provider(organisationId))
                .body(application(organisationId, unmet))
                .post("/v1/framework-applications").then().statusCode(201).extract().path("id");
    }

    /** The framework team decides: action is qualify, reject, suspend, reinstate or remove. */
    public static io.restassured.response.ValidatableResponse decide(String applicationId, String action,
            Map<String, Object> body) {
        return given().contentType(ContentType.JSON).header("Authorization", ADMIN).body(body)
                .post("/v1/framework-applications/" + applicationId + "/" + action).then();
    }

    public static Map<String, Object> offer(String organisationId, String category, List<String> areas,
            List<String> regions, List<String> cohorts) {
        Map<String, Object> body = new HashMap<>();
        body.put("organisationId", organisationId);
        body.put("category", category);
        body.put("areas", areas);
        body.put("regions", regions);
        body.put("cohorts", cohorts);
        return body;
    }

    /** Publishes an offer as the provider itself and returns its id. */
    public static String published(String organisationId, String category, List<String> areas, List<String> regions) {
        return given().contentType(ContentType.JSON).header("Authorization", TestTokens.provider(organisationId))
                .body(offer(organisationId, category, areas, regions, List.of()))
                .post("/v1/service-offers").then().statusCode(201).extract().path("id");
    }

    public static ProviderBuilder provider(String name) {
        return new ProviderBuilder(name);
    }

    /** A provider made by {@link ProviderBuilder}: its organisation, token, application and offers. */
    public record Provider(String id, String name, String token, String applicationId, List<String> offerIds) {
    }

    public static final class ProviderBuilder {
        private final Map<String, Object> organisation;
        private final List<Map<String, Object>> offers = new ArrayList<>();
        private boolean qualify = true;

        private ProviderBuilder(String name) {
            organisation = organisation(name, charityNumber());
        }

        public ProviderBuilder sector(String sector) {
            organisation.put("sector", sector);
            return this;
        }

        public ProviderBuilder incomeBand(String incomeBand) {
            organisation.put("incomeBand", incomeBand);
            return this;
        }

        public ProviderBuilder characteristics(String... characteristics) {
            organisation.put("characteristics", List.of(characteristics));
            return this;
        }

        /** Registers and applies, but leaves the application for the framework team to decide. */
        public ProviderBuilder applicationOnly() {
            qualify = false;
            return this;
        }

        public ProviderBuilder offering(String category, List<String> areas, List<String> regions) {
            offers.add(offer(null, category, areas, regions, List.of()));
            return this;
        }

        public Provider create() {
            String id = given().contentType(ContentType.JSON).header("Authorization", ADMIN).body(organisation)
                    .post("/v1/organisations").then().statusCode(201).extract().path("id");
            String applicationId = submitted(id);
            List<String> offerIds = new ArrayList<>();
            if (qualify) {
                decide(applicationId, "qualify", Map.of()).statusCode(200);
                for (Map<String, Object> offer : offers) {
                    offer.put("organisationId", id);
                    offerIds.add(given().contentType(ContentType.JSON).header("Authorization", TestTokens.provider(id))
                            .body(offer).post("/v1/service-offers").then().statusCode(201).extract().path("id"));
                }
            }
            return new Provider(id, (String) organisation.get("name"), TestTokens.provider(id), applicationId, offerIds);
        }
    }
}
