package uk.gov.dynamicframework.supplychain.analytics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.gov.dynamicframework.supplychain.support.Fixtures.agreement;
import static uk.gov.dynamicframework.supplychain.support.Fixtures.figures;
import static uk.gov.dynamicframework.supplychain.support.Fixtures.organisation;
import static uk.gov.dynamicframework.supplychain.support.Fixtures.subcontract;
import static uk.gov.dynamicframework.supplychain.support.Fixtures.subcontracted;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.devtools.TestClock;
import uk.gov.dynamicframework.supplychain.support.Fixtures.Agreement;
import uk.gov.dynamicframework.supplychain.support.Fixtures.Org;

/**
 * Figures for small hand-built supply chains, with every expected value worked out by hand. The round of agreements
 * runs from April 2011 to March 2013, dates no other test uses, so national figures as at a date in it are exact.
 */
@QuarkusTest
class DiversityAnalyticsTest {

    private static final String WALES_AREA = "W15000003";
    private static final String NORTHUMBRIA = "E23000007";
    private static final String DURHAM = "E23000008";
    private static final LocalDate START = LocalDate.of(2011, 4, 1);
    private static final LocalDate END = LocalDate.of(2013, 3, 31);

    @Test
    void figuresAsAtAPastDateCountWhatWasInForceOnThatDate() {
        Org welshVoluntaryLead = organisation("Cymru Housing").income("FROM_1M_TO_10M").with("WELSH_ORGANISATION").register();
        Org privateLead = organisation("Big Provider plc").privateSector().income("OVER_10M").register();
        Org byAndFor = organisation("By and For").income("UNDER_100K").with("LED_BY_AND_FOR_RACIALLY_MINORITISED_PEOPLE").register();
        Org welshPartner = organisation("Cardiff Partner").income("FROM_100K_TO_1M").with("WELSH_ORGANISATION").register();
        Org smallPrivate = organisation("Small Ltd").privateSector().income("UNDER_100K").register();

        Agreement wales = agreement(welshVoluntaryLead).areas(WALES_AREA).value("1000000.00").dates(START, END).create();
        Agreement north = agreement(privateLead).areas(NORTHUMBRIA).value("500000.00").dates(START, END).create();
        agreement(privateLead).contractType("PWB", "EMOTIONAL_WELLBEING").areas(DURHAM).value("200000.00").dates(START, END).create();

        List<String> acc = List.of("ACCOMMODATION");
        subcontracted(wales, subcontract(byAndFor, "200000.00", START, END, acc, List.of(WALES_AREA)));
        subcontracted(wales, subcontract(welshPartner, "100000.00", LocalDate.of(2012, 4, 1), END, acc, List.of(WALES_AREA)));
        subcontracted(north, subcontract(byAndFor, "50000.00", START, END, acc, List.of(NORTHUMBRIA)));
        subcontracted(north, subcontract(smallPrivate, "50000.00", START, LocalDate.of(2012, 3, 31), acc, List.of(NORTHUMBRIA)));

        JsonPath first = figures("national?asAt=2011-06-30&minAreas=2");
        assertThat(first.getString("asAt")).isEqualTo("2011-06-30");
        assertThat(first.getString("scope.kind")).isEqualTo("NATIONAL");
        assertThat(first.getLong("agreements")).isEqualTo(3);
        assertThat(first.getString("agreementsValue.amount")).isEqualTo("1700000.00");
        assertThat(first.getLong("agreementsWithVoluntaryLead")).isEqualTo(1);
        assertCounts(first, "leadProviders", 2, 1, 0, 2, 0, 1);
        assertCounts(first, "subcontractors", 2, 1, 2, 0, 1, 0);
        assertCounts(first, "supplyChainOrganisations", 4, 2, 2, 2, 1, 1);
        assertThat(first.getString("supplyChainOrganisations.voluntaryShare")).isEqualTo("0.5000");
        assertThat(first.getString("supplyChainOrganisations.ledByAndForRaciallyMinoritisedShare")).isEqualTo("0.2500");
        assertThat(first.getString("valueToSubcontractors.amount")).isEqualTo("300000.00");
        assertThat(first.getString("shareOfValueToSubcontractors")).isEqualTo("0.1765");
        assertThat(first.getString("subcontractedValueToVoluntary.amount")).isEqualTo("250000.00");
        assertThat(first.getString("shareOfSubcontractedValueToVoluntary")).isEqualTo("0.8333");
        assertThat(first.getString("shareOfSubcontractedValueToSmall")).isEqualTo("1.0000");
        assertThat(first.getLong("agreementsWithNoSubcontractors")).isEqualTo(1);
        assertThat(first.getLong("agreementsWithOneOrTwoSubcontractors")).isEqualTo(2);
        assertThat(first.getLong("wales.agreementsDeliveredInWales")).isEqualTo(1);
        assertThat(first.getLong("wales.welshLeadProviders")).isEqualTo(1);
        assertThat(first.getLong("wales.welshSubcontractors")).isEqualTo(0);
        assertThat(first.getLong("organisationsInManyAreas.count")).isEqualTo(1);
        assertThat(first.getString("organisationsInManyAreas.organisations[0].organisationId")).isEqualTo(byAndFor.id());
        assertThat(first.getLong("organisationsInManyAreas.organisations[0].areas")).isEqualTo(2);

        JsonPath second = figures("national?asAt=2012-06-30");
        assertThat(second.getLong("agreements")).isEqualTo(3);
        assertCounts(second, "subcontractors", 2, 2, 1, 0, 1, 1);
        assertThat(second.getString("valueToSubcontractors.amount")).isEqualTo("350000.00");
        assertThat(second.getString("shareOfValueToSubcontractors")).isEqualTo("0.2059");
        assertThat(second.getString("shareOfSubcontractedValueToVoluntary")).isEqualTo("1.0000");
        assertThat(second.getString("shareOfSubcontractedValueToSmall")).isEqualTo("0.7143");
        assertThat(second.getLong("wales.welshSubcontractors")).isEqualTo(1);
        assertThat(second.getLong("organisationsInManyAreas.count")).as("default minAreas 5").isEqualTo(0);

        assertThat(figures("national?asAt=2013-04-01").getLong("agreements")).as("all ended").isEqualTo(0);

        JsonPath welsh = figures("areas/" + WALES_AREA + "?asAt=2012-06-30");
        assertThat(welsh.getLong("agreements")).isGreaterThanOrEqualTo(1);
        JsonPath region = figures("regions/WA?asAt=2012-06-30");
        assertThat(region.getLong("agreements")).isEqualTo(1);
        assertThat(region.getString("valueToSubcontractors.amount")).isEqualTo("300000.00");
        assertThat(region.getString("shareOfValueToSubcontractors")).isEqualTo("0.3000");
        JsonPath pwb = figures("contract-types/PWB?asAt=2012-06-30");
        assertThat(pwb.getLong("agreements")).isEqualTo(1);
        assertThat(pwb.getLong("agreementsWithNoSubcontractors")).isEqualTo(1);
        assertThat(pwb.getString("shareOfValueToSubcontractors")).isEqualTo("0.0000");
        assertThat(pwb.getString("shareOfSubcontractedValueToSmall")).as("nothing subcontracted").isNull();
        JsonPath category = figures("categories/ACCOMMODATION?asAt=2012-06-30");
        assertThat(category.getLong("agreements")).isEqualTo(2);
        JsonPath one = figures("agreements/" + north.id() + "?asAt=2011-06-30");
        assertThat(one.getLong("agreements")).isEqualTo(1);
        assertThat(one.getLong("subcontractors.count")).isEqualTo(2);
        assertThat(one.getString("shareOfValueToSubcontractors")).isEqualTo("0.2000");
    }

