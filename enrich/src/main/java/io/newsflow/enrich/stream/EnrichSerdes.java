package io.newsflow.enrich.stream;

import java.util.Map;

import org.apache.kafka.common.serialization.Serde;

import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.RawArticle;
import io.newsflow.schemas.avro.Rejection;
import io.newsflow.serde.NewsflowSerdes;

/** The value serdes of the topology, all Confluent wire format through the configured registry. */
public record EnrichSerdes(Serde<RawArticle> raw, Serde<EnrichedArticle> enriched, Serde<Rejection> rejection) {

    public static EnrichSerdes fromRegistry(Map<String, ?> registry) {
        return new EnrichSerdes(NewsflowSerdes.forClass(RawArticle.class, registry, false),
                NewsflowSerdes.forClass(EnrichedArticle.class, registry, false),
                NewsflowSerdes.forClass(Rejection.class, registry, false));
    }
}
