package io.newsflow.enrich.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The fingerprints skip NFKC on paragraphs it cannot change, build words from the analysed runs and encode UTF-8 by
 * hand: they must give what the definitions give, written here the plain way (NFKC, fold, collapse, join,
 * {@code getBytes}, a character scan, one vote array).
 */
class FingerprintDefinitionTest {

    /** Characters that NFKC changes, composes, reorders or that break UTF-8, mixed with ordinary text. */
    private static final String[] PIECES = {"Talks resume", " on Monday", ". ", "Russia\u2019s", " \u201Coffer\u201D",
        "\u2014", "\u2013", "\u00A0", "\u2009", "\u3000", "\t", "\n", "e\u0301", "\u00E9", "\uFB01", "\uFF21", "\u2460",
        "\u00BD", "\u2122", "\u2026", "\u2033", "\u2032", "\u2011", "\u0130", "\u212A", "\u1100\u1161\u11A8", "\uAC00",
        "\u11A8", "\u0308", "A\u030A", "\u0345", "\uD835\uDC00", "\uD83D\uDE00", "\uD800", "\uDC00", "x\uD800y",
        "don't", "ceasefire-era", "-", "'", " 'quoted' ", "\u00C6", "\u0627\u0644", "\u4E2D", "\u0663", "\u00B2"};

    @Test
    void shouldEqualTheDefinitionWhenParagraphsMixInertAndNormalisedCharacters() throws Exception {
        Random random = new Random(7);
        for (int round = 0; round < 3000; round++) {
            List<String> body = randomBody(random);
            assertThat(ContentHash.sha256Hex(body)).as("content hash %s", body).isEqualTo(referenceSha(body));
            assertThat(SimHash.of(body)).as("simhash %s", body).isEqualTo(referenceSimHash(body));
        }
    }

    @Test
    void shouldIgnoreEmptyAndNullParagraphsWhenHashing() throws Exception {
        List<String> body = new ArrayList<>();
        body.add("  One \u00A0 two ");
        body.add(null);
        body.add(" \t ");
        body.add("Three");
        assertThat(ContentHash.sha256Hex(body)).isEqualTo(ContentHash.sha256Hex(List.of("One two", "Three")))
                .isEqualTo(referenceSha(body));
        assertThat(SimHash.of(body)).isEqualTo(SimHash.of(List.of("One two", "Three")));
    }

    private static List<String> randomBody(Random random) {
        List<String> body = new ArrayList<>();
        int paragraphs = random.nextInt(4);
        for (int p = 0; p < paragraphs; p++) {
            StringBuilder b = new StringBuilder();
            int pieces = random.nextInt(8);
            for (int k = 0; k < pieces; k++) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
            }
            body.add(random.nextInt(20) == 0 ? null : b.toString());
        }
        return body;
    }

    private static String reference(List<String> body) {
        List<String> out = new ArrayList<>();
        for (String p : body) {
            if (p == null) {
                continue;
            }
            String nfkc = Normalizer.normalize(p, Normalizer.Form.NFKC);
            StringBuilder b = new StringBuilder();
            boolean space = false;
            for (char c : nfkc.toCharArray()) {
                c = fold(c);
                if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                    space = b.length() > 0;
                    continue;
                }
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
            if (b.length() > 0) {
                out.add(b.toString());
            }
        }
        return String.join("\n", out);
    }

    private static String referenceSha(List<String> body) throws Exception {
        MessageDigest d = MessageDigest.getInstance("SHA-256");
        return HexFormat.of().formatHex(d.digest(reference(body).getBytes(StandardCharsets.UTF_8)));
    }

    private static long referenceSimHash(List<String> body) {
        String p = reference(body);
        List<Long> words = new ArrayList<>();
        int i = 0;
        while (i < p.length()) {
            while (i < p.length() && !Character.isLetterOrDigit(p.charAt(i))) {
                i++;
            }
            if (i >= p.length()) {
                break;
            }
            long h = 0xcbf29ce484222325L;
            while (i < p.length() && (Character.isLetterOrDigit(p.charAt(i)) || (p.charAt(i) == '\'' || p.charAt(i) == '-')
                    && i + 1 < p.length() && Character.isLetterOrDigit(p.charAt(i + 1)) && i > 0
                    && Character.isLetterOrDigit(p.charAt(i - 1)))) {
                h = (h ^ Character.toLowerCase(p.charAt(i))) * 0x100000001b3L;
                i++;
            }
            words.add(h);
        }
        int[] votes = new int[64];
        List<Long> shingles = new ArrayList<>();
        for (int k = 1; k < words.size(); k++) {
            shingles.add(mix((((0xcbf29ce484222325L ^ words.get(k - 1)) * 0x100000001b3L) ^ words.get(k))
                    * 0x100000001b3L));
        }
        if (shingles.isEmpty() && !words.isEmpty()) {
            shingles.add(mix(words.get(0)));
        }
        for (long s : shingles) {
            for (int bit = 0; bit < 64; bit++) {
                votes[bit] += ((s >>> bit) & 1) == 1 ? 1 : -1;
            }
        }
        long result = 0;
        for (int bit = 0; bit < 64; bit++) {
            if (votes[bit] > 0) {
                result |= 1L << bit;
            }
        }
        return result;
    }

    private static long mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9e53ccd3c4dL;
        k ^= k >>> 33;
        return k;
    }

    private static char fold(char c) {
        return switch (c) {
            case '\u2018', '\u2019', '\u201B', '\u2032' -> '\'';
            case '\u201C', '\u201D', '\u201F', '\u2033' -> '"';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
            default -> c;
        };
    }
}
