package io.newsflow.embedded;

import java.time.Duration;

import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;

/** {@code kafka.server.KafkaRaftServer} in this JVM, with Kafka's exit and halt procedures disarmed. */
final class InProcessBroker extends AbstractBroker {

    private static final Logger log = LoggerFactory.getLogger(InProcessBroker.class);

    private KafkaRaftServer server;

    InProcessBroker(BrokerSettings settings, Duration startTimeout) {
        super(settings, startTimeout);
    }

    @Override
    public synchronized EmbeddedKafka start() {
        if (server != null) {
            return this;
        }
        disarmExit();
        boolean formatted = KraftStorage.formatIfNeeded(settings);
        KafkaRaftServer s = new KafkaRaftServer(KafkaConfig.fromProps(settings.toProperties(), false), Time.SYSTEM);
        try {
            s.startup();
        } catch (RuntimeException e) {
            safeShutdown(s);
            throw new EmbeddedKafkaException("embedded broker failed to start on " + settings.logDir(), e);
        }
        server = s;
        BrokerReadiness.await(bootstrapServers(), startTimeout, () -> true);
        log.info("embedded Kafka broker ready at {} (log dir {}, {})", bootstrapServers(), settings.logDir(),
                formatted ? "newly formatted" : "existing data");
        return this;
    }

    @Override
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        safeShutdown(server);
        server = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return server != null;
    }


    private static void safeShutdown(KafkaRaftServer s) {
        try {
            s.shutdown();
            s.awaitShutdown();
        } catch (RuntimeException e) {
            log.warn("embedded broker shutdown failed", e);
        }
    }

    /**
     * A broker fault calls {@code Exit.exit/halt}; in-process that would kill the host JVM (the test run).
     * Turn both into exceptions instead.
     */
    private static void disarmExit() {
        Exit.setExitProcedure((status, message) -> {
            throw new EmbeddedKafkaException("embedded broker asked to exit(" + status + "): " + message);
        });
        Exit.setHaltProcedure((status, message) -> {
            throw new EmbeddedKafkaException("embedded broker asked to halt(" + status + "): " + message);
        });
    }
}
