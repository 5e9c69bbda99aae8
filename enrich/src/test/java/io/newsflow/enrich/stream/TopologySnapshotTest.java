package io.newsflow.enrich.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * The described topology must not change by accident: node, store and topic names are part of the upgrade
 * contract (changelogs, repartition topics, offsets). To accept a deliberate change, run with
 * {@code -Dnewsflow.updateSnapshots=true} and commit the new snapshot.
 */
class TopologySnapshotTest {

    static final Path SNAPSHOT = Path.of("src/test/resources/enrich-topology.txt");

    @Test
    void shouldDescribeTheSameTopologyAsTheSnapshotWhenBuilt() throws Exception {
        String described;
        try (TopologyFixture f = new TopologyFixture((a, r, n) -> {
            throw new UnsupportedOperationException();
        })) {
            described = f.topology.describe().toString().strip() + "\n";
        }
        if (Boolean.getBoolean("newsflow.updateSnapshots")) {
            Files.writeString(SNAPSHOT, described, StandardCharsets.UTF_8);
        }
        assertThat(described).isEqualTo(Files.readString(SNAPSHOT, StandardCharsets.UTF_8));
        assertThat(described).doesNotContainPattern("KSTREAM-[A-Z]+-\\d+").doesNotContainPattern("KTABLE-");
    }
}
