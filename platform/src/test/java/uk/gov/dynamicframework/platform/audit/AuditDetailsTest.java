package uk.gov.dynamicframework.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditDetailsTest {

    enum Kind { GRANT }

    record Terms(BigDecimal value, LocalDate end, String note) {
    }

    @Test
    void pairsBecomeAnObjectOfJsonFriendlyValuesInTheirOrderWithoutTheNullOnes() {
        UUID id = UUID.fromString("00000000-0000-0000-0000-000000000001");
        Map<String, Object> details = AuditDetails.of("id", id, "kind", Kind.GRANT, "lots", 3, "open", true,
                "budget", new BigDecimal("250000.00"), "reason", null, "scores", Map.of("quality", 4),
                "terms", new Terms(new BigDecimal("1E+3"), LocalDate.of(2027, 3, 31), null), "areas", List.of("W15000003"));

        assertThat(details.keySet()).containsExactly("id", "kind", "lots", "open", "budget", "scores", "terms", "areas");
        assertThat(details).containsEntry("id", id.toString()).containsEntry("kind", "GRANT").containsEntry("lots", 3)
                .containsEntry("open", true).containsEntry("scores", Map.of("quality", 4))
                .containsEntry("areas", List.of("W15000003"));
        assertThat(details.get("budget")).as("an amount exactly, as text").isEqualTo("250000.00");
        @SuppressWarnings("unchecked")
        Map<String, Object> terms = (Map<String, Object>) details.get("terms");
        assertThat(terms.keySet()).as("a record as an object, its null kept").containsExactly("value", "end", "note");
        assertThat(terms.get("value")).isEqualTo("1000");
        assertThat(terms.get("end")).isEqualTo("2027-03-31");
        assertThat(terms.get("note")).isNull();
    }
}
