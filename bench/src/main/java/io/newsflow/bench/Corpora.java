package io.newsflow.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Inputs for the benchmarks: the seeds, and the Zyte benchmark pages read from the datasets folder. */
final class Corpora {

    private Corpora() {
    }

    static List<String> seeds() {
        Path dir = Path.of(System.getProperty("newsflow.seeds", "seeds"));
        try (Stream<Path> files = Files.list(dir)) {
            List<String> out = new ArrayList<>();
            for (Path f : files.sorted().toList()) {
                out.add(Files.readString(f, StandardCharsets.UTF_8));
            }
            if (out.isEmpty()) {
                throw new IllegalStateException("no seeds in " + dir);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read seeds from " + dir + " (set -Dnewsflow.seeds)", e);
        }
    }

    /** BBC News dev articles as plain text: the title, a blank line, the body (evaluation data, read in place). */
    static List<String> bbcDev() {
        Path file = Path.of(System.getProperty("newsflow.datasets", "../shared/datasets"), "bbc-news-dev",
                "bbc-dev.jsonl");
        ObjectMapper json = new ObjectMapper();
        try {
            List<String> out = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    JsonNode a = json.readTree(line);
                    out.add(a.path("title").asText("") + "\n\n" + a.path("body").asText(""));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read BBC dev from " + file + " (set -Dnewsflow.datasets)", e);
        }
    }

    static List<String> zyteHtml() {
        Path dir = Path.of(System.getProperty("newsflow.datasets", "../shared/datasets"), "zyte-article-benchmark",
                "html");
        try (Stream<Path> files = Files.list(dir)) {
            List<String> out = new ArrayList<>();
            for (Path f : files.sorted().toList()) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
                    out.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Zyte pages from " + dir + " (set -Dnewsflow.datasets)", e);
        }
    }
}
