package uk.gov.dynamicframework.competition.opportunity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.platform.problem.ApiException;

/** An opportunity's transitions, without Quarkus. */
class OpportunityStateMachineTest {

    private static final Instant NOW = Instant.parse("2027-01-04T09:00:00Z");

    @Test
    void aDraftIsPublishedOnceRecordingWhoAndWhen() {
        assertThat(OpportunityStatus.DRAFT.next()).containsExactly(OpportunityStatus.PUBLISHED);
        assertThat(OpportunityStatus.PUBLISHED.next()).isEmpty();
        Opportunity o = Opportunity.draft("DF-OPP-2027-00001", "SW-RPD", NOW, "commissioner");
        assertThat(o.status).isEqualTo(OpportunityStatus.DRAFT);
        assertThat(o.createdBy).isEqualTo("commissioner");
        o.publish(NOW.plusSeconds(60), "commissioner-2");
        assertThat(o.status).isEqualTo(OpportunityStatus.PUBLISHED);
        assertThat(o.publishedAt).isEqualTo(NOW.plusSeconds(60));
        assertThat(o.publishedBy).isEqualTo("commissioner-2");
        assertThatThrownBy(() -> o.publish(NOW, "x")).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.status()).isEqualTo(409));
    }
}
