package uk.gov.dynamicframework.devtools.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import uk.gov.dynamicframework.devtools.LocalTokens;
import uk.gov.dynamicframework.devtools.demo.DemoPlan.Lot;
import uk.gov.dynamicframework.devtools.demo.DemoPlan.Org;
import uk.gov.dynamicframework.devtools.demo.DemoPlan.Sub;

/**
 * Loads the seeded demo commissioning round ({@link DemoPlan}) through the public API behind the gateway, as a real
 * client would, then prints the diversity figures the analytics compute from it.
 *
 * <ol>
 *   <li>Each organisation: found by its legal identifier ({@code GET /v1/organisations?identifier=}) or registered
 *       ({@code POST /v1/organisations}, framework team); applies to the framework as itself (provider token) and is
 *       qualified by the framework team; publishes one service offer (the category and areas it delivers).</li>
 *   <li>Each agreement: recorded by the framework team ({@code POST /v1/agreements}, a pre-platform agreement) with a
 *       stable {@code Idempotency-Key} ({@code demo-<seed>-<lot>}), so a second run gets the first agreement back.</li>
 *   <li>Each supply chain: once supply-chain-service has opened it (from the agreement-created event), the lead
 *       provider proposes each subcontract ({@code POST /v1/supply-chains/{id}/subcontracts}) and confirms it
 *       ({@code …/confirmation} with {@code If-Match}); subcontracts already there are not proposed again.</li>
 * </ol>
 *
 * Usage: {@code DemoRound [--gateway http://localhost:8080] [--keys .local/keys] [--seed 2021] [--quiet]}.
 * Idempotent: run it twice, nothing is duplicated.
 */
