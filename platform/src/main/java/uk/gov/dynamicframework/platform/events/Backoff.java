package uk.gov.dynamicframework.platform.events;

import java.time.Duration;

/** Exponential backoff: {@code initial * 2^(attempt-1)}, never above {@code max}. */
public final class Backoff {
    private Backoff() {
    }

    public static Duration after(int attempt, Duration initial, Duration max) {
        int shift = Math.max(0, Math.min(attempt - 1, 20));
        Duration delay = initial.multipliedBy(1L << shift);
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
