package io.newsflow.enrich.stream;

import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The enrich topology's exception handlers, set explicitly. A record that cannot be deserialized, or whose
 * processing throws a permanent error, goes to the rejected topic and the stream continues; transient errors
 * (retriable broker errors) fail the task, so that exactly-once processing retries it rather than losing it.
 */
public final class EnrichExceptionHandlers {

    private static final Logger log = LoggerFactory.getLogger(EnrichExceptionHandlers.class);

    private EnrichExceptionHandlers() {
    }

    /** Undecodable input (bad magic byte, unknown schema id, corrupt Avro) → rejection DESERIALIZATION. */
    public static final class Deserialization implements DeserializationExceptionHandler {
        private DeadLetters deadLetters;

        @Override
        public void configure(Map<String, ?> configs) {
            deadLetters = new DeadLetters(configs);
        }

        @Override
        public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record,
                                    Exception exception) {
            log.warn("cannot deserialize {}-{}@{}: {}", context.topic(), context.partition(), context.offset(),
                    exception.toString());
            return Response.resume(deadLetters.record(context, "DESERIALIZATION", exception));
        }
    }

    /** An unexpected exception in a processor: permanent → rejection PROCESSING_FAILED; transient → fail. */
    public static final class Processing implements ProcessingExceptionHandler {
        private DeadLetters deadLetters;

        @Override
        public void configure(Map<String, ?> configs) {
            deadLetters = new DeadLetters(configs);
        }

        @Override
        public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
            if (exception instanceof RetriableException) {
                log.error("transient failure in {} at {}-{}@{}; failing the task to retry it", context.processorNodeId(),
                        context.topic(), context.partition(), context.offset(), exception);
                return Response.fail();
            }
            log.error("processing {}-{}@{} failed in {}; sent to the rejected topic", context.topic(),
                    context.partition(), context.offset(), context.processorNodeId(), exception);
            return Response.resume(deadLetters.record(context, "PROCESSING_FAILED", exception));
        }
    }

    /** A record the broker will never accept (too large) → rejection; anything else fails the task. */
    public static final class Production implements ProductionExceptionHandler {
        private DeadLetters deadLetters;

        @Override
        public void configure(Map<String, ?> configs) {
            deadLetters = new DeadLetters(configs);
        }

        @Override
        public Response handleError(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record,
                                    Exception exception) {
            if (exception instanceof RecordTooLargeException) {
                log.error("record from {}-{}@{} too large for {}; sent to the rejected topic", context.topic(),
                        context.partition(), context.offset(), record.topic());
                return Response.resume(deadLetters.record(context, "TOO_LARGE", exception));
            }
            return Response.fail();
        }

        @Override
        public Response handleSerializationError(ErrorHandlerContext context, ProducerRecord record,
                                                 Exception exception, SerializationExceptionOrigin origin) {
            log.error("cannot serialize a record from {}-{}@{}: {}", context.topic(), context.partition(),
                    context.offset(), exception.toString());
            return Response.resume(deadLetters.record(context, "SERIALIZATION", exception));
        }
    }
}
