package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestPipelineTest {

    static final long LIMIT = 1024;
    @TempDir
    Path dir;

    private final RecordingSink sink = new RecordingSink();
    private final IngestPipeline pipeline =
            new IngestPipeline(new ArticlePreparer(LIMIT, "test/0"), sink, 64, false);
    private final FileSource files = new FileSource(LIMIT, 64);

    private RejectReason rejectionOf(Path file) {
        files.read(file, "file").forEach(pipeline::accept);
        assertThat(sink.published).isEmpty();
        assertThat(sink.rejected).hasSize(1);
        assertThat(sink.rejected.get(0).getSource()).isEqualTo(file.toString());
        assertThat(sink.rejected.get(0).getStage()).isEqualTo("ingest");
        return RejectReason.valueOf(sink.rejected.get(0).getReasonCode());
    }

    @Test
    void shouldRejectEmptyFileWhenItHasNoText() throws Exception {
        assertThat(rejectionOf(Files.writeString(dir.resolve("empty.txt"), " \n\t\n"))).isEqualTo(RejectReason.EMPTY);
    }

    @Test
    void shouldRejectBinaryFileWhenItHasNulBytes() throws Exception {
        assertThat(rejectionOf(Files.write(dir.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1})))
                .isEqualTo(RejectReason.BINARY);
    }

    @Test
    void shouldRejectUndecodableBytesWhenNoCharsetFits() throws Exception {
        byte[] bytes = new byte[200];
        for (int i = 0; i < bytes.length; i++) {
            // invalid UTF-8; undefined in windows-1251/1252; C1 controls in ISO-8859; box drawing in KOI8
            bytes[i] = (byte) (i % 2 == 0 ? 0x98 : 0x81);
        }
        assertThat(rejectionOf(Files.write(dir.resolve("garbage.txt"), bytes))).isEqualTo(RejectReason.UNDECODABLE);
    }

    @Test
    void shouldRejectOversizedFileWhenOverTheLimitAndKeepOnlyTheCap() throws Exception {
        Path big = Files.writeString(dir.resolve("big.txt"), "word ".repeat(1000));
        assertThat(rejectionOf(big)).isEqualTo(RejectReason.TOO_LARGE);
        assertThat(sink.rejected.get(0).getOriginalBytes().remaining()).isEqualTo(64);
        assertThat(sink.rejected.get(0).getTruncated()).isTrue();
        assertThat(sink.rejected.get(0).getOriginalSize()).isEqualTo(5000);
    }

    @Test
    void shouldRejectUnreadableFileWhenItCannotBeOpened() {
        assertThat(rejectionOf(dir.resolve("missing.txt"))).isEqualTo(RejectReason.UNREADABLE);
    }

    @Test
    void shouldRejectOnlyTheMalformedLineWhenJsonLinesMixGoodAndBad() throws Exception {
        Path jsonl = Files.writeString(dir.resolve("batch.jsonl"), String.join("\n",
                "{\"url\":\"https://example.org/a\",\"title\":\"A\",\"body\":\"Text of A.\"}",
                "{not json",
                "{\"title\":\"no body\"}",
                "",
                "{\"html\":\"<p>B</p>\",\"published\":\"2024-05-01\"}"));
        files.read(jsonl, "file").forEach(pipeline::accept);
        assertThat(sink.published).hasSize(2);
        assertThat(sink.rejected).extracting(r -> r.getReasonCode())
                .containsExactly("MALFORMED_JSON", "MALFORMED_JSON");
        assertThat(sink.rejected).extracting(r -> r.getSource()).containsExactly(jsonl + ":2", jsonl + ":3");
        assertThat(sink.published.get(0).getContentType()).isEqualTo(ContentTypes.JSON);
        assertThat(sink.published.get(0).getId()).isEqualTo(ArticleIds.fromUrl("https://example.org/a"));
        assertThat(sink.published.get(0).getIngest().getHints()).containsEntry("title", "A");
        assertThat(sink.published.get(1).getIngest().getHints()).containsEntry("published", "2024-05-01");
        assertThat(pipeline.stats().rejectedByReason()).containsEntry(RejectReason.MALFORMED_JSON, 2L);
    }

    @Test
    void shouldKeepOriginalBytesAndDetectCharsetWhenTextIsNotUtf8() throws Exception {
        Charset cp1251 = Charset.forName("windows-1251");
        String text = "Президент заявил, что переговоры о прекращении огня продолжатся на следующей неделе в Стамбуле.";
        byte[] bytes = text.getBytes(cp1251);
        Path file = Files.write(dir.resolve("ru.txt"), bytes);
        files.read(file, "file").forEach(pipeline::accept);
        assertThat(sink.rejected).isEmpty();
        assertThat(sink.published).hasSize(1);
        byte[] stored = new byte[sink.published.get(0).getContent().remaining()];
        sink.published.get(0).getContent().duplicate().get(stored);
        assertThat(stored).isEqualTo(bytes);
        assertThat(sink.published.get(0).getCharset()).isEqualTo("windows-1251");
    }

    @Test
    void shouldGiveSameIdsWhenTheSameFilesAreReadAgainAndFreshOnesAsNew() throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "First article text.");
        Path b = Files.writeString(dir.resolve("b.html"), "<html><body><p>Second</p></body></html>");
        for (int i = 0; i < 2; i++) {
            for (Path p : List.of(a, b)) {
                files.read(p, "file").forEach(pipeline::accept);
            }
        }
        assertThat(sink.published).extracting(r -> r.getId()).hasSize(4).containsSubsequence(
                sink.published.get(0).getId(), sink.published.get(1).getId());
        assertThat(Set.copyOf(sink.published.stream().map(r -> r.getId()).toList())).hasSize(2);
        assertThat(sink.published.get(1).getContentType()).isEqualTo(ContentTypes.HTML);

        RecordingSink other = new RecordingSink();
        IngestPipeline asNew = new IngestPipeline(new ArticlePreparer(LIMIT, "t"), other, 64, true);
        files.read(a, "file").forEach(asNew::accept);
        files.read(a, "file").forEach(asNew::accept);
        assertThat(other.published.get(0).getId()).isNotEqualTo(other.published.get(1).getId())
                .isNotEqualTo(sink.published.get(0).getId());
    }

    @Test
    void shouldCountFailedPublishesWhenTheBrokerRefuses() throws Exception {
        sink.failPublishes = true;
        files.read(Files.writeString(dir.resolve("a.txt"), "Some text."), "file").forEach(pipeline::accept);
        assertThat(pipeline.stats().failed()).isEqualTo(1);
        assertThat(pipeline.stats().published()).isZero();
        assertThat(pipeline.stats().summary()).contains("failed 1");
    }

    @Test
    void shouldDecodeUtf8WithBomWhenPresent() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "Café".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(body, 0, all, 3, body.length);
        files.read(Files.write(dir.resolve("bom.txt"), all), "file").forEach(pipeline::accept);
        assertThat(sink.published.get(0).getCharset()).isEqualTo("UTF-8");
    }
}
