package io.newsflow.enrich.stream;

import java.time.Duration;

import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

import io.newsflow.enrich.dedup.SimHash;
import io.newsflow.schemas.avro.EnrichedArticle;

/**
 * Links each article to an earlier copy of the same story. Exact copies (same content hash) always match, however
 * old; near copies match when their simhashes differ in at most {@code maxHamming} bits and the earlier one was
 * seen within the window. Re-enriching an article already seen makes it a duplicate of itself. Runs on one
 * partition (the topology repartitions all articles to one), so every article is compared with every other.
 * Emits the article keyed by its id again.
 */
final class DuplicateDetector implements Processor<String, EnrichedArticle, String, EnrichedArticle> {

    /** The single key of the window store: every recent article is listed under it, by time. */
    static final String CORPUS_KEY = "corpus";

    private final String recentStoreName;
    private final String hashStoreName;
    private final long windowMillis;
    private final int maxHamming;
    private ProcessorContext<String, EnrichedArticle> context;
    private WindowStore<String, String> recent;
    private KeyValueStore<String, String> hashes;

    DuplicateDetector(String recentStoreName, String hashStoreName, Duration window, int maxHamming) {
        this.recentStoreName = recentStoreName;
        this.hashStoreName = hashStoreName;
        this.windowMillis = window.toMillis();
        this.maxHamming = maxHamming;
    }

    @Override
    public void init(ProcessorContext<String, EnrichedArticle> context) {
        this.context = context;
        this.recent = context.getStateStore(recentStoreName);
        this.hashes = context.getStateStore(hashStoreName);
    }

    @Override
    public void process(Record<String, EnrichedArticle> record) {
        EnrichedArticle article = record.value();
        String id = article.getId();
        String duplicateOf = hashes.get(article.getContentHash());
        if (duplicateOf == null) {
            duplicateOf = nearest(article.getSimhash(), record.timestamp());
        }
        if (duplicateOf == null) {
            hashes.put(article.getContentHash(), id);
            recent.put(CORPUS_KEY, id + " " + Long.toHexString(article.getSimhash()), record.timestamp());
        }
        EnrichedArticle out = EnrichedArticle.newBuilder(article).setDuplicateOf(duplicateOf).build();
        context.forward(record.withKey(id).withValue(out));
    }

    /** The earliest article in the window whose simhash is within {@code maxHamming} bits, or null. */
    private String nearest(long simhash, long timestamp) {
        long from = Math.max(0, timestamp - windowMillis);
        long to = timestamp > Long.MAX_VALUE - windowMillis ? Long.MAX_VALUE : timestamp + windowMillis;
        try (WindowStoreIterator<String> it = recent.fetch(CORPUS_KEY, from, to)) {
            while (it.hasNext()) {
                KeyValue<Long, String> entry = it.next();
                int space = entry.value.indexOf(' ');
                long other = Long.parseUnsignedLong(entry.value.substring(space + 1), 16);
                if (SimHash.hamming(simhash, other) <= maxHamming) {
                    return entry.value.substring(0, space);
                }
            }
        }
        return null;
    }
}
