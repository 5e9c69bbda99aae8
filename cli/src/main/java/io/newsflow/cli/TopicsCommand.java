package io.newsflow.cli;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.apache.kafka.clients.admin.Admin;

import io.newsflow.topics.TopicProvisioner;
import io.newsflow.topics.TopicSpec;
import io.newsflow.topics.Topics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Creates the registry's topics on a cluster (the admin step; auto-creation is off everywhere we ship). */
@Command(name = "topics", mixinStandardHelpOptions = true,
        description = "Create newsflow's topics on a Kafka cluster if they do not exist, and list them.")
final class TopicsCommand implements Callable<Integer> {

    @Option(names = {"-b", "--bootstrap-servers"}, required = true,
            defaultValue = "${env:KAFKA_BOOTSTRAP_SERVERS}", description = "Kafka bootstrap servers.")
    String bootstrapServers;

    @Override
    public Integer call() {
        Topics topics = Topics.fromEnv(System.getenv());
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
            Set<String> created = new TopicProvisioner(admin).ensure(topics.all(), Duration.ofSeconds(60));
            System.out.printf("%-28s %-11s %-8s %-10s %s%n", "TOPIC", "PARTITIONS", "REPL.", "CLEANUP", "");
            for (TopicSpec t : topics.all()) {
                System.out.printf("%-28s %-11d %-8d %-10s %s%n", t.name(), t.partitions(), t.replication(),
                        t.cleanupPolicy(), created.contains(t.name()) ? "created" : "exists");
            }
        }
        return 0;
    }
}
