package io.newsflow.enrich.dedup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * SHA-256 of the normalised body: paragraphs NFKC-normalised, typographic quotes and dashes folded, whitespace
 * collapsed, empty paragraphs dropped, joined by a newline. Equal hashes mean the same text, whatever the
 * whitespace or quote style of the page it came from. Case is kept: a re-cased copy is left to the simhash.
 */
public final class ContentHash {

    private ContentHash() {
    }

    /** Lower-case hex SHA-256 of the normalised body. */
    public static String sha256Hex(List<String> body) {
        MessageDigest digest = sha256();
        boolean first = true;
        for (String paragraph : TextNormaliser.paragraphs(body)) {
            if (!first) {
                digest.update((byte) '\n');
            }
            digest.update(paragraph.getBytes(StandardCharsets.UTF_8));
            first = false;
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
