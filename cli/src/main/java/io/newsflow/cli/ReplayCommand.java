package io.newsflow.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import io.newsflow.ingest.FileSource;
import io.newsflow.ingest.IngestRuntime;
import io.newsflow.ingest.IngestStats;
import io.newsflow.ingest.Progress;
import io.newsflow.ingest.RateLimiter;
import io.newsflow.ingest.Replay;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The corpus replayed as a stream. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Replay a corpus folder as a stream of raw articles, at a rate, once, N times or forever.")
final class ReplayCommand implements Callable<Integer> {

    @Mixin
    ClusterOptions cluster = new ClusterOptions();

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Corpus files or folders (e.g. seeds/).")
    List<Path> paths;

    @Option(names = "--rate", defaultValue = "max", description = "Articles per time: 2/s, 120/m, or max (default).")
    String rate;

    @Option(names = "--loop", defaultValue = "1", description = "Passes over the corpus; 0 = forever (default: 1).")
    long loops;

    @Option(names = "--forever", description = "Loop forever (same as --loop 0).")
    boolean forever;

    @Option(names = "--shuffle", paramLabel = "SEED", description = "Shuffle each pass with this seed.")
    Long shuffleSeed;

    @Option(names = "--speedup", defaultValue = "1", description = "Multiply the rate by this factor.")
    double speedup;

    @Option(names = "--as-new", description = "Give every record a fresh id, for load runs.")
    boolean asNew;

    @Option(names = "--max-bytes", defaultValue = "${env:NEWSFLOW_INGEST_MAX_BYTES:-5242880}",
            description = "Inputs larger than this are rejected (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Override
    public Integer call() throws Exception {
        Replay.Options options = new Replay.Options(RateLimiter.parseRate(rate), forever ? 0 : loops, shuffleSeed,
                speedup);
        try (IngestRuntime runtime = new IngestRuntime(cluster.kafka(), cluster.registry(), cluster.topics(),
                maxBytes, asNew)) {
            Replay replay = new Replay(FileSource.listFiles(paths), runtime.files(), runtime.pipeline(), options,
                    Replay.limiterFor(options));
            runtime.onStop(replay::stop);
            IngestStats stats = replay.run(Progress.forConsole("replay", Duration.ofSeconds(5)));
            System.err.println("replay: " + stats.summary());
            return stats.failed() == 0 ? 0 : 1;
        }
    }
}
