package io.newsflow.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.kafka.clients.admin.Admin;

import io.newsflow.embedded.EmbeddedKafka;
import io.newsflow.topics.TopicProvisioner;
import io.newsflow.topics.TopicSpec;
import io.newsflow.topics.Topics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The main job on embedded defaults. For now it brings up the embedded stack (a child-JVM KRaft broker and the
 * registry's topics), reports it and stops it again; ingest, enrich and sink are wired in as they land.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the pipeline on embedded defaults (currently: start the embedded broker and topics).")
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--data-dir", defaultValue = "${env:NEWSFLOW_DATA_DIR:-data}",
            description = "Directory for the broker's and the store's data (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        try (EmbeddedKafka broker = EmbeddedKafka.childProcess(dataDir.resolve("kafka")).build().start()) {
            Topics topics = Topics.fromEnv(System.getenv());
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
                new TopicProvisioner(admin).ensure(topics.all(), Duration.ofSeconds(60));
            }
            System.out.println("Embedded Kafka broker up at " + broker.bootstrapServers()
                    + " (data in " + broker.logDir().toAbsolutePath() + ")");
            for (TopicSpec t : topics.all()) {
                System.out.printf("  topic %-26s %d partition(s), cleanup=%s%n", t.name(), t.partitions(),
                        t.cleanupPolicy());
            }
            System.out.println("Ingest, enrich and sink are not wired into the demo yet: "
                    + "the embedded stack starts and stops cleanly.");
        }
        System.out.printf("Done in %.1f s; the broker has stopped.%n", (System.nanoTime() - start) / 1e9);
        return 0;
    }
}
