package io.newsflow.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.newsflow.testkit.Infrastructure;
import io.newsflow.testkit.NewsflowInfrastructure;

@ExtendWith(NewsflowInfrastructure.class)
class TopicProvisionerIT {

    @Test
    void shouldCreateRegistryTopicsOnceWhenEnsuredTwice(Infrastructure infra) throws Exception {
        Topics topics = Topics.defaults().withPrefix(Infrastructure.uniqueName("prov") + ".");
        try (Admin admin = Admin.create(Map.copyOf(infra.kafkaProperties()))) {
            TopicProvisioner provisioner = new TopicProvisioner(admin);

            assertThat(provisioner.ensure(topics.all(), Duration.ofSeconds(60)))
                    .containsExactlyInAnyOrderElementsOf(topics.all().stream().map(TopicSpec::name).toList());
            assertThat(provisioner.ensure(topics.all(), Duration.ofSeconds(60))).isEmpty();

            TopicDescription raw = admin.describeTopics(List.of(topics.raw().name())).allTopicNames()
                    .get(30, TimeUnit.SECONDS).get(topics.raw().name());
            assertThat(raw.partitions()).hasSize(topics.raw().partitions());
            ConfigResource enriched = new ConfigResource(ConfigResource.Type.TOPIC, topics.enriched().name());
            Config config = admin.describeConfigs(List.of(enriched)).all().get(30, TimeUnit.SECONDS).get(enriched);
            assertThat(config.get(TopicConfig.CLEANUP_POLICY_CONFIG).value()).isEqualTo("compact");
        }
    }
}