public final class DemoRound implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SUBJECT = "demo-round";

    private final URI gateway;
    private final LocalTokens tokens;
    private final DemoPlan plan;
    private final HttpClient http;
    private final String admin;
    private final Map<String, String> orgIds = new ConcurrentHashMap<>();
    private final Map<String, String> lotIds = new ConcurrentHashMap<>();
    private final Map<String, String> providerTokens = new ConcurrentHashMap<>();
    private final ExecutorService pool = Executors.newFixedThreadPool(6);

    public DemoRound(URI gateway, Path keyDir, long seed) {
        this.gateway = gateway;
        this.tokens = new LocalTokens(keyDir);
        this.plan = new DemoPlan(seed);
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        this.admin = tokens.issue("framework-admin", null, null, SUBJECT);
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                boolean flag = i + 1 >= args.length || args[i + 1].startsWith("--");
                options.put(args[i].substring(2), flag ? "true" : args[++i]);
            }
        }
        DemoRound round = new DemoRound(URI.create(options.getOrDefault("gateway", "http://localhost:8080")),
                Path.of(options.getOrDefault("keys", ".local/keys")), Long.parseLong(options.getOrDefault("seed", "2021")));
        try {
            round.load();
            round.printFigures();
        } finally {
            round.close();
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    public DemoPlan plan() {
        return plan;
    }

    /** Loads the whole round; returns the agreement ids by lot key. */
    public Map<String, String> load() throws Exception {
        long started = System.nanoTime();
        say("loading the demo round (seed " + plan.seed + "): " + plan.organisations.size() + " organisations, "
                + plan.lots.size() + " agreements, " + plan.lots.stream().mapToInt(l -> l.subs().size()).sum() + " subcontracts");
        Map<String, Offer> offers = offers();
        all(plan.organisations, o -> organisation(o, offers.get(o.key())));
        say("organisations registered, qualified and offering (" + seconds(started) + ")");
        all(plan.organisations, o -> awaitOk("/v1/supply-chain-organisations/" + orgIds.get(o.key()), admin));
        all(plan.lots, this::agreement);
        say("agreements recorded (" + seconds(started) + ")");
        all(plan.lots, this::supplyChain);
        say("supply chains built and confirmed (" + seconds(started) + ")");
        return Map.copyOf(lotIds);
    }

    // ---- organisations ----

    private record Offer(String category, List<String> areas) {
    }

    /** What each organisation offers: the first category it delivers, in every area it delivers. */
    private Map<String, Offer> offers() {
        Map<String, String> category = new LinkedHashMap<>();
        Map<String, java.util.Set<String>> areas = new LinkedHashMap<>();
        for (Lot lot : plan.lots) {
            category.putIfAbsent(lot.leadKey(), lot.categories().get(0));
            areas.computeIfAbsent(lot.leadKey(), k -> new java.util.TreeSet<>()).addAll(lot.areas());
            for (Sub sub : lot.subs()) {
                category.putIfAbsent(sub.orgKey(), sub.categories().get(0));
                areas.computeIfAbsent(sub.orgKey(), k -> new java.util.TreeSet<>()).addAll(sub.areas());
            }
        }
        Map<String, Offer> offers = new LinkedHashMap<>();
        category.forEach((k, c) -> offers.put(k, new Offer(c, List.copyOf(areas.get(k)))));
        return offers;
    }

    private void organisation(Org o, Offer offer) throws IOException, InterruptedException {
        JsonNode found = call("GET", "/v1/organisations?identifier=" + URLEncoder.encode(o.identifier(), StandardCharsets.UTF_8),
                admin, null, null, 200).body;
        JsonNode organisation;
        if (found.path("items").size() > 0) {
            organisation = found.path("items").get(0);
        } else {
            ObjectNode body = JSON.createObjectNode();
            body.put("name", o.name());
            body.putArray("legalIdentifiers").add(o.identifier());
            body.put("legalForm", o.legalForm());
            body.put("sector", o.sector());
            body.put("incomeBand", o.incomeBand());
            ObjectNode address = body.putObject("address");
            address.put("line1", "1 High Street");
            address.put("town", "Demo Town");
            address.put("postcode", "TR1 2LS");
            ObjectNode contact = body.putArray("contacts").addObject();
            contact.put("name", "Demo Contact");
            contact.put("role", "Director");
            contact.put("email", "contact@" + o.key().toLowerCase() + ".demo.example.org");
            ArrayNode characteristics = body.putArray("characteristics");
            o.characteristics().forEach(characteristics::add);
            organisation = call("POST", "/v1/organisations", admin, key("org-" + o.key()), body, 201, 200).body;
        }
        String id = organisation.path("id").asText();
        orgIds.put(o.key(), id);
        String status = organisation.path("frameworkStatus").asText();
        if (status.equals("NOT_APPLIED") || status.equals("REJECTED") || status.equals("REMOVED")) {
            ObjectNode application = JSON.createObjectNode();
            application.put("organisationId", id);
            ObjectNode criteria = application.putObject("criteria");
            for (String c : List.of("economicAndFinancialStanding", "insurance", "safeguarding", "dataProtection",
                    "noGroundsForExclusion")) {
                ObjectNode d = criteria.putObject(c);
                d.put("met", true);
                d.putArray("evidence").add("Demo round evidence for " + c);
            }
            String applicationId = call("POST", "/v1/framework-applications", provider(o.key()), null, application, 201, 200)
                    .body.path("id").asText();
            qualify(applicationId);
        } else if (status.equals("APPLIED")) {
            JsonNode submitted = call("GET", "/v1/framework-applications?status=SUBMITTED&organisationId=" + id, admin,
                    null, null, 200).body.path("items");
            for (JsonNode a : submitted) {
                qualify(a.path("id").asText());
            }
        }
        JsonNode existingOffers = call("GET", "/v1/service-offers?status=PUBLISHED&organisationId=" + id, admin, null,
                null, 200).body;
        if (offer != null && existingOffers.path("items").size() == 0) {
            ObjectNode body = JSON.createObjectNode();
            body.put("organisationId", id);
            body.put("category", offer.category());
            ArrayNode areas = body.putArray("areas");
            offer.areas().forEach(areas::add);
            body.put("description", "Demo round: " + offer.category().toLowerCase().replace('_', ' '));
            call("POST", "/v1/service-offers", admin, key("offer-" + o.key()), body, 201, 200);
        }
    }

    private void qualify(String applicationId) throws IOException, InterruptedException {
        ObjectNode note = JSON.createObjectNode().put("reason", "Demo round: all criteria evidenced");
        call("POST", "/v1/framework-applications/" + applicationId + "/qualify", admin, null, note, 200);
    }

    // ---- agreements ----

    private void agreement(Lot lot) throws IOException, InterruptedException {
        Org lead = plan.org(lot.leadKey());
        String region = lot.regionCode() != null ? lot.regionCode() : DemoPlan.AREAS.get(lot.areas().get(0));
        ObjectNode body = JSON.createObjectNode();
        body.put("kind", "CONTRACT");
        body.put("title", lot.title() + " (2021 round)");
        ObjectNode leadProvider = body.putObject("leadProvider");
        leadProvider.put("organisationId", orgIds.get(lead.key()));
        leadProvider.put("name", lead.name());
        leadProvider.putArray("legalIdentifiers").add(lead.identifier());
        ObjectNode owner = body.putArray("commissioningBodies").addObject();
        owner.put("bodyId", region + "-RPD");
        owner.put("name", DemoPlan.REGION_NAMES.get(region) + " Regional Probation Director");
        owner.put("role", "OWNER");
        owner.set("share", money(lot.value()));
        body.put("contractType", lot.contractType());
        ArrayNode categories = body.putArray("categories");
        lot.categories().forEach(categories::add);
        if (lot.regionCode() != null) {
            body.put("regionCode", lot.regionCode());
        }
        ArrayNode areas = body.putArray("areas");
        lot.areas().forEach(areas::add);
        body.set("value", money(lot.value()));
        body.put("startDate", DemoPlan.START.toString());
        body.put("endDate", DemoPlan.END.toString());
        body.putArray("eligiblePopulation").add(lot.contractType().equals("WOS") ? "WOMEN" : "ADULTS_ON_PROBATION");
        body.put("published", true);
        String id = call("POST", "/v1/agreements", admin, key("agreement-" + lot.key()), body, 201, 200).body.path("id").asText();
        lotIds.put(lot.key(), id);
    }

    // ---- supply chains ----

    private void supplyChain(Lot lot) throws IOException, InterruptedException {
        String agreementId = lotIds.get(lot.key());
        JsonNode chain = awaitOk("/v1/supply-chains/" + agreementId, null);
        Map<String, JsonNode> existing = new LinkedHashMap<>();
        for (JsonNode s : chain.path("subcontracts")) {
            String status = s.path("status").asText();
            if (status.equals("PROPOSED") || status.equals("CONFIRMED")) {
                existing.put(s.path("organisationId").asText(), s);
            }
        }
        String token = provider(lot.leadKey());
        for (Sub sub : lot.subs()) {
            String organisationId = orgIds.get(sub.orgKey());
            JsonNode subcontract = existing.get(organisationId);
            if (subcontract == null) {
                ObjectNode body = JSON.createObjectNode();
                body.put("organisationId", organisationId);
                ArrayNode categories = body.putArray("categories");
                sub.categories().forEach(categories::add);
                ArrayNode areas = body.putArray("areas");
                sub.areas().forEach(areas::add);
                body.set("share", money(sub.share()));
                body.put("startDate", DemoPlan.START.toString());
                body.put("endDate", DemoPlan.END.toString());
                body.put("reason", "Demo round: " + plan.org(sub.orgKey()).name() + " delivers part of " + lot.title());
                subcontract = call("POST", "/v1/supply-chains/" + agreementId + "/subcontracts", token,
                        key("subcontract-" + lot.key() + "-" + sub.orgKey()), body, 201, 200).body;
            }
            String subcontractPath = "/v1/supply-chains/" + agreementId + "/subcontracts/" + subcontract.path("subcontractId").asText();
            Reply current = call("GET", subcontractPath, null, null, null, 200);
            if (current.body.path("status").asText().equals("PROPOSED")) {
                ObjectNode confirmation = JSON.createObjectNode().put("reason", "Demo round: subcontract signed");
                call("POST", subcontractPath + "/confirmation", token, null, confirmation, current.etag, 200);
            }
        }
    }

    // ---- figures ----

    /** Prints the figures of the round as the analytics compute them. */
    public void printFigures() throws IOException, InterruptedException {
        JsonNode national = figures("/v1/diversity/national");
        System.out.println();
        System.out.println("Diversity of the supply chains (GET /v1/diversity/...), as at " + national.path("asAt").asText());
        line("national", national);
        for (String type : List.of("ACC", "ETE", "PWB", "WOS")) {
            line("contract type " + type, figures("/v1/diversity/contract-types/" + type));
        }
        line("region WA (Wales)", figures("/v1/diversity/regions/WA"));
        System.out.println();
    }

    /**
     * The figures at {@code path} as at the round's first day (26 June 2021): only the round's agreements were in
     * force then, so other data in the same suite (tests, competitions run today) does not change them.
     */
    public JsonNode figures(String path) throws IOException, InterruptedException {
        return call("GET", path + "?asAt=" + DemoPlan.START, null, null, null, 200).body;
    }

    private static void line(String scope, JsonNode f) {
        JsonNode leads = f.path("leadProviders");
        JsonNode all = f.path("supplyChainOrganisations");
        JsonNode wales = f.path("wales");
        System.out.printf("  %-20s agreements %d (voluntary lead %d, no subcontractor %d, one or two %d); leads %d"
                + " (voluntary %d, Welsh %d); supply-chain organisations %d (voluntary %d, over £1m %d,"
                + " racially minoritised-led %d, Welsh %d); in Wales: Welsh leads %d, Welsh subcontractors %d%n",
                scope, f.path("agreements").asLong(), f.path("agreementsWithVoluntaryLead").asLong(),
                f.path("agreementsWithNoSubcontractors").asLong(), f.path("agreementsWithOneOrTwoSubcontractors").asLong(),
                leads.path("count").asLong(), leads.path("voluntary").asLong(), leads.path("welsh").asLong(),
                all.path("count").asLong(), all.path("voluntary").asLong(), all.path("large").asLong(),
                all.path("ledByAndForRaciallyMinoritised").asLong(), all.path("welsh").asLong(),
                wales.path("welshLeadProviders").asLong(), wales.path("welshSubcontractors").asLong());
    }

    // ---- HTTP ----

    private record Reply(int status, JsonNode body, String etag) {
    }

    private String key(String what) {
        return "demo-" + plan.seed + "-" + what;
    }

    private String provider(String orgKey) {
        return providerTokens.computeIfAbsent(orgKey, k -> tokens.issue("provider", orgIds.get(k), null, SUBJECT + "-" + k));
    }

    private static ObjectNode money(BigDecimal amount) {
        return JSON.createObjectNode().put("amount", amount).put("currency", "GBP");
    }

    private Reply call(String method, String path, String token, String idempotencyKey, JsonNode body, int... expected)
            throws IOException, InterruptedException {
        return call(method, path, token, idempotencyKey, body, null, expected);
    }

    private Reply call(String method, String path, String token, String idempotencyKey, JsonNode body, String ifMatch,
            int... expected) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(gateway.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpRequest built = request.build();
        HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
        // A failed request changed nothing (its transaction and its Idempotency-Key were rolled back): retry a few
        // times on a server error or on the same key still being processed.
        for (int attempt = 1; attempt <= 5 && (response.statusCode() >= 500
                || response.statusCode() == 409 && response.body().contains("still being processed")); attempt++) {
            Thread.sleep(150L * attempt);
            response = http.send(built, HttpResponse.BodyHandlers.ofString());
        }
        for (int status : expected) {
            if (response.statusCode() == status) {
                String text = response.body();
                return new Reply(status, text == null || text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text),
                        response.headers().firstValue("ETag").orElse(null));
            }
        }
        throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
    }

    /** GETs {@code path} until it answers 200 (the events have reached the service), for up to 60 seconds. */
    private JsonNode awaitOk(String path, String token) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            HttpRequest.Builder request = HttpRequest.newBuilder(gateway.resolve(path)).timeout(Duration.ofSeconds(30))
                    .header("Accept", "application/json").GET();
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                return JSON.readTree(response.body());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("GET " + path + " still answers " + response.statusCode() + " after 60 s: "
                        + response.body());
            }
            Thread.sleep(200);
        }
    }

    private interface Step<T> {
        void run(T item) throws Exception;
    }

    private <T> void all(List<T> items, Step<T> step) throws Exception {
        List<Future<?>> futures = new ArrayList<>();
        for (T item : items) {
            futures.add(pool.submit(() -> {
                step.run(item);
                return null;
            }));
        }
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                futures.forEach(x -> x.cancel(true));
                throw e.getCause() instanceof Exception ex ? ex : e;
            }
        }
    }

    private static String seconds(long started) {
        return String.format("%.1f s", (System.nanoTime() - started) / 1e9);
    }

    private static void say(String message) {
        System.out.println("[demo] " + message);
    }
}
