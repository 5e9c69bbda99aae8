package io.newsflow.sink;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.Subject;
import io.newsflow.testkit.Infrastructure;
import io.newsflow.testkit.NewsflowInfrastructure;

/** The write path on the real local PostgreSQL and on an SQLite file: idempotent, version-ordered, verbatim. */
@ExtendWith(NewsflowInfrastructure.class)
class ArticleWriterIT {

    private static final Instant T0 = Instant.parse("2026-05-20T10:00:00Z");

    @TempDir
    Path tempDir;

    private ArticleWriter writer(SinkDatabase db, SinkMetrics metrics) {
        return new ArticleWriter(db.dataSource(), db.dialect(), TestStores.FAST_RETRY, metrics, Clock.systemUTC(),
                d -> { throw new AssertionError("no connection failure expected"); });
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void shouldStoreFiveArticlesWithSubjectsAndEntitiesWhenSeedCorpusWritten(Dialect dialect, Infrastructure infra)
            throws Exception {
        List<EnrichedArticle> seeds = TestArticles.seeds(T0);
        try (SinkDatabase db = SinkDatabase.open(TestStores.config(dialect, infra, tempDir))) {
            WriteResult result = writer(db, new SinkMetrics()).write(TestArticles.envelopes(seeds));

            assertThat(result.written()).isEqualTo(5);
            assertThat(result.failed()).isEmpty();
            assertThat(TestStores.count(db, "SELECT COUNT(*) FROM articles")).isEqualTo(5);
            assertThat(TestStores.count(db, "SELECT COUNT(*) FROM article_subjects"))
                    .isEqualTo(TestArticles.subjectCount(seeds));
            assertThat(TestStores.count(db, "SELECT COUNT(*) FROM article_entities"))
                    .isEqualTo(TestArticles.entityCount(seeds));
            for (EnrichedArticle a : seeds) {
                assertThat(TestStores.string(db, "SELECT headline FROM articles WHERE article_id = ?", a.getId()))
                        .isEqualTo(a.getHeadline());
                assertThat(TestStores.string(db, "SELECT body FROM articles WHERE article_id = ?", a.getId()))
                        .isEqualTo(String.join("\n\n", a.getBody()));
            }
            assertThat(TestStores.count(db, "SELECT COUNT(*) FROM article_entities WHERE type = 'person'"
                    + " AND name = 'Volodymyr Zelensky'"))
                    .isEqualTo(seeds.stream().filter(a -> a.getPeople().stream()
                            .anyMatch(p -> p.getName().equals("Volodymyr Zelensky"))).count());
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void shouldKeepFiveRowsAndNoDuplicateChildrenWhenSameRecordsDeliveredAgain(Dialect dialect, Infrastructure infra)
            throws Exception {
        List<EnrichedArticle> seeds = TestArticles.seeds(T0);
        try (SinkDatabase db = SinkDatabase.open(TestStores.config(dialect, infra, tempDir))) {
            SinkMetrics metrics = new SinkMetrics();
            ArticleWriter writer = writer(db, metrics);
            writer.write(TestArticles.envelopes(seeds));
            String storedAtBefore = TestStores.string(db, "SELECT CAST(stored_at AS TEXT) FROM articles"
                    + " WHERE article_id = ?", seeds.get(0).getId());

            WriteResult again = writer.write(TestArticles.envelopes(seeds));
            // and once more with every record twice in the same batch
            List<ArticleEnvelope> doubled = new ArrayList<>(TestArticles.envelopes(seeds));
            doubled.addAll(TestArticles.envelopes(seeds));
            WriteResult twice = writer.write(doubled);

            assertThat(again.written()).isZero();
            assertThat(again.unchanged()).isEqualTo(5);
            assertThat(twice.written()).isZero();
            assertThat(twice.unchanged()).isEqualTo(10);
            assertThat(TestStores.count(db, "SELECT COUNT(*) FROM articles")).isEqualTo(5);
            assertThat(TestStores.count(db, "SELECT COUNT(*) FROM article_subjects"))
                    .isEqualTo(TestArticles.subjectCount(seeds));
            assertThat(TestStores.count(db, "SELECT COUNT(*) FROM article_entities"))
                    .isEqualTo(TestArticles.entityCount(seeds));
            assertThat(TestStores.string(db, "SELECT CAST(stored_at AS TEXT) FROM articles WHERE article_id = ?",
                    seeds.get(0).getId())).isEqualTo(storedAtBefore);
            assertThat(metrics.written()).isEqualTo(5);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void shouldNeverOverwriteNewerVersionWhenOlderArrivesLater(Dialect dialect, Infrastructure infra)
            throws Exception {
        EnrichedArticle older = TestArticles.article("a-1", T0, 10, "Old headline", List.of("Old body."));
        EnrichedArticle newer = EnrichedArticle.newBuilder(
                TestArticles.article("a-1", T0.plus(1, ChronoUnit.MINUTES), 5, "New headline", List.of("New body.")))
                .setSubjects(List.of(new Subject("medtop:04000000", "economy, business and finance", 0.8),
                        new Subject("medtop:20000642", "economic sanction", 0.7)))
                .build();
        // same enrichedAt as newer, higher raw offset: newer still (the documented tie-break)
        EnrichedArticle tieWinner = EnrichedArticle.newBuilder(newer).setHeadline("Refetched headline")
                .setRaw(new io.newsflow.schemas.avro.RecordRef(TestArticles.RAW_TOPIC, 0, 6L)).build();
        try (SinkDatabase db = SinkDatabase.open(TestStores.config(dialect, infra, tempDir))) {
            ArticleWriter writer = writer(db, new SinkMetrics());

            writer.write(TestArticles.envelopes(List.of(newer)));
            WriteResult late = writer.write(TestArticles.envelopes(List.of(older)));
            // in one batch, too: the older one must lose whatever its position
            WriteResult mixed = writer.write(TestArticles.envelopes(List.of(older, newer)));

            assertThat(late.written()).isZero();
            assertThat(mixed.written()).isZero();
            assertThat(TestStores.string(db, "SELECT headline FROM articles WHERE article_id = ?", "a-1"))
                    .isEqualTo("New headline");
            assertThat(TestStores.count(db, "SELECT COUNT(*) FROM article_subjects WHERE article_id = 'a-1'"
                    + " AND qcode IN ('medtop:04000000', 'medtop:20000642')")).isEqualTo(2);
            assertThat(TestStores.count(db, "SELECT COUNT(*) FROM article_subjects WHERE article_id = 'a-1'"))
                    .isEqualTo(2);

            WriteResult tie = writer.write(TestArticles.envelopes(List.of(tieWinner)));

            assertThat(tie.written()).isEqualTo(1);
            assertThat(TestStores.string(db, "SELECT headline FROM articles WHERE article_id = ?", "a-1"))
                    .isEqualTo("Refetched headline");
            assertThat(TestStores.count(db, "SELECT COUNT(*) FROM article_subjects WHERE article_id = 'a-1'"))
                    .isEqualTo(2);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void shouldStoreTextVerbatimWhenItHoldsSqlMetacharactersAndInjectionPayloads(Dialect dialect,
                                                                              Infrastructure infra) throws Exception {
        List<String> payloads = List.of(
                "'; DROP TABLE articles; --",
                "Robert'); DELETE FROM article_subjects WHERE ('1'='1",
                "\" OR \"\"=\" -- double quotes",
                "back\\slash \\' \\\\ and a trailing backslash\\",
                "100% of the_rows LIKE '%_%' ESCAPE '\\'",
                "$1 $$ dollar $$ quoting ? :name ${placeholder}",
                "Ünïcödé — “quotes” 中文 العربية 😀 \t tab \r\n crlf",
                "/* comment */ SELECT * FROM articles; COMMIT; ROLLBACK;");
        List<EnrichedArticle> articles = new ArrayList<>();
        for (int i = 0; i < payloads.size(); i++) {
            String p = payloads.get(i);
            articles.add(EnrichedArticle.newBuilder(TestArticles.article("inj-" + i + p, T0, i, p, List.of(p, p)))
                    .setAuthors(List.of(p))
                    .setSubjects(List.of(new Subject("medtop:" + p, p, 0.5)))
                    .setPeople(List.of(new io.newsflow.schemas.avro.Entity(p, List.of(p), 1)))
                    .build());
        }
        try (SinkDatabase db = SinkDatabase.open(TestStores.config(dialect, infra, tempDir))) {
            WriteResult result = writer(db, new SinkMetrics()).write(TestArticles.envelopes(articles));

            assertThat(result.failed()).isEmpty();
            assertThat(TestStores.count(db, "SELECT COUNT(*) FROM articles")).isEqualTo(payloads.size());
            for (int i = 0; i < payloads.size(); i++) {
                String p = payloads.get(i);
                String id = "inj-" + i + p;
                assertThat(TestStores.string(db, "SELECT headline FROM articles WHERE article_id = ?", id))
                        .isEqualTo(p);
                assertThat(TestStores.string(db, "SELECT body FROM articles WHERE article_id = ?", id))
                        .isEqualTo(p + "\n\n" + p);
                assertThat(TestStores.string(db, "SELECT authors FROM articles WHERE article_id = ?", id))
                        .isEqualTo(p);
                assertThat(TestStores.string(db, "SELECT name FROM article_subjects WHERE article_id = ?", id))
                        .isEqualTo(p);
                assertThat(TestStores.string(db, "SELECT name FROM article_entities WHERE article_id = ?", id))
                        .isEqualTo(p);
            }
            assertThat(TestStores.count(db, "SELECT COUNT(*) FROM article_subjects")).isEqualTo(payloads.size());
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void shouldFindArticlesWhenSearchingTextSubjectEntityAndDates(Dialect dialect, Infrastructure infra)
            throws Exception {
        List<EnrichedArticle> seeds = TestArticles.seeds(T0);
        try (SinkDatabase db = SinkDatabase.open(TestStores.config(dialect, infra, tempDir))) {
            writer(db, new SinkMetrics()).write(TestArticles.envelopes(seeds));
            ArticleQuery query = new ArticleQuery(db);

            // a word of one article only, in another inflection than in the text ("sanctions" -> "sanction")
            String uniqueWord = "Pistorius";
            List<ArticleHit> byText = query.search(QueryCriteria.newest(10).withText(uniqueWord.toLowerCase()));
            List<ArticleHit> stemmed = query.search(QueryCriteria.newest(10).withText("sanction"));
            List<ArticleHit> hostile = query.search(QueryCriteria.newest(10).withText("\"unbalanced ' OR 1=1 --"));
            List<ArticleHit> bySubject = query.search(QueryCriteria.newest(10).withSubject("Prisoners of War"));
            List<ArticleHit> byQcode = query.search(QueryCriteria.newest(10).withSubject("20000080"));
            List<ArticleHit> byEntity = query.search(QueryCriteria.newest(10).withEntity("macron"));
            List<ArticleHit> all = query.search(QueryCriteria.newest(10));
            Instant newestPublished = all.get(0).datePublished();
            List<ArticleHit> recent = query.search(QueryCriteria.newest(10)
                    .withRange(newestPublished.minus(1, ChronoUnit.DAYS), newestPublished.plusSeconds(1)));

            assertThat(byText).extracting(ArticleHit::articleId).containsExactlyElementsOf(
                    seeds.stream().filter(a -> String.join(" ", a.getBody()).contains(uniqueWord))
                            .map(EnrichedArticle::getId).toList());
            assertThat(byText).isNotEmpty();
            assertThat(stemmed).extracting(ArticleHit::articleId).containsAll(
                    seeds.stream().filter(a -> String.join(" ", a.getBody()).contains("sanctions"))
                            .map(EnrichedArticle::getId).toList());
            assertThat(hostile).isEmpty();
            assertThat(bySubject).extracting(ArticleHit::articleId).containsExactlyInAnyOrderElementsOf(
                    seeds.stream().filter(a -> a.getSubjects().stream()
                            .anyMatch(s -> s.getQcode().equals("medtop:20000080"))).map(EnrichedArticle::getId).toList());
            assertThat(byQcode).extracting(ArticleHit::articleId)
                    .containsExactlyElementsOf(bySubject.stream().map(ArticleHit::articleId).toList());
            assertThat(byEntity).extracting(ArticleHit::articleId).containsExactlyElementsOf(
                    seeds.stream().filter(a -> a.getPeople().stream()
                            .anyMatch(p -> p.getName().equals("Emmanuel Macron"))).map(EnrichedArticle::getId).toList());
            assertThat(all).hasSize(5);
            assertThat(all).extracting(ArticleHit::newestTime).isSortedAccordingTo(
                    java.util.Comparator.reverseOrder());
            assertThat(all.get(0).subjects()).isNotEmpty();
            assertThat(all.get(0).entities()).isNotEmpty();
            assertThat(recent).extracting(ArticleHit::articleId)
                    .containsExactly(all.get(0).articleId(), all.get(1).articleId());
        }
    }

    @Test
    void shouldIsolateRefusedArticleWhenPostgresRejectsItsText(Infrastructure infra) throws Exception {
        List<EnrichedArticle> articles = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            articles.add(TestArticles.article("ok-" + i, T0, i, "Headline " + i, List.of("Body " + i)));
        }
        // PostgreSQL text cannot hold NUL: this one article is refused with a data error (SQLState 22021)
        articles.add(4, TestArticles.article("bad", T0, 99, "Nul \u0000 inside", List.of("Body")));
        SinkMetrics metrics = new SinkMetrics();
        try (SinkDatabase db = SinkDatabase.open(TestStores.config(Dialect.POSTGRESQL, infra, tempDir))) {
            WriteResult result = writer(db, metrics).write(TestArticles.envelopes(articles));

            assertThat(result.failed()).extracting(f -> f.envelope().articleId()).containsExactly("bad");
            assertThat(result.failed().get(0).cause().getSQLState()).startsWith("22");
            assertThat(result.written()).isEqualTo(9);
            assertThat(TestStores.count(db, "SELECT COUNT(*) FROM articles")).isEqualTo(9);
            assertThat(metrics.batchSplits()).isPositive();
            assertThat(metrics.connectionRetries()).isZero();
        }
    }
}
