package io.newsflow.embedded;

import java.nio.file.Path;
import java.time.Duration;

/** What both ways of running the broker share: its settings and how long a start may take. */
abstract class AbstractBroker implements EmbeddedKafka {

    protected final BrokerSettings settings;
    protected final Duration startTimeout;

    AbstractBroker(BrokerSettings settings, Duration startTimeout) {
        this.settings = settings;
        this.startTimeout = startTimeout;
    }

    @Override
    public String bootstrapServers() {
        return settings.bootstrapServers();
    }

    @Override
    public Path logDir() {
        return settings.logDir();
    }

    @Override
    public void close() {
        stop();
    }
}
