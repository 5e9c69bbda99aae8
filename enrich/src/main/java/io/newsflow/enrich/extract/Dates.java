package io.newsflow.enrich.extract;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lenient date parsing for metadata values, URLs and dateline text. Dates without a zone are read as UTC.
 *
 * <p>Written dates are read in any of the languages of {@code date-locales.txt}: month names ("17. Mai 2024",
 * "17 de mayo de 2024", "May 17, 2024", "17 травня 2024") come from the JDK's CLDR data for those locales, so no
 * month table is written here; numeric forms are day first ("17.05.2024", "17/05/2024", month first only when
 * the day cannot be a month), year first ("2024-05-17", "2024/05/17") and East Asian ("2024年5月17日",
 * "2024년 5월 17일"). A time right after the date ("…, 16:12", "a las 10:22", "4:47 pm") is kept.
 */
final class Dates {
    /** Dates before this are misreadings (e.g. a year 0 default); news on the web starts later. */
    private static final int MIN_YEAR = 1990;
    /** A date more than this many years ahead is a misreading. */
    private static final int MAX_YEARS_AHEAD = 2;
    /** Written dates are looked for in short texts only (datelines, metadata values), never in whole paragraphs. */
    private static final int MAX_TEXT_CHARS = 200;
    /** Between a date and its time sit a comma, "at", "um", "a las", "à"…: a few characters at most. */
    private static final int TIME_GAP_CHARS = 12;

    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|-|$)");
    private static final Pattern URL_DATE_COMPACT = Pattern.compile("/((?:19|20)\\d{2})(\\d{2})(\\d{2})/");

    /** Lower-case month names (full, short, stand-alone, genitive) to month numbers. */
    private static final Map<String, Integer> MONTHS = new HashMap<>();
    /** The same names without diacritics and with dotless i folded ("MAYIS", "ΜΑΪΟΥ" written in capitals). */
    private static final Map<String, Integer> MONTHS_FOLDED = new HashMap<>();

    static {
        TextStyle[] styles = {TextStyle.FULL, TextStyle.FULL_STANDALONE, TextStyle.SHORT, TextStyle.SHORT_STANDALONE};
        for (String tag : Lexicon.list("date-locales.txt")) {
            Locale locale = Locale.forLanguageTag(tag.strip());
            for (TextStyle style : styles) {
                for (Month m : Month.values()) {
                    String name = m.getDisplayName(style, locale).toLowerCase(Locale.ROOT);
                    if (name.endsWith(".")) {
                        name = name.substring(0, name.length() - 1);
                    }
                    if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
                        continue; // "5月" and other numeric forms are read as numbers
                    }
                    MONTHS.putIfAbsent(name, m.getValue()); // the earlier language wins a shared spelling
                    MONTHS_FOLDED.putIfAbsent(fold(name), m.getValue());
                }
            }
        }
    }

    /** A written date found in a text: the instant and where the date sits ({@code [start, end)}). */
    record Found(Instant when, int start, int end) { }

    private Dates() { }

    /** ISO-8601 (with or without zone, date only), RFC 1123, written dates; null when unreadable. */
    static Instant parse(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        if (v.isEmpty() || v.length() > 64) {
            return null;
        }
        Instant out = null;
        if (Character.isDigit(v.charAt(0)) || v.length() >= 5 && v.charAt(3) == ',') {
            out = tryParse(v); // ISO starts with the year, RFC 1123 with "Fri,"
            if (out == null && v.length() >= 19 && v.charAt(10) == ' ') {
                out = tryParse(v.substring(0, 10) + 'T' + v.substring(11));
            }
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

    /** The first written date in a short text, in any supported language, or null. */
    static Instant text(String s) {
        Found f = find(s);
        return f == null ? null : f.when();
    }

    /** The first written date in a short text with its position, or null. */
    static Found find(String s) {
        if (s == null || s.length() > MAX_TEXT_CHARS) {
            return null;
        }
        int n = s.length();
        for (int i = 0; i < n; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                continue;
            }
            int j = i;
            while (j < n && Character.isDigit(s.charAt(j))) {
                j++;
            }
            char before = i > 0 ? s.charAt(i - 1) : ' ';
            if (!(before < 128 && Character.isLetter(before))) { // "A320", "COVID19" are not dates
                Found f = at(s, i, j);
                if (f != null) {
                    return f;
                }
            }
            i = j - 1;
        }
        return null;
    }

    /** A date that has its first number at {@code [a, b)}, or whose month name stands just before it. */
    private static Found at(String s, int a, int b) {
        int len = b - a;
        if (len == 4) {
            return yearFirst(s, a, b);
        }
        if (len > 2) {
            return null;
        }
        int first = Integer.parseInt(s, a, b, 10);
        Found f = numericDayFirst(s, a, b, first);
        if (f == null) {
            f = dayThenMonthName(s, a, b, first);
        }
        if (f == null) {
            f = monthNameThenDay(s, a, b, first);
        }
        return f;
    }

    /** "2024-05-17", "2024/5/17", "2024.05.17", "2024年5月17日", "2024년 5월 17일". */
    private static Found yearFirst(String s, int a, int b) {
        int year = Integer.parseInt(s, a, b, 10);
        int n = s.length();
        if (b < n && (s.charAt(b) == '-' || s.charAt(b) == '/' || s.charAt(b) == '.')) {
            char sep = s.charAt(b);
            int me = digits(s, b + 1, 2);
            if (me > b + 1 && me < n && s.charAt(me) == sep) {
                int de = digits(s, me + 1, 2);
                if (de > me + 1 && (de == n || !Character.isDigit(s.charAt(de)))) {
                    return found(s, a, de, year, Integer.parseInt(s, b + 1, me, 10), Integer.parseInt(s, me + 1, de, 10));
                }
            }
            return null;
        }
        int p = spaces(s, b);
        if (p < n && (s.charAt(p) == '年' || s.charAt(p) == '년')) {
            int ms = spaces(s, p + 1);
            int me = digits(s, ms, 2);
            int q = spaces(s, me);
            if (me > ms && q < n && (s.charAt(q) == '月' || s.charAt(q) == '월')) {
                int ds = spaces(s, q + 1);
                int de = digits(s, ds, 2);
                int r = spaces(s, de);
                if (de > ds && r < n && (s.charAt(r) == '日' || s.charAt(r) == '일')) {
                    return found(s, a, r + 1, year, Integer.parseInt(s, ms, me, 10), Integer.parseInt(s, ds, de, 10));
                }
            }
        }
        return null;
    }

    /** "17.05.2024", "17/05/2024", "17-05-2024"; "05/17/2024" only when 17 cannot be the month. */
    private static Found numericDayFirst(String s, int a, int b, int first) {
        int n = s.length();
        if (b >= n || s.charAt(b) != '.' && s.charAt(b) != '/' && s.charAt(b) != '-') {
            return null;
        }
        char sep = s.charAt(b);
        int se = digits(s, b + 1, 2);
        if (se == b + 1 || se >= n || s.charAt(se) != sep) {
            return null;
        }
        int ye = digits(s, se + 1, 4);
        if (ye - se - 1 != 4 || ye < n && Character.isDigit(s.charAt(ye))) {
            return null;
        }
        int second = Integer.parseInt(s, b + 1, se, 10);
        int year = Integer.parseInt(s, se + 1, ye, 10);
        boolean monthFirst = first <= 12 && second > 12;
        return found(s, a, ye, year, monthFirst ? first : second, monthFirst ? second : first);
    }

    /** "17 May 2024", "17. Mai 2024", "17 de mayo de 2024", "1er mai 2024", "17th of May, 2024". */
    private static Found dayThenMonthName(String s, int a, int b, int day) {
        int p = ordinal(s, b);
        p = spaces(s, p);
        p = filler(s, p);
        int[] month = monthAt(s, p);
        if (month == null) {
            return null;
        }
        int q = month[1];
        if (q < s.length() && s.charAt(q) == '.') {
            q++;
        }
        if (q < s.length() && s.charAt(q) == ',') {
            q++;
        }
        int ys = spaces(s, q);
        if (ys == q) {
            return null; // the year is a separate word
        }
        ys = filler(s, ys);
        int ye = digits(s, ys, 4);
        if (ye - ys != 4 || ye < s.length() && Character.isDigit(s.charAt(ye))) {
            return null;
        }
        return found(s, a, ye, Integer.parseInt(s, ys, ye, 10), month[0], day);
    }

    /** "May 17, 2024", "Sept. 17th 2024". */
    private static Found monthNameThenDay(String s, int a, int b, int day) {
        int e = a;
        while (e > 0 && (s.charAt(e - 1) == ' ' || s.charAt(e - 1) == '\u00a0')) {
            e--;
        }
        if (e == a) {
            return null;
        }
        if (e > 0 && s.charAt(e - 1) == '.') {
            e--;
        }
        int start = e;
        while (start > 0 && isWordChar(s.charAt(start - 1))) {
            start--;
        }
        if (start == e) {
            return null;
        }
        int[] month = monthAt(s, start);
        if (month == null || month[1] != e) {
            return null;
        }
        int q = ordinal(s, b);
        if (q == b && q < s.length() && s.charAt(q) == '.') {
            q++;
        }
        if (q < s.length() && s.charAt(q) == ',') {
            q++;
        }
        int ys = spaces(s, q);
        if (ys == q) {
            return null;
        }
        int ye = digits(s, ys, 4);
        if (ye - ys != 4 || ye < s.length() && Character.isDigit(s.charAt(ye))) {
            return null;
        }
        return found(s, start, ye, Integer.parseInt(s, ys, ye, 10), month[0], day);
    }

    /** The month named at {@code p} as {month, end}, or null. Tries one word, then two ("تشرين الأول"). */
    private static int[] monthAt(String s, int p) {
        int e = p;
        while (e < s.length() && isWordChar(s.charAt(e))) {
            e++;
        }
        if (e == p) {
            return null;
        }
        Integer m = month(s.substring(p, e));
        if (m != null) {
            return new int[] {m, e};
        }
        int f = e;
        if (f < s.length() && s.charAt(f) == ' ') {
            f++;
            int g = f;
            while (g < s.length() && isWordChar(s.charAt(g))) {
                g++;
            }
            if (g > f) {
                m = month(s.substring(p, g));
                if (m != null) {
                    return new int[] {m, g};
                }
            }
        }
        return null;
    }

    private static Integer month(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        Integer m = MONTHS.get(w);
        if (m == null) {
            for (int i = 0; i < w.length(); i++) {
                if (w.charAt(i) >= 128) {
                    return MONTHS_FOLDED.get(fold(w));
                }
            }
        }
        return m;
    }

    /** Without diacritics, dotless i as i: "mayıs" and "MAYIS" meet, so do "Μαΐου" and "ΜΑΪΟΥ". */
    private static String fold(String lower) {
        String d = Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(c == 'ı' ? 'i' : c);
            }
        }
        return out.toString();
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** Skips a day's ordinal mark: "17.", "17th", "1st", "1er", "1º", "17-го". */
    private static int ordinal(String s, int b) {
        int n = s.length();
        if (b < n && (s.charAt(b) == '.' || s.charAt(b) == 'º' || s.charAt(b) == 'ª')) {
            return b + 1;
        }
        int e = b;
        if (e < n && s.charAt(e) == '-') {
            e++;
        }
        int w = e;
        while (w < n && Character.isLetter(s.charAt(w)) && w - e < 3) {
            w++;
        }
        if (w > e && (w == n || !Character.isLetter(s.charAt(w)))) {
            String suffix = s.substring(e, w).toLowerCase(Locale.ROOT);
            if (suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th")
                    || suffix.equals("er") || suffix.equals("го")) {
                return w;
            }
        }
        return b;
    }

    /** Skips "de ", "del ", "of " between day, month and year ("17 de mayo de 2024", "17th of May"). */
    private static int filler(String s, int p) {
        for (String f : FILLERS) {
            if (s.regionMatches(true, p, f, 0, f.length())) {
                return spaces(s, p + f.length());
            }
        }
        return p;
    }

    private static final String[] FILLERS = {"de ", "del ", "of "};

    private static int spaces(String s, int p) {
        while (p < s.length() && (s.charAt(p) == ' ' || s.charAt(p) == '\u00a0')) {
            p++;
        }
        return p;
    }

    /** End of a run of at most {@code max} digits from {@code p} (p itself when none). */
    private static int digits(String s, int p, int max) {
        int e = p;
        while (e < s.length() && Character.isDigit(s.charAt(e)) && e - p < max + 1) {
            e++;
        }
        return e - p > max ? p : e;
    }

    private static Found found(String s, int start, int end, int y, int mo, int d) {
        Instant day = plausible(of(y, mo, d));
        if (day == null) {
            return null;
        }
        int[] time = timeAfter(s, end);
        if (time != null) {
            return new Found(day.plusSeconds(time[0] * 3600L + time[1] * 60L), start, time[2]);
        }
        return new Found(day, start, end);
    }

    /** A time of day just after a date ("…, 16:12", "um 16:12 Uhr", "a las 10:22", "4:47 pm") as {h, m, end}. */
    private static int[] timeAfter(String s, int p) {
        int n = s.length();
        int limit = Math.min(n, p + TIME_GAP_CHARS);
        int q = p;
        while (q < limit && !Character.isDigit(s.charAt(q))) {
            char c = s.charAt(q);
            if (!Character.isLetter(c) && c != ' ' && c != ',' && c != '-' && c != '–' && c != '—' && c != '·'
                    && c != '|' && c != '\u00a0' && c != '.' && c != '/' && c != '(') {
                return null;
            }
            q++;
        }
        if (q >= limit) {
            return null;
        }
        int he = digits(s, q, 2);
        if (he == q || he >= n || s.charAt(he) != ':' && s.charAt(he) != 'h') {
            return null;
        }
        int me = digits(s, he + 1, 2);
        if (me - he - 1 != 2) {
            return null;
        }
        int h = Integer.parseInt(s, q, he, 10);
        int m = Integer.parseInt(s, he + 1, me, 10);
        int end = me;
        int r = spaces(s, me);
        if (r + 1 < n && (s.charAt(r) == 'p' || s.charAt(r) == 'P' || s.charAt(r) == 'a' || s.charAt(r) == 'A')) {
            String ampm = s.substring(r, Math.min(n, r + 4)).toLowerCase(Locale.ROOT).replace(".", "");
            if (ampm.startsWith("pm") || ampm.startsWith("am")) {
                if (h > 12) {
                    return null;
                }
                h = ampm.startsWith("pm") ? h % 12 + 12 : h % 12;
                end = r + 2;
            }
        }
        return h < 24 && m < 60 ? new int[] {h, m, end} : null;
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
