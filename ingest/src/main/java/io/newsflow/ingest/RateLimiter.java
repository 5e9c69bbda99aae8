package io.newsflow.ingest;

import java.util.function.LongSupplier;

/**
 * Spaces out events at a steady rate (no bursts beyond one), with an injected clock and sleeper so it is tested
 * without real time.
 */
public final class RateLimiter {

    /** Sleeps for a number of nanoseconds. */
    @FunctionalInterface
    public interface Sleeper {
        void sleepNanos(long nanos) throws InterruptedException;
    }

    private final long intervalNanos;
    private final LongSupplier clock;
    private final Sleeper sleeper;
    private long next = Long.MIN_VALUE;

    /**
     * @param perSecond events per second; 0 or less means unlimited
     */
    public RateLimiter(double perSecond, LongSupplier clock, Sleeper sleeper) {
        this.intervalNanos = perSecond <= 0 ? 0 : (long) (1_000_000_000L / perSecond);
        this.clock = clock;
        this.sleeper = sleeper;
    }

    public static RateLimiter system(double perSecond) {
        return new RateLimiter(perSecond, System::nanoTime, nanos -> Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000)));
    }

    /** Blocks until the next event may happen. */
    public void acquire() throws InterruptedException {
        if (intervalNanos == 0) {
            return;
        }
        long now = clock.getAsLong();
        if (next == Long.MIN_VALUE || next < now) {
            next = now;
        }
        long wait = next - now;
        if (wait > 0) {
            sleeper.sleepNanos(wait);
        }
        next += intervalNanos;
    }

    /** Parses {@code 2/s}, {@code 120/m}, {@code 5} (per second) or {@code max} (unlimited). */
    public static double parseRate(String rate) {
        String r = rate.trim().toLowerCase(java.util.Locale.ROOT);
        if (r.equals("max") || r.equals("unlimited") || r.equals("0")) {
            return 0;
        }
        double unit = 1;
        if (r.endsWith("/s")) {
            r = r.substring(0, r.length() - 2);
        } else if (r.endsWith("/m")) {
            r = r.substring(0, r.length() - 2);
            unit = 60;
        } else if (r.endsWith("/h")) {
            r = r.substring(0, r.length() - 2);
            unit = 3600;
        }
        double value = Double.parseDouble(r);
        if (value < 0 || Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("rate must be a positive number: " + rate);
        }
        return value / unit;
    }
}
