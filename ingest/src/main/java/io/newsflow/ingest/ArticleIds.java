package io.newsflow.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Stable article ids: the same article gets the same id on every replay, so sinks stay idempotent. From the
 * canonical URL when known (normalised: scheme and host lower-cased, default port, fragment and tracking
 * parameters dropped), otherwise from the normalised text (Unicode NFKC, white space folded, case folded).
 * Ids are 16 hex digits (64 bits of SHA-256): collisions stay negligible below billions of articles.
 */
public final class ArticleIds {

    /** Hex digits kept from the SHA-256. */
    static final int ID_HEX_DIGITS = 16;

    private ArticleIds() {
    }

    /** Id from a URL; null when the URL is not absolute http(s). */
    public static String fromUrl(String url) {
        String normalised = normaliseUrl(url);
        return normalised == null ? null : hash("url:" + normalised);
    }

    /** Id from the article's text. */
    public static String fromText(String text) {
        return hex(sha256(normalisedUtf8("text:", text)));
    }

    /** A fresh id derived from a stable one, for load runs that must not be deduplicated ({@code --as-new}). */
    public static String asNew(String stableId, String runId, long sequence) {
        return hash("new:" + runId + ":" + sequence + ":" + stableId);
    }

    static String normaliseUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI u = new URI(url.trim()).normalize();
            String scheme = u.getScheme() == null ? null : u.getScheme().toLowerCase(Locale.ROOT);
            if (!"http".equals(scheme) && !"https".equals(scheme) || u.getHost() == null) {
                return null;
            }
            String host = u.getHost().toLowerCase(Locale.ROOT);
            int port = u.getPort();
            boolean defaultPort = port == -1 || "http".equals(scheme) && port == 80 || "https".equals(scheme) && port == 443;
            String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
            if (path.length() > 1 && path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            String query = u.getRawQuery() == null ? null : Arrays.stream(u.getRawQuery().split("&"))
                    .filter(p -> !p.isEmpty() && !isTrackingParameter(p))
                    .sorted().collect(Collectors.joining("&"));
            // http and https name the same article
            return host + (defaultPort ? "" : ":" + port) + path + (query == null || query.isEmpty() ? "" : "?" + query);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static boolean isTrackingParameter(String param) {
        String name = param.split("=", 2)[0].toLowerCase(Locale.ROOT);
        return name.startsWith("utm_") || name.equals("fbclid") || name.equals("gclid") || name.equals("mc_cid")
                || name.equals("mc_eid") || name.equals("ocid") || name.equals("cmpid");
    }

    static String normaliseText(String text) {
        byte[] utf8 = normalisedUtf8("", text);
        return new String(utf8, 0, utf8.length, StandardCharsets.UTF_8);
    }

    /**
     * {@code prefix} then the text NFKC-normalised, white space folded to single spaces and trimmed, lower-cased,
     * as UTF-8: written straight into one byte array (this runs once per ingested article).
     */
    private static byte[] normalisedUtf8(String prefix, String text) {
        String n = Normalizer.isNormalized(text, Normalizer.Form.NFKC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFKC);
        byte[] out = new byte[prefix.length() + n.length() * 3];
        int len = 0;
        for (int i = 0; i < prefix.length(); i++) {
            out[len++] = (byte) prefix.charAt(i);
        }
        int start = len;
        boolean pendingSpace = false;
        for (int i = 0; i < n.length(); ) {
            char c = n.charAt(i);
            if (c < 0x80) { // ASCII fast path: most of most news text
                i++;
                if (c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1C && c <= 0x1F) {
                    pendingSpace = len > start;
                    continue;
                }
                if (pendingSpace) {
                    out[len++] = ' ';
                    pendingSpace = false;
                }
                out[len++] = (byte) (c >= 'A' && c <= 'Z' ? c + 32 : c);
                continue;
            }
            int cp = n.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || cp == '\u00A0') {
                pendingSpace = len > start;
                continue;
            }
            if (pendingSpace) {
                out[len++] = ' ';
                pendingSpace = false;
            }
            cp = Character.toLowerCase(cp);
            if (cp < 0x80) {
                out[len++] = (byte) cp;
            } else if (cp < 0x800) {
                out[len++] = (byte) (0xC0 | cp >> 6);
                out[len++] = (byte) (0x80 | cp & 0x3F);
            } else if (cp < 0x10000) {
                out[len++] = (byte) (0xE0 | cp >> 12);
                out[len++] = (byte) (0x80 | cp >> 6 & 0x3F);
                out[len++] = (byte) (0x80 | cp & 0x3F);
            } else {
                out[len++] = (byte) (0xF0 | cp >> 18);
                out[len++] = (byte) (0x80 | cp >> 12 & 0x3F);
                out[len++] = (byte) (0x80 | cp >> 6 & 0x3F);
                out[len++] = (byte) (0x80 | cp & 0x3F);
            }
        }
        return java.util.Arrays.copyOf(out, len);
    }

    private static String hash(String s) {
        return hex(sha256(s.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    private static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest, 0, ID_HEX_DIGITS / 2);
    }
}
