package io.newsflow.ingest;

import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/** Keeps at least a minimum delay between two requests to the same host. Clock and sleeper are injected. */
public final class HostPoliteness {

    private final long minDelayNanos;
    private final LongSupplier clock;
    private final RateLimiter.Sleeper sleeper;
    private final Map<String, Long> lastRequest = new HashMap<>();

    public HostPoliteness(long minDelayMillis, LongSupplier clock, RateLimiter.Sleeper sleeper) {
        this.minDelayNanos = minDelayMillis * 1_000_000L;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** Waits until {@code uri}'s host may be asked again, then records the request. */
    public synchronized void await(URI uri) throws InterruptedException {
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        Long last = lastRequest.get(host);
        long now = clock.getAsLong();
        if (last != null && now - last < minDelayNanos) {
            sleeper.sleepNanos(minDelayNanos - (now - last));
            now = clock.getAsLong();
        }
        lastRequest.put(host, now);
    }
}
