package io.newsflow.sink;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The columns of {@code articles} in one list, each with how it is bound, so the upsert's column list, its
 * placeholders and its bindings cannot drift apart.
 */
final class ArticleColumns {

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement ps, int index, ArticleRow r, Dialect d, Instant storedAt) throws SQLException;
    }

    /** A column, its PostgreSQL type (for casts where a parameter's type cannot be inferred) and its binding. */
    private record Column(String name, String pgType, Binder binder) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("article_id", "text", (ps, i, r, d, t) -> ps.setString(i, r.articleId())),
            new Column("content_hash", "text", (ps, i, r, d, t) -> ps.setString(i, r.contentHash())),
            new Column("extraction_version", "text", (ps, i, r, d, t) -> ps.setString(i, r.extractionVersion())),
            new Column("enriched_at", "timestamptz", (ps, i, r, d, t) -> d.bindInstant(ps, i, r.enrichedAt())),
            new Column("headline", "text", (ps, i, r, d, t) -> ps.setString(i, r.headline())),
            new Column("headline_derived", "boolean", (ps, i, r, d, t) -> ps.setBoolean(i, r.headlineDerived())),
            new Column("body", "text", (ps, i, r, d, t) -> ps.setString(i, r.body())),
            new Column("authors", "text", (ps, i, r, d, t) -> ps.setString(i, r.authors())),
            new Column("section", "text", (ps, i, r, d, t) -> ps.setString(i, r.section())),
            new Column("publisher", "text", (ps, i, r, d, t) -> ps.setString(i, r.publisher())),
            new Column("language", "text", (ps, i, r, d, t) -> ps.setString(i, r.language())),
            new Column("language_confidence", "double precision", (ps, i, r, d, t) -> ps.setDouble(i, r.languageConfidence())),
            new Column("date_published", "timestamptz", (ps, i, r, d, t) -> d.bindInstant(ps, i, r.datePublished())),
            new Column("date_modified", "timestamptz", (ps, i, r, d, t) -> d.bindInstant(ps, i, r.dateModified())),
            new Column("url", "text", (ps, i, r, d, t) -> ps.setString(i, r.url())),
            new Column("canonical_url", "text", (ps, i, r, d, t) -> ps.setString(i, r.canonicalUrl())),
            new Column("simhash", "bigint", (ps, i, r, d, t) -> ps.setLong(i, r.simhash())),
            new Column("duplicate_of", "text", (ps, i, r, d, t) -> ps.setString(i, r.duplicateOf())),
            new Column("word_count", "integer", (ps, i, r, d, t) -> ps.setInt(i, r.wordCount())),
            new Column("removed_boilerplate_count", "integer", (ps, i, r, d, t) -> ps.setInt(i, r.removedBoilerplateCount())),
            new Column("source_name", "text", (ps, i, r, d, t) -> ps.setString(i, r.sourceName())),
            new Column("raw_topic", "text", (ps, i, r, d, t) -> ps.setString(i, r.rawTopic())),
            new Column("raw_partition", "integer", (ps, i, r, d, t) -> ps.setInt(i, r.rawPartition())),
            new Column("raw_offset", "bigint", (ps, i, r, d, t) -> ps.setLong(i, r.rawOffset())),
            new Column("source_topic", "text", (ps, i, r, d, t) -> ps.setString(i, r.sourceTopic())),
            new Column("source_partition", "integer", (ps, i, r, d, t) -> setNullableInt(ps, i, r.sourcePartition())),
            new Column("source_offset", "bigint", (ps, i, r, d, t) -> setNullableLong(ps, i, r.sourceOffset())),
            new Column("stored_at", "timestamptz", (ps, i, r, d, t) -> d.bindInstant(ps, i, t)));

    private static final String COLUMN_LIST = COLUMNS.stream().map(Column::name).collect(Collectors.joining(", "));
    private static final String ROW_PLACEHOLDERS =
            COLUMNS.stream().map(c -> "?").collect(Collectors.joining(", ", "(", ")"));
    private static final String ON_CONFLICT = " ON CONFLICT (article_id) DO UPDATE SET "
            + COLUMNS.stream().filter(c -> !c.name().equals("article_id"))
                    .map(c -> c.name() + " = excluded." + c.name()).collect(Collectors.joining(", "))
            // The version rule of ArticleVersion: later enriched_at, then higher raw offset.
            + " WHERE (excluded.enriched_at, excluded.raw_offset) > (articles.enriched_at, articles.raw_offset)"
            + " RETURNING article_id";

    private ArticleColumns() {
    }

    static int count() {
        return COLUMNS.size();
    }

    /** The upsert for {@code rows} rows; the same SQL on PostgreSQL and SQLite (3.35+ for RETURNING). */
    static String upsertSql(int rows) {
        StringBuilder sql = new StringBuilder(64 + rows * (ROW_PLACEHOLDERS.length() + 2) + ON_CONFLICT.length());
        sql.append("INSERT INTO articles (").append(COLUMN_LIST).append(") VALUES ");
        for (int i = 0; i < rows; i++) {
            if (i > 0) {
                sql.append(", ");
            }
            sql.append(ROW_PLACEHOLDERS);
        }
        return sql.append(ON_CONFLICT).toString();
    }

    /** VALUES rows of the update carry explicit types: a NULL parameter alone would make a column text. */
    private static final String TYPED_ROW_PLACEHOLDERS = COLUMNS.stream().map(c -> "CAST(? AS " + c.pgType() + ")")
            .collect(Collectors.joining(", ", "(", ")"));
    private static final String UPDATE_FROM_VALUES_TAIL = ") AS v (" + COLUMN_LIST + ") "
            + "WHERE a.article_id = v.article_id"
            // The version rule of ArticleVersion, as in the upsert.
            + " AND (v.enriched_at, v.raw_offset) > (a.enriched_at, a.raw_offset)"
            + " RETURNING a.article_id";
    private static final String UPDATE_SET = "UPDATE articles AS a SET "
            + COLUMNS.stream().filter(c -> !c.name().equals("article_id"))
                    .map(c -> c.name() + " = v." + c.name()).collect(Collectors.joining(", "))
            + " FROM (VALUES ";

    /**
     * A multi-row UPDATE of rows known to exist (PostgreSQL), bound like {@link #upsertSql}. Unlike the upsert, it
     * does not first build a proposed insert row, so the generated full-text column is computed once, not twice.
     */
    static String updateSql(int rows) {
        StringBuilder sql = new StringBuilder(UPDATE_SET.length() + rows * (TYPED_ROW_PLACEHOLDERS.length() + 2)
                + UPDATE_FROM_VALUES_TAIL.length());
        sql.append(UPDATE_SET);
        for (int i = 0; i < rows; i++) {
            if (i > 0) {
                sql.append(", ");
            }
            sql.append(TYPED_ROW_PLACEHOLDERS);
        }
        return sql.append(UPDATE_FROM_VALUES_TAIL).toString();
    }

    /** Binds one row starting at {@code index}; returns the next free index. */
    static int bind(PreparedStatement ps, int index, ArticleRow row, Dialect dialect, Instant storedAt)
            throws SQLException {
        int i = index;
        for (Column c : COLUMNS) {
            c.binder().bind(ps, i++, row, dialect, storedAt);
        }
        return i;
    }

    private static void setNullableInt(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    private static void setNullableLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }
}