    @Test
    void aTerminatedAgreementCountsUntilTheDayBeforeItsTerminationTookEffect() {
        LocalDate start = LocalDate.of(2008, 4, 1);
        LocalDate end = LocalDate.of(2010, 3, 31);
        Org lead = organisation("Ended early").register();
        Org partner = organisation("Its partner").income("UNDER_100K").register();
        Agreement a = agreement(lead).areas(DURHAM).value("600000.00").dates(start, end).create();
        subcontracted(a, subcontract(partner, "60000.00", start, end, List.of("ACCOMMODATION"), List.of(DURHAM)));
        assertThat(figures("national?asAt=2009-06-30").getLong("agreements")).isEqualTo(1);

        a.terminated(LocalDate.of(2009, 1, 1), 3);

        await().atMost(Duration.ofSeconds(20))
                .until(() -> figures("agreements/" + a.id() + "?asAt=2009-01-01").getLong("agreements") == 0);
        JsonPath lastDay = figures("agreements/" + a.id() + "?asAt=2008-12-31");
        assertThat(lastDay.getLong("agreements")).isEqualTo(1);
        assertThat(lastDay.getLong("subcontractors.count")).isEqualTo(1);
        assertThat(lastDay.getString("valueToSubcontractors.amount")).isEqualTo("60000.00");
        JsonPath after = figures("national?asAt=2009-06-30");
        assertThat(after.getLong("agreements")).as("not until its end date").isEqualTo(0);
        assertThat(after.getLong("subcontractors.count")).as("nor its supply chain").isEqualTo(0);
    }

