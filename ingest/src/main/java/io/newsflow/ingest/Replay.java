package io.newsflow.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A corpus replayed as a stream: its files published at a steady rate, once, N times or forever, optionally
 * shuffled with a seed (the same seed gives the same order).
 */
public final class Replay {

    /**
     * @param ratePerSecond articles per second, 0 for as fast as possible
     * @param loops         how many passes over the corpus; 0 means forever
     * @param shuffleSeed   shuffle each pass with this seed, or null to keep name order
     * @param speedup       multiplies the rate (a replay at 1/s with speedup 10 runs at 10/s)
     */
    public record Options(double ratePerSecond, long loops, Long shuffleSeed, double speedup) {
        public Options {
            if (loops < 0) {
                throw new IllegalArgumentException("loops must be >= 0 (0 = forever)");
            }
            if (speedup <= 0) {
                throw new IllegalArgumentException("speedup must be > 0");
            }
        }

        double effectiveRate() {
            return ratePerSecond * speedup;
        }
    }

    private final List<Path> files;
    private final FileSource source;
    private final IngestPipeline pipeline;
    private final Options options;
    private final RateLimiter limiter;
    private volatile boolean stopped;

    public Replay(List<Path> files, FileSource source, IngestPipeline pipeline, Options options, RateLimiter limiter) {
        this.files = List.copyOf(files);
        this.source = source;
        this.pipeline = pipeline;
        this.options = options;
        this.limiter = limiter;
    }

    /** Runs the replay to its end (or until {@link #stop()}), then flushes. */
    public IngestStats run(Progress progress) throws InterruptedException {
        progress.start(options.loops() == 0 ? -1 : (long) files.size() * options.loops());
        Random random = options.shuffleSeed() == null ? null : new Random(options.shuffleSeed());
        try {
            for (long pass = 0; !stopped && (options.loops() == 0 || pass < options.loops()); pass++) {
                List<Path> order = new ArrayList<>(files);
                if (random != null) {
                    Collections.shuffle(order, random);
                }
                for (Path file : order) {
                    if (stopped || Thread.currentThread().isInterrupted()) {
                        break;
                    }
                    limiter.acquire();
                    source.read(file, "replay").forEach(pipeline::accept);
                    progress.step();
                }
            }
        } finally {
            pipeline.flush();
            progress.close();
        }
        return pipeline.stats();
    }

    /** Ends the replay after the current article. */
    public void stop() {
        stopped = true;
    }

    /** The limiter for these options on the system clock. */
    public static RateLimiter limiterFor(Options options) {
        return RateLimiter.system(options.effectiveRate());
    }
}
