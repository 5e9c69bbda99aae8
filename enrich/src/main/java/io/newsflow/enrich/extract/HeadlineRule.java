package io.newsflow.enrich.extract;

import java.util.Arrays;
import java.util.List;

/**
 * The title: a known headline (structured data, feed hint) or the title line of the page's head (the lines
 * above the first paragraph). A title line is chosen by what it looks like, not only by where it is: a line
 * of title length without a final period, not a date, byline, caption, role or label line, preferably one the
 * page repeats (in a caption or at the end); a longer line right under a shorter title is its standfirst.
 * Among equals the line nearest the first paragraph wins; a one- or two-word label right above it is the
 * section (plain text only sets it here). Lines repeating the headline leave the body.
 * No headline is invented here.
 */
final class HeadlineRule implements BlockRule {
    /** Title lines sit in the head of the page: at most this many blocks before the first prose block. */
    private static final int MAX_TITLE_DISTANCE = 12;
    /** Most headlines have this many words; shorter lines are often labels or names. */
    private static final int TYPICAL_MIN_WORDS = 4;
    /** Longer than this, a line without a period is a standfirst more often than a title. */
    private static final int TYPICAL_MAX_WORDS = 20;
    /** A standfirst under a title is at least this long (titles are shorter than the line below them). */
    private static final int STANDFIRST_MIN_WORDS = 12;
    /** Metadata lines (date, byline) are short; a long line that mentions a date may still be the title. */
    private static final int DATED_LINE_MAX_WORDS = 24;
    /** A role line ("Courts correspondent, The Daily") is short. */
    private static final int ROLE_LINE_MAX_WORDS = 8;

    /** A section label (kicker) is a word or two, right above the title (a removed line may sit between). */
    private static final int KICKER_MAX_WORDS = 2;
    private static final int KICKER_DISTANCE = 2;

    private static final double TYPICAL_LENGTH = 2;
    private static final double SHORT_WORD = 0.5;
    private static final double TOO_LONG = -2;
    private static final double REPEATED = 3;
    private static final double BARE_NAME = -1;
    private static final double STANDFIRST = -2;

    @Override
    public String name() {
        return "headline";
    }

    @Override
    public void apply(Page page) {
        int first = page.firstProse();
        if (page.headline == null) {
            Block title = titleLine(page, first);
            if (title != null) {
                page.headline = withoutTrailingByline(page, title.text);
                page.headlineSource = "text";
                title.remove(name(), "title (goes to the headline field)");
                if (page.section == null) {
                    page.section = kicker(page, title.index);
                }
            }
        }
        if (page.headline == null) {
            return;
        }
        long[] title = Texts.tokenHashes(page.headline);
        if (title.length == 0) {
            return;
        }
        long key = Texts.sequenceKey(title);
        for (Block b : page.blocks) {
            if (b.removed) {
                continue;
            }
            if (b.key == key || isTitleWithSiteName(b.tokenHashes, title) && (first < 0 || b.index < first)) {
                b.remove(name(), "title (goes to the headline field)");
            }
        }
    }

    /** Words a site name adds to a title ("Headline - Site Name", "Headline | Site"). */
    private static final int SITE_NAME_MAX_WORDS = 4;

    /** "Headline - Site Name" / "Headline | Site" in a page's title element. */
    private static boolean isTitleWithSiteName(long[] tokens, long[] title) {
        int extra = tokens.length - title.length;
        if (extra <= 0 || extra > SITE_NAME_MAX_WORDS) {
            return false;
        }
        return Arrays.equals(tokens, 0, title.length, title, 0, title.length)
                || Arrays.equals(tokens, extra, tokens.length, title, 0, title.length);
    }

    /** The best-scoring title line of the head, or null. */
    private static Block titleLine(Page page, int first) {
        if (first < 0) {
            return null;
        }
        Block best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        Block previous = null; // the nearest kept title-like line above the one being scored
        for (int i = Math.max(0, first - MAX_TITLE_DISTANCE); i < first; i++) {
            Block b = page.blocks.get(i);
            if (b.removed) {
                continue;
            }
            if (!isTitleLike(b) || !couldBeTitle(b)) {
                previous = null;
                continue;
            }
            double s = score(page, b, previous);
            if (s >= bestScore) {
                best = b;
                bestScore = s;
            }
            previous = b;
        }
        return best;
    }

