package io.newsflow.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.newsflow.embedded.EmbeddedKafka;

/**
 * For hosts without Docker: the embedded KRaft broker in this JVM, Apicurio Registry in a child JVM and the local
 * PostgreSQL. Servers named by {@code NEWSFLOW_TEST_*} variables are used instead where given.
 */
final class EmbeddedInfrastructure implements Infrastructure, AutoCloseable {

    private final Path workDir;
    private EmbeddedKafka broker;
    private ApicurioRegistry registry;
    private LocalPostgres postgres;

    EmbeddedInfrastructure() {
        try {
            workDir = Files.createTempDirectory("newsflow-it-");
        } catch (IOException e) {
            throw new IllegalStateException("no temp dir", e);
        }
    }

    @Override
    public String kind() {
        return "embedded";
    }

    @Override
    public synchronized String bootstrapServers() {
        String external = System.getenv("NEWSFLOW_TEST_BOOTSTRAP_SERVERS");
        if (external != null && !external.isBlank()) {
            return external;
        }
        if (broker == null) {
            broker = EmbeddedKafka.inProcess(workDir.resolve("kafka")).build().start();
        }
        return broker.bootstrapServers();
    }

    @Override
    public synchronized String schemaRegistryUrl() {
        String external = System.getenv("NEWSFLOW_TEST_SCHEMA_REGISTRY_URL");
        if (external != null && !external.isBlank()) {
            return external;
        }
        if (registry == null) {
            registry = ApicurioRegistry.start(workDir.resolve("apicurio.log"));
        }
        return registry.confluentUrl();
    }

    @Override
    public synchronized String postgresJdbcUrl() {
        String external = System.getenv("NEWSFLOW_TEST_JDBC_URL");
        if (external != null && !external.isBlank()) {
            return external;
        }
        if (postgres == null) {
            postgres = LocalPostgres.createDatabase();
        }
        return postgres.jdbcUrl();
    }

    @Override
    public synchronized void close() {
        if (registry != null) {
            registry.close();
        }
        if (broker != null) {
            broker.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }
}
