package io.newsflow.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import io.newsflow.sink.ArticleHit;
import io.newsflow.sink.ArticleQuery;
import io.newsflow.sink.HitFormat;
import io.newsflow.sink.QueryCriteria;
import io.newsflow.sink.SinkConfig;
import io.newsflow.sink.SinkDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Searches the stored articles: full text, subject, entity, dates; newest first. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Search stored articles by text, subject, entity and date, newest first.")
public final class QueryCommand implements Callable<Integer> {

    public enum Format { table, json }

    @Option(names = "--jdbc-url", defaultValue = "${env:NEWSFLOW_SINK_JDBC_URL:-" + SinkConfig.DEFAULT_JDBC_URL + "}",
            description = "Store to read (default: ${DEFAULT-VALUE}). User and password: NEWSFLOW_SINK_DB_USER and "
                    + "NEWSFLOW_SINK_DB_PASSWORD.")
    String jdbcUrl;

    @Option(names = {"-t", "--text"}, description = "Full-text search in headline and body.")
    String text;

    @Option(names = {"-s", "--subject"}, description = "IPTC subject: qcode (medtop:11000000 or 11000000) or label.")
    String subject;

    @Option(names = {"-e", "--entity"}, description = "Person, place or organisation (part of the name).")
    String entity;

    @Option(names = "--since", description = "Published at or after: a date (2025-05-20, UTC) or an instant.")
    String since;

    @Option(names = "--until", description = "Published up to: a date (inclusive, UTC) or an instant (exclusive).")
    String until;

    @Option(names = {"-n", "--limit"}, defaultValue = "" + QueryCriteria.DEFAULT_LIMIT,
            description = "Most articles to show (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = {"-f", "--format"}, defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        QueryCriteria criteria;
        SinkConfig config;
        try {
            criteria = new QueryCriteria(text, subject, entity, parseTime(since, false), parseTime(until, true), limit);
            Map<String, String> env = new HashMap<>(System.getenv());
            env.put("NEWSFLOW_SINK_JDBC_URL", jdbcUrl);
            config = SinkConfig.fromEnv(env).withPool(1, Duration.ofSeconds(10));
        } catch (IllegalArgumentException e) {
            System.err.println("newsflow query: " + e.getMessage());
            return 2;
        }
        Path sqliteFile = sqliteFile(jdbcUrl);
        if (sqliteFile != null && !Files.exists(sqliteFile)) {
            System.err.println("newsflow query: no store at " + sqliteFile + " (run the sink first, or pass --jdbc-url)");
            return 1;
        }
        try (SinkDatabase db = SinkDatabase.open(config)) {
            List<ArticleHit> hits = new ArticleQuery(db).search(criteria);
            System.out.print(format == Format.json ? HitFormat.json(hits) : HitFormat.table(hits));
            return 0;
        } catch (SQLException | RuntimeException e) {
            System.err.println("newsflow query: cannot read " + SinkConfig.maskUrl(jdbcUrl) + ": " + e.getMessage());
            return 1;
        }
    }

    /** A date means its start (since) or the start of the next day (until, so the day is included). */
    static Instant parseTime(String value, boolean endOfRange) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(value.strip());
            return (endOfRange ? d.plusDays(1) : d).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException notADate) {
            try {
                return Instant.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("not a date (2025-05-20) or instant (2025-05-20T10:00:00Z): "
                        + value);
            }
        }
    }

    private static Path sqliteFile(String url) {
        if (url == null || !url.startsWith("jdbc:sqlite:")) {
            return null;
        }
        String path = url.substring("jdbc:sqlite:".length());
        int q = path.indexOf('?');
        path = q >= 0 ? path.substring(0, q) : path;
        path = path.startsWith("file:") ? path.substring("file:".length()) : path;
        return path.isEmpty() || path.startsWith(":memory:") ? null : Path.of(path);
    }
}
