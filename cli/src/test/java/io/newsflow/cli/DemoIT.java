package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.newsflow.ingest.ArticleIds;
import io.newsflow.testkit.Infrastructure;
import io.newsflow.testkit.NewsflowInfrastructure;

/** The demo's code path end to end, checked against the seeds' gold reading; and the real command, as a process. */
@ExtendWith(NewsflowInfrastructure.class)
class DemoIT {

    static final Path SEEDS = Path.of(System.getProperty("newsflow.seeds", "../seeds"));
    static final Path GOLD = Path.of(System.getProperty("newsflow.gold", "../../shared/seeds-gold.json"));

    @TempDir
    Path dir;

    @Test
    void shouldStoreTheSeedsAsTheGoldReadsThemWhenTheDemoRunsOnSqlite() throws Exception {
        DemoRun.Result result = run(dir.resolve("data"), null);
        assertGold("jdbc:sqlite:" + dir.resolve("data").resolve("newsflow.db").toAbsolutePath());
        assertThat(result.stored()).isEqualTo(5);
        assertThat(ProcessHandle.of(result.brokerPid()).map(ProcessHandle::isAlive).orElse(false))
                .as("broker JVM gone after the demo").isFalse();

        // a second run is idempotent: still five articles, each a duplicate of itself
        DemoRun.Result again = run(dir.resolve("data"), null);
        assertThat(again.stored()).isEqualTo(5);
        assertThat(again.articles()).allSatisfy(a -> assertThat(a.duplicateOf()).isEqualTo(a.articleId()));
        assertThat(count("jdbc:sqlite:" + dir.resolve("data").resolve("newsflow.db").toAbsolutePath(),
                "SELECT count(*) FROM articles")).isEqualTo(5);
    }

    @Test
    void shouldStoreTheSeedsAsTheGoldReadsThemWhenTheDemoRunsOnPostgres(Infrastructure infra) throws Exception {
        DemoRun.Result result = run(dir.resolve("pg-data"), infra.postgresJdbcUrl());
        assertThat(result.stored()).isEqualTo(5);
        assertGold(infra.postgresJdbcUrl());
    }

    @Test
    void shouldExitZeroAndLeaveNoProcessWhenTheCommandRuns() throws Exception {
        Path data = dir.resolve("cmd-data");
        Process demo = new ProcessBuilder(javaCommand("demo", "--data-dir", data.toString(),
                SEEDS.toAbsolutePath().toString())).redirectErrorStream(true).start();
        String output = new String(demo.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(demo.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(demo.exitValue()).as(output).isZero();
        assertThat(output).contains("5 article(s) stored").contains("ID").contains("DUPLICATE OF");
        assertThat(processesMentioning(data)).as("processes left behind").isEmpty();
    }

    @Test
    void shouldStopTheBrokerWhenTheDemoIsKilled() throws Exception {
        Path data = dir.resolve("kill-data");
        Process demo = new ProcessBuilder(javaCommand("demo", "--keep-running", "--data-dir", data.toString(),
                SEEDS.toAbsolutePath().toString())).redirectErrorStream(true)
                .redirectOutput(dir.resolve("kill.log").toFile()).start();
        await().atMost(Duration.ofSeconds(180)).until(() -> Files.exists(dir.resolve("kill.log"))
                && Files.readString(dir.resolve("kill.log")).contains("Still running"));
        assertThat(processesMentioning(data)).isNotEmpty();
        demo.destroyForcibly(); // SIGKILL: no shutdown hook runs in the demo JVM
        demo.waitFor(30, TimeUnit.SECONDS);
        await().atMost(Duration.ofSeconds(30)).until(() -> processesMentioning(data).isEmpty());
    }

    private DemoRun.Result run(Path data, String jdbcUrl) throws Exception {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        DemoRun.Options options = new DemoRun.Options(data, SEEDS, "mock://demo-it", jdbcUrl, "max", false, false,
                Duration.ofSeconds(120));
        DemoRun.Result result = new DemoRun(options, new PrintStream(buffer, true, StandardCharsets.UTF_8))
                .run(new CountDownLatch(0));
        assertThat(buffer.toString(StandardCharsets.UTF_8)).contains("5 article(s) stored");
        return result;
    }

    /** Body, headline, author, subjects and entities of every stored seed, as the gold has them. */
    private void assertGold(String jdbcUrl) throws Exception {
        JsonNode gold = new ObjectMapper().readTree(GOLD.toFile()).get("articles");
        try (Connection c = DriverManager.getConnection(jdbcUrl)) {
            for (Map.Entry<String, JsonNode> e : iterable(gold)) {
                String id = ArticleIds.fromText(Files.readString(SEEDS.resolve(e.getKey())));
                JsonNode g = e.getValue();
                Map<String, String> row = row(c, "SELECT headline, body, authors FROM articles WHERE article_id = ?", id);
                assertThat(row).as("row of %s", e.getKey()).isNotEmpty();
                List<String> body = new ArrayList<>();
                g.get("body").forEach(p -> body.add(p.asText()));
                assertThat(row.get("body")).as("body of %s", e.getKey()).isEqualTo(String.join("\n\n", body));
                if (!g.get("title").isNull()) {
                    assertThat(row.get("headline")).isEqualTo(g.get("title").asText());
                }
                if (!g.get("author").isNull()) {
                    assertThat(row.get("authors")).isEqualTo(g.get("author").asText());
                }
                List<String> qcodes = column(c, "SELECT qcode FROM article_subjects WHERE article_id = ?", id);
                g.get("topics").get("required").forEach(q -> assertThat(qcodes).contains(q.asText()));
                List<String> names = column(c, "SELECT name FROM article_entities WHERE article_id = ?", id);
                g.get("entities").forEach(type -> type.forEach(n -> assertThat(names).contains(n.asText())));
            }
        }
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
        return node::fields;
    }

    private static Map<String, String> row(Connection c, String sql, String id) throws Exception {
        Map<String, String> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        out.put(rs.getMetaData().getColumnLabel(i).toLowerCase(), rs.getString(i));
                    }
                }
            }
        }
        return out;
    }

    private static List<String> column(Connection c, String sql, String id) throws Exception {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    private static long count(String jdbcUrl, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The real CLI: the shaded jar built by this module's package phase. */
    private static List<String> javaCommand(String... args) {
        Path jar = Path.of("target", "newsflow-all.jar").toAbsolutePath();
        assertThat(jar).exists();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        return command;
    }

    /** Live processes whose command line mentions {@code path} (our demo and its broker, by their data dir). */
    private static List<ProcessHandle> processesMentioning(Path path) {
        String needle = path.toAbsolutePath().toString();
        return ProcessHandle.allProcesses()
                .filter(p -> p.pid() != ProcessHandle.current().pid())
                .filter(p -> p.info().commandLine().map(cl -> cl.contains(needle)).orElse(false)
                        || p.info().arguments().map(a -> String.join(File.pathSeparator, a).contains(needle))
                        .orElse(false))
                .toList();
    }
}
