package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import picocli.CommandLine;

/** The docker-compose file operators run: pinned images, healthchecks, explicit topic creation, real commands. */
class ComposeFileTest {

    static Map<String, Map<String, Object>> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void load() throws Exception {
        Path compose = Path.of(System.getProperty("maven.multiModuleProjectDirectory", ".."), "docker-compose.yml");
        if (!Files.exists(compose)) {
            compose = Path.of("..", "docker-compose.yml");
        }
        try (Reader in = Files.newBufferedReader(compose)) {
            Map<String, Object> doc = new Yaml().load(in);
            services = (Map<String, Map<String, Object>>) doc.get("services");
        }
    }

    @Test
    void shouldPinEveryImageWhenComposing() {
        assertThat(services.values()).allSatisfy(s -> {
            String image = String.valueOf(s.get("image"));
            assertThat(image).contains(":").doesNotEndWith(":latest");
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldDisableTopicAutoCreationAndCreateTopicsOnceWhenStarting() {
        Map<String, Object> kafkaEnv = (Map<String, Object>) services.get("kafka").get("environment");
        assertThat(String.valueOf(kafkaEnv.get("KAFKA_AUTO_CREATE_TOPICS_ENABLE"))).isEqualTo("false");
        assertThat((List<String>) services.get("topics").get("command")).first().isEqualTo("topics");
        for (String service : List.of("enrich", "sink")) {
            Map<String, Map<String, String>> deps = (Map<String, Map<String, String>>) services.get(service)
                    .get("depends_on");
            assertThat(deps.get("topics")).containsEntry("condition", "service_completed_successfully");
        }
    }

    @Test
    void shouldHealthcheckEveryInfrastructureServiceWhenComposing() {
        for (String service : List.of("kafka", "schema-registry", "postgres")) {
            assertThat(services.get(service)).containsKey("healthcheck");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldOnlyRunCommandsTheCliHasWhenComposing() {
        Set<String> commands = new CommandLine(new Main()).getSubcommands().keySet();
        services.forEach((name, s) -> {
            if ("newsflow:dev".equals(s.get("image"))) {
                String command = ((List<String>) s.get("command")).get(0);
                assertThat(commands).as("command of service %s", name).contains(command);
            }
        });
    }
}
