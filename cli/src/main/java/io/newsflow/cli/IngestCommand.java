package io.newsflow.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.newsflow.ingest.DropFolder;
import io.newsflow.ingest.FileSource;
import io.newsflow.ingest.IngestRuntime;
import io.newsflow.ingest.IngestState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Publishes files and folders (text, HTML, JSON Lines) once, or watches drop folders. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Publish files and folders (plain text, HTML, JSON Lines) to news.articles.raw.")
final class IngestCommand implements Callable<Integer> {

    @Mixin
    ClusterOptions cluster = new ClusterOptions();

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (recursive).")
    List<Path> paths;

    @Option(names = "--watch", description = "Keep watching the folders and publish each new file once.")
    boolean watch;

    @Option(names = "--interval", defaultValue = "2", description = "Watch poll interval in seconds (default: 2).")
    long intervalSeconds;

    @Option(names = "--state-dir", defaultValue = "${env:NEWSFLOW_DATA_DIR:-data}/ingest",
            description = "Where watch state is kept (default: ${DEFAULT-VALUE}).")
    Path stateDir;

    @Option(names = "--max-bytes", defaultValue = "${env:NEWSFLOW_INGEST_MAX_BYTES:-5242880}",
            description = "Inputs larger than this are rejected (default: ${DEFAULT-VALUE}).")
    long maxBytes;

    @Option(names = "--as-new", description = "Give every record a fresh id (load runs).")
    boolean asNew;

    @Override
    public Integer call() throws Exception {
        try (IngestRuntime runtime = new IngestRuntime(cluster.kafka(), cluster.registry(), cluster.topics(),
                maxBytes, asNew)) {
            if (!watch) {
                for (Path file : FileSource.listFiles(paths)) {
                    runtime.files().read(file, "file").forEach(runtime.pipeline()::accept);
                }
                runtime.pipeline().flush();
            } else {
                CountDownLatch stop = new CountDownLatch(1);
                runtime.onStop(stop::countDown);
                Files.createDirectories(stateDir);
                try (IngestState state = IngestState.open(stateDir.resolve("watch.state"))) {
                    List<DropFolder> folders = paths.stream()
                            .map(p -> new DropFolder(p, runtime.files(), runtime.pipeline(), state)).toList();
                    System.err.println("watching " + paths + " every " + intervalSeconds + " s; Ctrl-C stops");
                    do {
                        for (DropFolder folder : folders) {
                            folder.poll();
                        }
                    } while (!stop.await(Duration.ofSeconds(intervalSeconds).toMillis(), TimeUnit.MILLISECONDS));
                }
            }
            System.err.println("ingest: " + runtime.pipeline().stats().summary());
            return runtime.pipeline().stats().failed() == 0 ? 0 : 1;
        }
    }
}
