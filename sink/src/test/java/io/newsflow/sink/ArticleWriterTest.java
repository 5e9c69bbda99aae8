package io.newsflow.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

/** The writer's failure handling, on a data source that only fails (no database needed). */
class ArticleWriterTest {

    private static final Instant T0 = Instant.parse("2026-05-20T10:00:00Z");
    private static final List<ArticleEnvelope> BATCH = TestArticles.envelopes(List.of(
            TestArticles.article("a", T0, 0, "A", List.of("a")), TestArticles.article("b", T0, 1, "B", List.of("b"))));

    private final List<Duration> sleeps = new ArrayList<>();
    private final SinkMetrics metrics = new SinkMetrics();

    private static DataSource failing(SQLException failure) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        throw failure;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private ArticleWriter writer(DataSource ds) {
        return new ArticleWriter(ds, Dialect.POSTGRESQL, new RetryPolicy(4, Duration.ofMillis(100),
                Duration.ofMillis(250)), metrics, Clock.systemUTC(), sleeps::add);
    }

    @Test
    void shouldRetryWithBackoffThenGiveUpWhenConnectionNeverComes() {
        ArticleWriter w = writer(failing(new SQLTransientConnectionException("pool timeout")));

        assertThatThrownBy(() -> w.write(BATCH)).isInstanceOf(SinkUnavailableException.class)
                .hasMessageContaining("4 attempts");

        assertThat(sleeps).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(250));
        assertThat(metrics.connectionRetries()).isEqualTo(3);
        assertThat(metrics.rejectedDatabase()).isZero();
    }

    @Test
    void shouldStopWithoutRejectingWhenErrorIsNotAboutTheData() {
        ArticleWriter w = writer(failing(new SQLException("password authentication failed", "28P01")));

        assertThatThrownBy(() -> w.write(BATCH)).isInstanceOf(SinkUnavailableException.class)
                .hasMessageContaining("28P01");

        assertThat(sleeps).isEmpty();
        assertThat(metrics.rejectedDatabase()).isZero();
        assertThat(metrics.batchSplits()).isZero();
    }

    @Test
    void shouldIsolateEveryRecordWhenEachFailsWithDataError() {
        WriteResult r = writer(failing(new SQLException("invalid byte sequence", "22021"))).write(BATCH);

        assertThat(r.failed()).extracting(f -> f.envelope().articleId()).containsExactly("a", "b");
        assertThat(r.written()).isZero();
        assertThat(metrics.batchSplits()).isEqualTo(1);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void shouldNotTouchTheDatabaseWhenBatchIsEmpty() {
        assertThat(writer(failing(new SQLException("x", "08001"))).write(List.of())).isEqualTo(WriteResult.EMPTY);
    }
}
