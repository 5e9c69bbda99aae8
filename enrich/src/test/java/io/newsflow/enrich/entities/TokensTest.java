package io.newsflow.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.text.AnalysedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The body's words built from the analysed runs are the words {@link WordTokenizer} reads, with sound hashes. */
class TokensTest {

    private static final String[] PIECES = {"Talks", " resume", " on Monday", ". ", "! ", "? ", ": ", "; ", ", ",
        " \"", "\u201C", "\u201D", " \u2022 ", "Russia's", " Putin\u2019s", " James'", " its'", " U.S.", " U.K.-based",
        " J.R.R. Tolkien", " George W. Bush", " A.B", " x.Y.Z.", " e.g. ", " Jean-Claude", " co-op", " -", "- ",
        " 3-year-old", " 2024", " O\u2019Neill", " rock'n'roll", " don't", " ' ", "''", " \u00A0", "\t", "\n",
        " M\u00FCller", " \u0130stanbul", " \u212Aiev", " \u017Fome", " \u03A3\u039F\u03A6\u0399\u0391\u03A3",
        " Stra\u00DFe", " e\u0301t\u00E9", " \uD801\uDC00x", " \uD83D\uDE00", " \u00C6sop", " I", " A.", " B. ",
        " von der Leyen", " Mr Smith", " Dr. Who", " NATO", " G7", " 'quoted' ", "...", " \u2014 ", "x-", "-x"};

    @Test
    void shouldReadEachParagraphAsWordTokenizerDoesWhenBuiltFromRuns() {
        Random random = new Random(11);
        for (int round = 0; round < 4000; round++) {
            List<String> body = new ArrayList<>();
            int paragraphs = 1 + random.nextInt(3);
            for (int p = 0; p < paragraphs; p++) {
                StringBuilder b = new StringBuilder();
                int pieces = random.nextInt(10);
                for (int k = 0; k < pieces; k++) {
                    b.append(PIECES[random.nextInt(PIECES.length)]);
                }
                body.add(random.nextInt(15) == 0 ? null : b.toString());
            }
            Tokens tokens = new Tokens(AnalysedText.of("Headline words", body));
            List<String> read = new ArrayList<>();
            for (String p : body) {
                if (p != null && !p.isBlank()) {
                    read.add(p);
                }
            }
            assertThat(tokens.paragraphs()).as("%s", body).isEqualTo(read.size());
            for (int p = 0; p < read.size(); p++) {
                assertThat(tokens.paragraphText(p)).isSameAs(read.get(p));
                assertThat(tokens.asTokens(tokens.paragraphStart(p), tokens.paragraphEnd(p))).as("%s", read.get(p))
                        .isEqualTo(WordTokenizer.tokenize(read.get(p)));
            }
            for (int t = 0; t < tokens.size(); t++) {
                String text = tokens.text(t);
                assertThat(tokens.ascii(t)).isEqualTo(text.chars().allMatch(c -> c < 128));
                assertThat(tokens.hash(t)).as(text).isEqualTo(lowerHash(text));
                assertThat(tokens.noLowerCase(t)).isEqualTo(text.chars().noneMatch(Character::isLowerCase));
                assertThat(tokens.key(t)).as(text).isEqualTo(io.newsflow.enrich.text.ShortWords.key(text));
                if (tokens.ascii(t)) {
                    assertThat(tokens.caseHash(t)).isEqualTo(LowerTable.hash(text.toLowerCase(Locale.ROOT)));
                }
            }
        }
    }

    @Test
    void shouldHashAlikeEveryPairOfWordsThatAreEqualIgnoringCase() {
        for (int c = 0; c < 0x10000; c++) {
            if (Character.isSurrogate((char) c)) {
                continue;
            }
            char ch = (char) c;
            for (char v : new char[] {Character.toUpperCase(ch), Character.toLowerCase(ch), Character.toTitleCase(ch),
                    Character.toLowerCase(Character.toUpperCase(ch)), Character.toUpperCase(Character.toLowerCase(ch))}) {
                String a = "x" + ch;
                String b = "X" + v;
                if (a.equalsIgnoreCase(b)) {
                    assertThat(caseHash(a)).as("U+%04X U+%04X", c, (int) v).isEqualTo(caseHash(b));
                }
            }
        }
        // Supplementary letters are compared by code point: Deseret capital and small long I.
        assertThat("\uD801\uDC00".equalsIgnoreCase("\uD801\uDC28")).isTrue();
        assertThat(caseHash("\uD801\uDC00")).isEqualTo(caseHash("\uD801\uDC28"));
    }

    private static long caseHash(String s) {
        return Tokens.caseHash(s.toCharArray(), 0, s.length());
    }

    private static long lowerHash(String s) {
        long h = AnalysedText.FNV_OFFSET;
        for (char c : s.toCharArray()) {
            h = (h ^ Character.toLowerCase(c)) * AnalysedText.FNV_PRIME;
        }
        return h;
    }
}
