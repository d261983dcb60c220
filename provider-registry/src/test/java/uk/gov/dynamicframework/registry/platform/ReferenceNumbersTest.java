package uk.gov.dynamicframework.registry.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import uk.gov.dynamicframework.devtools.TestClock;
import uk.gov.dynamicframework.platform.reference.ReferenceNumbers;

/** platform's ReferenceNumbers against the real PostgreSQL: a sequence per prefix, created on first use, year from the clock. */
@QuarkusTest
class ReferenceNumbersTest {

    @Inject
    ReferenceNumbers numbers;

    @Test
    void aNewPrefixStartsAtOneAndCountsOnWithTheYearOfTheClock() {
        String prefix = newPrefix();
        int year = TestClock.now().atZone(ZoneOffset.UTC).getYear();
        assertThat(next(prefix)).isEqualTo(prefix + "-" + year + "-00001");
        assertThat(next(prefix)).isEqualTo(prefix + "-" + year + "-00002");
        TestClock.advance(Duration.ofDays(366));
        assertThat(next(prefix)).isEqualTo(prefix + "-" + (year + 1) + "-00003");
    }

    @Test
    void concurrentFirstUsesOfAPrefixAllGetDistinctNumbers() {
        String prefix = newPrefix();
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<String>> racers = IntStream.range(0, 6).mapToObj(i -> CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return next(prefix);
        })).toList();
        start.countDown();
        List<String> references = racers.stream().map(CompletableFuture::join).toList();
        assertThat(references).doesNotHaveDuplicates().hasSize(6)
                .allSatisfy(r -> assertThat(r).matches(prefix + "-\\d{4}-0000[1-6]"));
    }

    private String next(String prefix) {
        return QuarkusTransaction.requiringNew().call(() -> numbers.next(prefix));
    }

    private static String newPrefix() {
        return "DF-T" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
    }
}
