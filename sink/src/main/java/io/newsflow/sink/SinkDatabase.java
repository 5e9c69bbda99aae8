package io.newsflow.sink;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The store: a HikariCP pool (auto-commit off) on PostgreSQL or an SQLite file, migrated by Flyway on open.
 */
public final class SinkDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SinkDatabase.class);
    /** SQLite waits this long for another connection's write lock instead of failing with SQLITE_BUSY at once. */
    static final String SQLITE_BUSY_TIMEOUT_MS = "10000";

    private final HikariDataSource dataSource;
    private final Dialect dialect;

    private SinkDatabase(HikariDataSource dataSource, Dialect dialect) {
        this.dataSource = dataSource;
        this.dialect = dialect;
    }

    /** Opens the pool and brings the schema up to date. */
    public static SinkDatabase open(SinkConfig config) {
        Dialect dialect = config.dialect();
        HikariConfig hc = new HikariConfig();
        hc.setPoolName("newsflow-sink");
        hc.setJdbcUrl(config.jdbcUrl());
        if (config.dbUser() != null) {
            hc.setUsername(config.dbUser());
        }
        if (config.dbPassword() != null) {
            hc.setPassword(config.dbPassword());
        }
        hc.setAutoCommit(false);
        hc.setMaximumPoolSize(config.poolSize());
        hc.setMinimumIdle(Math.min(1, config.poolSize()));
        hc.setConnectionTimeout(config.connectTimeout().toMillis());
        hc.setValidationTimeout(Math.min(config.connectTimeout().toMillis(), 5_000));
        if (dialect == Dialect.POSTGRESQL) {
            // Lets pgjdbc send the child-row insert batches as multi-row INSERTs.
            hc.addDataSourceProperty("reWriteBatchedInserts", "true");
            hc.addDataSourceProperty("ApplicationName", "newsflow-sink");
        } else {
            createParentDirectory(config.jdbcUrl());
            hc.addDataSourceProperty("journal_mode", "WAL");
            hc.addDataSourceProperty("synchronous", "NORMAL");
            hc.addDataSourceProperty("foreign_keys", "true");
            hc.addDataSourceProperty("busy_timeout", SQLITE_BUSY_TIMEOUT_MS);
        }
        HikariDataSource ds = new HikariDataSource(hc);
        try {
            MigrateResult result = Flyway.configure()
                    .dataSource(ds)
                    .locations(dialect.migrationLocations())
                    .load()
                    .migrate();
            LOG.info("Schema of {} at version {} ({} migrations applied)", SinkConfig.maskUrl(config.jdbcUrl()),
                    result.targetSchemaVersion, result.migrationsExecuted);
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
        return new SinkDatabase(ds, dialect);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public Dialect dialect() {
        return dialect;
    }

    @Override
    public void close() {
        dataSource.close();
    }

    private static void createParentDirectory(String jdbcUrl) {
        String path = jdbcUrl.substring("jdbc:sqlite:".length());
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        if (path.startsWith("file:")) {
            path = path.substring("file:".length());
        }
        if (path.isEmpty() || path.startsWith(":memory:")) {
            return;
        }
        Path parent = Path.of(path).toAbsolutePath().getParent();
        if (parent != null) {
            try {
                Files.createDirectories(parent);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the directory of the SQLite file " + path, e);
            }
        }
    }
}
