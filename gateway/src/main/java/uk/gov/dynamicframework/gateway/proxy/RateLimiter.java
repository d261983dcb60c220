package uk.gov.dynamicframework.gateway.proxy;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/** A token bucket per client: {@code perSecond} sustained, {@code burst} at once. */
public class RateLimiter {

    private static final int MAX_CLIENTS = 100_000;

    private final double perNano;
    private final int burst;
    private final LongSupplier nanoTime;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    private static final class Bucket {
        double tokens;
        long refilledAt;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.refilledAt = at;
        }
    }

    public RateLimiter(int perSecond, int burst, LongSupplier nanoTime) {
        this.perNano = perSecond / 1e9;
        this.burst = burst;
        this.nanoTime = nanoTime;
    }

    /** Takes one token for {@code client}; false when it has none left. */
    public boolean tryAcquire(String client) {
        if (buckets.size() > MAX_CLIENTS) {
            buckets.clear();
        }
        long now = nanoTime.getAsLong();
        Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(burst, now));
        synchronized (bucket) {
            bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.refilledAt) * perNano);
            bucket.refilledAt = now;
            if (bucket.tokens < 1) {
                return false;
            }
            bucket.tokens -= 1;
            return true;
        }
    }
}
