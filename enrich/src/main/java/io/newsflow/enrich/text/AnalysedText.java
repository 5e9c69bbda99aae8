package io.newsflow.enrich.text;

import java.util.Arrays;
import java.util.List;

/**
 * An article's headline and body paragraphs read once for every analysis after extraction (topics, entities,
 * fingerprints): the characters of all of them in one array and the runs of letters and
 * digits ({@code Character.isLetterOrDigit}) with the FNV-1a 64 hash of each run's lower-case chars. Each analysis
 * builds its own words from these runs (joining them across an apostrophe, a hyphen or a dot by its own rules), so
 * the text is classified and hashed once, not once per analysis.
 *
 * <p>Zone 0 is the headline (empty when there is none), zone {@code i + 1} the body paragraph {@code i} (empty when
 * it is null). Immutable once built; the accessors return views of internal arrays and must not be written to.
 */
public final class AnalysedText {

    /** The headline's zone. */
    public static final int HEADLINE = 0;
    /** FNV-1a 64 offset basis and prime: the run hashes are the simhash's word hashes when no joiner intervenes. */
    public static final long FNV_OFFSET = 0xcbf29ce484222325L;
    public static final long FNV_PRIME = 0x100000001b3L;

    private final String headline;
    private final List<String> body;
    private final char[] chars;
    /** Zone z spans chars [zoneStart[z], zoneStart[z + 1]) and runs [zoneRun[z], zoneRun[z + 1]). */
    private final int[] zoneStart;
    private final int[] zoneRun;
    /** Per zone: NFKC leaves it unchanged (see {@link Chars#isNfkcInert}). */
    private final boolean[] zoneInert;
    /** Per zone: its only whitespace is single ASCII spaces between other chars. */
    private final boolean[] zonePlain;
    private final int[] runStart;
    private final int[] runEnd;
    private final long[] runHash;
    /** Per run: all its chars are ASCII. */
    private final boolean[] runAscii;
    /** Per run: its {@link ShortWords#key} (its lower-case chars packed in a long), or {@link ShortWords#NONE}. */
    private final long[] runKey;
    private final int runs;

    private AnalysedText(String headline, List<String> body) {
        this.headline = headline;
        this.body = body;
        int zones = body.size() + 1;
        int total = headline == null ? 0 : headline.length();
        for (String p : body) {
            total += p == null ? 0 : p.length();
        }
        chars = new char[total];
        zoneStart = new int[zones + 1];
        zoneRun = new int[zones + 1];
        zoneInert = new boolean[zones];
        zonePlain = new boolean[zones];
        // About one run per six characters in English prose; grown when a text has more.
        int[] starts = new int[total / 5 + 16];
        int[] ends = new int[starts.length];
        long[] hashes = new long[starts.length];
        boolean[] ascii = new boolean[starts.length];
        long[] keys = new long[starts.length];
        int r = 0;
        int at = 0;
        for (int z = 0; z < zones; z++) {
            String s = z == 0 ? headline : body.get(z - 1);
            zoneStart[z] = at;
            zoneRun[z] = r;
            int n = s == null ? 0 : s.length();
            if (n > 0) {
                s.getChars(0, n, chars, at);
            }
            int end = at + n;
            boolean inert = true;
            boolean plain = true;
            int i = at;
            while (i < end) {
                char c = chars[i];
                if (!Chars.isLetterOrDigit(c)) {
                    if (c == ' ') {
                        plain &= i > at && i + 1 < end && chars[i - 1] != ' ';
                    } else if (c >= 128) {
                        inert &= Chars.isNfkcInert(c);
                        plain &= !Chars.isSpace(c);
                    } else {
                        plain &= !Chars.isSpace(c);
                    }
                    i++;
                    continue;
                }
                if (r == starts.length) {
                    starts = Arrays.copyOf(starts, r * 2);
                    ends = Arrays.copyOf(ends, r * 2);
                    hashes = Arrays.copyOf(hashes, r * 2);
                    ascii = Arrays.copyOf(ascii, r * 2);
                    keys = Arrays.copyOf(keys, r * 2);
                }
                int from = i;
                starts[r] = from;
                long h = FNV_OFFSET;
                long k = 0;
                int all = 0;
                do {
                    all |= c;
                    char l;
                    if (c < 128) {
                        l = Chars.toLowerCaseAscii(c);
                    } else {
                        inert &= Chars.isNfkcInert(c);
                        l = Character.toLowerCase(c);
                    }
                    h = (h ^ l) * FNV_PRIME;
                    k = (k << 8) | l;
                    i++;
                } while (i < end && Chars.isLetterOrDigit(c = chars[i]));
                ends[r] = i;
                hashes[r] = h;
                ascii[r] = all < 128;
                // The same packing as ShortWords.key, built along the way.
                keys[r] = all < 128 && i - from <= ShortWords.MAX_LENGTH ? k | (long) (i - from) << 56 : ShortWords.NONE;
                r++;
            }
            zoneInert[z] = inert;
            zonePlain[z] = plain;
            at = end;
        }
        zoneStart[zones] = at;
        zoneRun[zones] = r;
        runStart = starts;
        runEnd = ends;
        runHash = hashes;
        runAscii = ascii;
        runKey = keys;
        runs = r;
    }

