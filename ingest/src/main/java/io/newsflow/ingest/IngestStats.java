package io.newsflow.ingest;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counters of one ingest run, safe to update from producer callbacks. */
public final class IngestStats {

    private final LongAdder published = new LongAdder();
    private final LongAdder bytes = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final Map<RejectReason, LongAdder> rejected = new ConcurrentHashMap<>();
    private final long startNanos = System.nanoTime();

    void published(long size) {
        published.increment();
        bytes.add(size);
    }

    void rejected(RejectReason reason) {
        rejected.computeIfAbsent(reason, r -> new LongAdder()).increment();
    }

    void publishFailed() {
        failed.increment();
    }

    public long published() {
        return published.sum();
    }

    public long bytes() {
        return bytes.sum();
    }

    /** Records the broker did not accept after the producer's retries. */
    public long failed() {
        return failed.sum();
    }

    public long rejected() {
        return rejected.values().stream().mapToLong(LongAdder::sum).sum();
    }

    public Map<RejectReason, Long> rejectedByReason() {
        Map<RejectReason, Long> out = new TreeMap<>();
        rejected.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    public double elapsedSeconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** One-paragraph summary for the end of a run. */
    public String summary() {
        double secs = elapsedSeconds();
        return String.format("published %d (%.1f KiB), rejected %d%s, failed %d, in %.1f s (%.1f/s)",
                published(), bytes() / 1024.0, rejected(), rejected() == 0 ? "" : " " + rejectedByReason(),
                failed(), secs, secs > 0 ? published() / secs : 0.0);
    }
}
