package io.newsflow.enrich.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/** Bytes to text: BOM, declared charset, {@code <meta charset>}, strict UTF-8, then windows-1252. */
final class Decoding {
    /** Only the head of a document is searched for a {@code <meta charset>}. */
    private static final int META_SCAN_BYTES = 4096;
    /** Bytes sampled for the binary check. */
    private static final int BINARY_SAMPLE_BYTES = 8192;

    private Decoding() { }

    static String decode(byte[] bytes, String declared) throws ExtractionException {
        if (bytes.length > Thresholds.INPUT_MAX_BYTES) {
            throw new ExtractionException(ExtractionException.Reason.TOO_LARGE,
                    "input is " + bytes.length + " bytes; the limit is " + Thresholds.INPUT_MAX_BYTES);
        }
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (isBinary(bytes)) {
            throw new ExtractionException(ExtractionException.Reason.BINARY, "input looks binary (control bytes)");
        }
        if (declared != null && !declared.isBlank()) {
            Charset cs = charset(declared);
            if (cs == null) {
                throw new ExtractionException(ExtractionException.Reason.UNDECODABLE, "unknown charset: " + declared);
            }
            return new String(bytes, cs);
        }
        String strict = strictUtf8(bytes);
        if (strict != null) {
            return strict;
        }
        Charset meta = metaCharset(bytes);
        if (meta != null && !meta.equals(StandardCharsets.UTF_8)) {
            return new String(bytes, meta);
        }
        return new String(bytes, Charset.forName("windows-1252"));
    }

    static boolean isBinary(byte[] bytes) {
        int n = Math.min(bytes.length, BINARY_SAMPLE_BYTES);
        if (n == 0) {
            return false;
        }
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) {
                control++;
            }
        }
        return control > n * Thresholds.INPUT_MAX_BINARY_SHARE;
    }

    /** Decoded text has a share of control characters: binary data passed as a string. */
    static boolean isBinary(String text) {
        int n = Math.min(text.length(), BINARY_SAMPLE_BYTES);
        int control = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        return n > 0 && control > n * Thresholds.INPUT_MAX_BINARY_SHARE;
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static Charset metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        int at = head.indexOf("charset=");
        if (at < 0) {
            return null;
        }
        int s = at + "charset=".length();
        while (s < head.length() && (head.charAt(s) == '"' || head.charAt(s) == '\'')) {
            s++;
        }
        int e = s;
        while (e < head.length() && (Character.isLetterOrDigit(head.charAt(e)) || head.charAt(e) == '-'
                || head.charAt(e) == '_')) {
            e++;
        }
        return charset(head.substring(s, e));
    }

    static Charset charset(String name) {
        try {
            return Charset.forName(name.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }
}
