package io.newsflow.embedded;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code kafka.Kafka} in a child JVM, started through {@link ChildBrokerMain} so that it exits when this JVM
 * dies, however it dies (also on SIGKILL, when no shutdown hook runs).
 */
final class ChildProcessBroker extends AbstractBroker {

    private static final Logger log = LoggerFactory.getLogger(ChildProcessBroker.class);
    /** A clean broker shutdown (controlled, flushing logs) usually takes a few seconds. */
    private static final Duration GRACEFUL_STOP = Duration.ofSeconds(20);
    /** Enough heap for a dev broker; keeps the laptop's memory for the rest of the demo. */
    private static final String CHILD_HEAP = "-Xmx512m";

    private final Path logFile;
    private Process process;
    private Thread shutdownHook;

    ChildProcessBroker(BrokerSettings settings, Duration startTimeout, Path logFile) {
        super(settings, startTimeout);
        this.logFile = logFile;
    }

    /** The child's process id, while it runs. */
    public synchronized long pid() {
        if (process == null) {
            throw new IllegalStateException("broker not running");
        }
        return process.pid();
    }

    @Override
    public synchronized java.util.OptionalLong processId() {
        return process != null && process.isAlive() ? java.util.OptionalLong.of(process.pid())
                : java.util.OptionalLong.empty();
    }

    @Override
    public synchronized EmbeddedKafka start() {
        if (process != null && process.isAlive()) {
            return this;
        }
        KraftStorage.formatIfNeeded(settings);
        Path config = settings.writeTo(settings.logDir().resolve("server.properties"));
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add(CHILD_HEAP);
        command.add("-Djava.awt.headless=true");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(ChildBrokerMain.class.getName());
        command.add(Long.toString(ProcessHandle.current().pid()));
        command.add(config.toString());
        try {
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.PIPE)
                    .start();
        } catch (IOException e) {
            throw new EmbeddedKafkaException("cannot start broker JVM: " + String.join(" ", command), e);
        }
        Process started = process;
        shutdownHook = new Thread(() -> destroy(started), "newsflow-broker-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        try {
            BrokerReadiness.await(bootstrapServers(), startTimeout, started::isAlive);
        } catch (EmbeddedKafkaException e) {
            stop();
            throw new EmbeddedKafkaException(e.getMessage() + " (see " + logFile + ")", e.getCause());
        }
        log.info("Kafka broker (child JVM pid {}) ready at {}, log dir {}", started.pid(), bootstrapServers(),
                settings.logDir());
        return this;
    }

    @Override
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        destroy(process);
        removeHook();
        process = null;
    }

    /** Kills the broker like {@code kill -9} would: no clean shutdown, for crash-recovery tests. */
    public synchronized void kill() {
        if (process == null) {
            return;
        }
        process.destroyForcibly();
        waitFor(process, Duration.ofSeconds(10));
        removeHook();
        process = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }


    private void removeHook() {
        if (shutdownHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is already running its hooks, ours included
            }
            shutdownHook = null;
        }
    }

    private static void destroy(Process p) {
        if (!p.isAlive()) {
            return;
        }
        p.destroy();
        if (!waitFor(p, GRACEFUL_STOP)) {
            log.warn("broker pid {} did not stop within {}; killing it", p.pid(), GRACEFUL_STOP);
            p.destroyForcibly();
            waitFor(p, Duration.ofSeconds(10));
        }
    }

    private static boolean waitFor(Process p, Duration timeout) {
        try {
            return p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The classpath as a list, for diagnostics. */
    static List<String> classpath() {
        return List.of(System.getProperty("java.class.path").split(File.pathSeparator));
    }
}
