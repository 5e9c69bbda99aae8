package io.newsflow.sink;

import java.util.concurrent.atomic.AtomicLong;

/** Counters for what logs would otherwise spam; safe to read from any thread. */
public final class SinkMetrics {

    private final AtomicLong written = new AtomicLong();
    private final AtomicLong unchanged = new AtomicLong();
    private final AtomicLong rejectedDatabase = new AtomicLong();
    private final AtomicLong rejectedDeserialization = new AtomicLong();
    private final AtomicLong tombstonesSkipped = new AtomicLong();
    private final AtomicLong connectionRetries = new AtomicLong();
    private final AtomicLong batchSplits = new AtomicLong();
    private final AtomicLong transactions = new AtomicLong();
    private final AtomicLong offsetCommits = new AtomicLong();

    /** Articles inserted or updated. */
    public long written() {
        return written.get();
    }

    /** Articles skipped because the stored version was the same or newer. */
    public long unchanged() {
        return unchanged.get();
    }

    /** Articles the database refused, sent to the rejected topic. */
    public long rejectedDatabase() {
        return rejectedDatabase.get();
    }

    /** Records that could not be deserialized, sent to the rejected topic. */
    public long rejectedDeserialization() {
        return rejectedDeserialization.get();
    }

    /** Records with a null value, skipped. */
    public long tombstonesSkipped() {
        return tombstonesSkipped.get();
    }

    /** Transactions retried after a connection failure. */
    public long connectionRetries() {
        return connectionRetries.get();
    }

    /** Times a failing batch was split in two to isolate a bad record. */
    public long batchSplits() {
        return batchSplits.get();
    }

    /** Database transactions committed. */
    public long transactions() {
        return transactions.get();
    }

    /** Successful Kafka offset commits. */
    public long offsetCommits() {
        return offsetCommits.get();
    }

    void addWritten(long n) {
        written.addAndGet(n);
    }

    void addUnchanged(long n) {
        unchanged.addAndGet(n);
    }

    void incRejectedDatabase() {
        rejectedDatabase.incrementAndGet();
    }

    void incRejectedDeserialization() {
        rejectedDeserialization.incrementAndGet();
    }

    void incTombstonesSkipped() {
        tombstonesSkipped.incrementAndGet();
    }

    void incConnectionRetries() {
        connectionRetries.incrementAndGet();
    }

    void incBatchSplits() {
        batchSplits.incrementAndGet();
    }

    void incTransactions() {
        transactions.incrementAndGet();
    }

    void incOffsetCommits() {
        offsetCommits.incrementAndGet();
    }

    @Override
    public String toString() {
        return "SinkMetrics[written=" + written + ", unchanged=" + unchanged + ", rejectedDatabase=" + rejectedDatabase
                + ", rejectedDeserialization=" + rejectedDeserialization + ", tombstonesSkipped=" + tombstonesSkipped
                + ", connectionRetries=" + connectionRetries + ", batchSplits=" + batchSplits
                + ", transactions=" + transactions + ", offsetCommits=" + offsetCommits + "]";
    }
}
