package io.newsflow.enrich.extract;

import java.util.List;
import java.util.Locale;

/** Byline lines in the body ("By Jane Doe", "Author: Jane Doe"): removed, names go to authors. */
final class BylineRule implements BlockRule {
    @Override
    public String name() {
        return "byline";
    }

    @Override
    public void apply(Page page) {
        for (Block b : page.blocks) {
            if (b.removed || b.words > Thresholds.BYLINE_MAX_NAME_WORDS + 8) {
                continue;
            }
            String rest = afterPrefix(b.text);
            if (rest == null) {
                continue;
            }
            List<String> names = Names.parse(rest, Thresholds.BYLINE_MAX_NAME_WORDS);
            if (!names.isEmpty()) {
                for (String n : names) {
                    page.addAuthor(n, "byline");
                }
                b.remove(name(), "byline (belongs in the author field)");
            }
        }
    }

    /** The text after a byline prefix, or null when there is none. */
    static String afterPrefix(String text) {
        String t = Texts.stripDecoration(text);
        String lower = t.toLowerCase(Locale.ROOT);
        for (String p : Lexicon.BYLINE_PREFIXES) {
            if (lower.startsWith(p) && t.length() > p.length()) {
                char next = t.charAt(p.length());
                if (p.endsWith(":") || Character.isWhitespace(next) || next == ':') {
                    String rest = t.substring(p.length());
                    return Texts.stripDecoration(rest.startsWith(":") ? rest.substring(1) : rest);
                }
            }
        }
        return null;
    }

    /** For blocks already known to be bylines (markup): strip a prefix if any and read names. */
    static void readAuthors(Page page, String text, String source) {
        String rest = afterPrefix(text);
        List<String> names = Names.parse(rest != null ? rest : text, Thresholds.BYLINE_MAX_NAME_WORDS);
        for (String n : names) {
            page.addAuthor(n, source);
        }
    }
}
