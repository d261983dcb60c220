package uk.gov.dynamicframework.registry;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import uk.gov.dynamicframework.devtools.TestTokens;

/** Readable setup for registry tests: organisations and their requests, through the HTTP API. */
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
}
