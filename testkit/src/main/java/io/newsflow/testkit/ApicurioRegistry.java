package io.newsflow.testkit;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Apicurio Registry 3 server ({@code quarkus-run.jar} from {@code io.apicurio:apicurio-registry-app:tar.gz:all},
 * unpacked by the testkit build), run in a child JVM with Java 21+, HTTP and management bound to loopback on free
 * ports, in-memory storage. Its Confluent-compatible API is at {@link #confluentUrl()}.
 */
public final class ApicurioRegistry implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ApicurioRegistry.class);
    /** Apicurio 3 is a Quarkus app built for Java 21. */
    static final int REQUIRED_JAVA = 21;
    /** It is ready in about 5 s here; allow for a loaded CI machine. */
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final String CCOMPAT_PATH = "/apis/ccompat/v7";

    private final Process process;
    private final int port;

    private ApicurioRegistry(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** The unpacked distribution: {@code newsflow.apicurio.home}, {@code NEWSFLOW_APICURIO_HOME}. */
    static Path home() {
        String configured = System.getProperty("newsflow.apicurio.home", System.getenv("NEWSFLOW_APICURIO_HOME"));
        if (configured == null) {
            throw MissingInfrastructure.missing("no Apicurio Registry distribution configured "
                    + "(system property newsflow.apicurio.home or NEWSFLOW_APICURIO_HOME)", null);
        }
        Path home = Path.of(configured);
        if (!Files.isRegularFile(home.resolve("quarkus-run.jar"))) {
            throw MissingInfrastructure.missing("no quarkus-run.jar in " + home
                    + " (the testkit module's build unpacks it; run the build from the repository root)", null);
        }
        return home;
    }

    /** Starts a server and waits until its Confluent-compatible API answers. */
    public static ApicurioRegistry start(Path logFile) {
        Path home = home();
        Path java = JavaHomes.findJava(REQUIRED_JAVA).orElseThrow(() -> MissingInfrastructure.missing(
                "no Java " + REQUIRED_JAVA + "+ found for Apicurio Registry (set NEWSFLOW_JAVA21_HOME)", null));
        int port = io.newsflow.embedded.BrokerSettings.freePort();
        int managementPort = io.newsflow.embedded.BrokerSettings.freePort();
        List<String> command = List.of(java.toString(), "-Xmx512m",
                "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port,
                "-Dquarkus.management.host=127.0.0.1", "-Dquarkus.management.port=" + managementPort,
                "-Dquarkus.log.level=WARN", "-Dquarkus.banner.enabled=false",
                "-jar", home.resolve("quarkus-run.jar").toString());
        Process process;
        try {
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            process = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile())).start();
        } catch (IOException e) {
            throw MissingInfrastructure.missing("cannot start Apicurio Registry with " + java, e);
        }
        ApicurioRegistry registry = new ApicurioRegistry(process, port);
        Runtime.getRuntime().addShutdownHook(new Thread(registry::close, "apicurio-stop"));
        registry.awaitReady(logFile);
        log.info("Apicurio Registry (pid {}) ready at {}", process.pid(), registry.confluentUrl());
        return registry;
    }

    /** Base URL of the Confluent-compatible REST API. */
    public String confluentUrl() {
        return "http://127.0.0.1:" + port + CCOMPAT_PATH;
    }

    private void awaitReady(Path logFile) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(confluentUrl() + "/subjects"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Apicurio Registry exited with " + process.exitValue()
                        + "; see " + logFile);
            }
            try {
                if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            try {
                process.waitFor(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        close();
        throw new IllegalStateException("Apicurio Registry not ready within " + START_TIMEOUT + "; see " + logFile);
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(15, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }
}
