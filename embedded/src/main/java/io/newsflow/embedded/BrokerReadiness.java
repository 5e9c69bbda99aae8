package io.newsflow.embedded;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

/** Waits until a broker answers a cluster description, i.e. is ready for clients. */
final class BrokerReadiness {

    /** One attempt may take this long before we ask again. */
    private static final int ATTEMPT_TIMEOUT_MS = 2_000;

    private BrokerReadiness() {
    }

    static void await(String bootstrapServers, Duration timeout, BooleanSupplier stillAlive) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Exception last = null;
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, ATTEMPT_TIMEOUT_MS,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, ATTEMPT_TIMEOUT_MS,
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 200))) {
            while (System.nanoTime() < deadline) {
                if (!stillAlive.getAsBoolean()) {
                    throw new EmbeddedKafkaException("broker at " + bootstrapServers + " stopped while starting");
                }
                try {
                    int nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs(ATTEMPT_TIMEOUT_MS))
                            .nodes().get(ATTEMPT_TIMEOUT_MS, TimeUnit.MILLISECONDS).size();
                    if (nodes > 0) {
                        return;
                    }
                } catch (ExecutionException | TimeoutException e) {
                    last = e;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new EmbeddedKafkaException("interrupted while waiting for " + bootstrapServers, e);
                }
            }
        }
        throw new EmbeddedKafkaException("broker at " + bootstrapServers + " not ready within " + timeout, last);
    }
}
