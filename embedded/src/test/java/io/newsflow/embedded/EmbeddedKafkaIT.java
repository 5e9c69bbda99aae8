package io.newsflow.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaIT {

    @TempDir
    Path dir;

    @Test
    void shouldKeepDataWhenInProcessBrokerRestartsOnSameLogDir() throws Exception {
        EmbeddedKafka broker = EmbeddedKafka.inProcess(dir.resolve("kafka")).build().start();
        try {
            createTopic(broker, "restart-topic");
            produce(broker, "restart-topic", List.of("a", "b", "c"));
            broker.stop();
            assertThat(broker.isRunning()).isFalse();
            assertThat(KraftStorage.isFormatted(BrokerSettings.of(dir.resolve("kafka"), 1, 1, Map.of()))).isTrue();

            broker.start();
            assertThat(consumeAll(broker, "restart-topic", 3)).containsExactly("a", "b", "c");
        } finally {
            broker.close();
        }
    }

    @Test
    void shouldRecoverDataWhenChildBrokerIsKilled() throws Exception {
        ChildProcessBroker broker = (ChildProcessBroker) EmbeddedKafka.childProcess(dir.resolve("child")).build()
                .start();
        try {
            long firstPid = broker.pid();
            createTopic(broker, "kill-topic");
            produce(broker, "kill-topic", List.of("x", "y"));

            broker.kill();
            assertThat(ProcessHandle.of(firstPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();

            broker.start();
            assertThat(broker.pid()).isNotEqualTo(firstPid);
            assertThat(consumeAll(broker, "kill-topic", 2)).containsExactly("x", "y");
        } finally {
            broker.close();
        }
        assertThat(broker.isRunning()).isFalse();
    }

    @Test
    void shouldRunExactlyOnceStreamsAppWhenBrokerIsSingleNode() throws Exception {
        try (EmbeddedKafka broker = EmbeddedKafka.inProcess(dir.resolve("eos")).build().start()) {
            createTopic(broker, "eos-in");
            createTopic(broker, "eos-out");
            StreamsBuilder builder = new StreamsBuilder();
            builder.stream("eos-in", Consumed.with(Serdes.String(), Serdes.String()).withName("eos-source"))
                    .mapValues(v -> v.toUpperCase(java.util.Locale.ROOT), Named.as("eos-upper"))
                    .to("eos-out", Produced.with(Serdes.String(), Serdes.String()).withName("eos-sink"));
            Properties props = new Properties();
            props.put(StreamsConfig.APPLICATION_ID_CONFIG, "eos-test-app");
            props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
            props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
            props.put(StreamsConfig.STATE_DIR_CONFIG, dir.resolve("streams-state").toString());
            props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
            try (KafkaStreams streams = new KafkaStreams(builder.build(), props)) {
                streams.start();
                await().atMost(Duration.ofSeconds(60)).until(() -> streams.state() == KafkaStreams.State.RUNNING);
                produce(broker, "eos-in", List.of("hello"));
                assertThat(consumeAll(broker, "eos-out", 1, true)).containsExactly("HELLO");
            }
        }
    }

    private static void createTopic(EmbeddedKafka broker, String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
    }

    private static void produce(EmbeddedKafka broker, String topic, List<String> values) throws Exception {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        try (KafkaProducer<String, String> producer =
                     new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            for (String v : values) {
                producer.send(new ProducerRecord<>(topic, v, v)).get(30, TimeUnit.SECONDS);
            }
        }
    }

    private static List<String> consumeAll(EmbeddedKafka broker, String topic, int expected) {
        return consumeAll(broker, topic, expected, false);
    }

    private static List<String> consumeAll(EmbeddedKafka broker, String topic, int expected, boolean committedOnly) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "reader-" + System.nanoTime());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        if (committedOnly) {
            props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        }
        List<String> seen = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    seen.add(r.value());
                }
                return seen.size() >= expected;
            });
        }
        return seen;
    }
}