    private static double score(Page page, Block b, Block previous) {
        double s;
        if (b.words > TYPICAL_MAX_WORDS) {
            s = TOO_LONG;
        } else if (b.words >= TYPICAL_MIN_WORDS) {
            s = TYPICAL_LENGTH;
        } else {
            s = SHORT_WORD * (b.words - 1);
        }
        if (b.words >= TYPICAL_MIN_WORDS && repeatedElsewhere(page, b)) { // menus repeat short labels too
            s += REPEATED;
        }
        if (!DatelineRule.bareNames(b.text).isEmpty()) {
            s += BARE_NAME;
        }
        if (previous != null && b.words >= STANDFIRST_MIN_WORDS && previous.words >= TYPICAL_MIN_WORDS
                && previous.words < b.words) {
            s += STANDFIRST;
        }
        return s;
    }

    /** A title joined with the byline under it: a lower-case byline word, then only names. */
    private static final int TRAILING_BYLINE_MAX_WORDS = 6;

    /**
     * "Maltempo, chiuse le scuole di Luca Bianchi" → "Maltempo, chiuse le scuole" when the byline line ("di Luca
     * Bianchi", "par Claire Dubois") was joined to the title as a wrapped line; the names go to authors.
     */
    private static String withoutTrailingByline(Page page, String title) {
        int end = title.length();
        int words = 0;
        for (int i = title.length() - 1; i > 0 && words <= TRAILING_BYLINE_MAX_WORDS; i--) {
            if (title.charAt(i) != ' ') {
                continue;
            }
            words++;
            String tail = title.substring(i + 1);
            if (tail.isEmpty() || !Character.isLowerCase(tail.charAt(0))) {
                continue; // the joined byline line started in lower case (else it would not have been joined)
            }
            String rest = BylineRule.afterPrefix(tail);
            if (rest == null) {
                continue;
            }
            List<String> names = Names.parse(rest, Thresholds.BYLINE_MAX_NAME_WORDS);
            if (!names.isEmpty() && Texts.countWords(String.join(" ", names)) == Texts.countWords(rest)) {
                names.forEach(n -> page.addAuthor(n, "byline"));
                end = i;
                break;
            }
        }
        return title.substring(0, end).strip();
    }

    /**
     * The label just above a title line ("Politik", "Economía") names the section: a word or two, no digits,
     * no sentence, not a name or a role.
     */
    private static String kicker(Page page, int title) {
        for (int i = title - 1; i >= 0 && title - i <= KICKER_DISTANCE; i--) {
            Block k = page.blocks.get(i);
            if (k.removed) {
                continue;
            }
            boolean label = k.words >= 1 && k.words <= KICKER_MAX_WORDS && k.numericTokens == 0
                    && Texts.startsUpperOrDigit(k.text) && !Texts.endsSentence(k.text) && k.linkChars == 0
                    && !Names.isRoleLine(k.text) && DatelineRule.bareNames(k.text).isEmpty();
            return label ? Texts.stripDecoration(k.text) : null;
        }
        return null;
    }

    /** Not a dateline, byline, caption, role line or promotion, whatever its shape. */
    private static boolean couldBeTitle(Block b) {
        if (b.words <= DATED_LINE_MAX_WORDS && Dates.find(b.text) != null && DatelineRule.isMetaLine(b.text)) {
            return false; // "8 mei 2021, 16:12 · Anna de Boer"; "Elections on 3 March 2024: what to know" may be a title
        }
        if (CaptionRule.isCaption(b) || BylineRule.afterPrefix(b.text, b.lower()) != null
                && !Names.parse(BylineRule.afterPrefix(b.text, b.lower()), Thresholds.BYLINE_MAX_NAME_WORDS).isEmpty()) {
            return false;
        }
        return b.words > ROLE_LINE_MAX_WORDS || !Names.isRoleLine(b.text);
    }

    /** The line's words open another block of the page (a caption or a closing line repeating the title). */
    private static boolean repeatedElsewhere(Page page, Block b) {
        long[] t = b.tokenHashes;
        for (Block o : page.blocks) {
            if (o != b && o.tokenHashes.length >= t.length && o.tokenHashes[0] == t[0]
                    && Arrays.equals(o.tokenHashes, 0, t.length, t, 0, t.length)) {
                return true;
            }
        }
        return false;
    }

    static boolean isTitleLike(Block b) {
        if (b.words < Thresholds.TITLE_MIN_WORDS || b.words > Thresholds.TITLE_MAX_WORDS) {
            return false;
        }
        if (b.linkDensity() > Thresholds.CONTENT_MAX_LINK_DENSITY || !Texts.startsUpperOrDigit(b.text)) {
            return false;
        }
        int last = Texts.lastNonSpace(b.text);
        return last != '.' && last != ',' && last != ';' && last != ':' && last != '：' && last != '。';
    }
}
