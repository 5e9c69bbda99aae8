package io.newsflow.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.newsflow.enrich.ArticleEnricher;
import io.newsflow.enrich.dedup.ContentHash;
import io.newsflow.enrich.dedup.SimHash;
import io.newsflow.enrich.entities.EntityMention;
import io.newsflow.enrich.extract.Extraction;
import io.newsflow.enrich.extract.ExtractionException;
import io.newsflow.enrich.extract.ExtractionInput;
import io.newsflow.enrich.extract.ExtractionJson;
import io.newsflow.enrich.topics.SubjectTag;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The offline text path (no Kafka): the same extraction, tagging and entity finding as the enrich topology, on
 * files or standard input. {@code --format json} prints one JSON object per input per line: a contract others
 * read, so fields are only ever added.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract article text and metadata from files (or - for stdin), without Kafka.")
final class ExtractCommand implements Callable<Integer> {

    enum As { AUTO, HTML, TEXT }

    enum Format { TEXT, JSON }

    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Input files, or - for standard input.")
    List<String> inputs;

    @Option(names = "--as", defaultValue = "auto", description = "Input kind: auto, html or text (default: auto).")
    As as;

    @Option(names = "--no-strip", description = "Treat the whole input as body (already clean text).")
    boolean noStrip;

    @Option(names = "--explain", description = "Show the decision on every block and the rule that made it.")
    boolean explain;

    @Option(names = "--format", defaultValue = "text", description = "Output: text or json (one object per line).")
    Format format;

    @Override
    public Integer call() throws IOException {
        ArticleEnricher enricher = explain ? ArticleEnricher.withDefaults().explaining() : ArticleEnricher.withDefaults();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int failed = 0;
        for (String source : inputs) {
            ExtractionInput input;
            try {
                byte[] bytes = source.equals("-") ? System.in.readAllBytes() : Files.readAllBytes(Path.of(source));
                input = ExtractionInput.builder().content(bytes).format(ExtractionInput.Format.valueOf(as.name()))
                        .strip(!noStrip).build();
            } catch (IOException e) {
                failed++;
                System.err.println(source + ": cannot read: " + e.getMessage());
                if (format == Format.JSON) {
                    ObjectNode error = JSON.createObjectNode().put("source", source);
                    error.putObject("error").put("code", "unreadable").put("message", e.toString());
                    out.println(JSON.writeValueAsString(error));
                }
                continue;
            }
            try {
                ArticleEnricher.Analysis a = enricher.analyse(input);
                if (format == Format.JSON) {
                    out.println(JSON.writeValueAsString(toJson(source, a)));
                } else {
                    printText(out, source, a);
                }
            } catch (ExtractionException e) {
                failed++;
                System.err.println(source + ": " + e.code() + ": " + e.getMessage());
                if (format == Format.JSON) {
                    out.println(JSON.writeValueAsString(ExtractionJson.errorJson(source, e)));
                }
            }
        }
        return failed == 0 ? 0 : 1;
    }

    ObjectNode toJson(String source, ArticleEnricher.Analysis a) {
        ObjectNode node = ExtractionJson.toJson(source, a.extraction());
        ArrayNode subjects = node.putArray("subjects");
        for (SubjectTag t : a.subjects()) {
            subjects.addObject().put("qcode", t.qcode()).put("name", t.name()).put("confidence", t.confidence());
        }
        entities(node.putArray("people"), a.entities().people());
        entities(node.putArray("places"), a.entities().places());
        entities(node.putArray("organisations"), a.entities().organisations());
        node.put("contentHash", ContentHash.sha256Hex(a.extraction().body()));
        node.put("simhash", Long.toHexString(SimHash.of(a.extraction().body())));
        if (explain) {
            ArrayNode blocks = node.putArray("explain");
            for (Extraction.BlockDecision d : a.extraction().decisions()) {
                blocks.addObject().put("index", d.index()).put("kept", d.kept()).put("rule", d.rule())
                        .put("reason", d.reason()).put("features", d.features()).put("text", d.text());
            }
        }
        return node;
    }

    private static void entities(ArrayNode array, List<EntityMention> mentions) {
        for (EntityMention m : mentions) {
            ObjectNode e = array.addObject().put("name", m.name()).put("count", m.count());
            m.mentions().forEach(e.putArray("mentions")::add);
        }
    }

    private void printText(PrintStream out, String source, ArticleEnricher.Analysis a) {
        Extraction e = a.extraction();
        out.println("== " + source);
        out.println("headline:  " + (e.headline() == null ? "-" : e.headline() + (e.headlineDerived() ? " (derived)" : "")));
        out.println("author:    " + (e.authors().isEmpty() ? "-" : String.join(", ", e.authors())));
        out.println("section:   " + (e.section() == null ? "-" : e.section()));
        out.println("publisher: " + (e.publisher() == null ? "-" : e.publisher()));
        out.printf("language:  %s (%.2f)%n", e.language() == null ? "-" : e.language(), e.languageConfidence());
        out.println("published: " + (e.datePublished() == null ? "-" : e.datePublished() + " (" + e.datePublishedSource() + ")"));
        out.println("subjects:  " + a.subjects().stream().map(t -> t.name() + " " + t.qcode()).toList());
        out.println("people:    " + a.entities().people().stream().map(EntityMention::name).toList());
        out.println("places:    " + a.entities().places().stream().map(EntityMention::name).toList());
        out.println("orgs:      " + a.entities().organisations().stream().map(EntityMention::name).toList());
        out.println("-- body (" + e.wordCount() + " words)");
        e.body().forEach(p -> out.println(p + "\n"));
        out.println("-- removed (" + e.removed().size() + ")");
        e.removed().forEach(r -> out.println("  [" + r.reason() + "] " + r.text()));
        if (explain) {
            out.println("-- decisions");
            for (Extraction.BlockDecision d : e.decisions()) {
                out.printf("  %3d %-4s %-18s %s | %s%n", d.index(), d.kept() ? "keep" : "drop", d.rule(), d.features(),
                        d.text().length() > 80 ? d.text().substring(0, 80) + "…" : d.text());
            }
        }
    }
}
