package uk.gov.dynamicframework.registry.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.platform.problem.ApiException;
import uk.gov.dynamicframework.registry.application.SelectionCriteria.CriterionDeclaration;

/** The application state machine, without HTTP or a database. */
class FrameworkApplicationTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final CriterionDeclaration MET = new CriterionDeclaration(true, List.of("ref"));
    private static final CriterionDeclaration NOT_MET = new CriterionDeclaration(false, null);

    private static FrameworkApplication submitted(CriterionDeclaration insurance) {
        return FrameworkApplication.submit(UUID.randomUUID(), new SelectionCriteria(MET, insurance, MET, MET, MET),
                "provider", NOW);
    }

    @Test
    void eachDecisionRecordsWhoWhenWhyAndTheStatusItLeft() {
        FrameworkApplication application = submitted(MET);
        application.qualify("ok", "admin-1", NOW);
        application.suspend("concern", LocalDate.parse("2026-12-01"), "admin-2", NOW.plusSeconds(60));
        application.reinstate(null, "admin-1", NOW.plusSeconds(120));
        application.remove("gone", "admin-3", NOW.plusSeconds(180));

        assertThat(application.status).isEqualTo(ApplicationStatus.REMOVED);
        assertThat(application.decisions).extracting(d -> d.action).containsExactly(FrameworkDecision.Action.QUALIFIED,
                FrameworkDecision.Action.SUSPENDED, FrameworkDecision.Action.REINSTATED, FrameworkDecision.Action.REMOVED);
        assertThat(application.decisions).extracting(d -> d.from).containsExactly(ApplicationStatus.SUBMITTED,
                ApplicationStatus.QUALIFIED, ApplicationStatus.SUSPENDED, ApplicationStatus.QUALIFIED);
        assertThat(application.decisions.get(1).until).isEqualTo(LocalDate.parse("2026-12-01"));
        assertThat(application.decisions.get(1).decidedBy).isEqualTo("admin-2");
        assertThat(application.decisions.get(3).reason).isEqualTo("gone");
        assertThat(application.status.isLive()).isFalse();
    }

    @Test
    void aSubmittedApplicationCanOnlyBeQualifiedOrRejected() {
        FrameworkApplication application = submitted(MET);
        assertThatThrownBy(() -> application.reinstate(null, "a", NOW)).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> application.suspend("x", LocalDate.parse("2027-01-01"), "a", NOW))
                .isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> application.remove("x", "a", NOW)).isInstanceOf(ApiException.class);
        application.reject("no", "a", NOW);
        assertThat(application.status).isEqualTo(ApplicationStatus.REJECTED);
        assertThatThrownBy(() -> application.qualify(null, "a", NOW)).isInstanceOf(ApiException.class);
    }

    @Test
    void qualifyingNeedsEveryCriterionMet() {
        FrameworkApplication application = submitted(NOT_MET);
        assertThatThrownBy(() -> application.qualify(null, "a", NOW)).isInstanceOf(ApiException.class)
                .hasMessageContaining("insurance");
        assertThat(application.status).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(application.decisions).isEmpty();
    }

    @Test
    void aSuspensionMustEndAfterToday() {
        FrameworkApplication application = submitted(MET);
        application.qualify(null, "a", NOW);
        assertThatThrownBy(() -> application.suspend("x", LocalDate.parse("2026-11-23"), "a", NOW))
                .isInstanceOf(ApiException.class);
        assertThat(application.status).isEqualTo(ApplicationStatus.QUALIFIED);
    }
}
