package uk.gov.dynamicframework.registry.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import uk.gov.dynamicframework.devtools.TestClock;

/** The service runs on devtools' TestClock, and a test's advance does not leak into the next test. */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TestClockResetTest {

    @Inject
    Clock clock;

    @Test
    @Order(1)
    void aTestMovesTheServicesClockForward() {
        assertThat(clock).isInstanceOf(TestClock.class);
        TestClock.advance(Duration.ofDays(90));
        assertThat(clock.instant()).isAfter(Instant.now().plus(Duration.ofDays(89)));
    }

    @Test
    @Order(2)
    void theNextTestStartsAtRealTimeAgain() {
        assertThat(TestClock.offset()).isEqualTo(Duration.ZERO);
        assertThat(Duration.between(Instant.now(), clock.instant()).abs()).isLessThan(Duration.ofMinutes(1));
    }
}
