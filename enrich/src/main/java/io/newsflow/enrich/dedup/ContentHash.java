package io.newsflow.enrich.dedup;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

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
        return sha256Hex(NormalisedBody.of(body));
    }

    /** Lower-case hex SHA-256 of a normalised body (the same value as {@link #sha256Hex(List)} on its paragraphs). */
    public static String sha256Hex(NormalisedBody body) {
        Scratch s = SCRATCH.get();
        int n = utf8(body.chars(), body.length(), s);
        s.digest.update(s.bytes, 0, n);
        return HEX.formatHex(s.digest.digest());
    }

    /** Encodes {@code chars[0, length)} as UTF-8 into the scratch buffer; returns the byte count. */
    private static int utf8(char[] chars, int length, Scratch s) {
        if (s.bytes.length < 3 * length) {
            s.bytes = new byte[Math.max(3 * length, 2 * s.bytes.length)];
        }
        byte[] b = s.bytes;
        int w = 0;
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
        byte[] bytes = new byte[8192];
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
