package io.newsflow.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class KafkaEnvTest {

    @Test
    void shouldPassKafkaVariablesThroughAsClientPropertiesWhenPrefixed() {
        Map<String, Object> props = KafkaEnv.kafkaProperties(Map.of("KAFKA_BOOTSTRAP_SERVERS", "b:9092",
                "KAFKA_SECURITY_PROTOCOL", "SASL_SSL", "PATH", "/bin", "KAFKA_", "x"));
        assertThat(props).containsOnly(Map.entry("bootstrap.servers", "b:9092"),
                Map.entry("security.protocol", "SASL_SSL"));
    }

    @Test
    void shouldMaskSecretsWhenLogged() {
        String shown = KafkaEnv.masked(Map.of("sasl.jaas.config", "user=\"a\" password=\"p\"",
                "basic.auth.user.info", "u:p", "ssl.truststore.password", "p", "bootstrap.servers", "b:9092"));
        assertThat(shown).doesNotContain("password=\"p\"").doesNotContain("u:p").contains("b:9092")
                .contains("[hidden]");
    }

    @Test
    void shouldUseBasicAuthWhenRegistryUserInfoIsSet() {
        Map<String, Object> props = KafkaEnv.registryProperties(Map.of("NEWSFLOW_SCHEMA_REGISTRY_URL", "http://r:8081",
                "NEWSFLOW_SCHEMA_REGISTRY_USER_INFO", "u:p"), "mock://x");
        assertThat(props).containsEntry("schema.registry.url", "http://r:8081")
                .containsEntry("basic.auth.credentials.source", "USER_INFO");
        assertThat(KafkaEnv.registryProperties(Map.of(), "mock://x")).containsEntry("schema.registry.url", "mock://x");
    }
}
