package io.newsflow.sink;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.newsflow.schemas.AvroTrust;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.Rejection;
import io.newsflow.serde.NewsflowSerdes;

/**
 * Wires the sink from its config: store, writer, consumer, rejection producer, loop. The Avro serdes are the
 * Confluent wire-format ones built from registry settings, or passed in.
 *
 * <pre>{@code
 * SinkConfig config = SinkConfig.fromEnv(System.getenv());
 * try (SinkApp app = SinkApp.create(config, KafkaEnv.registryProperties(System.getenv(), null))) {
 *     Runtime.getRuntime().addShutdownHook(new Thread(app::close));
 *     app.run();   // until closed; throws when the database stays unreachable
 * }
 * }</pre>
 */
public final class SinkApp implements Runnable, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SinkApp.class);

    static {
        AvroTrust.install();
    }

    private final SinkDatabase database;
    private final Producer<String, Rejection> producer;
    private final SinkService service;

    private SinkApp(SinkDatabase database, Producer<String, Rejection> producer, SinkService service) {
        this.database = database;
        this.producer = producer;
        this.service = service;
    }

    /**
     * The sink with the Confluent wire-format serdes.
     *
     * @param registry serde settings, at least {@code schema.registry.url} (see {@code KafkaEnv.registryProperties})
     */
    public static SinkApp create(SinkConfig config, Map<String, ?> registry) {
        return create(config,
                NewsflowSerdes.forClass(EnrichedArticle.class, registry, false).deserializer(),
                NewsflowSerdes.forClass(Rejection.class, registry, false).serializer());
    }

    /** The sink with the given serdes (tests, other wire formats). */
    public static SinkApp create(SinkConfig config, Deserializer<EnrichedArticle> articleDeserializer,
                                 Serializer<Rejection> rejectionSerializer) {
        LOG.info("Starting sink with {}", config);
        SinkDatabase database = SinkDatabase.open(config);
        SinkMetrics metrics = new SinkMetrics();
        Producer<String, Rejection> producer = null;
        try {
            producer = new KafkaProducer<>(producerProperties(config), new StringSerializer(), rejectionSerializer);
            KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerProperties(config),
                    new ByteArrayDeserializer(), new ByteArrayDeserializer());
            SinkService service = new SinkService(consumer, articleDeserializer,
                    new ArticleWriter(database, config.retry(), metrics),
                    new KafkaRejectionSink(producer, config.topics().rejected().name()),
                    config.topics().enriched().name(), config.pollTimeout(), metrics, Clock.systemUTC());
            return new SinkApp(database, producer, service);
        } catch (RuntimeException e) {
            if (producer != null) {
                producer.close();
            }
            database.close();
            throw e;
        }
    }

    /** Consumer settings: KAFKA_* pass-through, then what the sink's guarantees require. */
    static Map<String, Object> consumerProperties(SinkConfig config) {
        Map<String, Object> p = new HashMap<>(config.kafka());
        p.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.GROUP_ID_CONFIG, config.groupId());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, config.batchSize());
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return p;
    }

    /** Producer settings for rejections: acknowledged by all replicas, no duplicates from retries. */
    static Map<String, Object> producerProperties(SinkConfig config) {
        Map<String, Object> p = new HashMap<>(config.kafka());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, config.groupId() + "-rejections");
        return p;
    }

    @Override
    public void run() {
        service.run();
    }

    public SinkMetrics metrics() {
        return service.metrics();
    }

    @Override
    public void close() {
        service.close();
        producer.close();
        database.close();
    }
}
