package io.newsflow.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.Rejection;

class EnrichTopologyTest {

    private TopologyFixture fixture;

    @AfterEach
    void close() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void shouldEnrichEverySeedWithLineageWhenRawTextArrives() {
        fixture = new TopologyFixture(ArticleEnricher.withDefaults());
        List<Path> seeds = TopologyFixture.seeds();
        for (int i = 0; i < seeds.size(); i++) {
            fixture.raw.pipeInput("seed-" + i, TopologyFixture.text("seed-" + i, TopologyFixture.read(seeds.get(i))));
        }
        List<TestRecord<String, EnrichedArticle>> out = fixture.enriched.readRecordsToList();
        assertThat(out).extracting(TestRecord::key).containsExactly("seed-0", "seed-1", "seed-2", "seed-3", "seed-4");
        assertThat(out).allSatisfy(r -> {
            assertThat(r.value().getBody()).isNotEmpty();
            assertThat(r.value().getSubjects()).isNotEmpty();
            assertThat(r.value().getLanguage()).isEqualTo("en");
            assertThat(r.value().getRaw().getTopic()).isEqualTo("news.articles.raw");
            assertThat(r.value().getDuplicateOf()).as("distinct seeds are not linked").isNull();
        });
        assertThat(out.get(3).value().getHeadline()).isEqualTo("Kremlin finds new reasons to drag out peace talks");
        assertThat(out.get(3).value().getAuthors()).containsExactly("Daryna Vialko");
        assertThat(out.get(2).value().getRemovedBoilerplateCount()).isEqualTo(6);
        assertThat(out.get(4).value().getRaw().getOffset()).isEqualTo(4L);
        assertThat(fixture.rejected.isEmpty()).isTrue();
        assertThat(fixture.metric(EnrichMetrics.ENRICHED, null)).isEqualTo(5.0);
    }

    @Test
    void shouldMarkReplayedArticlesAsDuplicatesOfThemselvesWhenSeenAgain() {
        fixture = new TopologyFixture(ArticleEnricher.withDefaults());
        List<Path> seeds = TopologyFixture.seeds();
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < seeds.size(); i++) {
                fixture.raw.pipeInput("seed-" + i, TopologyFixture.text("seed-" + i, TopologyFixture.read(seeds.get(i))));
            }
        }
        List<EnrichedArticle> out = fixture.enriched.readValuesToList();
        assertThat(out).hasSize(10);
        assertThat(out.subList(0, 5)).allSatisfy(a -> assertThat(a.getDuplicateOf()).isNull());
        assertThat(out.subList(5, 10)).allSatisfy(a -> assertThat(a.getDuplicateOf()).isEqualTo(a.getId()));
    }

    @Test
    void shouldLinkALightlyEditedCopyToTheOriginalWhenItArrivesLater() {
        fixture = new TopologyFixture(ArticleEnricher.withDefaults());
        String original = TopologyFixture.read(TopologyFixture.seeds().get(0));
        List<String> paragraphs = new ArrayList<>(List.of(original.split("\n")));
        paragraphs.remove(paragraphs.size() - 2); // a paragraph dropped
        paragraphs.set(1, paragraphs.get(1).replace("failed to yield any breakthrough", "produced no real progress"));
        fixture.raw.pipeInput("original", TopologyFixture.text("original", original));
        fixture.raw.pipeInput("copy", TopologyFixture.text("copy", String.join("\n", paragraphs)));
        List<EnrichedArticle> out = fixture.enriched.readValuesToList();
        assertThat(out.get(1).getId()).isEqualTo("copy");
        assertThat(out.get(1).getDuplicateOf()).isEqualTo("original");
    }

    @Test
    void shouldRejectWithCauseInHeadersAndCountWhenInputIsNotAnArticle() {
        fixture = new TopologyFixture(ArticleEnricher.withDefaults());
        fixture.raw.pipeInput("empty", TopologyFixture.text("empty", "   \n  "));
        fixture.raw.pipeInput("good", TopologyFixture.text("good", TopologyFixture.read(TopologyFixture.seeds().get(0))));

        TestRecord<String, Rejection> rejection = fixture.rejected.readRecord();
        assertThat(rejection.key()).isEqualTo("empty");
        assertThat(rejection.value().getStage()).isEqualTo("enrich");
        assertThat(rejection.value().getReasonCode()).isEqualTo("EMPTY");
        assertThat(rejection.value().getOriginalTopic()).isEqualTo("news.articles.raw");
        assertThat(rejection.value().getOriginalOffset()).isEqualTo(0L);
        assertThat(new String(rejection.headers().lastHeader(Rejections.HEADER_REASON).value(), StandardCharsets.UTF_8))
                .isEqualTo("EMPTY");
        assertThat(fixture.enriched.readValuesToList()).extracting(EnrichedArticle::getId).containsExactly("good");
        assertThat(fixture.metric(EnrichMetrics.REJECTED, "EMPTY")).isEqualTo(1.0);
    }

    @Test
    void shouldSkipUndecodableRecordsAndContinueWhenDeserializationFails() {
        // the rejection record itself is asserted on a real broker in EnrichTopologyIT: the test driver does not
        // forward dead-letter records returned by a deserialization handler
        fixture = new TopologyFixture(ArticleEnricher.withDefaults());
        fixture.rawBytes.pipeInput("garbage", new byte[] {7, 0, 0, 0, 1, 2, 3});
        fixture.raw.pipeInput("good", TopologyFixture.text("good", TopologyFixture.read(TopologyFixture.seeds().get(1))));

        assertThat(fixture.enriched.readValuesToList()).extracting(EnrichedArticle::getId).containsExactly("good");
    }

    @Test
    void shouldRouteUnexpectedFailuresToTheRejectedTopicAndContinueWhenAProcessorThrows() {
        ArticleEnricher real = ArticleEnricher.withDefaults();
        fixture = new TopologyFixture((article, raw, now) -> {
            if (article.getId().equals("poison")) {
                throw new IllegalStateException("boom");
            }
            return real.enrich(article, raw, now);
        });
        fixture.raw.pipeInput("poison", TopologyFixture.text("poison", "Some text that triggers a bug."));
        fixture.raw.pipeInput("good", TopologyFixture.text("good", TopologyFixture.read(TopologyFixture.seeds().get(1))));

        Rejection rejection = fixture.rejected.readValue();
        assertThat(rejection.getReasonCode()).isEqualTo("PROCESSING_FAILED");
        assertThat(rejection.getMessage()).contains("boom");
        assertThat(rejection.getExceptionClass()).isEqualTo(IllegalStateException.class.getName());
        assertThat(fixture.enriched.readValuesToList()).extracting(EnrichedArticle::getId).containsExactly("good");
    }
}
