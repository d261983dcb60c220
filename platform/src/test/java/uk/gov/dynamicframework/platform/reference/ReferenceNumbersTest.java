package uk.gov.dynamicframework.platform.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReferenceNumbersTest {

    @Test
    void referencesArePrefixYearAndAFiveDigitNumberThatGrowsBeyond() {
        assertThat(ReferenceNumbers.format("DF-AGR", 2026, 42)).isEqualTo("DF-AGR-2026-00042");
        assertThat(ReferenceNumbers.format("DF-AGR", 2027, 99999)).isEqualTo("DF-AGR-2027-99999");
        assertThat(ReferenceNumbers.format("DF-AGR", 2027, 123456)).isEqualTo("DF-AGR-2027-123456");
    }

    @Test
    void eachPrefixHasItsOwnSafelyNamedSequence() {
        assertThat(ReferenceNumbers.sequenceName("DF-COMP")).isEqualTo("df_comp_reference_seq");
        assertThat(ReferenceNumbers.sequenceName("DF-SC2")).isEqualTo("df_sc2_reference_seq");
    }

    @Test
    void aPrefixThatCouldNotBeASafeSequenceNameIsRefused() {
        for (String bad : new String[] { null, "", "df-comp", "DF_COMP", "DF--COMP", "-DF", "DF-", "DF'); drop table x;--",
                "A".repeat(41) }) {
            assertThatThrownBy(() -> ReferenceNumbers.sequenceName(bad)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
