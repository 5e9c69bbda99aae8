package io.newsflow.ingest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;

import io.newsflow.schemas.avro.RawArticle;
import io.newsflow.schemas.avro.Rejection;
import io.newsflow.topics.Topics;

/**
 * Publishes to Kafka with an idempotent producer ({@code acks=all}), compressed and batched for ~3 KB records.
 * Each record carries tracing headers; every send's result is checked in its callback.
 */
public final class KafkaArticleSink implements ArticleSink {

    public static final String HEADER_SOURCE = "newsflow.source";
    public static final String HEADER_INGEST_TIME = "newsflow.ingest.time";
    public static final String HEADER_RUN_ID = "newsflow.run.id";
    /** ~40 records of 3 KB per batch: large enough to compress well, small enough to keep latency low. */
    static final int BATCH_BYTES = 128 * 1024;
    /** Wait up to this long to fill a batch; a replay at a few records per second barely notices. */
    static final int LINGER_MS = 10;
    /** How long close() waits for outstanding sends. */
    static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private final Producer<String, SpecificRecord> producer;
    private final Topics topics;

    /**
     * @param kafka           client properties (bootstrap.servers and anything passed through as KAFKA_*)
     * @param valueSerializer serializer for Avro records (the Confluent wire-format one)
     */
    public KafkaArticleSink(Map<String, Object> kafka, Serializer<SpecificRecord> valueSerializer, Topics topics) {
        this(new KafkaProducer<>(producerConfig(kafka), new StringSerializer(), valueSerializer), topics);
    }

    KafkaArticleSink(Producer<String, SpecificRecord> producer, Topics topics) {
        this.producer = producer;
        this.topics = topics;
    }

    /** Defaults for ingest, under anything the operator set. */
    public static Map<String, Object> producerConfig(Map<String, Object> kafka) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, BATCH_BYTES);
        config.put(ProducerConfig.LINGER_MS_CONFIG, LINGER_MS);
        config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 8 * 1024 * 1024);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "newsflow-ingest");
        config.putAll(kafka);
        return config;
    }

    @Override
    public void publish(RawArticle article, Outcome outcome) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(HEADER_SOURCE, utf8(article.getSource().getUri() != null ? article.getSource().getUri()
                : article.getSource().getName()));
        headers.add(HEADER_INGEST_TIME, utf8(article.getIngest().getIngestedAt().toString()));
        if (article.getIngest().getRunId() != null) {
            headers.add(HEADER_RUN_ID, utf8(article.getIngest().getRunId()));
        }
        send(new ProducerRecord<>(topics.raw().name(), null, article.getId(), article, headers), outcome);
    }

    @Override
    public void reject(Rejection rejection, Outcome outcome) {
        RecordHeaders headers = new RecordHeaders();
        if (rejection.getSource() != null) {
            headers.add(HEADER_SOURCE, utf8(rejection.getSource()));
        }
        headers.add("newsflow.reason", utf8(rejection.getReasonCode()));
        send(new ProducerRecord<>(topics.rejected().name(), null, rejection.getSource(), rejection, headers), outcome);
    }

    private void send(ProducerRecord<String, SpecificRecord> record, Outcome outcome) {
        try {
            producer.send(record, (metadata, error) -> {
                if (error == null) {
                    outcome.succeeded();
                } else {
                    outcome.failed(error);
                }
            });
        } catch (RuntimeException e) {
            outcome.failed(e);
        }
    }

    @Override
    public void flush() {
        producer.flush();
    }

    @Override
    public void close() {
        producer.close(CLOSE_TIMEOUT);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
