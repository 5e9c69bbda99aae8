package io.newsflow.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

/**
 * The character set of some bytes, never assumed: a byte-order mark, then a declared charset (HTTP header or HTML
 * {@code <meta>}), then strict UTF-8, then ICU4J's statistical detector with EBCDIC and UTF-16/32 recognisers off
 * and KOI8-R read as KOI8-U (identical for Russian, right for Ukrainian). The winner must decode the bytes cleanly.
 */
public final class Charsets {

    /**
     * ICU confidence (0-100) below which a guess is not trusted: real prose scores 30-65 even in a short paragraph,
     * byte noise that happens to be valid in some CJK encoding scores about 10.
     */
    static final int MIN_ICU_CONFIDENCE = 20;
    /**
     * Below this share of letters and digits among non-space characters, a decoding is gibberish (box drawing,
     * symbols), not text; real prose is around 0.8, markup-heavy HTML above 0.5.
     */
    static final double MIN_LETTER_SHARE = 0.3;
    /** Bytes of an HTML head searched for a meta charset. */
    static final int META_SCAN_BYTES = 8192;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?([a-zA-Z0-9_:.-]+)", Pattern.CASE_INSENSITIVE);
    private static final String[] DISABLED_RECOGNISERS = {"IBM420_rtl", "IBM420_ltr", "IBM424_rtl", "IBM424_ltr",
        "UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE"};

    private Charsets() {
    }

    /**
     * Detects the charset of {@code bytes}.
     *
     * @param declared a charset stated by the transport (HTTP Content-Type), or null
     * @param html     whether to look for a {@code <meta charset>}
     * @throws RejectedInputException UNDECODABLE when no charset decodes the bytes
     */
    public static Charset detect(byte[] bytes, String declared, boolean html) throws RejectedInputException {
        return detectAndDecode(bytes, declared, html).charset();
    }

    /** The detected charset and the text it decodes to (without a BOM). */
    public record Decoded(Charset charset, String text) {
    }

    /** Like {@link #detect}, also returning the decoded text, so callers need not decode twice. */
    public static Decoded detectAndDecode(byte[] bytes, String declared, boolean html) throws RejectedInputException {
        Charset bom = fromBom(bytes);
        if (bom != null) {
            return new Decoded(bom, decode(bytes, bom));
        }
        Charset stated = forName(declared);
        if (stated == null && html) {
            stated = fromMeta(bytes);
        }
        String text = stated == null ? null : decodeToText(bytes, stated);
        if (text != null) {
            return new Decoded(stated, text);
        }
        text = decodeToText(bytes, StandardCharsets.UTF_8);
        if (text != null) {
            return new Decoded(StandardCharsets.UTF_8, text);
        }
        CharsetDetector detector = new CharsetDetector();
        for (String name : DISABLED_RECOGNISERS) {
            try {
                detector.setDetectableCharset(name, false);
            } catch (IllegalArgumentException unknown) {
                // not in this ICU version
            }
        }
        detector.setText(bytes);
        CharsetMatch[] matches = detector.detectAll();
        if (matches != null) {
            for (CharsetMatch m : matches) {
                if (m.getConfidence() < MIN_ICU_CONFIDENCE) {
                    break;
                }
                String name = m.getName().equalsIgnoreCase("KOI8-R") ? "KOI8-U" : m.getName();
                Charset c = forName(name);
                String decoded = c == null ? null : decodeToText(bytes, c);
                if (decoded != null) {
                    return new Decoded(c, decoded);
                }
            }
        }
        throw new RejectedInputException(RejectReason.UNDECODABLE,
                "bytes decode in no detected character set" + (declared != null ? " (declared " + declared + ")" : ""));
    }

    /** Decodes with the given charset, dropping a leading BOM. */
    public static String decode(byte[] bytes, Charset charset) {
        String s = new String(bytes, charset);
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    static Charset fromBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    static Charset fromMeta(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? forName(m.group(1)) : null;
    }

    static Charset forName(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(name.trim().toLowerCase(Locale.ROOT));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    /** Decodes cleanly into something that reads as text (no C1 controls, enough letters and digits), or null. */
    static String decodeToText(byte[] bytes, Charset charset) {
        String text;
        if (charset.equals(StandardCharsets.UTF_8)) {
            // The JDK's intrinsic decoder. Valid UTF-8 is itself strong evidence of text (binary content was
            // refused before), so the letter scan is only needed when it marked malformed input with U+FFFD.
            text = new String(bytes, StandardCharsets.UTF_8);
            if (text.indexOf('\uFFFD') < 0) {
                return text.startsWith("\uFEFF") ? text.substring(1) : text;
            }
            if (!decodes(bytes, charset)) {
                return null;
            }
        } else {
            try {
                text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                return null;
            }
        }
        int visible = 0;
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch >= 0x80 && ch <= 0x9F || ch == '\uFFFD') {
                return null;
            }
            if (!Character.isWhitespace(ch)) {
                visible++;
                if (Character.isLetterOrDigit(ch)) {
                    letters++;
                }
            }
        }
        if (visible > 0 && letters < visible * MIN_LETTER_SHARE) {
            return null;
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    static boolean decodes(byte[] bytes, Charset charset) {
        try {
            charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
