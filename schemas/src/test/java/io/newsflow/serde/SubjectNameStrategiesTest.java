package io.newsflow.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import io.newsflow.schemas.avro.Rejection;

class SubjectNameStrategiesTest {

    @ParameterizedTest(name = "{0} key={1} -> {2}")
    @CsvSource({
            "TopicNameStrategy, false, news.articles.rejected-value",
            "TopicNameStrategy, true, news.articles.rejected-key",
            "io.newsflow.serde.TopicNameStrategy, false, news.articles.rejected-value",
            "io.confluent.kafka.serializers.subject.TopicNameStrategy, true, news.articles.rejected-key",
            "RecordNameStrategy, false, io.newsflow.schemas.avro.Rejection",
            "io.newsflow.serde.RecordNameStrategy, true, io.newsflow.schemas.avro.Rejection",
            "io.confluent.kafka.serializers.subject.RecordNameStrategy, false, io.newsflow.schemas.avro.Rejection",
            "TopicRecordNameStrategy, false, news.articles.rejected-io.newsflow.schemas.avro.Rejection",
            "io.newsflow.serde.TopicRecordNameStrategy, true, news.articles.rejected-io.newsflow.schemas.avro.Rejection",
            "io.confluent.kafka.serializers.subject.TopicRecordNameStrategy, false, news.articles.rejected-io.newsflow.schemas.avro.Rejection"
    })
    void shouldNameSubjectWhenStrategyIsGivenByAnyName(String name, boolean isKey, String expected) {
        SubjectNameStrategy strategy = SubjectNameStrategies.resolve("value.subject.name.strategy", name);

        assertThat(strategy.subjectName("news.articles.rejected", isKey, Rejection.SCHEMA$)).isEqualTo(expected);
    }

    @Test
    void shouldDefaultToTopicNameWhenNotSet() {
        assertThat(SubjectNameStrategies.resolve("k", null)).isInstanceOf(TopicNameStrategy.class);
        assertThat(SubjectNameStrategies.resolve("k", " ")).isInstanceOf(TopicNameStrategy.class);
    }

    @Test
    void shouldAcceptCustomStrategyClassWhenItImplementsTheInterface() {
        SubjectNameStrategy strategy = SubjectNameStrategies.resolve("k", Upper.class.getName());

        assertThat(strategy.subjectName("t", false, Rejection.SCHEMA$)).isEqualTo("T");
    }

    @Test
    void shouldRejectUnknownOrForeignClassWhenResolving() {
        assertThatThrownBy(() -> SubjectNameStrategies.resolve("value.subject.name.strategy", "NoSuchStrategy"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("value.subject.name.strategy")
                .hasMessageContaining("TopicNameStrategy");
        assertThatThrownBy(() -> SubjectNameStrategies.resolve("k", String.class.getName()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("does not implement");
    }

    public static final class Upper implements SubjectNameStrategy {
        @Override
        public String subjectName(String topic, boolean isKey, org.apache.avro.Schema schema) {
            return topic.toUpperCase(java.util.Locale.ROOT);
        }
    }
}
