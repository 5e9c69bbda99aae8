package io.newsflow.embedded;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.kafka.common.Uuid;

/**
 * Formats a KRaft log directory once, with Kafka's own {@code kafka.tools.StorageTool}.
 *
 * <p>A directory that already holds {@code meta.properties} is left alone: formatting it again with a new
 * cluster id would make the broker refuse to start.
 */
public final class KraftStorage {

    private KraftStorage() {
    }

    /** True when {@code settings.logDir()} already holds a formatted KRaft log. */
    public static boolean isFormatted(BrokerSettings settings) {
        return Files.exists(settings.logDir().resolve("kraft").resolve("meta.properties"));
    }

    /**
     * Formats the log directory unless it is already formatted.
     *
     * @return true when this call formatted it
     */
    public static boolean formatIfNeeded(BrokerSettings settings) {
        if (isFormatted(settings)) {
            return false;
        }
        Path config = settings.writeTo(settings.logDir().resolve("server.properties"));
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        int rc;
        try (PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            rc = kafka.tools.StorageTool.execute(new String[] {
                "format", "--cluster-id", Uuid.randomUuid().toString(), "--config", config.toString(),
                "--ignore-formatted"}, out);
        }
        if (rc != 0) {
            throw new EmbeddedKafkaException("formatting " + settings.logDir() + " failed (exit " + rc + "): "
                    + buffer.toString(StandardCharsets.UTF_8));
        }
        return true;
    }
}
