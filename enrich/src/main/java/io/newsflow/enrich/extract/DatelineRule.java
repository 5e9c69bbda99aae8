package io.newsflow.enrich.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Metadata lines around the top of an article: dates, reading times, bare counters
 * ("Dec 18, 2025 ⋅ 10 min read", "2025-12-18", "3078"), and longer lines made of such items
 * ("8 mei 2021, 16:12 · Bijgewerkt 9 mei 2021 · Anna de Boer"). Dates found here feed datePublished
 * (dateModified after an "updated" label); names in such a line, or alone on a line next to it, feed authors.
 */
final class DatelineRule implements BlockRule {
    /** Datelines and counters are a few tokens. */
    private static final int MAX_WORDS = 8;
    /** A metadata line with a date may also carry labels, names and a reading time: still a short line. */
    private static final int META_MAX_WORDS = 24;
    /** Words around the date in one item ("Publicado el … a las …"): a label, not a sentence. */
    private static final int ITEM_MAX_EXTRA_WORDS = 4;
    /** An item without a date is a label ("Opinion", "Aangepast") when it is this short. */
    private static final int LABEL_MAX_WORDS = 2;
    /** A name alone on a line: a given name and a family name, maybe a particle or a middle name. */
    private static final int BARE_NAME_MIN_WORDS = 2;
    private static final int BARE_NAME_MAX_WORDS = 4;
    /** A bare name is read as a byline only below a real title line (a title is rarely this short). */
    private static final int TITLE_ABOVE_MIN_WORDS = 4;
    /**
     * A byline and dateline pair may follow the standfirst (the first prose): this many blocks after it still
     * belong to the head when a byline sits next to the date.
     */
    private static final int AFTER_LEAD_BLOCKS = 3;
    private static final List<String> READING_TIME = Lexicon.list("reading-time.txt");
    private static final List<String> UPDATED = Lexicon.list("updated-labels.txt");
    private static final TokenPhrases MINUTES = TokenPhrases.load("minute-units.txt");
    /** A reading time without a reading word ("Lecture 4 min.") is a label, a number and a unit. */
    private static final int READING_TIME_MAX_WORDS = 4;

    @Override
    public String name() {
        return "dateline";
    }

    @Override
    public void apply(Page page) {
        int first = page.firstProse();
        int firstParagraph = firstParagraph(page);
        List<Block> blocks = page.blocks;
        for (Block b : blocks) {
            if (b.removed || b.words == 0) {
                continue;
            }
            if (b.words > MAX_WORDS && (firstParagraph < 0 || b.index < firstParagraph)
                    && b.words <= Thresholds.DATELINE_LONG_MAX_WORDS && allDate(b.text)) {
                readItems(page, b.text); // "Published: Nov 18, 2019 at 8:59 pm | Updated: …"
                b.remove(name(), "dateline (metadata, not body)");
                continue;
            }
            if (b.words > META_MAX_WORDS) {
                continue;
            }
            boolean top = first < 0 || b.index < first;
            if (b.words <= MAX_WORDS && readingTime(b)) {
                page.published(Dates.text(b.text), "text");
                b.remove(name(), "dateline or reading time (metadata, not body)");
                continue;
            }
            if (!top && (b.index > first + AFTER_LEAD_BLOCKS || !nextToByline(blocks, b.index))) {
                continue;
            }
            Dates.Found date = Dates.find(b.text);
            boolean dateline;
            if (!top) {
                dateline = date != null && isMetaLine(b.text); // "Von Jonas Keller" / "Aktualisiert: 03.04.2024"
            } else if (b.words <= MAX_WORDS) {
                dateline = numeric(b) || date != null || startsWithDigit(b.text) && Dates.parse(b.text) != null;
            } else {
                dateline = date != null && isMetaLine(b.text);
            }
            if (dateline) {
                readItems(page, b.text);
                b.remove(name(), "dateline or reading time (metadata, not body)");
                if (date != null) {
                    bareNameNextTo(page, b.index);
                }
            }
        }
    }

    private static boolean nextToByline(List<Block> blocks, int i) {
        return i > 0 && "byline".equals(blocks.get(i - 1).rule)
                || i + 1 < blocks.size() && "byline".equals(blocks.get(i + 1).rule);
    }

    /** The first prose block that is not a heading: a headline ending in a period is not the article yet. */
    private static int firstParagraph(Page page) {
        for (Block b : page.blocks) {
            if (!b.removed && b.kind != Block.Kind.HEADING && b.proseLike()) {
                return b.index;
            }
        }
        return -1;
    }

    private static final java.util.Set<String> DATE_WORDS = Lexicon.set("dateline-words.txt");

    /** Nearly every token is a number or a date word: "Published: Nov 18, 2019 at 8:59 pm | Updated: 10:16 pm". */
    static boolean allDate(String text) {
        java.util.List<String> tokens = Texts.tokens(text);
        int dates = 0;
        boolean digits = false;
        for (String t : tokens) {
            boolean digit = Character.isDigit(t.charAt(0));
            digits |= digit;
            if (digit || DATE_WORDS.contains(t)) {
                dates++;
            }
        }
        return digits && dates >= Thresholds.DATELINE_LONG_MIN_DATE_SHARE * tokens.size();
    }

    /** Most tokens are numbers: counters, dates in digits. */
    private static boolean numeric(Block b) {
        return b.numericTokens * 2 > b.words;
    }

    private static boolean startsWithDigit(String s) {
        return !s.isEmpty() && Character.isDigit(s.charAt(0));
    }

