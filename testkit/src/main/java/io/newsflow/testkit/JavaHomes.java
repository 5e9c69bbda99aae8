package io.newsflow.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds an installed JDK of at least a given feature version (Apicurio Registry 3 needs Java 21+). */
final class JavaHomes {

    private JavaHomes() {
    }

    /**
     * The {@code java} executable of a JDK with feature version {@code >= minimum}: from
     * {@code NEWSFLOW_JAVA21_HOME}, then this JVM, then {@code JAVA_HOME}, then the JDKs under
     * {@code /usr/lib/jvm} (newest first).
     */
    static Optional<Path> findJava(int minimum) {
        List<Path> candidates = new ArrayList<>();
        env("NEWSFLOW_JAVA21_HOME").ifPresent(candidates::add);
        candidates.add(Path.of(System.getProperty("java.home")));
        env("JAVA_HOME").ifPresent(candidates::add);
        Path jvms = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(jvms)) {
            try (Stream<Path> dirs = Files.list(jvms)) {
                dirs.sorted(Comparator.comparingInt(JavaHomes::featureVersion).reversed()).forEach(candidates::add);
            } catch (IOException e) {
                // nothing to add
            }
        }
        return candidates.stream()
                .filter(home -> featureVersion(home) >= minimum)
                .map(home -> home.resolve("bin").resolve("java"))
                .filter(Files::isExecutable)
                .findFirst();
    }

    private static Optional<Path> env(String name) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(Path.of(v));
    }

    /** Feature version from the JDK's {@code release} file, 0 when unknown. */
    static int featureVersion(Path home) {
        Path release = home.resolve("release");
        if (!Files.isReadable(release)) {
            return 0;
        }
        try {
            for (String line : Files.readAllLines(release)) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String v = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                    String first = v.split("[.+-]")[0];
                    return Integer.parseInt(first.equals("1") ? v.split("\\.")[1] : first);
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }
}
