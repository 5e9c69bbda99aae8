package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DropFolderTest {

    @TempDir
    Path dir;

    @Test
    void shouldPublishEachFileOnceWhenPolledRepeatedlyAndAcrossRestarts() throws Exception {
        Path drop = Files.createDirectories(dir.resolve("drop"));
        RecordingSink sink = new RecordingSink();
        IngestPipeline pipeline = new IngestPipeline(new ArticlePreparer(1 << 20, "t"), sink, 64, false);
        FileSource files = new FileSource(1 << 20, 64);
        Files.writeString(drop.resolve("a.txt"), "Article A.");
        try (IngestState state = IngestState.open(dir.resolve("watch.state"))) {
            DropFolder folder = new DropFolder(drop, files, pipeline, state);
            assertThat(folder.poll()).isZero(); // first sight: wait until the size is stable
            assertThat(folder.poll()).isEqualTo(1);
            assertThat(folder.poll()).isZero();
            Files.writeString(drop.resolve("b.txt"), "Article B.");
            folder.poll();
            assertThat(folder.poll()).isEqualTo(1);
        }
        try (IngestState state = IngestState.open(dir.resolve("watch.state"))) {
            DropFolder restarted = new DropFolder(drop, files, pipeline, state);
            restarted.poll();
            assertThat(restarted.poll()).isZero();
        }
        assertThat(sink.published).hasSize(2);
    }

    @Test
    void shouldRetryFilesWhenTheBrokerDidNotAcknowledge() throws Exception {
        Path drop = Files.createDirectories(dir.resolve("drop"));
        RecordingSink sink = new RecordingSink();
        IngestPipeline pipeline = new IngestPipeline(new ArticlePreparer(1 << 20, "t"), sink, 64, false);
        Files.writeString(drop.resolve("a.txt"), "Article A.");
        try (IngestState state = IngestState.open(dir.resolve("watch.state"))) {
            DropFolder folder = new DropFolder(drop, new FileSource(1 << 20, 64), pipeline, state);
            folder.poll();
            sink.failPublishes = true;
            assertThat(folder.poll()).isZero();
            sink.failPublishes = false;
            assertThat(folder.poll()).isEqualTo(1);
        }
        assertThat(sink.published).hasSize(1);
    }
}