    @Test
    void theSameFiguresComeAsCsv() {
        Org lead = organisation("Csv lead").register();
        agreement(lead).areas("W15000001").value("300000.00").dates(LocalDate.of(2005, 1, 1), LocalDate.of(2005, 12, 31)).create();

        String csv = given().accept("text/csv").get("/v1/diversity/national?asAt=2005-06-01").then().statusCode(200)
                .contentType("text/csv").extract().asString();
        assertThat(csv).startsWith("figure,value\r\n").contains("\r\nagreements,1\r\n")
                .contains("\r\nagreementsValue.amount,300000.00\r\n").contains("\r\nleadProviders.voluntary,1\r\n")
                .contains("\r\nagreementsWithNoSubcontractors,1\r\n").contains("\r\nscope.kind,NATIONAL\r\n");
    }

    @Test
    void aChangeOfIncomeBandInTheRegistryShowsInTheFiguresAndNotInThePast() {
        // today's national and area figures are kept between requests: asked first, they must still show each change
        JsonPath nationalBefore = figures("national");
        JsonPath areaBefore = figures("areas/E23000013");
        Org lead = organisation("Band lead").register();
        Org partner = organisation("Growing charity").income("UNDER_100K").register();
        Agreement a = agreement(lead).areas("E23000013").value("400000.00").create();
        subcontracted(a, Fixtures_subcontract(a, partner));
        String today = "agreements/" + a.id();
        assertThat(figures(today).getLong("subcontractors.small")).isEqualTo(1);
        assertThat(figures(today).getString("shareOfSubcontractedValueToSmall")).isEqualTo("1.0000");
        JsonPath national = figures("national");
        assertThat(national.getLong("agreements")).isEqualTo(nationalBefore.getLong("agreements") + 1);
        assertThat(national.getLong("subcontractors.small")).isEqualTo(nationalBefore.getLong("subcontractors.small") + 1);
        JsonPath area = figures("areas/E23000013");
        assertThat(area.getLong("agreements")).isEqualTo(areaBefore.getLong("agreements") + 1);
        assertThat(area.getLong("subcontractors.small")).isEqualTo(areaBefore.getLong("subcontractors.small") + 1);

        partner.withIncomeBand("FROM_1M_TO_10M", 1);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            JsonPath now = figures(today);
            assertThat(now.getLong("subcontractors.small")).isEqualTo(0);
            assertThat(now.getLong("subcontractors.large")).isEqualTo(1);
        });
        assertThat(figures("national").getLong("subcontractors.small")).isEqualTo(nationalBefore.getLong("subcontractors.small"));
        assertThat(figures("areas/E23000013").getLong("subcontractors.large"))
                .isEqualTo(areaBefore.getLong("subcontractors.large") + 1);
        assertThat(figures(today).getString("shareOfSubcontractedValueToSmall")).isEqualTo("0.0000");
        JsonPath yesterday = figures(today + "?asAt=" + TestClock.today().minusDays(1));
        assertThat(yesterday.getLong("subcontractors.small")).as("as it was").isEqualTo(1);
        assertThat(yesterday.getLong("subcontractors.large")).isEqualTo(0);
    }

    @Test
    void unknownCodesAndDatesAre400AndUnknownAgreements404() {
        given().get("/v1/diversity/areas/E99999999").then().statusCode(400).contentType("application/problem+json");
        given().get("/v1/diversity/contract-types/NOPE").then().statusCode(400);
        given().get("/v1/diversity/national?asAt=2021-13-45").then().statusCode(400);
        given().get("/v1/diversity/agreements/" + java.util.UUID.randomUUID()).then().statusCode(404);
    }

    private static java.util.Map<String, Object> Fixtures_subcontract(Agreement a, Org org) {
        return uk.gov.dynamicframework.supplychain.support.Fixtures.subcontract(a, org, "100000.00");
    }

    /** count, voluntary, small, large, led by and for racially minoritised people, Welsh. */
    private static void assertCounts(JsonPath figures, String group, long count, long voluntary, long small, long large,
            long minoritised, long welsh) {
        assertThat(List.of(figures.getLong(group + ".count"), figures.getLong(group + ".voluntary"),
                figures.getLong(group + ".small"), figures.getLong(group + ".large"),
                figures.getLong(group + ".ledByAndForRaciallyMinoritised"), figures.getLong(group + ".welsh")))
                .as(group + ": count, voluntary, small, large, minoritised, welsh")
                .containsExactly(count, voluntary, small, large, minoritised, welsh);
    }
}
