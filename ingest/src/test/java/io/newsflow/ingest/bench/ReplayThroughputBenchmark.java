package io.newsflow.ingest.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import io.newsflow.embedded.EmbeddedKafka;
import io.newsflow.ingest.FileSource;
import io.newsflow.ingest.IngestRuntime;
import io.newsflow.ingest.IngestStats;
import io.newsflow.ingest.KafkaArticleSink;
import io.newsflow.ingest.Progress;
import io.newsflow.ingest.Replay;
import io.newsflow.topics.TopicProvisioner;
import io.newsflow.topics.Topics;

/**
 * Benchmark (not a test): throughput of {@code replay --as-new} on the embedded broker, against a plain producer
 * sending the same bytes with the same producer settings. Run:
 * <pre>mvn -q -pl ingest -am test-compile &amp;&amp; mvn -q -pl ingest exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=io.newsflow.ingest.bench.ReplayThroughputBenchmark -Dexec.args="seeds 4000"</pre>
 */
public final class ReplayThroughputBenchmark {

    static final int ROUNDS = 7;
    static final int WARM_UP_ROUNDS = 2;

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        java.util.Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : "seeds");
        int articles = args.length > 1 ? Integer.parseInt(args[1]) : 4000;
        Path dir = Files.createTempDirectory("nf-bench");
        try (EmbeddedKafka broker = EmbeddedKafka.inProcess(dir.resolve("kafka")).build().start()) {
            List<Path> files = FileSource.listFiles(List.of(corpus));
            List<byte[]> payloads = new ArrayList<>();
            for (Path f : files) {
                payloads.add(Files.readAllBytes(f));
            }
            long loops = Math.max(1, articles / files.size());
            long total = loops * files.size();
            Map<String, Object> kafka = new HashMap<>(Map.of("bootstrap.servers", broker.bootstrapServers()));

            List<Double> replayRates = new ArrayList<>();
            List<Double> plainRates = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) { // the first rounds warm up the JIT and the broker
                Topics topics = Topics.defaults().withPrefix("bench" + round + ".");
                try (Admin admin = Admin.create(kafka)) {
                    new TopicProvisioner(admin).ensure(topics.all(), Duration.ofSeconds(60));
                }
                long t0 = System.nanoTime();
                IngestStats stats;
                try (IngestRuntime runtime = new IngestRuntime(kafka, Map.of("schema.registry.url", "mock://bench"),
                        topics, IngestRuntime.DEFAULT_MAX_BYTES, true)) {
                    Replay.Options options = new Replay.Options(0, loops, null, 1);
                    stats = new Replay(files, runtime.files(), runtime.pipeline(), options,
                            Replay.limiterFor(options)).run(Progress.none());
                }
                double replaySecs = (System.nanoTime() - t0) / 1e9;

                long t1 = System.nanoTime();
                try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                        KafkaArticleSink.producerConfig(kafka), new StringSerializer(), new ByteArraySerializer())) {
                    for (long i = 0; i < loops; i++) {
                        for (byte[] p : payloads) {
                            producer.send(new ProducerRecord<>(topics.raw().name(), Long.toHexString(i) + p.length, p));
                        }
                    }
                    producer.flush();
                }
                double plainSecs = (System.nanoTime() - t1) / 1e9;
                if (round >= WARM_UP_ROUNDS) {
                    replayRates.add(stats.published() / replaySecs);
                    plainRates.add(total / plainSecs);
                }
                System.out.printf("round %d: replay --as-new %d articles in %.2f s; plain producer %d in %.2f s%n",
                        round, stats.published(), replaySecs, total, plainSecs);
                TimeUnit.MILLISECONDS.sleep(200);
            }
            double replayRate = median(replayRates);
            double plainRate = median(plainRates);
            System.out.printf("median of %d rounds: replay --as-new %.0f articles/s; plain producer %.0f records/s; "
                    + "ratio %.2f%n", ROUNDS - WARM_UP_ROUNDS, replayRate, plainRate, replayRate / plainRate);
        }
    }
}
