package io.newsflow.enrich.stream;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.ErrorHandlerContext;

import io.newsflow.schemas.avro.Rejection;
import io.newsflow.serde.ConfluentAvroSerializer;

/**
 * Turns a failure seen by a Streams exception handler into a {@link Rejection} on the rejected topic, in the same
 * wire format as every other record. Configured from the Streams config: {@value #REJECTED_TOPIC_CONFIG} and the
 * schema-registry properties.
 */
final class DeadLetters {

    static final String REJECTED_TOPIC_CONFIG = "newsflow.topic.rejected";

    private final String topic;
    private final ConfluentAvroSerializer<Rejection> serializer = new ConfluentAvroSerializer<>();

    DeadLetters(Map<String, ?> configs) {
        Object t = configs.get(REJECTED_TOPIC_CONFIG);
        if (t == null) {
            throw new IllegalStateException(REJECTED_TOPIC_CONFIG + " must be set for the enrich exception handlers");
        }
        this.topic = t.toString();
        serializer.configure(new HashMap<>(configs), false);
    }

    List<ProducerRecord<byte[], byte[]>> record(ErrorHandlerContext context, String reason, Exception cause) {
        Rejection r = Rejections.of(reason, cause.getMessage(), cause, context.topic(), context.partition(),
                context.offset(), context.sourceRawKey(), context.sourceRawValue(), Instant.now());
        RecordHeaders headers = new RecordHeaders();
        Rejections.addHeaders(headers, r);
        headers.add("newsflow.processor", Rejections.utf8(context.processorNodeId()));
        return List.of(new ProducerRecord<>(topic, null, context.sourceRawKey(), serializer.serialize(topic, r), headers));
    }
}
