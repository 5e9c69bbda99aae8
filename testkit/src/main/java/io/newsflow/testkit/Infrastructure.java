package io.newsflow.testkit;

import java.util.Map;
import java.util.UUID;

/**
 * What integration tests talk to: a Kafka broker, a Confluent-compatible schema registry and PostgreSQL.
 *
 * <p>Tests don't care which kind it is. {@link NewsflowInfrastructure} decides once per JVM: servers named by
 * environment variables, else Testcontainers where Docker runs, else the embedded KRaft broker, Apicurio Registry
 * and the local PostgreSQL. Each piece starts on first use. When a piece is missing, the test is skipped with the
 * reason, except under {@code CI=true}, where it fails.
 */
public interface Infrastructure {

    /** Which kind of infrastructure this is: {@code external}, {@code containers} or {@code embedded}. */
    String kind();

    /** Kafka bootstrap servers ({@code host:port}). */
    String bootstrapServers();

    /** Base URL of a Confluent-compatible schema registry REST API (for Apicurio, its {@code /apis/ccompat/v7}). */
    String schemaRegistryUrl();

    /** JDBC URL of a PostgreSQL database that this test run may create tables in (user and password inline). */
    String postgresJdbcUrl();

    /** Kafka client properties for the broker ({@code bootstrap.servers}, plus security settings if any). */
    default Map<String, Object> kafkaProperties() {
        return Map.of("bootstrap.servers", bootstrapServers());
    }

    /** A name no other test uses, for topics, application ids, consumer groups and subjects. */
    static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
