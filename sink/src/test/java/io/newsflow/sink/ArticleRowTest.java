package io.newsflow.sink;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.Entity;
import io.newsflow.schemas.avro.Subject;

class ArticleRowTest {

    private static final Instant T0 = Instant.parse("2026-05-20T10:00:00Z");

    @Test
    void shouldJoinParagraphsWithBlankLinesWhenFlatteningBody() {
        EnrichedArticle a = TestArticles.article("x", T0, 3, "H", List.of("First.", "Second one.", "Third."));

        ArticleRow row = ArticleRow.of(new ArticleEnvelope(a, new RecordPosition("enriched", 2, 41)));

        assertThat(row.body()).isEqualTo("First.\n\nSecond one.\n\nThird.");
        assertThat(row.body().split(ArticleRow.PARAGRAPH_SEPARATOR)).containsExactly("First.", "Second one.", "Third.");
        assertThat(row.sourceTopic()).isEqualTo("enriched");
        assertThat(row.sourcePartition()).isEqualTo(2);
        assertThat(row.sourceOffset()).isEqualTo(41L);
        assertThat(row.rawOffset()).isEqualTo(3L);
        assertThat(row.version()).isEqualTo(new ArticleVersion(T0, 3));
    }

    @Test
    void shouldLeaveSourceColumnsNullWhenArticleDidNotComeFromKafka() {
        ArticleRow row = ArticleRow.of(new ArticleEnvelope(TestArticles.article("x", T0, 0, "H", List.of("B")), null));

        assertThat(row.sourceTopic()).isNull();
        assertThat(row.sourcePartition()).isNull();
        assertThat(row.sourceOffset()).isNull();
    }

    @Test
    void shouldKeepOneRowPerKeyWhenSubjectsOrEntitiesRepeat() {
        EnrichedArticle a = EnrichedArticle.newBuilder(TestArticles.article("x", T0, 0, "H", List.of("B")))
                .setAuthors(List.of("Ann Lee", "Bo Chen"))
                .setSubjects(List.of(new Subject("medtop:1", "one", 0.9), new Subject("medtop:1", "one", 0.4),
                        new Subject("medtop:2", "two", 0.3)))
                .setPeople(List.of(new Entity("Ann Lee", List.of("Ann Lee"), 2),
                        new Entity("Ann Lee", List.of("Lee", "Ann Lee"), 1)))
                .setPlaces(List.of(new Entity("Ann Lee", List.of("Ann Lee"), 1)))
                .build();

        ArticleRow row = ArticleRow.of(new ArticleEnvelope(a, null));

        assertThat(row.authors()).isEqualTo("Ann Lee; Bo Chen");
        assertThat(row.subjects()).containsExactly(new ArticleRow.SubjectRow("medtop:1", "one", 0.9),
                new ArticleRow.SubjectRow("medtop:2", "two", 0.3));
        assertThat(row.entities()).containsExactly(
                new ArticleRow.EntityRow("person", "Ann Lee", "Ann Lee\nLee", 3),
                new ArticleRow.EntityRow("place", "Ann Lee", "Ann Lee", 1));
    }

    @Test
    void shouldStoreNoAuthorWhenListIsEmpty() {
        EnrichedArticle a = EnrichedArticle.newBuilder(TestArticles.article("x", T0, 0, "H", List.of("B")))
                .setAuthors(List.of()).build();

        assertThat(ArticleRow.of(new ArticleEnvelope(a, null)).authors()).isNull();
    }
}
