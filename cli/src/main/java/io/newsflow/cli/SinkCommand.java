package io.newsflow.cli;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import io.newsflow.sink.SinkApp;
import io.newsflow.sink.SinkConfig;
import io.newsflow.sink.SinkUnavailableException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Runs the sink: enriched articles from Kafka into PostgreSQL or the SQLite file, until Ctrl-C. */
@Command(name = "sink", mixinStandardHelpOptions = true,
        description = "Store enriched articles in PostgreSQL or an SQLite file (settings: NEWSFLOW_SINK_*).")
final class SinkCommand implements Callable<Integer> {

    @Mixin
    ClusterOptions cluster = new ClusterOptions();

    @Option(names = "--jdbc-url", defaultValue = "${env:NEWSFLOW_SINK_JDBC_URL:-" + SinkConfig.DEFAULT_JDBC_URL + "}",
            description = "Store to write (default: ${DEFAULT-VALUE}).")
    String jdbcUrl;

    @Override
    public Integer call() {
        SinkConfig config;
        Map<String, Object> registry;
        try {
            Map<String, String> env = new HashMap<>(System.getenv());
            env.put("NEWSFLOW_SINK_JDBC_URL", jdbcUrl);
            cluster.kafka().forEach((k, v) -> env.put("KAFKA_" + k.toUpperCase(java.util.Locale.ROOT)
                    .replace('.', '_'), String.valueOf(v)));
            config = SinkConfig.fromEnv(env);
            registry = cluster.registry();
        } catch (IllegalArgumentException e) {
            System.err.println("newsflow sink: " + e.getMessage());
            return 2;
        }
        try (SinkApp app = SinkApp.create(config, registry)) {
            Runtime.getRuntime().addShutdownHook(new Thread(app::close, "newsflow-sink-shutdown"));
            app.run();
            System.err.println("newsflow sink: stopped; " + app.metrics());
            return 0;
        } catch (SinkUnavailableException e) {
            System.err.println("newsflow sink: database unavailable, stopping without committing the current batch: "
                    + e.getMessage());
            return 1;
        }
    }
}
