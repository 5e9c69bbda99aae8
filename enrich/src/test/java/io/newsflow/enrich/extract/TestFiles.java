package io.newsflow.enrich.extract;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locations of the seeds, the gold file and the evaluation datasets (system properties set by surefire). */
final class TestFiles {
    private TestFiles() { }

    static Path seeds() {
        return pick("newsflow.seeds", "../seeds");
    }

    static Path gold() {
        return pick("newsflow.gold", "../../shared/seeds-gold.json");
    }

    static Path datasets() {
        return pick("newsflow.datasets", "../../shared/datasets");
    }

    private static Path pick(String property, String fallback) {
        String p = System.getProperty(property);
        if (p != null && !p.isBlank() && Files.exists(Path.of(p))) {
            return Path.of(p);
        }
        return Path.of(fallback);
    }
}
