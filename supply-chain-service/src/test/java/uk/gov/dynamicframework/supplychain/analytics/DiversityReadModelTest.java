package uk.gov.dynamicframework.supplychain.analytics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.gov.dynamicframework.supplychain.support.Fixtures.agreement;
import static uk.gov.dynamicframework.supplychain.support.Fixtures.figures;
import static uk.gov.dynamicframework.supplychain.support.Fixtures.organisation;
import static uk.gov.dynamicframework.supplychain.support.Fixtures.propose;
import static uk.gov.dynamicframework.supplychain.support.Fixtures.subcontract;
import static uk.gov.dynamicframework.supplychain.support.Fixtures.subcontracted;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.devtools.TestClock;
import uk.gov.dynamicframework.platform.reference.ReferenceCodes;
import uk.gov.dynamicframework.supplychain.analytics.DiversityQuery.Scope;
import uk.gov.dynamicframework.supplychain.analytics.DiversityQuery.Source;
import uk.gov.dynamicframework.supplychain.support.Fixtures.Agreement;
import uk.gov.dynamicframework.supplychain.support.Fixtures.Org;

/**
 * Today's figures come from the read model of today's memberships, other dates' from the periods: both must give the
 * very same figures for today, in every scope, over everything the tests have built so far plus a case with
 * variations, endings, future and past agreements and subcontracts, a region-wide agreement, a lead the registry has
 * not told us about and a change of income band. Both are read in one snapshot, so nothing lands between them.
 */
@QuarkusTest
class DiversityReadModelTest {

    private static final String CARDIFF = "W15000003";
    private static final String GWENT = "W15000004";
    private static final String NORTHUMBRIA = "E23000007";
    private static final String DURHAM = "E23000008";

    @Inject
    DiversityQuery query;
    @Inject
    DiversityMemberships memberships;
    @Inject
    DataSource dataSource;
    @Inject
    ReferenceCodes codes;

