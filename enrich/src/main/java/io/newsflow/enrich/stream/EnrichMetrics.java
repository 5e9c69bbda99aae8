package io.newsflow.enrich.stream;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.common.metrics.stats.CumulativeCount;
import org.apache.kafka.streams.StreamsMetrics;

/**
 * Counters that logs would spam: records enriched and records rejected, by reason, per task. Exposed through the
 * Streams metrics (JMX, and {@code KafkaStreams.metrics()}), group {@value #GROUP}.
 */
final class EnrichMetrics {

    static final String GROUP = "newsflow-enrich";
    static final String ENRICHED = "enriched-total";
    static final String REJECTED = "rejected-total";

    private final StreamsMetrics metrics;
    private final String taskId;
    private final Map<String, Sensor> sensors = new HashMap<>();

    EnrichMetrics(StreamsMetrics metrics, String taskId) {
        this.metrics = metrics;
        this.taskId = taskId;
    }

    void enriched() {
        sensor(ENRICHED, null).record();
    }

    void rejected(String reason) {
        sensor(REJECTED, reason).record();
    }

    private Sensor sensor(String name, String reason) {
        String key = name + (reason == null ? "" : "." + reason);
        return sensors.computeIfAbsent(key, k -> {
            Sensor sensor = metrics.addSensor(GROUP + "." + taskId + "." + k, Sensor.RecordingLevel.INFO);
            Map<String, String> tags = new HashMap<>();
            tags.put("task-id", taskId);
            if (reason != null) {
                tags.put("reason", reason);
            }
            sensor.add(new MetricName(name, GROUP, "Records " + name.replace("-total", "") + " by enrich", tags),
                    new CumulativeCount());
            return sensor;
        });
    }

    void close() {
        sensors.values().forEach(metrics::removeSensor);
        sensors.clear();
    }
}
