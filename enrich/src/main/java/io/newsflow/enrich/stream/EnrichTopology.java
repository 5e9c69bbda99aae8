package io.newsflow.enrich.stream;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

import io.newsflow.enrich.EnrichFunction;

/**
 * The enrich topology, built by one function:
 * {@code news.articles.raw → enrich-article → (rejected → news.articles.rejected) | (enriched → one partition →
 * near-duplicates → news.articles.enriched)}. Every node, store and internal topic is named.
 */
public final class EnrichTopology {

    public static final String SOURCE = "raw-source";
    public static final String ENRICH = "enrich-article";
    public static final String BRANCH = "enrich-";
    public static final String REJECTED_SINK = "rejected-sink";
    public static final String DEDUP_REPARTITION = "dedup";
    public static final String DEDUP = "near-duplicates";
    public static final String ENRICHED_SINK = "enriched-sink";
    public static final String RECENT_STORE = "recent-simhashes";
    public static final String HASH_STORE = "content-hashes";

    private EnrichTopology() {
    }

    public static Topology build(EnrichConfig config, EnrichSerdes serdes, EnrichFunction enricher, Clock clock) {
        StreamsBuilder builder = new StreamsBuilder();
        Duration window = config.dedupWindow();
        builder.addStateStore(Stores.windowStoreBuilder(
                Stores.persistentWindowStore(RECENT_STORE, window.multipliedBy(2), window, true),
                Serdes.String(), Serdes.String()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(HASH_STORE),
                Serdes.String(), Serdes.String()));

        KStream<String, EnrichResult> results = builder
                .stream(config.topics().raw().name(), Consumed.with(Serdes.String(), serdes.raw()).withName(SOURCE))
                .processValues(() -> new EnrichProcessor(enricher, clock), Named.as(ENRICH));

        Map<String, KStream<String, EnrichResult>> branches = results.split(Named.as(BRANCH))
                .branch((id, r) -> r.isRejected(), Branched.as("rejected"))
                .defaultBranch(Branched.as("ok"));

        branches.get(BRANCH + "rejected")
                .mapValues(EnrichResult::rejection, Named.as("rejection-value"))
                .to(config.topics().rejected().name(),
                        Produced.with(Serdes.String(), serdes.rejection()).withName(REJECTED_SINK));

        branches.get(BRANCH + "ok")
                .mapValues(EnrichResult::article, Named.as("article-value"))
                // all articles meet in one partition so that each is compared with every other
                .selectKey((id, a) -> DuplicateDetector.CORPUS_KEY, Named.as("key-by-corpus"))
                .repartition(Repartitioned.with(Serdes.String(), serdes.enriched()).withName(DEDUP_REPARTITION)
                        .withNumberOfPartitions(1))
                .process(() -> new DuplicateDetector(RECENT_STORE, HASH_STORE, window, config.maxHamming()),
                        Named.as(DEDUP), RECENT_STORE, HASH_STORE)
                .to(config.topics().enriched().name(),
                        Produced.with(Serdes.String(), serdes.enriched()).withName(ENRICHED_SINK));
        return builder.build(config.streamsProperties());
    }
}
