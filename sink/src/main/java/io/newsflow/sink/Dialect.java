package io.newsflow.sink;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * What differs between the two stores: how a JDBC URL is recognised, where the vendor migrations live, how
 * timestamps are bound and read, and how full-text search is expressed. Everything else is shared SQL.
 */
public enum Dialect {

    /** PostgreSQL: {@code timestamptz} columns, a generated {@code tsvector} column with a GIN index. */
    POSTGRESQL("jdbc:postgresql:", "postgresql") {
        @Override
        void bindInstant(PreparedStatement ps, int index, Instant value) throws SQLException {
            if (value == null) {
                ps.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
            } else {
                ps.setObject(index, OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
            }
        }

        @Override
        Instant readInstant(ResultSet rs, String column) throws SQLException {
            OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
            return t == null ? null : t.toInstant();
        }

        @Override
        String fullTextCondition(String alias) {
            return alias + ".search @@ websearch_to_tsquery('english', ?)";
        }

        @Override
        String fullTextParameter(String userText) {
            return userText;
        }

        @Override
        boolean updatesExistingRowsSeparately() {
            return true;
        }
    },

    /** SQLite: epoch-millisecond integer timestamps, an FTS5 table kept in sync by triggers. */
    SQLITE("jdbc:sqlite:", "sqlite") {
        @Override
        void bindInstant(PreparedStatement ps, int index, Instant value) throws SQLException {
            if (value == null) {
                ps.setNull(index, Types.BIGINT);
            } else {
                ps.setLong(index, value.toEpochMilli());
            }
        }

        @Override
        Instant readInstant(ResultSet rs, String column) throws SQLException {
            long millis = rs.getLong(column);
            return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
        }

        @Override
        String fullTextCondition(String alias) {
            return alias + ".rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)";
        }

        @Override
        String fullTextParameter(String userText) {
            return Fts5Query.fromUserText(userText);
        }

        @Override
        boolean updatesExistingRowsSeparately() {
            return false; // the FTS5 triggers run once per changed row either way
        }
    };

    private final String urlPrefix;
    private final String migrationFolder;

    Dialect(String urlPrefix, String migrationFolder) {
        this.urlPrefix = urlPrefix;
        this.migrationFolder = migrationFolder;
    }

    /** The dialect of a JDBC URL; only PostgreSQL and SQLite URLs are supported. */
    public static Dialect fromJdbcUrl(String jdbcUrl) {
        String lower = jdbcUrl == null ? "" : jdbcUrl.toLowerCase(Locale.ROOT);
        for (Dialect d : values()) {
            if (lower.startsWith(d.urlPrefix)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unsupported JDBC URL (expected jdbc:postgresql: or jdbc:sqlite:): "
                + SinkConfig.maskUrl(jdbcUrl));
    }

    /** Flyway locations: the shared migrations and this vendor's. */
    public String[] migrationLocations() {
        return new String[] {"classpath:db/migration/common", "classpath:db/migration/" + migrationFolder};
    }

    /** Binds a timestamp (or SQL NULL) the way this store's columns hold it. */
    abstract void bindInstant(PreparedStatement ps, int index, Instant value) throws SQLException;

    /** Reads a timestamp column written by {@link #bindInstant}. */
    abstract Instant readInstant(ResultSet rs, String column) throws SQLException;

    /** A WHERE condition with one parameter matching articles (alias {@code alias}) against search text. */
    abstract String fullTextCondition(String alias);

    /**
     * Whether rows already stored are better written by an UPDATE than by the upsert: true where the upsert would
     * compute generated columns for its proposed row before finding the conflict (PostgreSQL).
     */
    abstract boolean updatesExistingRowsSeparately();

    /** The parameter for {@link #fullTextCondition}: user text made safe for this store's query syntax. */
    abstract String fullTextParameter(String userText);
}
