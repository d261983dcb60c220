package uk.gov.dynamicframework.devtools;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The service's clock in tests: real time plus an offset that a test moves forward, so deadlines pass without
 * sleeping. The offset is reset to zero before every {@code @QuarkusTest} method (by {@link ResetBeforeEach},
 * registered through {@code META-INF/services}), so no test sees another's time. Build fixture dates from
 * {@link #now()} and {@link #today()}, never from the system clock.
 * <p>
 * Every service whose tests depend on devtools gets this clock in place of the platform's system clock
 * ({@link Producer}, an alternative found through devtools' {@code META-INF/beans.xml}).
 * <p>
 * The schedulers are off in the services' tests ({@code %test.quarkus.scheduler.enabled=false}): a test that moves
 * the clock past a deadline runs the deadline job itself; the job running on its own is shown by a system test.
 */
public class TestClock extends Clock {

    private static volatile Duration offset = Duration.ZERO;

    /** Moves the clock forward (only forward: a deadline that passed stays passed within a test). */
    public static void advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("The test clock only moves forward: " + by);
        }
        synchronized (TestClock.class) {
            offset = offset.plus(by);
        }
    }

    /** Back to real time; done before each test, call it yourself only outside {@code @QuarkusTest}. */
    public static void reset() {
        offset = Duration.ZERO;
    }

    public static Instant now() {
        return Instant.now().plus(offset);
    }

    /** Today in UTC by the test clock, for fixture dates (contract starts, period ends). */
    public static LocalDate today() {
        return LocalDate.ofInstant(now(), ZoneOffset.UTC);
    }

    public static Duration offset() {
        return offset;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now();
    }

    /** Replaces the platform's system clock for every bean of the service under test. */
    public static class Producer {
        @Produces
        @Singleton
        @Alternative
        @Priority(1)
        Clock clock() {
            return new TestClock();
        }
    }

    /** Resets the offset before each {@code @QuarkusTest} method (a Quarkus test callback, found by the ServiceLoader). */
    public static class ResetBeforeEach implements QuarkusTestBeforeEachCallback {
        @Override
        public void beforeEach(QuarkusTestMethodContext context) {
            reset();
        }
    }
}
