package io.newsflow.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.apache.kafka.clients.admin.Admin;

import io.newsflow.embedded.EmbeddedKafka;
import io.newsflow.topics.TopicProvisioner;
import io.newsflow.topics.Topics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Runs the embedded single-node KRaft broker in the foreground, with the registry's topics created. */
@Command(name = "broker", mixinStandardHelpOptions = true,
        description = "Run a single-node Kafka broker (KRaft) on loopback until Ctrl-C, with newsflow's topics.")
final class BrokerCommand implements Callable<Integer> {

    @Option(names = "--data-dir", defaultValue = "${env:NEWSFLOW_DATA_DIR:-data}",
            description = "Directory for the broker's data (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--port", defaultValue = "${env:NEWSFLOW_BROKER_PORT:-9092}",
            description = "Client port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Override
    public Integer call() throws Exception {
        CountDownLatch stopped = new CountDownLatch(1);
        try (EmbeddedKafka broker = EmbeddedKafka.childProcess(dataDir.resolve("kafka")).port(port).build().start()) {
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
                new TopicProvisioner(admin).ensure(Topics.fromEnv(System.getenv()).all(), Duration.ofSeconds(60));
            }
            System.out.println("Kafka broker ready: bootstrap.servers=" + broker.bootstrapServers());
            System.out.println("Data in " + broker.logDir().toAbsolutePath() + ". Ctrl-C stops it.");
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
            stopped.await();
        }
        return 0;
    }
}
