package io.newsflow.sink;

import java.time.Duration;

/**
 * How often and how patiently a connection-type database failure is retried: at most {@code maxAttempts}
 * attempts in all, waiting {@code initialBackoff} after the first failure and doubling up to {@code maxBackoff}.
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be >= 1, was " + maxAttempts);
        }
        if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("need 0 <= initialBackoff <= maxBackoff, was "
                    + initialBackoff + " and " + maxBackoff);
        }
    }

    /** The wait after the given failed attempt (1-based): initial, doubled each time, capped. */
    public Duration backoffAfter(int failedAttempt) {
        Duration d = initialBackoff;
        for (int i = 1; i < failedAttempt && d.compareTo(maxBackoff) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(maxBackoff) > 0 ? maxBackoff : d;
    }
}
