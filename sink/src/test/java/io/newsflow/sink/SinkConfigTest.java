package io.newsflow.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SinkConfigTest {

    @Test
    void shouldUseEmbeddedSqliteDefaultsWhenNothingIsSet() {
        SinkConfig c = SinkConfig.fromEnv(Map.of());

        assertThat(c.jdbcUrl()).isEqualTo("jdbc:sqlite:data/newsflow.db");
        assertThat(c.dialect()).isEqualTo(Dialect.SQLITE);
        assertThat(c.poolSize()).isEqualTo(SinkConfig.DEFAULT_POOL_SIZE);
        assertThat(c.batchSize()).isEqualTo(SinkConfig.DEFAULT_BATCH_SIZE);
        assertThat(c.topics().enriched().name()).isEqualTo("news.articles.enriched");
        assertThat(c.topics().rejected().name()).isEqualTo("news.articles.rejected");
    }

    @Test
    void shouldReadEveryVariableWhenSet() {
        SinkConfig c = SinkConfig.fromEnv(Map.of(
                "NEWSFLOW_SINK_JDBC_URL", "jdbc:postgresql://db:5432/news",
                "NEWSFLOW_SINK_DB_USER", "sink",
                "NEWSFLOW_SINK_DB_PASSWORD", "s3cret",
                "NEWSFLOW_SINK_POOL_SIZE", "8",
                "NEWSFLOW_SINK_BATCH_SIZE", "250",
                "NEWSFLOW_SINK_RETRY_ATTEMPTS", "3",
                "NEWSFLOW_SINK_RETRY_BACKOFF_MS", "10",
                "NEWSFLOW_SINK_RETRY_MAX_BACKOFF_MS", "20",
                "NEWSFLOW_SINK_GROUP_ID", "g",
                "KAFKA_BOOTSTRAP_SERVERS", "broker:9092"));

        assertThat(c.dialect()).isEqualTo(Dialect.POSTGRESQL);
        assertThat(c.dbUser()).isEqualTo("sink");
        assertThat(c.dbPassword()).isEqualTo("s3cret");
        assertThat(c.poolSize()).isEqualTo(8);
        assertThat(c.batchSize()).isEqualTo(250);
        assertThat(c.retry()).isEqualTo(new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(20)));
        assertThat(c.groupId()).isEqualTo("g");
        assertThat(c.kafka()).containsEntry("bootstrap.servers", "broker:9092");
    }

    @Test
    void shouldReportEveryProblemWhenValuesAreInvalid() {
        assertThatThrownBy(() -> SinkConfig.fromEnv(Map.of(
                "NEWSFLOW_SINK_JDBC_URL", "jdbc:mysql://x/y",
                "NEWSFLOW_SINK_POOL_SIZE", "zero",
                "NEWSFLOW_SINK_BATCH_SIZE", "0",
                "KAFKA_ENABLE_AUTO_COMMIT", "true")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NEWSFLOW_SINK_JDBC_URL")
                .hasMessageContaining("NEWSFLOW_SINK_POOL_SIZE")
                .hasMessageContaining("NEWSFLOW_SINK_BATCH_SIZE")
                .hasMessageContaining("KAFKA_ENABLE_AUTO_COMMIT");
    }

    @Test
    void shouldMaskPasswordsWhenPrinted() {
        SinkConfig c = SinkConfig.fromEnv(Map.of(
                "NEWSFLOW_SINK_JDBC_URL", "jdbc:postgresql://db/news?user=u&password=urlsecret&ssl=true",
                "NEWSFLOW_SINK_DB_PASSWORD", "envsecret",
                "KAFKA_SASL_JAAS_CONFIG", "PlainLoginModule required password=\"jaassecret\";",
                "KAFKA_SSL_KEYSTORE_PASSWORD", "kssecret"));

        String shown = c.toString();

        assertThat(shown).doesNotContain("urlsecret", "envsecret", "jaassecret", "kssecret");
        assertThat(shown).contains("password=****", "ssl=true", "user=u");
    }
}
