package io.newsflow.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Map;

import org.apache.kafka.common.config.types.Password;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.newsflow.schemas.avro.Rejection;
import io.newsflow.serde.NewsflowSerdes;
import io.newsflow.serde.SerdeConfig;

/** The serdes over the REST client, against the stub registry: what a producer and a consumer would do. */
class RestSerdeTest {

    private StubRegistry stub;

    @BeforeEach
    void start() throws IOException {
        stub = new StubRegistry("/apis/ccompat/v7").requireBasicAuth("app", "pw");
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void shouldRegisterOnceAndFetchWriterSchemaOnceWhenProducingAndConsuming() {
        Map<String, Object> config = Map.of(
                SerdeConfig.SCHEMA_REGISTRY_URL, stub.url(),
                SerdeConfig.BASIC_AUTH_CREDENTIALS_SOURCE, "USER_INFO",
                SerdeConfig.BASIC_AUTH_USER_INFO, new Password("app:pw"));
        Rejection rejection = Rejection.newBuilder().setStage("sink").setReasonCode("DATABASE")
                .setMessage("constraint violated").setTime(Instant.ofEpochMilli(1_000L)).build();
        Serde<Rejection> producer = NewsflowSerdes.forClass(Rejection.class, config, false);
        Serde<Rejection> consumer = NewsflowSerdes.forClass(Rejection.class, config, false);

        byte[] first = producer.serializer().serialize("news.articles.rejected", rejection);
        byte[] second = producer.serializer().serialize("news.articles.rejected", rejection);
        Rejection read1 = consumer.deserializer().deserialize("news.articles.rejected", first);
        Rejection read2 = consumer.deserializer().deserialize("news.articles.rejected", second);

        assertThat(second).isEqualTo(first);
        assertThat(read1).isEqualTo(rejection);
        assertThat(read2).isEqualTo(rejection);
        int id = ByteBuffer.wrap(first, 1, 4).getInt();
        assertThat(stub.count("POST", "/apis/ccompat/v7/subjects/news.articles.rejected-value/versions")).isEqualTo(1);
        assertThat(stub.count("GET", "/apis/ccompat/v7/schemas/ids/" + id)).isEqualTo(1);
        assertThat(stub.requests()).hasSize(2);
    }
}
