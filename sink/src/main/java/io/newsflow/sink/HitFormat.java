package io.newsflow.sink;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;

/** Renders query results: an aligned table for a terminal, or JSON for programs. */
public final class HitFormat {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneOffset.UTC);
    /** Column widths fit an 160-column terminal; longer text is cut with an ellipsis. */
    private static final int ID_WIDTH = 24;
    private static final int PUBLISHER_WIDTH = 16;
    private static final int HEADLINE_WIDTH = 60;
    private static final int SUBJECTS_WIDTH = 40;
    /** How many subject labels a table row shows; JSON has them all. */
    private static final int SUBJECTS_SHOWN = 3;

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new SimpleModule().addSerializer(Instant.class, ToStringSerializer.instance))
            .enable(SerializationFeature.INDENT_OUTPUT);

    private HitFormat() {
    }

    /** A table with a header line; text is cleaned of control characters so it cannot drive the terminal. */
    public static String table(List<ArticleHit> hits) {
        StringBuilder out = new StringBuilder();
        String format = "%-16s  %-" + ID_WIDTH + "s  %-" + PUBLISHER_WIDTH + "s  %-" + HEADLINE_WIDTH + "s  %s%n";
        out.append(String.format(format, "PUBLISHED (UTC)", "ID", "PUBLISHER", "HEADLINE", "SUBJECTS"));
        for (ArticleHit h : hits) {
            String subjects = String.join(", ", h.subjects().subList(0, Math.min(SUBJECTS_SHOWN, h.subjects().size())));
            out.append(String.format(format,
                    h.newestTime() == null ? "" : DATE.format(h.newestTime()) + (h.datePublished() == null ? "*" : ""),
                    cell(h.articleId(), ID_WIDTH), cell(h.publisher(), PUBLISHER_WIDTH),
                    cell(h.headline(), HEADLINE_WIDTH), cell(subjects, SUBJECTS_WIDTH)));
        }
        out.append(hits.size()).append(hits.size() == 1 ? " article" : " articles");
        if (hits.stream().anyMatch(h -> h.datePublished() == null)) {
            out.append(" (* undated: time of enrichment)");
        }
        return out.append(System.lineSeparator()).toString();
    }

    /** A JSON array of the hits, timestamps as ISO-8601 instants. */
    public static String json(List<ArticleHit> hits) {
        try {
            return JSON.writeValueAsString(hits) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render results as JSON", e);
        }
    }

    /** Control characters become spaces, runs of whitespace one space, and the text is cut to {@code width}. */
    static String cell(String text, int width) {
        if (text == null) {
            return "";
        }
        StringBuilder clean = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            boolean ws = Character.isWhitespace(cp) || Character.isISOControl(cp)
                    || Character.getType(cp) == Character.FORMAT;
            if (ws) {
                if (!space && clean.length() > 0) {
                    clean.append(' ');
                }
                space = true;
            } else {
                clean.appendCodePoint(cp);
                space = false;
            }
        }
        String s = clean.toString().strip();
        if (s.codePointCount(0, s.length()) <= width) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, width - 1)) + "…";
    }
}
