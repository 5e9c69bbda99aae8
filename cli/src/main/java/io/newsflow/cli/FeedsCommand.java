package io.newsflow.cli;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.newsflow.ingest.FeedPoller;
import io.newsflow.ingest.HostPoliteness;
import io.newsflow.ingest.IngestRuntime;
import io.newsflow.ingest.IngestState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Polls RSS/Atom feeds and publishes each new entry once. */
@Command(name = "feeds", mixinStandardHelpOptions = true,
        description = "Poll RSS 2.0 / Atom feeds (conditional GET) and publish each new entry once.")
final class FeedsCommand implements Callable<Integer> {

    @Mixin
    ClusterOptions cluster = new ClusterOptions();

    @Parameters(arity = "1..*", paramLabel = "URL", description = "Feed URLs.")
    List<URI> feeds;

    @Option(names = "--interval", defaultValue = "300", description = "Seconds between polls (default: 300).")
    long intervalSeconds;

    @Option(names = "--once", description = "Poll each feed once and exit.")
    boolean once;

    @Option(names = "--politeness", defaultValue = "1000",
            description = "Minimum milliseconds between two requests to one host (default: 1000).")
    long politenessMillis;

    @Option(names = "--state-dir", defaultValue = "${env:NEWSFLOW_DATA_DIR:-data}/ingest",
            description = "Where seen entries and validators are kept (default: ${DEFAULT-VALUE}).")
    Path stateDir;

    @Override
    public Integer call() throws Exception {
        Files.createDirectories(stateDir);
        CountDownLatch stop = new CountDownLatch(1);
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10)).build();
        try (IngestRuntime runtime = new IngestRuntime(cluster.kafka(), cluster.registry(), cluster.topics(),
                IngestRuntime.DEFAULT_MAX_BYTES, false);
             IngestState state = IngestState.open(stateDir.resolve("feeds.state"))) {
            runtime.onStop(stop::countDown);
            FeedPoller poller = new FeedPoller(http, runtime.pipeline(), state,
                    new HostPoliteness(politenessMillis, System::nanoTime,
                            nanos -> Thread.sleep(nanos / 1_000_000)));
            do {
                for (URI feed : feeds) {
                    FeedPoller.PollResult r = poller.poll(feed);
                    System.err.printf("%s: HTTP %d, %d new%n", feed, r.status(), r.newEntries());
                }
            } while (!once && !stop.await(intervalSeconds, TimeUnit.SECONDS));
            System.err.println("feeds: " + runtime.pipeline().stats().summary());
            return runtime.pipeline().stats().failed() == 0 ? 0 : 1;
        }
    }
}
