package io.newsflow.embedded;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A real single-node KRaft Kafka broker built from the production Kafka classes, for the demo and the tests.
 *
 * <p>Two ways to run it: {@link #inProcess} runs {@code kafka.server.KafkaRaftServer} in this JVM (tests);
 * {@link #childProcess} runs {@code kafka.Kafka} in a child JVM that dies with its parent (the demo, and
 * kill -9 tests). Both format the log directory once and reuse it across restarts.
 */
public interface EmbeddedKafka extends AutoCloseable {

    /** How long a start may take before it is reported as failed. */
    Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(90);

    /** {@code host:port} for clients. */
    String bootstrapServers();

    /** The directory holding the broker's data and config. */
    Path logDir();

    /** Starts the broker (formatting the log dir on first use) and waits until it answers clients. */
    EmbeddedKafka start();

    /** Stops the broker, keeping its data; {@link #start()} brings it back on the same dir and ports. */
    void stop();

    /** The broker's own process id when it runs in a child JVM; empty when it runs in this JVM. */
    default java.util.OptionalLong processId() {
        return java.util.OptionalLong.empty();
    }

    /** Whether the broker is running. */
    boolean isRunning();

    @Override
    void close();

    static Builder inProcess(Path logDir) {
        return new Builder(logDir, false);
    }

    static Builder childProcess(Path logDir) {
        return new Builder(logDir, true);
    }

    /** Builds an embedded broker; ports default to free ones. */
    final class Builder {
        private final Path logDir;
        private final boolean child;
        private int port;
        private int controllerPort;
        private final Map<String, String> overrides = new LinkedHashMap<>();
        private Duration startTimeout = DEFAULT_START_TIMEOUT;
        private Path logFile;

        private Builder(Path logDir, boolean child) {
            this.logDir = logDir;
            this.child = child;
        }

        /** Client port; 0 (the default) picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** Controller port; 0 (the default) picks a free one. */
        public Builder controllerPort(int controllerPort) {
            this.controllerPort = controllerPort;
            return this;
        }

        /** Any broker property, applied over the single-node defaults. */
        public Builder brokerProperty(String key, String value) {
            overrides.put(key, value);
            return this;
        }

        public Builder startTimeout(Duration startTimeout) {
            this.startTimeout = startTimeout;
            return this;
        }

        /** Child process only: where its output goes (default: {@code <logDir>/broker.log}). */
        public Builder logFile(Path logFile) {
            this.logFile = logFile;
            return this;
        }

        public EmbeddedKafka build() {
            BrokerSettings settings = BrokerSettings.of(logDir, port, controllerPort, overrides);
            return child
                    ? new ChildProcessBroker(settings, startTimeout,
                            logFile != null ? logFile : settings.logDir().resolve("broker.log"))
                    : new InProcessBroker(settings, startTimeout);
        }
    }
}
