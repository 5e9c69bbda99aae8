package io.newsflow.sink;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;

import io.newsflow.testkit.Infrastructure;

/** Fresh stores for integration tests: a schema of its own in the test PostgreSQL database, or an SQLite file. */
final class TestStores {

    /** Short waits so a test about outages does not sit out production timeouts. */
    static final RetryPolicy FAST_RETRY = new RetryPolicy(30, Duration.ofMillis(50), Duration.ofMillis(500));

    private TestStores() {
    }

    static SinkConfig config(Dialect dialect, Infrastructure infra, Path tempDir) throws SQLException {
        return switch (dialect) {
            case POSTGRESQL -> SinkConfig.forJdbcUrl(postgresUrl(infra.postgresJdbcUrl()));
            case SQLITE -> SinkConfig.forJdbcUrl("jdbc:sqlite:" + tempDir.resolve("sink-" + UUID.randomUUID()
                    .toString().substring(0, 8) + ".db"));
        };
    }

    /** The test database's URL pointing at a new, empty schema, so tests sharing the database don't meet. */
    static String postgresUrl(String databaseUrl) throws SQLException {
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(databaseUrl); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        return databaseUrl + (databaseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    static long count(SinkDatabase db, String sql) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            long n = rs.getLong(1);
            c.rollback();
            return n;
        }
    }

    static String string(SinkDatabase db, String sql, String param) throws SQLException {
        try (Connection c = db.dataSource().getConnection();
             var ps = c.prepareStatement(sql)) {
            ps.setString(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                String v = rs.next() ? rs.getString(1) : null;
                c.rollback();
                return v;
            }
        }
    }
}
