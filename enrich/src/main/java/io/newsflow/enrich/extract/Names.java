package io.newsflow.enrich.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads person names out of byline text ("By Jane Doe and John Roe | May 5"). */
final class Names {
    private static final Set<String> PARTICLES = Set.of("van", "von", "de", "der", "den", "da", "di", "du", "la", "le",
            "bin", "al", "el", "del", "dos", "das", "ter", "ten", "y", "st.", "mc");
    private static final Set<String> CONNECTORS = Set.of("and", "und", "et", "y", "e", "i", "&", "и", "і", "en");

    private Names() { }

    /** Names in the text, or an empty list when the text does not read as a list of names. */
    static List<String> parse(String text, int maxWords) {
        String s = cutAtSeparators(text);
        List<String> out = new ArrayList<>();
        int words = 0;
        for (String segment : s.split("[,;]")) {
            StringBuilder current = new StringBuilder();
            for (String raw : segment.strip().split("\\s+")) {
                if (raw.isEmpty()) {
                    continue;
                }
                String w = raw.toLowerCase(Locale.ROOT);
                if (CONNECTORS.contains(w)) {
                    flush(current, out);
                    continue;
                }
                words++;
                if (words > maxWords || !nameWord(raw) && !PARTICLES.contains(w)) {
                    return List.of();
                }
                if (current.length() > 0) {
                    current.append(' ');
                }
                current.append(raw);
            }
            flush(current, out);
        }
        for (String n : out) {
            if (n.split(" ").length > 5) {
                return List.of(); // a name has at most five words
            }
        }
        return out;
    }

    private static void flush(StringBuilder current, List<String> out) {
        if (current.length() > 0) {
            out.add(current.toString());
            current.setLength(0);
        }
    }

    private static boolean nameWord(String w) {
        int c = w.codePointAt(0);
        if (!Character.isUpperCase(c) && !Character.isTitleCase(c)) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            char ch = w.charAt(i);
            if (!Character.isLetter(ch) && ch != '.' && ch != '-' && ch != '\'' && ch != '’') {
                return false;
            }
        }
        return true;
    }

    /** Drops what follows a separator: dates, roles, "Updated …". */
    static String cutAtSeparators(String text) {
        int end = text.length();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '|' || c == '•' || c == '·' || c == '—' || c == '–' || c == '\n' || c == '(' || c == '/'
                    || Character.isDigit(c)) {
                end = i;
                break;
            }
            if (c == '-' && i > 0 && text.charAt(i - 1) == ' ') {
                end = i;
                break;
            }
        }
        String s = text.substring(0, end).strip();
        String lower = s.toLowerCase(Locale.ROOT);
        for (String tail : List.of(" updated", " published", " posted", " on ", " at ", " in ")) {
            int k = lower.indexOf(tail);
            if (k > 0) {
                s = s.substring(0, k).strip();
                lower = s.toLowerCase(Locale.ROOT);
            }
        }
        return s;
    }
}
