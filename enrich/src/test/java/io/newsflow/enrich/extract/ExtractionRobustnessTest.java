package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Property-based: no input crashes the extractor. Every input gives a result or a typed
 * {@link ExtractionException}; nothing else (no runtime exception, no stack overflow). Sizes are bounded
 * so the whole class runs in seconds.
 */
class ExtractionRobustnessTest {
    private static final ArticleExtractor EXTRACTOR = ArticleExtractor.withDefaults().explaining();

    private static final List<String> HTML_PIECES = List.of("<div>", "</div>", "<p>", "</p>", "<a href='/x'>", "</a>",
            "<nav>", "</nav>", "<article>", "</article>", "<h1>", "</h1>", "<br>", "<table><tr><td>", "</td></tr>",
            "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":", "</script>",
            "{\"author\":[{\"name\":", "<meta property=\"og:site_name\" content=\"", "\">", "<time datetime=\"",
            "<!--", "-->", "<![CDATA[", "]]>", "<li>", "<ul>", "</ul>", "<figure><figcaption>", "Photo: AP",
            "By Jane Doe", "Menu", "Search", "Sign up for our newsletter", "The minister said on Monday that talks",
            " will continue.", "&amp;", "&#0;", "&#xFFFF;", "\u0000", "\uFFFD", "\n\n", "   ", "<", ">", "\"", "'",
            "<style>p{}</style>", "<div hidden>", "<span style='display:none'>", "<html lang=de>", "<body>",
            "Der Minister sagte am Montag, dass die Gespräche weitergehen.", "2024-05-17T10:00:00Z", "ua en ru");

    private static void check(ExtractionInput in) {
        try {
            Extraction e = EXTRACTOR.extract(in);
            assertThat(e.body()).allSatisfy(p -> assertThat(p).isNotBlank());
            assertThat(e.wordCount()).isNotNegative();
            assertThat(e.languageConfidence()).isBetween(0.0, 1.0);
            assertThat(e.extractionVersion()).isNotBlank();
            ExtractionJson.toJson("x", e);
        } catch (ExtractionException ex) {
            assertThat(ex.reason()).isNotNull();
            assertThat(ExtractionJson.errorJson("x", ex).get("error").get("code").asText()).isNotBlank();
        }
    }

    private static ExtractionInput text(String s, ExtractionInput.Format f, boolean strip) {
        return ExtractionInput.builder().text(s).format(f).strip(strip).build();
    }

    @Test
    void shouldReturnResultOrTypedRejectionWhenInputIsRandomText() {
        qt().withExamples(300).forAll(strings().allPossible().ofLengthBetween(0, 3000),
                Generate.enumValues(ExtractionInput.Format.class), Generate.booleans())
                .checkAssert((s, f, strip) -> check(text(s, f, strip)));
    }

    @Test
    void shouldReturnResultOrTypedRejectionWhenInputIsRandomBytes() {
        qt().withExamples(300).forAll(Generate.byteArrays(integers().between(0, 5000),
                        Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0)),
                Generate.enumValues(ExtractionInput.Format.class))
                .checkAssert((b, f) -> check(ExtractionInput.builder().content(b).format(f).build()));
    }

    @Test
    void shouldReturnResultOrTypedRejectionWhenInputIsRandomMarkup() {
        Gen<String> piece = Generate.pick(HTML_PIECES);
        qt().withExamples(300).forAll(lists().of(piece).ofSizeBetween(0, 400),
                Generate.enumValues(ExtractionInput.Format.class))
                .checkAssert((pieces, f) -> check(text(String.join("", pieces), f, true)));
    }

    @Test
    void shouldReturnResultOrTypedRejectionWhenMarkupIsPathologicallyNested() {
        qt().withExamples(12).forAll(integers().between(1_000, 20_000), Generate.pick(List.of("div", "span", "p",
                        "li", "b", "table", "a", "nav", "article")))
                .checkAssert((depth, tag) -> {
                    String html = ("<" + tag + ">").repeat(depth) + "Deep text in the middle of it all."
                            + ("</" + tag + ">").repeat(depth / 2);
                    check(text(html, ExtractionInput.Format.AUTO, true));
                });
    }

    @Test
    void shouldKeepDeepTextWhenTenThousandDivsAreNested() throws Exception {
        String sentence = "The council approved the new budget on Tuesday after a long debate about schools.";
        String html = "<html><body>" + "<div>".repeat(10_000) + "<p>" + sentence + "</p>" + "</div>".repeat(10_000)
                + "</body></html>";
        Extraction e = ArticleExtractor.withDefaults().extract(ExtractionInput.ofHtml(html));
        assertThat(e.body()).containsExactly(sentence);
    }

    @Test
    void shouldRejectAsEmptyWhenInputHasNoText() {
        for (String s : List.of("", "   \n\t ", "<html><body><div></div></body></html>")) {
            assertThatThrownBy(() -> ArticleExtractor.withDefaults().extract(ExtractionInput.ofText(s)))
                    .isInstanceOfSatisfying(ExtractionException.class,
                            ex -> assertThat(ex.reason()).isEqualTo(ExtractionException.Reason.EMPTY));
        }
    }

    @Test
    void shouldRejectAsTooLargeWhenInputExceedsLimit() {
        byte[] huge = new byte[Thresholds.INPUT_MAX_BYTES + 1];
        java.util.Arrays.fill(huge, (byte) 'a');
        assertThatThrownBy(() -> ArticleExtractor.withDefaults().extract(ExtractionInput.builder().content(huge)
                .build())).isInstanceOfSatisfying(ExtractionException.class,
                    ex -> assertThat(ex.reason()).isEqualTo(ExtractionException.Reason.TOO_LARGE));
    }

    @Test
    void shouldRejectAsBinaryWhenInputHasNulBytes() {
        byte[] bin = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThatThrownBy(() -> ArticleExtractor.withDefaults().extract(ExtractionInput.builder().content(bin)
                .build())).isInstanceOfSatisfying(ExtractionException.class,
                    ex -> assertThat(ex.reason()).isEqualTo(ExtractionException.Reason.BINARY));
    }

    @Test
    void shouldRejectAsUndecodableWhenDeclaredCharsetIsUnknown() {
        assertThatThrownBy(() -> ArticleExtractor.withDefaults().extract(ExtractionInput.builder()
                .content("text".getBytes(StandardCharsets.UTF_8)).charset("no-such-charset").build()))
                .isInstanceOfSatisfying(ExtractionException.class,
                    ex -> assertThat(ex.reason()).isEqualTo(ExtractionException.Reason.UNDECODABLE));
    }

    @Test
    void shouldExtractWhenOneLineIsVeryLong() throws Exception {
        String para = "The committee heard evidence from the witnesses and then adjourned until the next week. ";
        String big = para.repeat(20_000);  // ~1.8 MB on one line
        Extraction e = ArticleExtractor.withDefaults().extract(ExtractionInput.ofText(big));
        assertThat(e.body()).hasSize(1);
        assertThat(e.wordCount()).isEqualTo(14 * 20_000);
    }
}
