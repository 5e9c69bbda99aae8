package io.newsflow.enrich.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Lenient date parsing for metadata values, URLs and dateline text. Dates without a zone are read as UTC. */
final class Dates {
    /** Dates before this are misreadings (e.g. a year 0 default); news on the web starts later. */
    private static final int MIN_YEAR = 1990;
    /** A date more than this many years ahead is a misreading. */
    private static final int MAX_YEARS_AHEAD = 2;

    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|-|$)");
    private static final Pattern URL_DATE_COMPACT = Pattern.compile("/((?:19|20)\\d{2})(\\d{2})(\\d{2})/");
    private static final Pattern TEXT_DATE = Pattern.compile(
            "\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\\.? (\\d{1,2}),? ((?:19|20)\\d{2})\\b"
                    + "|\\b(\\d{1,2}) (jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\\.? ((?:19|20)\\d{2})\\b");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    private Dates() { }

    /** ISO-8601 (with or without zone, date only), RFC 1123; null when unreadable. */
    static Instant parse(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        if (v.isEmpty() || v.length() > 64) {
            return null;
        }
        Instant out = tryParse(v);
        if (out == null && v.length() >= 19 && v.charAt(10) == ' ') {
            out = tryParse(v.substring(0, 10) + 'T' + v.substring(11));
        }
        if (out == null) {
            out = text(v);
        }
        return plausible(out);
    }

    private static Instant tryParse(String v) {
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException ignored) {
            // next form
        }
        try {
            return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException ignored) {
            // next form
        }
        try {
            return LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            // next form
        }
        if (v.length() >= 10) {
            try {
                // "2024-05-17", "2024-05-17T10:00:00+0000" (offset without colon) and other variants: the date part
                return LocalDate.parse(v.substring(0, 10)).atStartOfDay().toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException ignored) {
                // unreadable
            }
        }
        return null;
    }

    /** A date in a URL path (/2024/05/17/ or /20240517/). */
    static Instant fromUrl(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = URL_DATE.matcher(url);
        if (!m.find()) {
            m = URL_DATE_COMPACT.matcher(url);
            if (!m.find()) {
                return null;
            }
        }
        return plausible(of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
    }

    /** An English written date ("May 17, 2024", "17 May 2024") in a short text. */
    static Instant text(String s) {
        if (s == null || s.length() > 200) {
            return null;
        }
        Matcher m = TEXT_DATE.matcher(s.toLowerCase(Locale.ROOT));
        if (!m.find()) {
            return null;
        }
        if (m.group(1) != null) {
            return plausible(of(Integer.parseInt(m.group(3)), MONTHS.get(m.group(1)), Integer.parseInt(m.group(2))));
        }
        return plausible(of(Integer.parseInt(m.group(6)), MONTHS.get(m.group(5)), Integer.parseInt(m.group(4))));
    }

    private static Instant of(int y, int mo, int d) {
        try {
            return LocalDate.of(y, mo, d).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static Instant plausible(Instant t) {
        if (t == null) {
            return null;
        }
        int year = t.atZone(ZoneOffset.UTC).getYear();
        int now = java.time.Year.now(ZoneOffset.UTC).getValue();
        return year < MIN_YEAR || year > now + MAX_YEARS_AHEAD ? null : t;
    }
}
