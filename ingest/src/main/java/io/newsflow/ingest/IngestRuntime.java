package io.newsflow.ingest;

import java.util.HashMap;
import java.util.Map;

import org.apache.avro.specific.SpecificRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.newsflow.config.KafkaEnv;
import io.newsflow.serde.ConfluentAvroSerializer;
import io.newsflow.topics.Topics;

/**
 * Everything an ingest command needs, wired: the Kafka sink with the Confluent serializer, the pipeline, and a
 * shutdown hook that flushes and closes the producer on SIGTERM so nothing acknowledged is lost.
 */
public final class IngestRuntime implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(IngestRuntime.class);
    /** Default size limit of one input. */
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;
    /** Bytes of a rejected input kept in its rejection record. */
    public static final int DEFAULT_REJECTION_CAP = 64 * 1024;
    /** How long SIGTERM waits for the command to stop by itself before closing under it. */
    static final java.time.Duration CLOSE_GRACE = java.time.Duration.ofSeconds(30);
    public static final String INGESTOR = "newsflow-ingest/" + version();

    private final KafkaArticleSink sink;
    private final IngestPipeline pipeline;
    private final FileSource files;
    private final Thread hook;
    private final java.util.List<Runnable> stoppers = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final java.util.concurrent.CountDownLatch closedLatch = new java.util.concurrent.CountDownLatch(1);
    private volatile boolean closed;

    /**
     * @param kafka    Kafka client properties (bootstrap.servers at least)
     * @param registry serde properties (schema.registry.url, auth)
     * @param topics   the topic registry
     * @param maxBytes inputs larger than this are rejected
     * @param asNew    give every record a fresh id (load runs)
     */
    public IngestRuntime(Map<String, Object> kafka, Map<String, Object> registry, Topics topics, long maxBytes,
                         boolean asNew) {
        ConfluentAvroSerializer<SpecificRecord> serializer = new ConfluentAvroSerializer<>();
        serializer.configure(new HashMap<>(registry), false);
        log.info("ingest producer config {}", KafkaEnv.masked(KafkaArticleSink.producerConfig(kafka)));
        this.sink = new KafkaArticleSink(kafka, serializer, topics);
        this.pipeline = new IngestPipeline(new ArticlePreparer(maxBytes, INGESTOR), sink, DEFAULT_REJECTION_CAP, asNew);
        this.files = new FileSource(maxBytes, DEFAULT_REJECTION_CAP);
        this.hook = new Thread(this::onSignal, "newsflow-ingest-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    public IngestPipeline pipeline() {
        return pipeline;
    }

    public FileSource files() {
        return files;
    }

    /** Registers what stops the running source (a replay, a watch loop) when SIGTERM arrives. */
    public void onStop(Runnable stopper) {
        stoppers.add(stopper);
    }

    /**
     * SIGTERM: stop the sources, give the command's own thread time to finish its current item and close the
     * runtime itself (flushing everything sent), and only then close from here.
     */
    private void onSignal() {
        stoppers.forEach(Runnable::run);
        try {
            if (closedLatch.await(CLOSE_GRACE.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        close();
    }

    /** Flushes outstanding sends and closes the producer; safe to call twice (and from the shutdown hook). */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            pipeline.flush();
        } finally {
            sink.close();
            closedLatch.countDown();
        }
        if (Thread.currentThread() != hook) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // already running hooks
            }
        }
    }

    private static String version() {
        String v = IngestRuntime.class.getPackage().getImplementationVersion();
        return v != null ? v : "dev";
    }
}
