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

    private static final java.lang.invoke.VarHandle LONGS = java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
            long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101_0101_0101_0101L;
    private static final long HIGHS = 0x8080_8080_8080_8080L;

    /** NUL bytes, or a share of control bytes above {@link Thresholds#INPUT_MAX_BINARY_SHARE}, in the head. */
    static boolean isBinary(byte[] bytes) {
        int n = Math.min(bytes.length, BINARY_SAMPLE_BYTES);
        int control = 0;
        int i = 0;
        // Eight bytes at a time: (x - 0x20 in every byte) & ~x & the high bits is 0 exactly when no byte is under
        // 0x20, which holds for most words of text; only the others are read byte by byte.
        for (; i + 8 <= n; i += 8) {
            long x = (long) LONGS.get(bytes, i);
            if (((x - 0x20 * ONES) & ~x & HIGHS) != 0) {
                for (int j = i; j < i + 8; j++) {
                    int b = bytes[j];
                    if (b == 0) {
                        return true;
                    }
                    control += isControl(b) ? 1 : 0;
                }
            }
        }
        for (; i < n; i++) {
            int b = bytes[i];
            if (b == 0) {
                return true;
            }
            control += isControl(b) ? 1 : 0;
        }
        return n > 0 && control > n * Thresholds.INPUT_MAX_BINARY_SHARE;
    }

    /** A control byte text does not have (tab, LF, FF, CR and ESC are text's). */
    private static boolean isControl(int b) {
        return b >= 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B;
    }

    /** Decoded text has a NUL or a share of control characters: binary data passed as a string. */
    static boolean isBinary(String text) {
        int n = Math.min(text.length(), BINARY_SAMPLE_BYTES);
        int control = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x20) {
                if (c == 0) {
                    return true;
                }
                if (c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                    control++;
                }
            }
        }
        return n > 0 && control > n * Thresholds.INPUT_MAX_BINARY_SHARE;
    }

    /** A UTF-16 byte-order mark: {@link #decode} then checks the decoded text, not the bytes, for binary. */
    static boolean hasUtf16Bom(byte[] bytes) {
        return bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE);
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
