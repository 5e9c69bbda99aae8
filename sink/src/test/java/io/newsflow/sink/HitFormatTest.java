package io.newsflow.sink;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class HitFormatTest {

    private static final ArticleHit HIT = new ArticleHit("a-1", "Talks \u001b[31mstall\u001b[0m\nagain",
            Instant.parse("2025-05-20T08:30:00Z"), Instant.parse("2025-05-21T00:00:00Z"), "Pub", "World", "en",
            "Ann Lee", "https://example.org/a", 321, null, List.of("politics", "peace talks", "diplomacy", "war"),
            List.of("medtop:11000000", "medtop:20000076", "medtop:20000639", "medtop:20000062"),
            List.of("Vladimir Putin"), 3);

    @Test
    void shouldRenderOneAlignedRowPerHitWhenFormattingTable() {
        String table = HitFormat.table(List.of(HIT));

        String[] lines = table.split("\\R");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("PUBLISHED (UTC)").contains("HEADLINE");
        assertThat(lines[1]).startsWith("2025-05-20 08:30").contains("a-1", "politics, peace talks, diplomacy")
                .doesNotContain("war");
        assertThat(lines[1].indexOf("a-1")).isEqualTo(lines[0].indexOf("ID"));
        assertThat(lines[2]).isEqualTo("1 article");
    }

    @Test
    void shouldStripControlCharactersWhenTextCouldDriveTheTerminal() {
        assertThat(HitFormat.table(List.of(HIT))).doesNotContain("\u001b");
        assertThat(HitFormat.cell("a\u001b[31m\n\tb\u200bc", 20)).isEqualTo("a [31m b c");
    }

    @Test
    void shouldCutLongTextByCodePointsWhenWiderThanColumn() {
        assertThat(HitFormat.cell("😀😀😀😀", 3)).isEqualTo("😀😀…");
        assertThat(HitFormat.cell("short", 10)).isEqualTo("short");
    }

    @Test
    void shouldEmitIsoTimesAndAllSubjectsWhenFormattingJson() throws Exception {
        JsonNode json = new ObjectMapper().readTree(HitFormat.json(List.of(HIT)));

        assertThat(json.isArray()).isTrue();
        assertThat(json.get(0).get("articleId").asText()).isEqualTo("a-1");
        assertThat(json.get(0).get("datePublished").asText()).isEqualTo("2025-05-20T08:30:00Z");
        assertThat(json.get(0).get("subjects")).hasSize(4);
        assertThat(json.get(0).get("headline").asText()).contains("\u001b"); // JSON escapes it; data stays exact
    }
}
