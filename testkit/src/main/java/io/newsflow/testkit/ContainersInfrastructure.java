package io.newsflow.testkit;

import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/** For hosts with Docker: the same servers as containers, with pinned image tags. */
final class ContainersInfrastructure implements Infrastructure, AutoCloseable {

    static final DockerImageName KAFKA_IMAGE = DockerImageName.parse("apache/kafka:4.3.1");
    static final DockerImageName REGISTRY_IMAGE = DockerImageName.parse("confluentinc/cp-schema-registry:8.0.0");
    static final DockerImageName POSTGRES_IMAGE = DockerImageName.parse("postgres:16.4-alpine");
    private static final String KAFKA_ALIAS = "kafka";

    private final Network network = Network.newNetwork();
    private KafkaContainer kafka;
    private GenericContainer<?> registry;
    private PostgreSQLContainer postgres;

    @Override
    public String kind() {
        return "containers";
    }

    @Override
    public synchronized String bootstrapServers() {
        if (kafka == null) {
            kafka = new KafkaContainer(KAFKA_IMAGE).withNetwork(network).withNetworkAliases(KAFKA_ALIAS)
                    .withListener(KAFKA_ALIAS + ":19092")
                    .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false");
            kafka.start();
        }
        return kafka.getBootstrapServers();
    }

    @Override
    public synchronized String schemaRegistryUrl() {
        if (registry == null) {
            bootstrapServers();
            registry = new GenericContainer<>(REGISTRY_IMAGE).withNetwork(network).withExposedPorts(8081)
                    .withEnv("SCHEMA_REGISTRY_HOST_NAME", "schema-registry")
                    .withEnv("SCHEMA_REGISTRY_LISTENERS", "http://0.0.0.0:8081")
                    .withEnv("SCHEMA_REGISTRY_KAFKASTORE_BOOTSTRAP_SERVERS", "PLAINTEXT://" + KAFKA_ALIAS + ":19092")
                    .waitingFor(Wait.forHttp("/subjects").forStatusCode(200));
            registry.start();
        }
        return "http://" + registry.getHost() + ":" + registry.getMappedPort(8081);
    }

    @Override
    public synchronized String postgresJdbcUrl() {
        if (postgres == null) {
            postgres = new PostgreSQLContainer(POSTGRES_IMAGE);
            postgres.start();
        }
        return postgres.getJdbcUrl() + "&user=" + postgres.getUsername() + "&password=" + postgres.getPassword();
    }

    @Override
    public synchronized void close() {
        if (registry != null) {
            registry.stop();
        }
        if (kafka != null) {
            kafka.stop();
        }
        if (postgres != null) {
            postgres.stop();
        }
        network.close();
    }
}
