package io.newsflow.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.testkit.Infrastructure;
import io.newsflow.testkit.NewsflowInfrastructure;

/** A connection cut in the middle of a batch: the writer retries, resumes, and every article is stored once. */
@ExtendWith(NewsflowInfrastructure.class)
class ConnectionCutIT {

    private static final Instant T0 = Instant.parse("2026-05-20T10:00:00Z");
    private static final int ARTICLES = 400;
    private static final int BATCH = 50;

    @Test
    void shouldRetryAndStoreEveryArticleOnceWhenConnectionIsCutMidBatch(Infrastructure infra) throws Exception {
        String direct = TestStores.postgresUrl(infra.postgresJdbcUrl());
        URI target = URI.create(direct.substring("jdbc:".length()));
        List<EnrichedArticle> articles = new ArrayList<>();
        String paragraph = "Negotiators met again on Tuesday as ceasefire talks resumed; ".repeat(30);
        for (int i = 0; i < ARTICLES; i++) {
            articles.add(TestArticles.article("cut-" + i, T0, i, "Headline " + i, List.of(paragraph + i, "End " + i)));
        }
        long batchBytes = articles.subList(0, BATCH).stream().mapToLong(a -> paragraph.length() + 40L).sum();

        try (TcpProxy proxy = new TcpProxy(target.getHost(), target.getPort())) {
            String proxied = direct.replace(target.getHost() + ":" + target.getPort(), "127.0.0.1:" + proxy.port());
            SinkConfig config = SinkConfig.forJdbcUrl(proxied).withPool(2, Duration.ofMillis(500));
            SinkMetrics metrics = new SinkMetrics();
            try (SinkDatabase db = SinkDatabase.open(config)) {
                ArticleWriter writer = new ArticleWriter(db.dataSource(), db.dialect(), TestStores.FAST_RETRY,
                        metrics, Clock.systemUTC(), ArticleWriter.Sleeper.SYSTEM);
                AtomicInteger batchesDone = new AtomicInteger();
                AtomicInteger batchesDoneAtCut = new AtomicInteger(-1);
                // cut halfway through the third batch's upsert statement
                proxy.cutAfterClientBytes(2 * batchBytes + batchBytes / 2);
                CompletableFuture<List<WriteResult>> writing = CompletableFuture.supplyAsync(() -> {
                    List<WriteResult> results = new ArrayList<>();
                    for (int from = 0; from < ARTICLES; from += BATCH) {
                        results.add(writer.write(TestArticles.envelopes(articles.subList(from, from + BATCH))));
                        batchesDone.incrementAndGet();
                    }
                    return results;
                });

                await().atMost(Duration.ofSeconds(60)).until(() -> proxy.cuts() == 1 && metrics.connectionRetries() > 0);
                batchesDoneAtCut.set(batchesDone.get());
                proxy.reopen();
                await().atMost(Duration.ofSeconds(60)).until(writing::isDone);
                List<WriteResult> results = writing.get();

                assertThat(batchesDoneAtCut.get()).isBetween(1, ARTICLES / BATCH - 1);
                assertThat(results).allSatisfy(r -> assertThat(r.failed()).isEmpty());
                assertThat(results.stream().mapToInt(r -> r.written() + r.unchanged()).sum()).isEqualTo(ARTICLES);
                assertThat(TestStores.count(db, "SELECT COUNT(*) FROM articles")).isEqualTo(ARTICLES);
                assertThat(TestStores.count(db, "SELECT COUNT(DISTINCT article_id) FROM articles"))
                        .isEqualTo(ARTICLES);
                assertThat(TestStores.count(db, "SELECT COUNT(*) FROM article_subjects")).isEqualTo(ARTICLES);
                assertThat(TestStores.count(db, "SELECT COUNT(*) FROM article_entities")).isEqualTo(ARTICLES);
                assertThat(TestStores.count(db, "SELECT COUNT(*) FROM articles WHERE body LIKE '%End ' || "
                        + "SUBSTRING(article_id FROM 5)")).isEqualTo(ARTICLES);
                assertThat(metrics.connectionRetries()).isPositive();
                assertThat(metrics.rejectedDatabase()).isZero();
            }
        }
    }
}
