package uk.gov.dynamicframework.platform.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.platform.problem.ApiException;

class ReferenceCodesTest {

    private final ReferenceCodes codes = ReferenceCodes.of(
            List.of(new ReferenceCodes.Category("ACCOMMODATION", "Accommodation", "need", null),
                    new ReferenceCodes.Category("WOMEN", "Women", "cohort", null)),
            List.of(new ReferenceCodes.Region("LN", "London", "N07", "England"),
                    new ReferenceCodes.Region("WA", "Wales", "N03", "Wales"),
                    new ReferenceCodes.Region("EMPTY", "No areas", "N00", "England")),
            List.of(new ReferenceCodes.Area("W15000003", "south-wales", "South Wales", "WA", null),
                    new ReferenceCodes.Area("E23000034", "city-of-london", "London, City of", "LN", null),
                    new ReferenceCodes.Area("W15000001", "north-wales", "North Wales", "WA", null),
                    new ReferenceCodes.Area("E23000001", "metropolitan", "Metropolitan Police", "LN", null)),
            List.of(new ReferenceCodes.ContractType("PERSONAL_WELLBEING", "Personal Wellbeing", List.of("WOMEN"), "region")));

    @Test
    void anAreaResolvesToItself() {
        assertThat(codes.areasOf("W15000001")).containsExactly("W15000001");
    }

    @Test
    void aRegionResolvesToAllItsAreasInCodeOrder() {
        assertThat(codes.areasOf("WA")).containsExactly("W15000001", "W15000003");
        assertThat(codes.areasOf("LN")).containsExactly("E23000001", "E23000034");
    }

    @Test
    void anUnknownCodeOrNullOrARegionWithoutAreasResolvesToNothing() {
        assertThat(codes.areasOf("XX")).isEmpty();
        assertThat(codes.areasOf((String) null)).isEmpty();
        assertThat(codes.areasOf("EMPTY")).isEmpty();
    }

    @Test
    void areasAndRegionsTogetherResolveToTheUnionWithoutDuplicates() {
        assertThat(codes.areasOf(List.of("W15000001", "WA", "E23000034", "XX")))
                .containsExactly("E23000034", "W15000001", "W15000003");
    }

    @Test
    void eachKindKnowsOnlyItsOwnCodes() {
        assertThat(codes.isArea("W15000001")).isTrue();
        assertThat(codes.isArea("WA")).isFalse();
        assertThat(codes.isRegion("WA")).isTrue();
        assertThat(codes.isCategory("WOMEN")).isTrue();
        assertThat(codes.isContractType("PERSONAL_WELLBEING")).isTrue();
        assertThat(codes.isContractType("ACCOMMODATION")).isFalse();
        assertThat(codes.codes(KnownCode.Kind.COHORT)).containsExactly("WOMEN");
        assertThat(codes.isKnown(KnownCode.Kind.AREA_OR_REGION, "WA")).isTrue();
        assertThat(codes.isKnown(KnownCode.Kind.AREA_OR_REGION, "W15000003")).isTrue();
        assertThat(codes.isKnown(KnownCode.Kind.AREA_OR_REGION, "ACCOMMODATION")).isFalse();
    }

    @Test
    void requireNamesTheFieldTheKindAndTheValidCodes() {
        assertThatThrownBy(() -> codes.require("regionCode", KnownCode.Kind.REGION, "XX"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.violations()).singleElement().satisfies(v -> {
                        assertThat(v.field()).isEqualTo("regionCode");
                        assertThat(v.message()).isEqualTo("unknown probation region code 'XX'; valid: LN, WA, EMPTY");
                    });
                });
    }
}
