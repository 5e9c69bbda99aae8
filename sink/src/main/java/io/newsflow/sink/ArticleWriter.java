package io.newsflow.sink;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes batches of articles with one multi-row upsert per chunk and replaces the child rows of the articles it
 * actually changed, all in one transaction per batch.
 *
 * <p>The upsert is {@code INSERT … ON CONFLICT (article_id) DO UPDATE … WHERE} the incoming version is newer (see
 * {@link ArticleVersion}) {@code RETURNING article_id}: the returned ids are exactly the rows inserted or updated,
 * so subjects and entities are only rewritten for those, and a redelivered or older version changes nothing.
 *
 * <p>Failures: a connection-type error ({@link SqlErrors#isRetryable}) rolls back and retries the whole
 * transaction under the {@link RetryPolicy}; when retries run out, {@link SinkUnavailableException}. An error about
 * the values ({@link SqlErrors#isDataError}: bad encoding, constraint, size limit) splits the batch in halves,
 * recursively, until the failing records are alone; they are returned in {@link WriteResult#failed()} and everything
 * else is stored. Any other error (authentication, permissions, missing table, disk full) would refuse every record
 * alike, so it stops the write with {@link SinkUnavailableException} instead of dead-lettering valid articles.
 */
public final class ArticleWriter implements ArticleSink {

    private static final Logger LOG = LoggerFactory.getLogger(ArticleWriter.class);

    /** 500 rows x 28 columns = 14,000 bind parameters: under PostgreSQL's 65,535 and SQLite's 32,766 limits. */
    static final int UPSERT_CHUNK_ROWS = 500;

    /** Waits between retries; production uses Thread.sleep, tests may count instead. */
    @FunctionalInterface
    public interface Sleeper {
        /** The real wait, on the calling thread. */
        Sleeper SYSTEM = d -> Thread.sleep(d.toMillis());

        void sleep(Duration duration) throws InterruptedException;
    }

    private final DataSource dataSource;
    private final Dialect dialect;
    private final RetryPolicy retry;
    private final SinkMetrics metrics;
    private final Clock clock;
    private final Sleeper sleeper;

    public ArticleWriter(SinkDatabase database, RetryPolicy retry, SinkMetrics metrics) {
        this(database.dataSource(), database.dialect(), retry, metrics, Clock.systemUTC(), Sleeper.SYSTEM);
    }

    public ArticleWriter(DataSource dataSource, Dialect dialect, RetryPolicy retry, SinkMetrics metrics, Clock clock,
                         Sleeper sleeper) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.retry = retry;
        this.metrics = metrics;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    @Override
    public WriteResult write(List<ArticleEnvelope> batch) {
        if (batch.isEmpty()) {
            return WriteResult.EMPTY;
        }
        // The same id twice in one statement is an error in PostgreSQL; only the newest can win anyway.
        Map<String, Pending> newest = new LinkedHashMap<>();
        for (ArticleEnvelope envelope : batch) {
            Pending p = new Pending(envelope, ArticleRow.of(envelope));
            newest.merge(p.row.articleId(), p,
                    (old, neu) -> neu.row.version().isNewerThan(old.row.version()) ? neu : old);
        }
        Outcome outcome = new Outcome();
        outcome.unchanged += batch.size() - newest.size();
        // Rows in id order: concurrent writers then lock the same rows in the same order and cannot deadlock.
        List<Pending> rows = new ArrayList<>(newest.values());
        rows.sort(java.util.Comparator.comparing(p -> p.row.articleId()));
        writeIsolating(rows, outcome);
        metrics.addWritten(outcome.written);
        metrics.addUnchanged(outcome.unchanged);
        return new WriteResult(outcome.written, outcome.unchanged, outcome.failed);
    }

    private void writeIsolating(List<Pending> rows, Outcome outcome) {
        try {
            int changed = transactionWithRetries(rows);
            outcome.written += changed;
            outcome.unchanged += rows.size() - changed;
        } catch (SQLException e) {
            if (!SqlErrors.isDataError(e)) {
                throw new SinkUnavailableException("database failed for a reason other than the data (SQLState "
                        + e.getSQLState() + ", " + e.getClass().getSimpleName() + "); not rejecting articles", e);
            }
            if (rows.size() == 1) {
                ArticleEnvelope envelope = rows.get(0).envelope;
                LOG.warn("Database refused {} (SQLState {}): {}", envelope.describe(), e.getSQLState(),
                        e.getClass().getSimpleName());
                metrics.incRejectedDatabase();
                outcome.failed.add(new WriteResult.FailedArticle(envelope, e));
                return;
            }
            metrics.incBatchSplits();
            LOG.debug("Batch of {} failed (SQLState {}); splitting to isolate the bad record", rows.size(),
                    e.getSQLState());
            int mid = rows.size() / 2;
            writeIsolating(rows.subList(0, mid), outcome);
            writeIsolating(rows.subList(mid, rows.size()), outcome);
        }
    }

    /** Runs the transaction; connection errors are retried here, other SQL errors are thrown to the caller. */
    private int transactionWithRetries(List<Pending> rows) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction(rows);
            } catch (SQLException e) {
                if (!SqlErrors.isRetryable(e)) {
                    throw e;
                }
                if (attempt >= retry.maxAttempts()) {
                    throw new SinkUnavailableException("database unreachable after " + attempt + " attempts ("
                            + e.getClass().getSimpleName() + ", SQLState " + e.getSQLState() + ")", e);
                }
                Duration wait = retry.backoffAfter(attempt);
                metrics.incConnectionRetries();
                LOG.warn("Connection failure writing {} articles (SQLState {}: {}); attempt {}/{}, retrying in {} ms",
                        rows.size(), e.getSQLState(), e.getMessage(), attempt, retry.maxAttempts(), wait.toMillis());
                try {
                    sleeper.sleep(wait);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new SinkUnavailableException("interrupted while waiting to retry", e);
                }
            }
        }
    }

    private int transaction(List<Pending> rows) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            if (c.getAutoCommit()) {
                c.setAutoCommit(false);
            }
            try {
                Instant storedAt = clock.instant();
                Set<String> changed = new HashSet<>();
                for (int from = 0; from < rows.size(); from += UPSERT_CHUNK_ROWS) {
                    List<Pending> chunk = rows.subList(from, Math.min(rows.size(), from + UPSERT_CHUNK_ROWS));
                    Map<String, ArticleVersion> stored = storedVersions(c, chunk);
                    List<Pending> fresh = new ArrayList<>();
                    List<Pending> newer = new ArrayList<>();
                    for (Pending p : chunk) {
                        ArticleVersion v = stored.get(p.row.articleId());
                        if (v == null) {
                            fresh.add(p);
                        } else if (p.row.version().isNewerThan(v)) {
                            newer.add(p);
                        }
                    }
                    if (dialect.updatesExistingRowsSeparately()) {
                        changed.addAll(execute(c, ArticleColumns::updateSql, newer, storedAt));
                    } else {
                        fresh.addAll(newer);
                    }
                    // Inserted by the upsert, whose WHERE still guards against a concurrent writer's newer row.
                    changed.addAll(execute(c, ArticleColumns::upsertSql, fresh, storedAt));
                }
                if (!changed.isEmpty()) {
                    List<ArticleRow> changedRows = rows.stream().map(p -> p.row)
                            .filter(r -> changed.contains(r.articleId())).collect(Collectors.toList());
                    replaceChildren(c, changedRows);
                }
                c.commit();
                metrics.incTransactions();
                return changed.size();
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c, e);
                throw e;
            }
        }
    }

    /**
     * The stored versions of a chunk's articles. Rows whose stored version is the same or newer are then skipped,
     * so a redelivery costs one indexed read instead of an upsert (whose proposed row would compute the full-text
     * vector first).
     */
    private Map<String, ArticleVersion> storedVersions(Connection c, List<Pending> chunk) throws SQLException {
        Map<String, ArticleVersion> stored = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT article_id, enriched_at, raw_offset FROM articles"
                + " WHERE article_id IN " + placeholders(chunk.size()))) {
            for (int i = 0; i < chunk.size(); i++) {
                ps.setString(i + 1, chunk.get(i).row.articleId());
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    stored.put(rs.getString(1), new ArticleVersion(dialect.readInstant(rs, "enriched_at"),
                            rs.getLong(3)));
                }
            }
        }
        return stored;
    }

    private static String placeholders(int n) {
        StringBuilder sb = new StringBuilder(n * 3 + 2).append('(');
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "?" : ", ?");
        }
        return sb.append(')').toString();
    }

    /** Runs a multi-row upsert or update; returns the ids it inserted or updated. */
    private Set<String> execute(Connection c, java.util.function.IntFunction<String> sql, List<Pending> rows,
                                Instant storedAt) throws SQLException {
        Set<String> changed = new HashSet<>();
        if (rows.isEmpty()) {
            return changed;
        }
        try (PreparedStatement ps = c.prepareStatement(sql.apply(rows.size()))) {
            int index = 1;
            for (Pending p : rows) {
                index = ArticleColumns.bind(ps, index, p.row, dialect, storedAt);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    changed.add(rs.getString(1));
                }
            }
        }
        return changed;
    }

    private void replaceChildren(Connection c, List<ArticleRow> rows) throws SQLException {
        for (int from = 0; from < rows.size(); from += UPSERT_CHUNK_ROWS) {
            List<ArticleRow> chunk = rows.subList(from, Math.min(rows.size(), from + UPSERT_CHUNK_ROWS));
            for (String table : List.of("article_subjects", "article_entities")) {
                try (PreparedStatement del = c.prepareStatement(
                        "DELETE FROM " + table + " WHERE article_id IN " + placeholders(chunk.size()))) {
                    for (int i = 0; i < chunk.size(); i++) {
                        del.setString(i + 1, chunk.get(i).articleId());
                    }
                    del.executeUpdate();
                }
            }
        }
        try (PreparedStatement subjects = c.prepareStatement(
                "INSERT INTO article_subjects (article_id, qcode, name, confidence) VALUES (?, ?, ?, ?)");
             PreparedStatement entities = c.prepareStatement(
                     "INSERT INTO article_entities (article_id, type, name, mentions, count) VALUES (?, ?, ?, ?, ?)")) {
            boolean anySubject = false;
            boolean anyEntity = false;
            for (ArticleRow r : rows) {
                for (ArticleRow.SubjectRow s : r.subjects()) {
                    subjects.setString(1, r.articleId());
                    subjects.setString(2, s.qcode());
                    subjects.setString(3, s.name());
                    subjects.setDouble(4, s.confidence());
                    subjects.addBatch();
                    anySubject = true;
                }
                for (ArticleRow.EntityRow e : r.entities()) {
                    entities.setString(1, r.articleId());
                    entities.setString(2, e.type());
                    entities.setString(3, e.name());
                    entities.setString(4, e.mentions());
                    entities.setInt(5, e.count());
                    entities.addBatch();
                    anyEntity = true;
                }
            }
            if (anySubject) {
                subjects.executeBatch();
            }
            if (anyEntity) {
                entities.executeBatch();
            }
        }
    }

    private static void rollbackQuietly(Connection c, Exception cause) {
        try {
            c.rollback();
        } catch (SQLException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    private record Pending(ArticleEnvelope envelope, ArticleRow row) {
    }

    private static final class Outcome {
        int written;
        int unchanged;
        final List<WriteResult.FailedArticle> failed = new ArrayList<>();
    }
}