    /** Reads a headline (may be null) and body paragraphs (a paragraph may be null). */
    public static AnalysedText of(String headline, List<String> body) {
        return new AnalysedText(headline, body);
    }

    /** Reads body paragraphs without a headline. */
    public static AnalysedText ofBody(List<String> body) {
        return new AnalysedText(null, body);
    }

    public String headline() {
        return headline;
    }

    public List<String> body() {
        return body;
    }

    /** Headline plus paragraphs. */
    public int zones() {
        return zoneStart.length - 1;
    }

    /** The original string of a zone: the headline or a paragraph, possibly null. */
    public String zoneText(int zone) {
        return zone == HEADLINE ? headline : body.get(zone - 1);
    }

    public int zoneStart(int zone) {
        return zoneStart[zone];
    }

    public int zoneEnd(int zone) {
        return zoneStart[zone + 1];
    }

    /** First run of a zone. */
    public int zoneFirstRun(int zone) {
        return zoneRun[zone];
    }

    /** One past the last run of a zone. */
    public int zoneEndRun(int zone) {
        return zoneRun[zone + 1];
    }

    /** True when NFKC cannot change the zone's text. */
    public boolean nfkcInert(int zone) {
        return zoneInert[zone];
    }

    /** True when the zone's only whitespace is single ASCII spaces between other chars (collapsing is a no-op). */
    public boolean plainSpacing(int zone) {
        return zonePlain[zone];
    }

    public char charAt(int i) {
        return chars[i];
    }

    /** {@code Character.toLowerCase(charAt(i))}. */
    public char lowerAt(int i) {
        return Chars.toLowerCase(chars[i]);
    }

    /** All characters (read-only view). */
    public char[] chars() {
        return chars;
    }

    public int runs() {
        return runs;
    }

    public int runStart(int run) {
        return runStart[run];
    }

    public int runEnd(int run) {
        return runEnd[run];
    }

    /** FNV-1a 64 of the run's lower-case chars. */
    public long runHash(int run) {
        return runHash[run];
    }

    /** The run's {@link ShortWords#key}: its lower-case chars packed in a long, or {@link ShortWords#NONE}. */
    public long runKey(int run) {
        return runKey[run];
    }

    /** True when every char of the run is ASCII. */
    public boolean runAscii(int run) {
        return runAscii[run];
    }

    /** Continues an FNV-1a 64 hash over lower-case chars {@code [from, to)}. */
    public long hashLower(long h, int from, int to) {
        for (int i = from; i < to; i++) {
            h = (h ^ Chars.toLowerCase(chars[i])) * FNV_PRIME;
        }
        return h;
    }

    /** The original text of chars {@code [from, to)}. */
    public String text(int from, int to) {
        return new String(chars, from, to - from);
    }
}
