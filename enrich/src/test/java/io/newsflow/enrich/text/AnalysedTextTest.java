package io.newsflow.enrich.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The shared reading of a text against the plain definitions of what it records. */
class AnalysedTextTest {

    private static final String[] PIECES = {"Talks", " resume", " on Monday", ". ", "  ", " ", "\t", "\n", "\u00A0",
        "Russia\u2019s", " \u201Coffer\u201D", "\u2014", "e\u0301", "\u00E9t\u00E9", "\uFB01", "\u00BD", "\u2033",
        "\u0130stanbul", "\u212A", "\uD835\uDC00", "\uD800", "U.S.", "don't", "3-year-old", "ABCDEFG", "abcdefgh",
        "X", "\u4E2D\u6587", "\u0663", " NATO", "\u00C6sop", "\u1100\u1161"};

    @Test
    void shouldRecordEveryRunOfLettersAndDigitsWithItsHashAndKeyWhenReadingText() {
        Random random = new Random(5);
        for (int round = 0; round < 3000; round++) {
            String headline = random.nextInt(4) == 0 ? null : piece(random);
            List<String> body = new ArrayList<>();
            int paragraphs = random.nextInt(4);
            for (int p = 0; p < paragraphs; p++) {
                body.add(random.nextInt(10) == 0 ? null : piece(random));
            }
            AnalysedText t = AnalysedText.of(headline, body);
            assertThat(t.zones()).isEqualTo(body.size() + 1);
            int run = 0;
            for (int z = 0; z < t.zones(); z++) {
                String s = t.zoneText(z);
                String text = s == null ? "" : s;
                assertThat(new String(t.chars(), t.zoneStart(z), t.zoneEnd(z) - t.zoneStart(z))).isEqualTo(text);
                assertThat(t.zoneFirstRun(z)).isEqualTo(run);
                int i = 0;
                while (i < text.length()) {
                    if (!Character.isLetterOrDigit(text.charAt(i))) {
                        i++;
                        continue;
                    }
                    int from = i;
                    while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
                        i++;
                    }
                    String word = text.substring(from, i);
                    assertThat(t.runStart(run)).isEqualTo(t.zoneStart(z) + from);
                    assertThat(t.runEnd(run)).isEqualTo(t.zoneStart(z) + i);
                    assertThat(t.runHash(run)).as(word).isEqualTo(lowerHash(word));
                    assertThat(t.runAscii(run)).isEqualTo(word.chars().allMatch(c -> c < 128));
                    assertThat(t.runKey(run)).isEqualTo(ShortWords.key(word));
                    run++;
                }
                assertThat(t.zoneEndRun(z)).isEqualTo(run);
                assertThat(t.nfkcInert(z)).as("%s", text)
                        .isEqualTo(text.chars().allMatch(c -> Chars.isNfkcInert((char) c)));
                if (t.nfkcInert(z)) {
                    assertThat(Normalizer.normalize(text, Normalizer.Form.NFKC)).isEqualTo(text);
                }
                assertThat(t.plainSpacing(z)).as("%s", text).isEqualTo(collapse(text).equals(text));
            }
            assertThat(t.runs()).isEqualTo(run);
        }
    }

    @Test
    void shouldPackShortAsciiWordsOnlyWhenTheyFit() {
        assertThat(ShortWords.key("Talks")).isEqualTo(ShortWords.key("tALKS")).isNotEqualTo(ShortWords.key("talk"));
        assertThat(ShortWords.key("abcdefg")).isNotEqualTo(ShortWords.NONE);
        assertThat(ShortWords.key("abcdefgh")).isEqualTo(ShortWords.NONE);
        assertThat(ShortWords.key("\u00E9t\u00E9")).isEqualTo(ShortWords.NONE);
        assertThat(ShortWords.key("")).isEqualTo(ShortWords.NONE);
    }

    private static String piece(Random random) {
        StringBuilder b = new StringBuilder();
        int n = random.nextInt(8);
        for (int k = 0; k < n; k++) {
            b.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return b.toString();
    }

    /** Runs of whitespace to one space, trimmed. */
    private static String collapse(String s) {
        StringBuilder b = new StringBuilder();
        boolean space = false;
        for (char c : s.toCharArray()) {
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
        return b.toString();
    }

    private static long lowerHash(String s) {
        long h = AnalysedText.FNV_OFFSET;
        for (char c : s.toCharArray()) {
            h = (h ^ Character.toLowerCase(c)) * AnalysedText.FNV_PRIME;
        }
        return h;
    }
}
