package io.newsflow.ingest;

import java.util.Locale;

/**
 * Content type from the file extension, checked by sniffing the bytes: an {@code .html} file that is plain text
 * is plain text; a {@code .txt} file holding a web page is HTML; anything binary is refused.
 */
public final class ContentTypes {

    public static final String TEXT = "text/plain";
    public static final String HTML = "text/html";
    /** One JSON Lines record; the raw record's bytes are that one line. */
    public static final String JSON = "application/json";
    public static final String JSON_LINES = "application/x-ndjson";

    /** How many leading bytes are sniffed: enough to see a doctype, a BOM and the first tags. */
    static final int SNIFF_BYTES = 4096;
    /** Share of control characters (other than tab, CR, LF, FF) above which bytes are binary, not text. */
    static final double MAX_CONTROL_SHARE = 0.02;

    private ContentTypes() {
    }

    /** The type the extension claims, or null when the extension says nothing. */
    public static String fromExtension(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return HTML;
        }
        if (name.endsWith(".txt") || name.endsWith(".text") || name.endsWith(".md")) {
            return TEXT;
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return JSON_LINES;
        }
        return null;
    }

    /**
     * The content type of {@code bytes}, named {@code fileName}: the extension's claim corrected by sniffing.
     *
     * @throws RejectedInputException BINARY when the bytes are not text
     */
    public static String detect(String fileName, byte[] bytes) throws RejectedInputException {
        if (looksBinary(bytes)) {
            throw new RejectedInputException(RejectReason.BINARY, "binary content, not text");
        }
        String claimed = fromExtension(fileName);
        if (JSON_LINES.equals(claimed)) {
            return JSON_LINES;
        }
        return looksLikeHtml(bytes) ? HTML : TEXT;
    }

    /** Known binary signatures, NUL bytes in the head, or too many control characters. */
    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, SNIFF_BYTES);
        if (startsWith(bytes, new byte[] {(byte) 0xFE, (byte) 0xFF})
                || startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xFE})) {
            return false; // UTF-16 with a BOM has NUL bytes but is text
        }
        if (startsWith(bytes, "%PDF".getBytes()) || startsWith(bytes, new byte[] {'P', 'K', 3, 4})
                || startsWith(bytes, new byte[] {(byte) 0x89, 'P', 'N', 'G'})
                || startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})
                || startsWith(bytes, new byte[] {0x1F, (byte) 0x8B})
                || startsWith(bytes, "GIF8".getBytes())) {
            return true;
        }
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
                control++;
            }
        }
        return n > 0 && control > n * MAX_CONTROL_SHARE;
    }

    /** A doctype, an html/head/body tag, or several common block tags near the start. */
    static boolean looksLikeHtml(byte[] bytes) {
        int n = Math.min(bytes.length, SNIFF_BYTES);
        String head = new String(bytes, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        String trimmed = head.stripLeading();
        if (trimmed.startsWith("\u00ef\u00bb\u00bf")) {
            trimmed = trimmed.substring(3).stripLeading();
        }
        if (trimmed.startsWith("<!doctype html") || trimmed.startsWith("<html") || trimmed.startsWith("<head")
                || head.contains("<body") || head.contains("<html")) {
            return true;
        }
        int tags = count(head, "<p>") + count(head, "<p ") + count(head, "<div") + count(head, "<br")
                + count(head, "<a href") + count(head, "</p>");
        return tags >= 3;
    }

    private static int count(String s, String needle) {
        int c = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + needle.length())) {
            c++;
        }
        return c;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
