package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.Entity;
import io.newsflow.schemas.avro.RecordRef;
import io.newsflow.schemas.avro.Subject;
import io.newsflow.sink.ArticleEnvelope;
import io.newsflow.sink.ArticleWriter;
import io.newsflow.sink.RetryPolicy;
import io.newsflow.sink.SinkConfig;
import io.newsflow.sink.SinkDatabase;
import io.newsflow.sink.SinkMetrics;
import picocli.CommandLine;

/** {@code newsflow query} against an SQLite store written by the sink. */
class QueryCommandIT {

    @TempDir
    Path dir;

    private static EnrichedArticle article(String id, String day, String headline, String body, String qcode,
                                           String label, String person) {
        Instant published = Instant.parse(day + "T09:00:00Z");
        return EnrichedArticle.newBuilder().setId(id).setHeadline(headline).setBody(List.of(body))
                .setWordCount(body.split(" ").length).setDatePublished(published)
                .setSubjects(List.of(new Subject(qcode, label, 0.9)))
                .setPeople(List.of(new Entity(person, List.of(person), 1)))
                // every array set explicitly: Avro 1.12 refuses to copy Entity defaults unless the package is trusted
                .setPlaces(List.of()).setOrganisations(List.of()).setAuthors(List.of())
                .setContentHash(id).setSimhash(1L).setExtractionVersion("t").setEnrichedAt(published.plusSeconds(60))
                .setRaw(new RecordRef("raw", 0, 0L)).build();
    }

    private String url() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("newsflow.db");
        try (SinkDatabase db = SinkDatabase.open(SinkConfig.forJdbcUrl(url))) {
            new ArticleWriter(db.dataSource(), db.dialect(), new RetryPolicy(1, java.time.Duration.ZERO,
                    java.time.Duration.ZERO), new SinkMetrics(), Clock.systemUTC(), d -> { })
                    .write(List.of(
                            new ArticleEnvelope(article("a", "2025-05-18", "Ceasefire talks stall in Istanbul",
                                    "Negotiators left without agreement.", "medtop:20000076", "peace talks",
                                    "Vladimir Putin"), null),
                            new ArticleEnvelope(article("b", "2025-05-20", "Markets rally on rate cut",
                                    "Stocks climbed after the central bank moved.", "medtop:04000000",
                                    "economy, business and finance", "Christine Lagarde"), null)));
        }
        return url;
    }

    private static String[] run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream old = System.out;
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            code = new CommandLine(new QueryCommand()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
        } finally {
            System.setOut(old);
        }
        return new String[] {Integer.toString(code), out.toString(StandardCharsets.UTF_8)};
    }

    @Test
    void shouldListNewestFirstWhenNoFilterIsGiven() throws Exception {
        String[] r = run("--jdbc-url", url());

        assertThat(r[0]).isEqualTo("0");
        assertThat(r[1].indexOf("Markets rally")).isLessThan(r[1].indexOf("Ceasefire talks"));
        assertThat(r[1]).contains("2 articles");
    }

    @Test
    void shouldPrintMatchingArticlesAsJsonWhenFilteredByTextSubjectEntityAndDate() throws Exception {
        String url = url();
        ObjectMapper json = new ObjectMapper();

        JsonNode byText = json.readTree(run("--jdbc-url", url, "--text", "negotiators", "--format", "json")[1]);
        JsonNode bySubject = json.readTree(run("--jdbc-url", url, "--subject", "04000000", "-f", "json")[1]);
        JsonNode byEntity = json.readTree(run("--jdbc-url", url, "--entity", "putin", "-f", "json")[1]);
        JsonNode byDate = json.readTree(run("--jdbc-url", url, "--since", "2025-05-19", "--until", "2025-05-20",
                "-f", "json")[1]);

        assertThat(byText).hasSize(1);
        assertThat(byText.get(0).get("articleId").asText()).isEqualTo("a");
        assertThat(bySubject.get(0).get("articleId").asText()).isEqualTo("b");
        assertThat(bySubject).hasSize(1);
        assertThat(byEntity).hasSize(1);
        assertThat(byEntity.get(0).get("entities").get(0).asText()).isEqualTo("Vladimir Putin");
        assertThat(byDate).hasSize(1);
        assertThat(byDate.get(0).get("datePublished").asText()).isEqualTo("2025-05-20T09:00:00Z");
    }

    @Test
    void shouldFailWithoutCreatingStoreWhenSqliteFileIsMissing() {
        Path missing = dir.resolve("none.db");

        String[] r = run("--jdbc-url", "jdbc:sqlite:" + missing);

        assertThat(r[0]).isEqualTo("1");
        assertThat(missing).doesNotExist();
    }

    @Test
    void shouldRejectOptionsWhenDateIsMalformed() {
        assertThat(run("--since", "yesterday")[0]).isEqualTo("2");
    }
}
