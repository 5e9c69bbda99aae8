package io.newsflow.testkit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The PostgreSQL server running on this machine ({@code NEWSFLOW_TEST_PG_HOST}:{@code NEWSFLOW_TEST_PG_PORT},
 * default 127.0.0.1:5432, user {@code NEWSFLOW_TEST_PG_USER}, default postgres). Each test run gets a database
 * of its own, dropped at the end.
 */
final class LocalPostgres implements AutoCloseable {

    private final String host;
    private final String port;
    private final String user;
    private final String database;

    private LocalPostgres(String host, String port, String user, String database) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.database = database;
    }

    static LocalPostgres createDatabase() {
        String host = env("NEWSFLOW_TEST_PG_HOST", "127.0.0.1");
        String port = env("NEWSFLOW_TEST_PG_PORT", "5432");
        String user = env("NEWSFLOW_TEST_PG_USER", "postgres");
        String database = "newsflow_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        LocalPostgres pg = new LocalPostgres(host, port, user, database);
        try (Connection c = DriverManager.getConnection(pg.url("postgres"));
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw MissingInfrastructure.missing("no PostgreSQL at " + host + ":" + port + " as " + user, e);
        }
        return pg;
    }

    String jdbcUrl() {
        return url(database);
    }

    private String url(String db) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + db + "?user=" + user;
    }

    @Override
    public void close() {
        try (Connection c = DriverManager.getConnection(url("postgres"));
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        } catch (SQLException e) {
            // best effort: a leftover test database is harmless and named as such
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
