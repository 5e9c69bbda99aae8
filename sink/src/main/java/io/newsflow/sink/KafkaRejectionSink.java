package io.newsflow.sink;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;

import io.newsflow.schemas.avro.Rejection;

/** Sends rejections to the rejected topic through a producer the caller configured (serializer included). */
public final class KafkaRejectionSink implements RejectionSink {

    private final Producer<String, Rejection> producer;
    private final String topic;
    private final List<Future<RecordMetadata>> inFlight = new ArrayList<>();

    public KafkaRejectionSink(Producer<String, Rejection> producer, String topic) {
        this.producer = producer;
        this.topic = topic;
    }

    @Override
    public void reject(String key, Rejection rejection) {
        inFlight.add(producer.send(new ProducerRecord<>(topic, key, rejection)));
    }

    @Override
    public void flush() {
        if (inFlight.isEmpty()) {
            return;
        }
        producer.flush();
        try {
            for (Future<RecordMetadata> f : inFlight) {
                f.get();
            }
        } catch (ExecutionException e) {
            throw new KafkaException("could not send a rejection to " + topic, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaException("interrupted while sending rejections to " + topic, e);
        } finally {
            inFlight.clear();
        }
    }
}
