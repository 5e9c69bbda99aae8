package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** End to end on fixtures written for these tests (not taken from any dataset). */
class ArticleExtractorTest {
    private static final ArticleExtractor EXTRACTOR = ArticleExtractor.withDefaults();

    private static byte[] fixture(String name) throws Exception {
        try (InputStream in = ArticleExtractorTest.class.getResourceAsStream("/fixtures/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void shouldKeepArticleAndReadStructuredMetadataWhenPageHasChrome() throws Exception {
        Extraction e = EXTRACTOR.extract(ExtractionInput.builder().content(fixture("harbour.html")).build());
        assertThat(e.body()).containsExactly(
                "The harbour bridge reopened to traffic on Monday morning after eight months of repairs that cost the "
                        + "town more than it had planned.",
                "Engineers replaced the worn steel cables and rebuilt the deck, which had been closed to lorries since "
                        + "a crack was found last summer.",
                "Traffic returns to the old town",
                "Shop owners in the old town said they hoped the reopening would bring back the customers they lost "
                        + "while the detour was in place.",
                "The council said a full report on the costs would be published in April, once the last invoices from "
                        + "the contractors had been checked.");
        assertThat(e.headline()).isEqualTo("Harbour Bridge Reopens After Repairs");
        assertThat(e.headlineDerived()).isFalse();
        assertThat(e.authors()).containsExactly("Mara Lindqvist");
        assertThat(e.section()).isEqualTo("Local");
        assertThat(e.publisher()).isEqualTo("The Coastal Courier");
        assertThat(e.datePublished()).isEqualTo(Instant.parse("2024-03-11T07:30:00Z"));
        assertThat(e.datePublishedSource()).isEqualTo("jsonld");
        assertThat(e.dateModified()).isEqualTo(Instant.parse("2024-03-11T11:00:00Z"));
        assertThat(e.canonicalUrl()).isEqualTo("https://courier.example/local/2024/03/11/harbour-bridge-reopens");
        assertThat(e.language()).isEqualTo("en");
        assertThat(e.removed()).extracting(Extraction.Removed::text)
                .contains("The bridge at dawn. Photo: Tom Berg", "Related stories");
    }

    @Test
    void shouldDetectGermanAndTitleWhenPlainTextIsGerman() throws Exception {
        Extraction e = EXTRACTOR.extract(ExtractionInput.builder().content(fixture("bahn.txt")).build());
        assertThat(e.language()).isEqualTo("de");
        assertThat(e.languageConfidence()).isBetween(0.0, 1.0).isPositive();
        assertThat(e.headline()).isEqualTo("Bahn verlängert Bauarbeiten an der Strecke nach Norden");
        assertThat(e.body()).hasSize(3);
        assertThat(e.body().get(0)).startsWith("Die Bahn hat die Bauarbeiten");
    }

    @Test
    void shouldKeepEveryLineWhenStripIsOff() throws Exception {
        Extraction e = EXTRACTOR.extract(ExtractionInput.builder().content(fixture("bahn.txt")).strip(false).build());
        assertThat(e.body()).hasSize(6).startsWith("Menü", "Suche");
        assertThat(e.removed()).isEmpty();
        assertThat(e.headline()).isNull();
    }

    @Test
    void shouldUseFeedHintsWhenTextCarriesNoMetadata() throws Exception {
        String text = "The harbour bridge reopened to traffic on Monday morning after eight months of repairs.";
        Extraction e = EXTRACTOR.extract(ExtractionInput.builder().text(text).hints(Map.of(
                ExtractionInput.HINT_TITLE, "Bridge reopens", ExtractionInput.HINT_AUTHOR, "Mara Lindqvist",
                ExtractionInput.HINT_PUBLISHED, "2024-03-11T08:30:00Z")).build());
        assertThat(e.headline()).isEqualTo("Bridge reopens");
        assertThat(e.authors()).containsExactly("Mara Lindqvist");
        assertThat(e.datePublishedSource()).isEqualTo("hint");
        assertThat(e.body()).containsExactly(text);
    }

    @Test
    void shouldMarkHeadlineDerivedWhenOnlyUrlSlugNamesIt() throws Exception {
        Extraction e = EXTRACTOR.extract(ExtractionInput.builder()
                .text("The harbour bridge reopened to traffic on Monday morning after eight months of repairs.")
                .url("https://courier.example/2024/03/11/harbour-bridge-reopens-after-repairs").build());
        assertThat(e.headline()).isEqualTo("Harbour bridge reopens after repairs");
        assertThat(e.headlineDerived()).isTrue();
        assertThat(e.datePublishedSource()).isEqualTo("url");
    }

    @Test
    void shouldWriteJsonContractWhenSerialising() throws Exception {
        Extraction e = EXTRACTOR.extract(ExtractionInput.builder().content(fixture("harbour.html")).build());
        ObjectNode o = ExtractionJson.toJson("harbour.html", e);
        assertThat(o.get("source").asText()).isEqualTo("harbour.html");
        assertThat(o.get("author").asText()).isEqualTo("Mara Lindqvist");
        assertThat(o.get("datePublished").asText()).isEqualTo("2024-03-11T07:30:00Z");
        assertThat(o.get("body").size()).isEqualTo(5);
        assertThat(o.get("removed").get(0).has("reason")).isTrue();
        for (String f : new String[] {"headline", "section", "publisher", "language", "headlineDerived", "authors",
                "languageConfidence", "dateModified", "canonicalUrl", "wordCount"}) {
            assertThat(o.has(f)).as(f).isTrue();
        }
        ObjectNode err = ExtractionJson.errorJson("x.bin",
                new ExtractionException(ExtractionException.Reason.BINARY, "input looks binary"));
        assertThat(err.get("error").get("code").asText()).isEqualTo("binary");
    }
}
