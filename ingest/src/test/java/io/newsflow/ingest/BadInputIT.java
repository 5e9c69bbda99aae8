package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

import io.newsflow.schemas.avro.Rejection;
import io.newsflow.serde.ConfluentAvroDeserializer;
import io.newsflow.testkit.Infrastructure;
import io.newsflow.testkit.NewsflowInfrastructure;
import io.newsflow.testkit.TopicReader;
import io.newsflow.topics.TopicProvisioner;
import io.newsflow.topics.Topics;

/** Every kind of bad input yields exactly one rejection with its reason code on the real rejected topic. */
@ExtendWith(NewsflowInfrastructure.class)
class BadInputIT {

    @TempDir
    Path dir;

    @Test
    void shouldRejectEachBadInputKindExactlyOnceWhenIngested(Infrastructure infra) throws Exception {
        Topics topics = Topics.defaults().withPrefix(Infrastructure.uniqueName("bad") + ".");
        try (Admin admin = Admin.create(Map.copyOf(infra.kafkaProperties()))) {
            new TopicProvisioner(admin).ensure(topics.all(), Duration.ofSeconds(60));
        }
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a-empty.txt"), "\n  \n");
        Files.write(in.resolve("b-binary.txt"), new byte[] {0x50, 0x4B, 0x03, 0x04, 0, 0, 1, 2, 3});
        byte[] noise = new byte[300];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (byte) (i % 2 == 0 ? 0x98 : 0x81);
        }
        Files.write(in.resolve("c-undecodable.txt"), noise);
        Files.writeString(in.resolve("d-large.txt"), "word ".repeat(300));
        Files.createSymbolicLink(in.resolve("e-unreadable.txt"), in.resolve("does-not-exist"));
        Files.writeString(in.resolve("f-lines.jsonl"), "{\"body\":\"A good line.\"}\n{broken\n");
        Files.writeString(in.resolve("g-good.txt"), "A perfectly good article.");

        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        Map<String, String> feeds = Map.of("/malformed.xml", "<rss><channel><item></rss>",
                "/hostile.xml", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                        + "<rss version=\"2.0\"><channel><title>&x;</title></channel></rss>");
        feeds.forEach((path, body) -> server.createContext(path, ex -> {
            byte[] b = body.getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, b.length);
            ex.getResponseBody().write(b);
            ex.close();
        }));
        server.start();
        IngestStats stats;
        try (IngestRuntime runtime = new IngestRuntime(new HashMap<>(infra.kafkaProperties()),
                Map.of("schema.registry.url", infra.schemaRegistryUrl()), topics, 1000, false);
             IngestState state = IngestState.open(dir.resolve("feeds.state"))) {
            for (Path file : FileSource.listFiles(List.of(in))) {
                runtime.files().read(file, "file").forEach(runtime.pipeline()::accept);
            }
            FeedPoller poller = new FeedPoller(HttpClient.newHttpClient(), runtime.pipeline(), state,
                    new HostPoliteness(0, System::nanoTime, n -> { }));
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            poller.poll(URI.create(base + "/malformed.xml"));
            poller.poll(URI.create(base + "/hostile.xml"));
            runtime.pipeline().flush();
            stats = runtime.pipeline().stats();
        } finally {
            server.stop(0);
        }

        ConfluentAvroDeserializer<Rejection> values = new ConfluentAvroDeserializer<>(Rejection.class);
        values.configure(Map.of("schema.registry.url", infra.schemaRegistryUrl()), false);
        List<ConsumerRecord<String, Rejection>> rejected = TopicReader.read(infra, topics.rejected().name(),
                new StringDeserializer(), values, 8, Duration.ofSeconds(60));
        Map<String, Long> byReason = rejected.stream().collect(Collectors.groupingBy(
                r -> r.value().getReasonCode(), Collectors.counting()));
        assertThat(byReason).containsOnly(Map.entry("EMPTY", 1L), Map.entry("BINARY", 1L),
                Map.entry("UNDECODABLE", 1L), Map.entry("TOO_LARGE", 1L), Map.entry("UNREADABLE", 1L),
                Map.entry("MALFORMED_JSON", 1L), Map.entry("MALFORMED_FEED", 1L), Map.entry("HOSTILE_XML", 1L));
        assertThat(rejected).allSatisfy(r -> {
            assertThat(r.value().getStage()).isEqualTo("ingest");
            assertThat(r.value().getSource()).isNotBlank();
        });
        Rejection large = rejected.stream().map(ConsumerRecord::value)
                .filter(r -> r.getReasonCode().equals("TOO_LARGE")).findFirst().orElseThrow();
        assertThat(large.getOriginalSize()).isEqualTo(1500);
        assertThat(stats.published()).isEqualTo(2);
        assertThat(stats.rejected()).isEqualTo(8);
        assertThat(stats.failed()).isZero();
    }
}
