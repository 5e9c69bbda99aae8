/**
 * Kafka serdes for newsflow's Avro specific records in the Confluent wire format: byte 0 = magic 0x0, bytes 1..4 =
 * schema id (big-endian), then Avro binary. Configured with Confluent's names ({@link io.newsflow.serde.SerdeConfig});
 * interoperable with Confluent's own serializers.
 *
 * <pre>{@code
 * Serde<EnrichedArticle> serde = NewsflowSerdes.forClass(EnrichedArticle.class,
 *         Map.of("schema.registry.url", "http://127.0.0.1:8080/apis/ccompat/v7"), false);
 * }</pre>
 */
package io.newsflow.serde;
