package io.newsflow.cli;

import java.util.HashMap;
import java.util.Map;

import io.newsflow.config.KafkaEnv;
import io.newsflow.topics.Topics;
import picocli.CommandLine.Option;

/** Where the Kafka cluster and the schema registry are: flags over {@code KAFKA_*} / {@code NEWSFLOW_*} variables. */
final class ClusterOptions {

    @Option(names = {"-b", "--bootstrap-servers"}, defaultValue = "${env:KAFKA_BOOTSTRAP_SERVERS}",
            description = "Kafka bootstrap servers (env KAFKA_BOOTSTRAP_SERVERS).")
    String bootstrapServers;

    @Option(names = "--registry-url", defaultValue = "${env:NEWSFLOW_SCHEMA_REGISTRY_URL}",
            description = "Confluent-compatible schema registry URL (env NEWSFLOW_SCHEMA_REGISTRY_URL).")
    String registryUrl;

    Map<String, Object> kafka() {
        Map<String, Object> props = new HashMap<>(KafkaEnv.kafkaProperties(System.getenv()));
        if (bootstrapServers != null && !bootstrapServers.isBlank()) {
            props.put("bootstrap.servers", bootstrapServers);
        }
        if (!props.containsKey("bootstrap.servers")) {
            throw new IllegalArgumentException("no Kafka cluster: pass --bootstrap-servers or set KAFKA_BOOTSTRAP_SERVERS");
        }
        return props;
    }

    Map<String, Object> registry() {
        Map<String, Object> props = new HashMap<>(KafkaEnv.registryProperties(System.getenv(), null));
        if (registryUrl != null && !registryUrl.isBlank()) {
            props.put("schema.registry.url", registryUrl);
        }
        if (props.get("schema.registry.url") == null) {
            throw new IllegalArgumentException(
                    "no schema registry: pass --registry-url or set NEWSFLOW_SCHEMA_REGISTRY_URL");
        }
        return props;
    }

    Topics topics() {
        return Topics.fromEnv(System.getenv());
    }
}