    /** "5 min read", "Lesezeit: 3 Minuten", or only a number and a minute unit ("Lecture 4 min.", "3 dk"). */
    static boolean readingTime(Block b) {
        if (b.words <= READING_TIME_MAX_WORDS && b.numericTokens > 0 && MINUTES.find(b.tokenHashes) >= 0) {
            return true;
        }
        return readingTime(b.lower());
    }

    static boolean readingTime(String lower) {
        for (String p : READING_TIME) {
            if (lower.contains(p)) {
                return true;
            }
        }
        return false;
    }

    /** The items of a metadata line, split at "·", "•", "|", dashes. */
    static List<String> items(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            boolean cut = i == text.length();
            if (!cut) {
                char c = text.charAt(i);
                cut = c == '·' || c == '•' || c == '|' || c == '｜' || c == '—' || c == '–' || c == '⋅'
                        || c == '-' && i > 0 && i + 1 < text.length() && text.charAt(i - 1) == ' '
                        && text.charAt(i + 1) == ' ';
            }
            if (cut) {
                String item = text.substring(start, i).strip();
                if (!item.isEmpty()) {
                    out.add(item);
                }
                start = i + 1;
            }
        }
        return out;
    }

    /** Every item is a date with a label, a reading time, a byline, names or a short label. */
    static boolean isMetaLine(String text) {
        for (String item : items(text)) {
            if (!isMetaItem(item)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isMetaItem(String item) {
        Dates.Found d = Dates.find(item);
        if (d != null) {
            String after = item.substring(d.end()).strip();
            int extra = Texts.countWords(item.substring(0, d.start()));
            if (!after.isEmpty() && bylineNames(after).isEmpty()) {
                extra += Texts.countWords(after);
            }
            return extra <= ITEM_MAX_EXTRA_WORDS;
        }
        String lower = item.toLowerCase(java.util.Locale.ROOT);
        if (readingTime(lower) || !bylineNames(item).isEmpty() || !bareNames(item).isEmpty()) {
            return true;
        }
        return Texts.countWords(item) <= LABEL_MAX_WORDS && !Texts.endsSentence(item);
    }

    /** Dates and names of a metadata line into the page. */
    private static void readItems(Page page, String text) {
        int from = 0;
        for (String item : items(text)) {
            int at = text.indexOf(item, from);
            from = at + item.length();
            Dates.Found d = Dates.find(item);
            if (d != null) {
                // read again from the item on: a time may sit behind a separator ("12 de mayo de 2023 - 09:45")
                Dates.Found withTime = Dates.find(text.substring(at + d.start()));
                java.time.Instant when = withTime != null && withTime.start() == 0 ? withTime.when() : d.when();
                if (isUpdated(item.substring(0, d.start()))) {
                    page.modified(when, "text");
                } else {
                    page.published(when, "text");
                }
                String after = item.substring(d.end()).strip();
                for (String n : bylineNames(after)) {
                    page.addAuthor(n, "byline");
                }
                continue;
            }
            List<String> names = bylineNames(item);
            if (names.isEmpty()) {
                names = bareNames(item);
            }
            for (String n : names) {
                page.addAuthor(n, "byline");
            }
        }
    }

    private static boolean isUpdated(String before) {
        String t = Texts.stripDecoration(before).toLowerCase(java.util.Locale.ROOT);
        for (String label : UPDATED) {
            if (t.startsWith(label)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> bylineNames(String item) {
        String rest = BylineRule.afterPrefix(item);
        return rest == null ? List.of() : Names.parse(rest, Thresholds.BYLINE_MAX_NAME_WORDS);
    }

    /** One name and nothing else ("Anna de Boer", "CALLUM BRIGHT"). */
    static List<String> bareNames(String item) {
        String t = Texts.stripDecoration(item);
        int words = Texts.countWords(t);
        if (words < BARE_NAME_MIN_WORDS || words > BARE_NAME_MAX_WORDS || Texts.endsSentence(t)) {
            return List.of();
        }
        List<String> names = Names.parse(t, BARE_NAME_MAX_WORDS);
        return names.size() == 1 && Texts.countWords(names.get(0)) == words ? names : List.of();
    }

    /**
     * A name alone on the line just above or below a dateline, under the title, is the byline
     * ("Anna de Boer" / "8 mei 2021, 16:12").
     */
    private static void bareNameNextTo(Page page, int at) {
        List<Block> blocks = page.blocks;
        for (int dir : new int[] {-1, 1}) {
            int i = at + dir;
            int role = -1;
            if (i >= 0 && i < blocks.size() && BylineRule.isRoleLine(blocks.get(i))) {
                role = i; // "CALLUM BRIGHT" / "Local Democracy Reporter" / date
                i += dir;
            }
            if (i < 0 || i >= blocks.size()) {
                continue;
            }
            Block b = blocks.get(i);
            if (b.removed || b.proseLike() || !titleAbove(blocks, i)) {
                continue;
            }
            List<String> names = bareNames(b.text);
            if (!names.isEmpty()) {
                page.addAuthor(names.get(0), "byline");
                b.remove("dateline", "byline next to the date (belongs in the author field)");
                BylineRule.removeRoleLine(page, role);
                BylineRule.removeRoleLine(page, i + 1);
                return;
            }
        }
    }

    private static boolean titleAbove(List<Block> blocks, int i) {
        for (int j = i - 1; j >= 0; j--) {
            Block b = blocks.get(j);
            if (!b.removed && b.words >= TITLE_ABOVE_MIN_WORDS && HeadlineRule.isTitleLike(b)) {
                return true;
            }
        }
        return false;
    }
}
