package io.newsflow.enrich.stream;

import java.time.Clock;
import java.time.Duration;

import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.newsflow.enrich.EnrichFunction;

/** Runs the enrich topology: start, state reporting, and a clean close. State is only wiped behind a flag. */
public final class EnrichService implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EnrichService.class);
    static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private final KafkaStreams streams;

    public EnrichService(EnrichConfig config, EnrichFunction enricher) {
        Topology topology = EnrichTopology.build(config, EnrichSerdes.fromRegistry(config.registry()), enricher,
                Clock.systemUTC());
        log.info("starting enrich with {}", config);
        this.streams = new KafkaStreams(topology, config.streamsProperties());
        streams.setStateListener((now, before) -> log.info("enrich state {} -> {}", before, now));
    }

    /** Starts processing; with {@code cleanUp}, local state is wiped first (it is rebuilt from changelogs). */
    public EnrichService start(boolean cleanUp) {
        if (cleanUp) {
            streams.cleanUp();
        }
        streams.start();
        return this;
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    public KafkaStreams streams() {
        return streams;
    }

    /**
     * Stops processing and leaves the consumer group, so a restarted or remaining instance takes the partitions
     * over at once instead of after the session timeout.
     */
    @Override
    public void close() {
        streams.close(CloseOptions.timeout(CLOSE_TIMEOUT)
                .withGroupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP));
    }
}
