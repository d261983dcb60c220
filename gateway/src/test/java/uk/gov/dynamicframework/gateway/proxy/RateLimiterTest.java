package uk.gov.dynamicframework.gateway.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    @Test
    void aClientGetsItsBurstThenItsSustainedRateAndOthersAreUnaffected() {
        AtomicLong now = new AtomicLong();
        RateLimiter limiter = new RateLimiter(10, 5, now::get);
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.tryAcquire("a")).isTrue();
        }
        assertThat(limiter.tryAcquire("a")).isFalse();
        assertThat(limiter.tryAcquire("b")).isTrue();
        now.addAndGet(100_000_000L); // 0.1 s buys one request at 10 a second
        assertThat(limiter.tryAcquire("a")).isTrue();
        assertThat(limiter.tryAcquire("a")).isFalse();
    }
}
