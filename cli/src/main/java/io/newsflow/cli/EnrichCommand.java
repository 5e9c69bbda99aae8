package io.newsflow.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.enrich.stream.EnrichConfig;
import io.newsflow.enrich.stream.EnrichService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Runs the enrich Kafka Streams application until Ctrl-C / SIGTERM. */
@Command(name = "enrich", mixinStandardHelpOptions = true,
        description = "Run the enrich topology: news.articles.raw → news.articles.enriched (exactly once).")
final class EnrichCommand implements Callable<Integer> {

    @Mixin
    ClusterOptions cluster = new ClusterOptions();

    @Option(names = "--clean-state", description = "Wipe the local state store first (rebuilt from changelogs).")
    boolean cleanState;

    @Override
    public Integer call() throws Exception {
        EnrichConfig config = EnrichConfig.fromEnv(System.getenv(), cluster.kafka(), cluster.registry());
        CountDownLatch stopped = new CountDownLatch(1);
        try (EnrichService service = new EnrichService(config, ArticleEnricher.withDefaults())) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                service.close();
                stopped.countDown();
            }, "newsflow-enrich-stop"));
            service.streams().setUncaughtExceptionHandler(e -> {
                System.err.println("enrich failed: " + e);
                stopped.countDown();
                return org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse
                        .SHUTDOWN_CLIENT;
            });
            service.start(cleanState);
            System.err.println("enrich running (" + config.applicationId() + "); Ctrl-C stops it");
            stopped.await();
        }
        return 0;
    }

}
