package io.newsflow.enrich.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads person names out of byline text ("By Jane Doe and John Roe | May 5", "Von ANNA BERG, Berlin",
 * "记者 陈静 王磊"). Role words end the names ("Jane Doe, Staff Writer"), all-capital names are put in
 * title case, and words of scripts without letter case (Han, Arabic, Hebrew…) count as name words.
 */
final class Names {
    private static final Set<String> PARTICLES = Set.of("van", "von", "de", "der", "den", "da", "di", "du", "la", "le",
            "bin", "al", "el", "del", "dos", "das", "ter", "ten", "y", "st.", "mc", "ibn", "abu", "bint", "af", "zu");
    private static final Set<String> CONNECTORS = Set.of("and", "und", "et", "y", "e", "i", "&", "и", "і", "en", "ve",
            "και", "och", "og", "és", "și", "và", "و", "和");
    /** Role and desk words: not names ({@code roles.txt}). */
    private static final Set<String> ROLES = Lexicon.set("roles.txt");
    /** A name has at most this many words. */
    private static final int NAME_MAX_WORDS = 5;
    /** A Han-script name is a few characters ("陈静", "欧阳明华"); longer runs are words, not a name. */
    private static final int HAN_NAME_MAX_CHARS = 4;

    private Names() { }

    /** Names in the text, or an empty list when the text does not read as a list of names. */
    static List<String> parse(String text, int maxWords) {
        String s = cutAtSeparators(text);
        List<String> out = new ArrayList<>();
        int words = 0;
        boolean role = false;
        for (String segment : s.split("[,;，；、]")) {
            String first = segment.strip();
            if (!out.isEmpty() && !first.isEmpty() && Character.isLowerCase(first.codePointAt(0))) {
                break; // "Ana Souza, de São Paulo", "Anna Berg, aus Berlin": a place, not a second name
            }
            StringBuilder current = new StringBuilder();
            int segmentWords = 0;
            int namesBefore = out.size();
            for (String raw : segment.strip().split("\\s+")) {
                if (raw.isEmpty()) {
                    continue;
                }
                String w = raw.toLowerCase(Locale.ROOT);
                if (isRole(w)) {
                    // "Jane Doe, Staff Writer, The Daily", "Courts correspondent": the role's segment and what
                    // follows it (desk, outlet) are not names
                    role = true;
                    current.setLength(0);
                    out.subList(namesBefore, out.size()).clear();
                    break;
                }
                if (CONNECTORS.contains(w)) {
                    flush(current, out);
                    continue;
                }
                words++;
                segmentWords++;
                if (words > maxWords || !nameWord(raw) && !PARTICLES.contains(w)) {
                    return List.of();
                }
                if (isHanName(raw)) {
                    flush(current, out); // "陈静 王磊": each Han word is a whole name
                    current.append(raw);
                    flush(current, out);
                    continue;
                }
                if (current.length() > 0) {
                    current.append(' ');
                }
                current.append(raw);
            }
            if (!out.isEmpty() && segmentWords == 1 && current.length() > 0 && !isHanName(current.toString())) {
                break; // "Anna Berg, Berlin": one word after a full name is a place or an outlet
            }
            flush(current, out);
            if (role) {
                break;
            }
        }
        for (String n : out) {
            if (n.split(" ").length > NAME_MAX_WORDS) {
                return List.of(); // a name has at most five words
            }
        }
        out.replaceAll(Names::normaliseCase);
        return out;
    }

    /**
     * A line naming a role ("Courts correspondent, Westcountry Today", "Senior Political Correspondent"): some
     * comma-separated part ends with a role word.
     */
    static boolean isRoleLine(String text) {
        for (String segment : text.split("[,;|·•，]")) {
            String[] words = segment.strip().split("\\s+");
            if (words.length > 0 && isRole(Texts.stripDecoration(words[words.length - 1]).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** A role word, also as the head of a compound ("editor-at-large", "Chefredakteur-in"). */
    private static boolean isRole(String lower) {
        if (ROLES.contains(lower)) {
            return true;
        }
        int dash = lower.indexOf('-');
        return dash > 0 && ROLES.contains(lower.substring(0, dash));
    }

    private static void flush(StringBuilder current, List<String> out) {
        if (current.length() > 0) {
            out.add(current.toString());
            current.setLength(0);
        }
    }

    /** Capitalised ("Jane", "O'Neill", "Jean-Pierre"), or in a script without letter case ("陈静", "أحمد"). */
    static boolean nameWord(String w) {
        int c = w.codePointAt(0);
        boolean caseless = Character.isLetter(c) && !Character.isUpperCase(c) && !Character.isLowerCase(c)
                && !Character.isTitleCase(c);
        if (!Character.isUpperCase(c) && !Character.isTitleCase(c) && !caseless) {
            return false;
        }
        if (caseless && isHan(c) && !isHanName(w)) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            char ch = w.charAt(i);
            if (!Character.isLetter(ch) && ch != '.' && ch != '-' && ch != '\'' && ch != '’'
                    && Character.getType(ch) != Character.NON_SPACING_MARK) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHan(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** Two to four Han characters: the shape of a Chinese name. */
    private static boolean isHanName(String w) {
        if (w.length() < 2 || w.length() > HAN_NAME_MAX_CHARS) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if (!isHan(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** "CALLUM BRIGHT" → "Callum Bright", "JEAN-PIERRE O'NEILL" → "Jean-Pierre O'Neill"; other names unchanged. */
    static String normaliseCase(String name) {
        int letters = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLowerCase(c)) {
                return name;
            }
            if (Character.isUpperCase(c)) {
                letters++;
            }
        }
        if (letters < 4 || name.indexOf(' ') < 0) {
            return name; // "AFP", "BBC": an acronym, not a shouted name
        }
        StringBuilder out = new StringBuilder(name.length());
        boolean start = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLetter(c)) {
                out.append(start ? c : Character.toLowerCase(c));
                start = false;
            } else {
                out.append(c);
                start = c == ' ' || c == '-' || c == '\'' || c == '’';
            }
        }
        // particles inside a name stay lower case ("Van Der Berg" → "van der Berg" only inside)
        String[] parts = out.toString().split(" ");
        for (int i = 1; i < parts.length - 1; i++) {
            if (PARTICLES.contains(parts[i].toLowerCase(Locale.ROOT))) {
                parts[i] = parts[i].toLowerCase(Locale.ROOT);
            }
        }
        return String.join(" ", parts);
    }

    /** Drops what follows a separator: dates, roles, "Updated …". */
    static String cutAtSeparators(String text) {
        int end = text.length();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '|' || c == '•' || c == '·' || c == '—' || c == '–' || c == '\n' || c == '(' || c == '/'
                    || c == '（' || c == '【' || c == '｜' || Character.isDigit(c)) {
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
