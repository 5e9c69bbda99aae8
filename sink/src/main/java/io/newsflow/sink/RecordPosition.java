package io.newsflow.sink;

import java.util.Objects;

/** Where a record sits in Kafka: topic, partition, offset. */
public record RecordPosition(String topic, int partition, long offset) {

    public RecordPosition {
        Objects.requireNonNull(topic, "topic");
    }

    @Override
    public String toString() {
        return topic + "-" + partition + "@" + offset;
    }
}
