package io.newsflow.enrich.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContentHashTest {

    @Test
    void shouldBeEqualWhenOnlyWhitespaceAndQuoteStyleDiffer() {
        String a = ContentHash.sha256Hex(List.of("  Russia\u2019s \u201Coffer\u201D  was rejected. ", "Talks resume."));
        String b = ContentHash.sha256Hex(List.of("Russia's \"offer\" was\nrejected.", "", "Talks resume."));
        assertThat(a).isEqualTo(b).hasSize(64).matches("[0-9a-f]{64}");
    }

    @Test
    void shouldDifferWhenOneWordChanges() {
        assertThat(ContentHash.sha256Hex(List.of("Talks resume on Monday.")))
                .isNotEqualTo(ContentHash.sha256Hex(List.of("Talks resume on Tuesday.")));
    }

    @Test
    void shouldDifferWhenParagraphBreaksMove() {
        assertThat(ContentHash.sha256Hex(List.of("One two.", "Three.")))
                .isNotEqualTo(ContentHash.sha256Hex(List.of("One", "two. Three.")));
    }

    @Test
    void shouldMatchKnownDigestWhenBodyIsOneParagraph() {
        // SHA-256("abc") is a published test vector (FIPS 180-2).
        assertThat(ContentHash.sha256Hex(List.of("abc")))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
