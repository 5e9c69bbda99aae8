package io.newsflow.sink;

import java.time.Instant;

/**
 * What to look for; null fields do not filter. All given filters must match.
 *
 * @param text    full-text search in headline and body (PostgreSQL websearch syntax; plain words in SQLite)
 * @param subject an IPTC qcode ({@code medtop:11000000}, or just {@code 11000000}) or a subject label
 *                ({@code politics}), case-insensitive
 * @param entity  part of an entity's name or of one of its mentions, case-insensitive
 * @param since   published (or, when undated, enriched) at or after this instant
 * @param until   published (or, when undated, enriched) before this instant
 * @param limit   most rows returned, newest first
 */
public record QueryCriteria(String text, String subject, String entity, Instant since, Instant until, int limit) {

    public static final int DEFAULT_LIMIT = 20;
    /** A terminal query never needs more; keeps a careless query from pulling the whole table. */
    public static final int MAX_LIMIT = 10_000;

    public QueryCriteria {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be in 1.." + MAX_LIMIT + ", was " + limit);
        }
        if (since != null && until != null && !since.isBefore(until)) {
            throw new IllegalArgumentException("since (" + since + ") must be before until (" + until + ")");
        }
        text = blankToNull(text);
        subject = blankToNull(subject);
        entity = blankToNull(entity);
    }

    /** No filter: the newest articles. */
    public static QueryCriteria newest(int limit) {
        return new QueryCriteria(null, null, null, null, null, limit);
    }

    public QueryCriteria withText(String newText) {
        return new QueryCriteria(newText, subject, entity, since, until, limit);
    }

    public QueryCriteria withSubject(String newSubject) {
        return new QueryCriteria(text, newSubject, entity, since, until, limit);
    }

    public QueryCriteria withEntity(String newEntity) {
        return new QueryCriteria(text, subject, newEntity, since, until, limit);
    }

    public QueryCriteria withRange(Instant newSince, Instant newUntil) {
        return new QueryCriteria(text, subject, entity, newSince, newUntil, limit);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
