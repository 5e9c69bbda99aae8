package io.newsflow.embedded;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * The server properties of a single-node KRaft broker (broker and controller in one process) bound to loopback.
 *
 * <p>Every non-default value here exists because a single node needs it; each carries its reason.
 */
public final class BrokerSettings {

    /** Loopback only: the embedded broker is for one machine, never exposed. */
    public static final String HOST = "127.0.0.1";
    /** The one node of the quorum. */
    public static final int NODE_ID = 1;
    /** Heartbeat timeout after which a dead broker is fenced; short so a restart after SIGKILL takes seconds, not 9 s+. */
    static final int BROKER_SESSION_TIMEOUT_MS = 3_000;
    /** Must be below the session timeout. */
    static final int BROKER_HEARTBEAT_INTERVAL_MS = 500;
    /** Fewer internal-topic partitions: 50 offset partitions make a laptop broker slow to become ready. */
    static final int INTERNAL_TOPIC_PARTITIONS = 5;

    private final Path logDir;
    private final int port;
    private final int controllerPort;
    private final Map<String, String> overrides;

    private BrokerSettings(Path logDir, int port, int controllerPort, Map<String, String> overrides) {
        this.logDir = logDir;
        this.port = port;
        this.controllerPort = controllerPort;
        this.overrides = Map.copyOf(overrides);
    }

    /**
     * Settings for a broker whose data lives in {@code logDir}. A port of 0 picks a free one now, so the same
     * settings (and ports) are reused across restarts on the same log dir.
     */
    public static BrokerSettings of(Path logDir, int port, int controllerPort, Map<String, String> overrides) {
        Objects.requireNonNull(logDir, "logDir");
        return new BrokerSettings(logDir.toAbsolutePath(), port == 0 ? freePort() : port,
                controllerPort == 0 ? freePort() : controllerPort, overrides == null ? Map.of() : overrides);
    }

    public Path logDir() {
        return logDir;
    }

    public int port() {
        return port;
    }

    public int controllerPort() {
        return controllerPort;
    }

    public String bootstrapServers() {
        return HOST + ":" + port;
    }

    /** The broker's server properties. */
    public Properties toProperties() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("process.roles", "broker,controller");
        p.put("node.id", Integer.toString(NODE_ID));
        p.put("listeners", "PLAINTEXT://" + HOST + ":" + port + ",CONTROLLER://" + HOST + ":" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://" + HOST + ":" + port);
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("controller.quorum.voters", NODE_ID + "@" + HOST + ":" + controllerPort);
        p.put("log.dirs", logDir.resolve("kraft").toString());
        // Topics are created explicitly by the topic registry's admin step, in every environment we ship.
        p.put("auto.create.topics.enable", "false");
        p.put("num.partitions", "1");
        p.put("default.replication.factor", "1");
        // Single node: internal topics cannot have 3 replicas (without this Streams hangs in REBALANCING).
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", Integer.toString(INTERNAL_TOPIC_PARTITIONS));
        // Exactly-once needs the transaction log writable with one replica.
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", Integer.toString(INTERNAL_TOPIC_PARTITIONS));
        p.put("min.insync.replicas", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        // No reason to wait for more members in a one-node dev cluster.
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("broker.session.timeout.ms", Integer.toString(BROKER_SESSION_TIMEOUT_MS));
        p.put("broker.heartbeat.interval.ms", Integer.toString(BROKER_HEARTBEAT_INTERVAL_MS));
        p.put("log.segment.bytes", Integer.toString(64 * 1024 * 1024));
        p.putAll(overrides);
        Properties props = new Properties();
        props.putAll(p);
        return props;
    }

    /** Writes the server properties to {@code file} (for StorageTool and for a child JVM). */
    public Path writeTo(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                toProperties().store(out, "newsflow embedded KRaft broker");
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write broker config " + file, e);
        }
    }

    /** A port free on loopback right now. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getByName(HOST))) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on " + HOST, e);
        }
    }
}
