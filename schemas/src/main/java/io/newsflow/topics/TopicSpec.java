package io.newsflow.topics;

import java.util.Map;
import java.util.Objects;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

/**
 * One topic, described once: its name (from config), what its records are, and how it is laid out.
 *
 * @param id            stable identifier used in config keys (raw, enriched, rejected)
 * @param name          topic name
 * @param keyType       what the key holds, for documentation and checks
 * @param valueType     Avro record class of the value
 * @param partitions    partition count
 * @param replication   replication factor
 * @param cleanupPolicy {@code delete} or {@code compact}
 * @param configs       further topic configs
 */
public record TopicSpec(String id, String name, String keyType, Class<?> valueType, int partitions,
                        short replication, String cleanupPolicy, Map<String, String> configs) {

    public TopicSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || !name.matches("[a-zA-Z0-9._-]{1,249}")) {
            throw new IllegalArgumentException("invalid topic name for " + id + ": '" + name + "'");
        }
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be >= 1 for " + name);
        }
        if (replication < 1) {
            throw new IllegalArgumentException("replication must be >= 1 for " + name);
        }
        if (!cleanupPolicy.equals(TopicConfig.CLEANUP_POLICY_DELETE)
                && !cleanupPolicy.equals(TopicConfig.CLEANUP_POLICY_COMPACT)
                && !cleanupPolicy.equals(TopicConfig.CLEANUP_POLICY_COMPACT + "," + TopicConfig.CLEANUP_POLICY_DELETE)) {
            throw new IllegalArgumentException("invalid cleanup policy for " + name + ": " + cleanupPolicy);
        }
        configs = Map.copyOf(configs);
    }

    /** The admin request that creates this topic. */
    public NewTopic toNewTopic() {
        Map<String, String> all = new java.util.HashMap<>(configs);
        all.put(TopicConfig.CLEANUP_POLICY_CONFIG, cleanupPolicy);
        return new NewTopic(name, partitions, replication).configs(all);
    }

    public TopicSpec withName(String newName) {
        return new TopicSpec(id, newName, keyType, valueType, partitions, replication, cleanupPolicy, configs);
    }
}
