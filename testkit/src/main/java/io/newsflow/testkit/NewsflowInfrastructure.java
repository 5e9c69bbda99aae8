package io.newsflow.testkit;

import java.util.Locale;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;

/**
 * The one test-infrastructure entry point. Put {@code @ExtendWith(NewsflowInfrastructure.class)} on an integration
 * test and take an {@link Infrastructure} parameter.
 *
 * <p>The decision, made once per JVM: {@code NEWSFLOW_TEST_INFRA=containers|embedded} forces a kind; otherwise
 * Testcontainers when a Docker engine answers, else the embedded pieces. Individual servers can be pointed at
 * existing ones with {@code NEWSFLOW_TEST_BOOTSTRAP_SERVERS}, {@code NEWSFLOW_TEST_SCHEMA_REGISTRY_URL} and
 * {@code NEWSFLOW_TEST_JDBC_URL}. Everything started is stopped when the test run ends.
 */
public final class NewsflowInfrastructure implements ParameterResolver {

    private static final Logger log = LoggerFactory.getLogger(NewsflowInfrastructure.class);
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(NewsflowInfrastructure.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Infrastructure.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return infrastructure(context);
    }

    /** The infrastructure of this test run, created on first use and closed when the run ends. */
    public static Infrastructure infrastructure(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(Holder.class, k -> new Holder(create()), Holder.class).infrastructure;
    }

    static Infrastructure create() {
        String forced = System.getenv().getOrDefault("NEWSFLOW_TEST_INFRA", "auto").toLowerCase(Locale.ROOT);
        Infrastructure chosen = switch (forced) {
            case "containers" -> new ContainersInfrastructure();
            case "embedded" -> new EmbeddedInfrastructure();
            case "auto" -> dockerAvailable() ? new ContainersInfrastructure() : new EmbeddedInfrastructure();
            default -> throw new IllegalArgumentException(
                    "NEWSFLOW_TEST_INFRA must be auto, containers or embedded, not " + forced);
        };
        log.info("test infrastructure: {}", chosen.kind());
        return chosen;
    }

    private static boolean dockerAvailable() {
        // ask Testcontainers only where an engine could be: it logs a page of errors when there is none
        String host = System.getenv("DOCKER_HOST");
        boolean socket = java.nio.file.Files.exists(java.nio.file.Path.of("/var/run/docker.sock"))
                || java.nio.file.Files.exists(java.nio.file.Path.of(System.getProperty("user.home"), ".docker", "run",
                        "docker.sock"));
        if ((host == null || host.isBlank()) && !socket) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /** Closes the infrastructure when JUnit closes the root store, at the end of the run. */
    private static final class Holder implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        final Infrastructure infrastructure;

        Holder(Infrastructure infrastructure) {
            this.infrastructure = infrastructure;
        }

        @Override
        public void close() throws Exception {
            if (infrastructure instanceof AutoCloseable closeable) {
                closeable.close();
            }
        }
    }
}
