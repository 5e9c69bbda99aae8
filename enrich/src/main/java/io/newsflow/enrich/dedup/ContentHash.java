package io.newsflow.enrich.dedup;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import io.newsflow.enrich.text.AnalysedText;
import io.newsflow.enrich.text.Chars;

/**
 * SHA-256 of the normalised body: paragraphs NFKC-normalised, typographic quotes and dashes folded, whitespace
 * collapsed, empty paragraphs dropped, joined by a newline, encoded as UTF-8 (an unpaired surrogate as '?', as
 * {@link String#getBytes} does). Equal hashes mean the same text, whatever the whitespace or quote style of the page
 * it came from. Case is kept: a re-cased copy is left to the simhash.
 */
public final class ContentHash {

    private static final HexFormat HEX = HexFormat.of();
    /** Per thread: the digest and the UTF-8 buffer, reused from article to article. */
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private ContentHash() {
    }

    /** Lower-case hex SHA-256 of the normalised body. */
    public static String sha256Hex(List<String> body) {
        return sha256Hex(AnalysedText.ofBody(body));
    }

    /** Lower-case hex SHA-256 of the normalised body paragraphs of an analysed text (its headline is not hashed). */
    public static String sha256Hex(AnalysedText text) {
        Scratch s = SCRATCH.get();
        int w = 0;
        boolean first = true;
        for (int z = 1; z < text.zones(); z++) {
            String paragraph = text.zoneText(z);
            if (paragraph == null) {
                continue;
            }
            int mark = w;
            if (!first) {
                s.reserve(w + 1);
                s.bytes[w++] = '\n';
            }
            int start = w;
            if (text.nfkcInert(z) && text.plainSpacing(z)) {
                s.reserve(w + 3 * (text.zoneEnd(z) - text.zoneStart(z)));
                w = foldUtf8(text.chars(), text.zoneStart(z), text.zoneEnd(z), s.bytes, w);
            } else if (text.nfkcInert(z)) {
                s.reserve(w + 3 * (text.zoneEnd(z) - text.zoneStart(z)));
                w = foldCollapseUtf8(text.chars(), text.zoneStart(z), text.zoneEnd(z), s.bytes, w);
            } else {
                int[] length = new int[1];
                char[] normalised = TextNormaliser.nfkcCollapsed(paragraph, length);
                s.reserve(w + 3 * length[0]);
                w = utf8(normalised, length[0], s.bytes, w);
            }
            if (w == start) {
                w = mark;
            } else {
                first = false;
            }
        }
        s.digest.update(s.bytes, 0, w);
        return HEX.formatHex(s.digest.digest());
    }

    /** Folds and encodes NFKC-inert chars that need no collapsing (no surrogates among them); returns the new end. */
    private static int foldUtf8(char[] chars, int from, int to, byte[] b, int w) {
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c < 0x80) {
                b[w++] = (byte) c;
                continue;
            }
            c = TextNormaliser.fold(c);
            w = putUtf8(c, b, w);
        }
        return w;
    }

    /** UTF-8 of one char that is not a surrogate; returns the new end. */
    private static int putUtf8(char c, byte[] b, int w) {
        if (c < 0x80) {
            b[w++] = (byte) c;
        } else if (c < 0x800) {
            b[w++] = (byte) (0xC0 | (c >> 6));
            b[w++] = (byte) (0x80 | (c & 0x3F));
        } else {
            b[w++] = (byte) (0xE0 | (c >> 12));
            b[w++] = (byte) (0x80 | ((c >> 6) & 0x3F));
            b[w++] = (byte) (0x80 | (c & 0x3F));
        }
        return w;
    }

    /** Folds, collapses and encodes NFKC-inert chars (no surrogates among them) in one pass; returns the new end. */
    private static int foldCollapseUtf8(char[] chars, int from, int to, byte[] b, int w) {
        int start = w;
        boolean space = false;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c < 0x80) {
                if (Chars.isSpace(c)) {
                    space = w > start;
                    continue;
                }
                if (space) {
                    b[w++] = ' ';
                    space = false;
                }
                b[w++] = (byte) c;
                continue;
            }
            c = TextNormaliser.fold(c);
            if (Chars.isSpace(c)) {
                space = w > start;
                continue;
            }
            if (space) {
                b[w++] = ' ';
                space = false;
            }
            w = putUtf8(c, b, w);
        }
        return w;
    }

    /** Encodes {@code chars[0, length)} as UTF-8 from {@code b[w]}; returns the new end. */
    private static int utf8(char[] chars, int length, byte[] b, int w) {
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (c < 0x80) {
                b[w++] = (byte) c;
            } else if (c < 0x800) {
                b[w++] = (byte) (0xC0 | (c >> 6));
                b[w++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(chars[i + 1])) {
                    int cp = Character.toCodePoint(c, chars[++i]);
                    b[w++] = (byte) (0xF0 | (cp >> 18));
                    b[w++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                    b[w++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                    b[w++] = (byte) (0x80 | (cp & 0x3F));
                } else {
                    b[w++] = (byte) '?';
                }
            } else {
                b[w++] = (byte) (0xE0 | (c >> 12));
                b[w++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                b[w++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        return w;
    }

    private static final class Scratch {
        final MessageDigest digest = sha256();
        byte[] bytes = new byte[16384];

        void reserve(int capacity) {
            if (bytes.length < capacity) {
                bytes = java.util.Arrays.copyOf(bytes, Math.max(capacity, 2 * bytes.length));
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
