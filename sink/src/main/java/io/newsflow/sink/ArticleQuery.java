package io.newsflow.sink;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

/**
 * Reads stored articles: full-text search, by subject, by entity, by date range, newest first. User input is
 * only ever bound as a parameter; full-text input is made safe for the store's query syntax by {@link Dialect}.
 */
public final class ArticleQuery {

    private static final String NEWEST = "COALESCE(a.date_published, a.enriched_at)";
    /** Bare IPTC Media Topic numbers ({@code 11000000}) mean the medtop scheme. */
    private static final String MEDTOP_PREFIX = "medtop:";

    private final DataSource dataSource;
    private final Dialect dialect;

    public ArticleQuery(DataSource dataSource, Dialect dialect) {
        this.dataSource = dataSource;
        this.dialect = dialect;
    }

    public ArticleQuery(SinkDatabase database) {
        this(database.dataSource(), database.dialect());
    }

    public List<ArticleHit> search(QueryCriteria criteria) throws SQLException {
        List<String> where = new ArrayList<>();
        List<Binding> params = new ArrayList<>();
        if (criteria.text() != null) {
            String ftsParam = dialect.fullTextParameter(criteria.text());
            if (ftsParam.isEmpty()) {
                return List.of(); // nothing searchable in the text: nothing can match
            }
            where.add(dialect.fullTextCondition("a"));
            params.add((ps, i) -> ps.setString(i, ftsParam));
        }
        if (criteria.subject() != null) {
            String subject = criteria.subject();
            String qcode = subject.chars().allMatch(Character::isDigit) ? MEDTOP_PREFIX + subject : subject;
            where.add("EXISTS (SELECT 1 FROM article_subjects s WHERE s.article_id = a.article_id"
                    + " AND (s.qcode = ? OR LOWER(s.name) = ?))");
            params.add((ps, i) -> ps.setString(i, qcode));
            params.add((ps, i) -> ps.setString(i, subject.toLowerCase(Locale.ROOT)));
        }
        if (criteria.entity() != null) {
            String pattern = "%" + escapeLike(criteria.entity().toLowerCase(Locale.ROOT)) + "%";
            where.add("EXISTS (SELECT 1 FROM article_entities e WHERE e.article_id = a.article_id"
                    + " AND (LOWER(e.name) LIKE ? ESCAPE '\\' OR LOWER(e.mentions) LIKE ? ESCAPE '\\'))");
            params.add((ps, i) -> ps.setString(i, pattern));
            params.add((ps, i) -> ps.setString(i, pattern));
        }
        if (criteria.since() != null) {
            where.add(NEWEST + " >= ?");
            params.add((ps, i) -> dialect.bindInstant(ps, i, criteria.since()));
        }
        if (criteria.until() != null) {
            where.add(NEWEST + " < ?");
            params.add((ps, i) -> dialect.bindInstant(ps, i, criteria.until()));
        }
        String sql = "SELECT a.article_id, a.headline, a.date_published, a.enriched_at, a.publisher, a.section,"
                + " a.language, a.authors, a.url, a.word_count, a.duplicate_of, a.removed_boilerplate_count FROM articles a"
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY " + NEWEST + " DESC, a.article_id LIMIT ?";
        params.add((ps, i) -> ps.setInt(i, criteria.limit()));

        try (Connection c = dataSource.getConnection()) {
            try {
                List<Row> rows = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    for (int i = 0; i < params.size(); i++) {
                        params.get(i).bind(ps, i + 1);
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            rows.add(new Row(rs.getString("article_id"), rs.getString("headline"),
                                    dialect.readInstant(rs, "date_published"), dialect.readInstant(rs, "enriched_at"),
                                    rs.getString("publisher"), rs.getString("section"), rs.getString("language"),
                                    rs.getString("authors"), rs.getString("url"), rs.getInt("word_count"),
                                    rs.getString("duplicate_of"), rs.getInt("removed_boilerplate_count")));
                        }
                    }
                }
                List<ArticleHit> hits = attachChildren(c, rows);
                c.commit();
                return hits;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private List<ArticleHit> attachChildren(Connection c, List<Row> rows) throws SQLException {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<String[]>> subjects = new LinkedHashMap<>();
        Map<String, List<String>> entities = new LinkedHashMap<>();
        String in = rows.stream().map(r -> "?").collect(Collectors.joining(", ", "(", ")"));
        try (PreparedStatement ps = c.prepareStatement("SELECT article_id, qcode, name FROM article_subjects"
                + " WHERE article_id IN " + in + " ORDER BY article_id, confidence DESC, qcode")) {
            bindIds(ps, rows);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    subjects.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new String[] {rs.getString(2), rs.getString(3)});
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT article_id, name FROM article_entities"
                + " WHERE article_id IN " + in + " ORDER BY article_id, count DESC, name")) {
            bindIds(ps, rows);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    entities.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        List<ArticleHit> hits = new ArrayList<>(rows.size());
        for (Row r : rows) {
            List<String[]> subs = subjects.getOrDefault(r.id, List.of());
            hits.add(new ArticleHit(r.id, r.headline, r.datePublished, r.enrichedAt, r.publisher, r.section,
                    r.language, r.authors, r.url, r.wordCount, r.duplicateOf,
                    subs.stream().map(s -> s[1]).toList(), subs.stream().map(s -> s[0]).toList(),
                    entities.getOrDefault(r.id, List.of()), r.removedBoilerplateCount));
        }
        return hits;
    }

    private static void bindIds(PreparedStatement ps, List<Row> rows) throws SQLException {
        for (int i = 0; i < rows.size(); i++) {
            ps.setString(i + 1, rows.get(i).id);
        }
    }

    /** Escapes LIKE wildcards so user text matches literally (escape character: backslash). */
    static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    @FunctionalInterface
    private interface Binding {
        void bind(PreparedStatement ps, int index) throws SQLException;
    }

    private record Row(String id, String headline, Instant datePublished, Instant enrichedAt, String publisher,
                       String section, String language, String authors, String url, int wordCount,
                       String duplicateOf, int removedBoilerplateCount) {
    }
}
