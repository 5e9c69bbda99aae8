package io.newsflow.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The main job on embedded defaults: replay the seeds through ingest, enrich and sink, and show what was stored. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run the whole pipeline on embedded defaults: a KRaft broker in a child JVM, enrich and sink in",
            "this one, the corpus replayed through ingest; prints what was stored. Running it again is idempotent."})
final class DemoCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "CORPUS", defaultValue = "seeds",
            description = "Folder to replay (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--data-dir", defaultValue = "${env:NEWSFLOW_DATA_DIR:-data}",
            description = "Where the broker, enrich state and SQLite file live (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--registry", defaultValue = "mock://newsflow-demo",
            description = "Schema registry URL (default: an in-process mock registry).")
    String registry;

    @Option(names = "--postgres", paramLabel = "JDBC_URL",
            description = "Store in PostgreSQL instead of the SQLite file, e.g. jdbc:postgresql://127.0.0.1:5432/test?user=postgres")
    String postgres;

    @Option(names = "--rate", defaultValue = "max", description = "Replay rate, e.g. 2/s (default: as fast as possible).")
    String rate;

    @Option(names = "--follow", description = "Print each enriched record as JSON as it arrives.")
    boolean follow;

    @Option(names = "--keep-running", description = "Leave the broker and services up until Ctrl-C.")
    boolean keepRunning;

    @Option(names = "--timeout", defaultValue = "120", description = "Seconds to wait for the articles (default: 120).")
    long timeoutSeconds;

    @Override
    public Integer call() throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop.countDown();
            try {
                done.await(30, TimeUnit.SECONDS); // let the main thread close services and the broker
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "newsflow-demo-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        long t0 = System.nanoTime();
        try {
            DemoRun.Result result = new DemoRun(new DemoRun.Options(dataDir, corpus, registry, postgres, rate, follow,
                    keepRunning, Duration.ofSeconds(timeoutSeconds)), out).run(stop);
            out.printf("Done in %.1f s; broker and services stopped.%n", (System.nanoTime() - t0) / 1e9);
            return result.stored() + result.rejected() >= result.published() ? 0 : 1;
        } finally {
            done.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it waits for done, counted down above
            }
        }
    }
}
