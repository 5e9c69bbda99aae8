package io.newsflow.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;

import io.newsflow.schemas.avro.EnrichedArticle;

class TopicsTest {

    @Test
    void shouldDescribeTheThreeTopicsWhenDefaults() {
        Topics topics = Topics.defaults();
        assertThat(topics.all()).extracting(TopicSpec::name)
                .containsExactly("news.articles.raw", "news.articles.enriched", "news.articles.rejected");
        assertThat(topics.enriched().valueType()).isEqualTo(EnrichedArticle.class);
        assertThat(topics.enriched().cleanupPolicy()).isEqualTo(TopicConfig.CLEANUP_POLICY_COMPACT);
        assertThat(topics.raw().toNewTopic().configs()).containsEntry(TopicConfig.CLEANUP_POLICY_CONFIG, "delete");
    }

    @Test
    void shouldTakeNamesAndPartitionsFromEnvWhenGiven() {
        Topics topics = Topics.fromEnv(Map.of("NEWSFLOW_TOPIC_RAW", "acme.raw", "NEWSFLOW_TOPIC_RAW_PARTITIONS", "12",
                "NEWSFLOW_TOPIC_REPLICATION", "3"));
        assertThat(topics.raw().name()).isEqualTo("acme.raw");
        assertThat(topics.raw().partitions()).isEqualTo(12);
        assertThat(topics.rejected().replication()).isEqualTo((short) 3);
    }

    @Test
    void shouldRejectInvalidTopicNamesWhenConfigured() {
        assertThatThrownBy(() -> Topics.fromEnv(Map.of("NEWSFLOW_TOPIC_ENRICHED", "bad name!")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("enriched");
    }

    @Test
    void shouldPrefixEveryNameWhenAskedForTestIsolation() {
        assertThat(Topics.defaults().withPrefix("t1.").all()).allSatisfy(t -> assertThat(t.name()).startsWith("t1."));
    }

    @Test
    void shouldFailClearlyWhenTopicIdUnknown() {
        assertThatThrownBy(() -> Topics.defaults().get("nope")).hasMessageContaining("known");
    }
}