    @Test
    void todaysFiguresFromTheReadModelAreTheFiguresFromThePeriodsInEveryScope() throws Exception {
        LocalDate today = TestClock.today();
        Org welshLead = organisation("Cymru Lead").income("FROM_1M_TO_10M").with("WELSH_ORGANISATION").register();
        Org privateLead = organisation("Private Lead").privateSector().income("OVER_10M").register();
        Org byAndFor = organisation("By and For").income("UNDER_100K").with("LED_BY_AND_FOR_RACIALLY_MINORITISED_PEOPLE").register();
        Org welshPartner = organisation("Welsh Partner").with("WELSH_ORGANISATION").with("WOMENS_SPECIALIST").register();
        Org growing = organisation("Growing").income("UNDER_100K").register();
        Org smallPrivate = organisation("Small Private").privateSector().income("UNDER_100K").register();
        Org unknownLead = new Org(UUID.randomUUID().toString(), "Never registered", "PRIVATE", "OVER_10M", List.of());

        Agreement wales = agreement(welshLead).contractType("ACC", "ACCOMMODATION").region("WA").value("900000.00").create();
        Agreement north = agreement(privateLead).contractType("PWB", "EMOTIONAL_WELLBEING", "SOCIAL_INCLUSION")
                .areas(NORTHUMBRIA, DURHAM).value("600000.00").create();
        Agreement future = agreement(welshLead).areas(GWENT).value("100000.00").dates(today.plusDays(1), today.plusYears(1)).create();
        Agreement past = agreement(privateLead).areas(DURHAM).value("100000.00").dates(today.minusYears(1), today.minusDays(1)).create();
        Agreement unknown = agreement(unknownLead).areas(DURHAM).value("250000.00").create();

        List<String> acc = List.of("ACCOMMODATION");
        subcontracted(wales, subcontract(byAndFor, "100000.00", wales.start(), wales.end(), acc, List.of(CARDIFF, GWENT)));
        subcontracted(wales, subcontract(welshPartner, "50000.00", today.plusDays(10), wales.end(), acc, List.of(CARDIFF)));
        String ending = subcontracted(wales, subcontract(smallPrivate, "20000.00", wales.start(), wales.end(), acc, List.of(GWENT)));
        propose(wales, subcontract(growing, "10000.00", wales.start(), wales.end(), acc, List.of(CARDIFF)));
        List<String> pwb = List.of("EMOTIONAL_WELLBEING");
        String changing = subcontracted(north, subcontract(byAndFor, "60000.00", north.start(), north.end(), pwb, List.of(NORTHUMBRIA, DURHAM)));
        subcontracted(north, subcontract(growing, "30000.00", north.start(), north.end(), pwb, List.of(DURHAM)));
        subcontracted(future, subcontract(byAndFor, "10000.00", future.start(), future.end(), acc, List.of(GWENT)));
        subcontracted(past, subcontract(growing, "10000.00", past.start(), past.end(), acc, List.of(DURHAM)));
        subcontracted(unknown, subcontract(smallPrivate, "5000.00", unknown.start(), unknown.end(), acc, List.of(DURHAM)));

        end(wales, ending, 1, today.minusDays(1));
        change(north, changing, 1, subcontract(byAndFor, "45000.00", north.start(), north.end(), pwb, List.of(NORTHUMBRIA)), today);
        north.varied("700000.00", 1);
        growing.withIncomeBand("FROM_1M_TO_10M", 1);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            JsonPath n = figures("agreements/" + north.id());
            assertThat(n.getString("agreementsValue.amount")).isEqualTo("700000.00");
            assertThat(n.getLong("subcontractors.large")).as("Growing is large now").isEqualTo(1);
        });

        // what the read model answers for these agreements today, worked out by hand
        JsonPath w = figures("agreements/" + wales.id());
        assertThat(w.getLong("subcontractors.count")).as("byAndFor; welshPartner starts later, smallPrivate ended, growing only proposed").isEqualTo(1);
        assertThat(w.getString("valueToSubcontractors.amount")).isEqualTo("100000.00");
        assertThat(w.getLong("wales.welshLeadProviders")).isEqualTo(1);
        JsonPath n = figures("agreements/" + north.id() + "?minAreas=1");
        assertThat(n.getString("valueToSubcontractors.amount")).isEqualTo("75000.00");
        assertThat(n.getLong("organisationsInManyAreas.count")).isEqualTo(2);
        assertThat(figures("agreements/" + future.id()).getLong("agreements")).isZero();
        assertThat(figures("agreements/" + past.id()).getLong("agreements")).isZero();
        JsonPath u = figures("agreements/" + unknown.id());
        assertThat(u.getLong("agreements")).isEqualTo(1);
        assertThat(u.getLong("leadProviders.large")).as("nothing known of the lead").isZero();

        List<Scope> scopes = new ArrayList<>(List.of(Scope.national(), Scope.area(CARDIFF), Scope.area(GWENT), Scope.area(DURHAM),
                Scope.region("WA", List.copyOf(codes.areasOfRegion("WA"))), Scope.region("NE", List.copyOf(codes.areasOfRegion("NE"))),
                Scope.category("ACCOMMODATION"), Scope.category("EMOTIONAL_WELLBEING"), Scope.contractType("ACC"),
                Scope.contractType("PWB")));
        for (Agreement a : List.of(wales, north, future, past, unknown)) {
            scopes.add(Scope.agreement(UUID.fromString(a.id())));
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            for (Scope scope : scopes) {
                DiversityFigures fromReadModel = query.figures(c, Source.TODAY, scope, today);
                assertThat(fromReadModel).as(scope.kind() + " " + scope.code())
                        .isEqualTo(query.figures(c, Source.PERIODS, scope, today));
                for (int minAreas : new int[] { 1, 2 }) {
                    assertThat(query.manyAreas(c, Source.TODAY, scope, today, minAreas)).as(scope.kind() + " " + scope.code())
                            .isEqualTo(query.manyAreas(c, Source.PERIODS, scope, today, minAreas));
                }
            }
            DiversityFigures national = query.figures(c, Source.TODAY, Scope.national(), today);
            assertThat(national.agreements()).as("not an empty comparison").isGreaterThanOrEqualTo(3);
            assertThat(national.subcontractors().count()).isGreaterThanOrEqualTo(3);
            c.rollback();
        }
    }

    @Test
    void anOrganisationEventDuringAnAgreementsRebuildStillReachesTheRebuiltRows() throws Exception {
        Org lead = organisation("Rebuilt lead").register();
        Org partner = organisation("Changing partner").income("UNDER_100K").register();
        Agreement a = agreement(lead).areas(DURHAM).value("200000.00").create();
        subcontracted(a, subcontract(partner, "50000.00", a.start(), a.end(), a.categories(), List.of(DURHAM)));
        String path = "agreements/" + a.id();
        assertThat(figures(path).getLong("subcontractors.small")).isEqualTo(1);

        // the agreement's rows rebuilt in a transaction held open while the partner's income band changes
        CountDownLatch rebuilt = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread rebuild = new Thread(() -> {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    memberships.agreementChanged(UUID.fromString(a.id()));
                    rebuilt.countDown();
                    try {
                        release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            } catch (Throwable e) {
                failed.set(e);
            }
        });
        rebuild.start();
        assertThat(rebuilt.await(15, TimeUnit.SECONDS)).isTrue();
        partner.withIncomeBand("FROM_1M_TO_10M", 1);
        // the organisation event has reached the read model while the rebuild is still open: it waits for a lock
        await().atMost(Duration.ofSeconds(15)).until(() -> waitingForALock() > 0);
        release.countDown();
        rebuild.join(15_000);
        assertThat(rebuild.isAlive()).isFalse();
        assertThat(failed.get()).isNull();

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            JsonPath now = figures(path);
            assertThat(now.getLong("subcontractors.large")).as("the rebuilt row carries the new band").isEqualTo(1);
            assertThat(now.getLong("subcontractors.small")).isZero();
        });
    }

    private long waitingForALock() throws Exception {
        try (Connection c = dataSource.getConnection(); var st = c.createStatement();
                var rs = st.executeQuery("select count(*) from pg_stat_activity where datname = current_database() "
                        + "and wait_event_type = 'Lock'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void end(Agreement a, String subcontractId, int version, LocalDate lastDay) {
        given().contentType(ContentType.JSON).header("Authorization", a.lead().token()).header("If-Match", "\"" + version + "\"")
                .body(Map.of("endDate", lastDay.toString(), "reason", "Brought in house"))
                .post("/v1/supply-chains/" + a.id() + "/subcontracts/" + subcontractId + "/ending").then().statusCode(200);
    }

    private static void change(Agreement a, String subcontractId, int version, Map<String, Object> terms, LocalDate from) {
        Map<String, Object> change = new HashMap<>(terms);
        change.remove("organisationId");
        change.put("effectiveFrom", from.toString());
        given().contentType(ContentType.JSON).header("Authorization", a.lead().token()).header("If-Match", "\"" + version + "\"")
                .body(change).put("/v1/supply-chains/" + a.id() + "/subcontracts/" + subcontractId).then().statusCode(200);
    }
}
