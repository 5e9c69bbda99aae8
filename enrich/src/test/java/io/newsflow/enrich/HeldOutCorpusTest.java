package io.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.enrich.entities.Entities;
import io.newsflow.enrich.entities.EntityMention;
import io.newsflow.enrich.extract.Extraction;
import io.newsflow.enrich.extract.ExtractionException;
import io.newsflow.enrich.extract.ExtractionInput;
import io.newsflow.enrich.extract.TextMetrics;
import io.newsflow.enrich.topics.SubjectTag;
import io.newsflow.enrich.topics.Taxonomy;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Blind check on the held-out corpus in {@code src/test/resources/heldout/} (original documents written for newsflow,
 * see the README there): the whole text path ({@link ArticleEnricher#analyse}) runs on every document and is scored
 * against its gold file, per language group and overall. Every figure must stay at or above its floor (the boilerplate
 * leak share at or below its ceiling) in {@code heldout-baseline.json}. Nobody tunes rules on this corpus: the floors
 * only stop regressions.
 *
 * <p>Prints one {@code HELDOUT} line per metric and one line per document that is not perfect; set
 * {@code -Dnewsflow.heldout.verbose=true} to also print the missing and extra paragraphs of each document.
 */
class HeldOutCorpusTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Language groups reported and gated separately: the tagger and the gazetteers are English. */
    static final Map<String, String> GROUPS = groups();
    private static final List<String> COLUMNS = List.of("all", "en", "latin", "nonlatin", "html", "text");
    /** The corpus is meant to be ~30 documents; fewer means files went missing. */
    private static final int MIN_DOCUMENTS = 30;
    /** A boilerplate line this short (without spaces) only matches as a whole word, never inside a longer word. */
    private static final int SHORT_LINE = 4;
    /**
     * An extra output paragraph this long (without spaces), and at least half of a boilerplate line it sits in, is a
     * piece of that line leaking.
     */
    private static final int FRAGMENT = 8;
    private static final Pattern YMD = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern QCODE = Pattern.compile("medtop:\\d{8}");
    private static final Pattern UNSPACED_SCRIPT = Pattern.compile("([\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}])");
    private static final List<String> ENTITY_TYPES = List.of("people", "places", "organisations");

    private static List<Doc> corpus;
    private static Path folder;

    private record Doc(String id, Path file, JsonNode gold) {
        String language() {
            return gold.path("language").asText();
        }

        boolean html() {
            return file.getFileName().toString().endsWith(".html");
        }
    }

    @BeforeAll
    static void loadCorpus() throws IOException, URISyntaxException {
        URL url = HeldOutCorpusTest.class.getResource("/heldout");
        assertThat(url).as("heldout corpus on the test classpath").isNotNull();
        folder = Path.of(url.toURI());
        List<Doc> docs = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path g : files.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList()) {
                JsonNode gold = JSON.readTree(g.toFile());
                String id = g.getFileName().toString().replace(".gold.json", "");
                docs.add(new Doc(id, folder.resolve(gold.path("source").asText()), gold));
            }
        }
        corpus = List.copyOf(docs);
    }

    @Test
    void shouldHaveAWellFormedGoldFileForEveryDocumentWhenCorpusIsLoaded() throws IOException {
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(MIN_DOCUMENTS);
        Taxonomy taxonomy = Taxonomy.defaults();
        SoftAssertions soft = new SoftAssertions();
        for (Doc d : corpus) {
            JsonNode g = d.gold();
            soft.assertThat(d.file()).as(d.id() + " source").exists();
            soft.assertThat(d.file().getFileName().toString()).as(d.id() + " source name")
                    .isIn(d.id() + ".html", d.id() + ".txt");
            soft.assertThat(GROUPS).as(d.id() + " language").containsKey(d.language());
            soft.assertThat(g.path("body").isArray() && !g.path("body").isEmpty()).as(d.id() + " body").isTrue();
            for (String field : List.of("headline", "author", "section", "publisher", "datePublished", "topTopic")) {
                soft.assertThat(g.has(field)).as(d.id() + " has " + field).isTrue();
            }
            String date = text(g.get("datePublished"));
            soft.assertThat(date == null || YMD.matcher(date).matches()).as(d.id() + " date " + date).isTrue();
            String top = text(g.get("topTopic"));
            if (top != null) {
                soft.assertThat(QCODE.matcher(top).matches() && taxonomy.topic(top) != null
                        && taxonomy.topic(top).broader() == null).as(d.id() + " top-level topic " + top).isTrue();
            }
            for (String type : ENTITY_TYPES) {
                soft.assertThat(g.path("entities").path(type).isArray()).as(d.id() + " entities." + type).isTrue();
            }
            for (JsonNode b : g.path("boilerplate")) {
                soft.assertThat(b.path("text").asText("").isBlank() || b.path("reason").asText("").isBlank())
                        .as(d.id() + " boilerplate entry " + b).isFalse();
            }
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".html") || name.endsWith(".txt")) {
                    String id = name.substring(0, name.lastIndexOf('.'));
                    soft.assertThat(folder.resolve(id + ".gold.json")).as("gold for " + name).exists();
                }
            }
        }
        soft.assertAll();
    }

    @Test
    void shouldStayWithinThePinnedFloorsWhenRunningThePipelineOnTheHeldOutCorpus() throws IOException {
        ArticleEnricher enricher = ArticleEnricher.withDefaults();
        Taxonomy taxonomy = Taxonomy.defaults();
        boolean verbose = Boolean.getBoolean("newsflow.heldout.verbose");
        Tally tally = new Tally();
        for (Doc d : corpus) {
            score(d, enricher, taxonomy, tally, verbose);
        }
        Map<String, Map<String, Double>> measured = tally.report();
        JsonNode baseline = baseline();
        assertThat(baseline.path("floors").size()).as("floors pinned in heldout-baseline.json").isPositive();
        SoftAssertions soft = new SoftAssertions();
        check(soft, baseline.path("floors"), measured, true);
        check(soft, baseline.path("ceilings"), measured, false);
        soft.assertAll();
    }

    private static void check(SoftAssertions soft, JsonNode limits, Map<String, Map<String, Double>> measured,
                              boolean floor) {
        limits.fields().forEachRemaining(metric -> metric.getValue().fields().forEachRemaining(group -> {
            Double value = measured.getOrDefault(metric.getKey(), Map.of()).get(group.getKey());
            String what = metric.getKey() + "[" + group.getKey() + "]";
            soft.assertThat(value).as(what + " is measured").isNotNull();
            if (value != null) {
                double limit = group.getValue().asDouble();
                if (floor) {
                    soft.assertThat(value).as(what + " >= floor").isGreaterThanOrEqualTo(limit - 1e-9);
                } else {
                    soft.assertThat(value).as(what + " <= ceiling").isLessThanOrEqualTo(limit + 1e-9);
                }
            }
        }));
    }

    private static void score(Doc d, ArticleEnricher enricher, Taxonomy taxonomy, Tally tally, boolean verbose)
            throws IOException {
        JsonNode g = d.gold();
        String lang = d.language();
        List<String> groups = List.of("all", GROUPS.getOrDefault(lang, "nonlatin"), d.html() ? "html" : "text");
        List<String> problems = new ArrayList<>();

        ArticleEnricher.Analysis a = null;
        try {
            a = enricher.analyse(ExtractionInput.builder().content(Files.readAllBytes(d.file()))
                    .format(d.html() ? ExtractionInput.Format.HTML : ExtractionInput.Format.TEXT).build());
        } catch (ExtractionException ex) {
            problems.add("rejected: " + ex.getMessage());
        }
        Extraction e = a == null ? null : a.extraction();

        List<String> gold = new ArrayList<>();
        g.path("body").forEach(p -> gold.add(normalise(p.asText())));
        List<String> out = e == null ? List.of() : e.body().stream().map(HeldOutCorpusTest::normalise).toList();
        boolean[] matched = new boolean[out.size()];
        int common = lcs(out, gold, matched);
        List<String> extra = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            if (!matched[i]) {
                extra.add(out.get(i));
            }
        }
        tally.add(groups, "paragraph.precision", common, out.size());
        tally.add(groups, "paragraph.recall", common, gold.size());
        tally.add(groups, "body.exact", out.equals(gold) ? 1 : 0, 1);
        double f1 = TextMetrics.shingleScore(spaced(String.join("\n\n", out), lang),
                spaced(String.join("\n\n", gold), lang)).f1();
        tally.add(groups, "shingle.f1", f1, 1);
        if (!out.equals(gold)) {
            problems.add(String.format(Locale.ROOT, "body P=%d/%d R=%d/%d shingleF1=%.3f", common, out.size(),
                    common, gold.size(), f1));
        }

        List<String> lines = new ArrayList<>();
        g.path("boilerplate").forEach(b -> lines.add(normalise(b.path("text").asText())));
        List<String> leaked = leaked(lines, extra);
        tally.add(groups, "boilerplate.leak", leaked.size(), lines.size());
        if (!leaked.isEmpty()) {
            problems.add("leaked " + leaked.size() + "/" + lines.size() + ": " + quoted(leaked));
        }

        field(tally, groups, problems, "headline", text(g.get("headline")), e == null ? null : e.headline());
        field(tally, groups, problems, "author", text(g.get("author")), e == null ? null : e.author());
        field(tally, groups, problems, "language", lang, e == null ? null : e.language());
        field(tally, groups, problems, "date", text(g.get("datePublished")), e == null || e.datePublished() == null
                ? null : LocalDate.ofInstant(e.datePublished(), ZoneOffset.UTC).toString());
        label(tally, groups, problems, "section", g.get("section"), e == null ? null : e.section());
        label(tally, groups, problems, "publisher", g.get("publisher"), e == null ? null : e.publisher());

        String wantTopic = text(g.get("topTopic"));
        if (wantTopic != null) {
            String got = a == null ? null : topLevel(taxonomy, a.subjects());
            tally.add(groups, "topic.accuracy", wantTopic.equals(got) ? 1 : 0, 1);
            if (!wantTopic.equals(got)) {
                problems.add("topic got " + got + " want " + wantTopic);
            }
        }

        Entities found = a == null ? Entities.empty() : a.entities();
        scoreEntities(g.path("entities"), found, tally, groups, problems);

        if (!problems.isEmpty()) {
            System.out.println("HELDOUT doc " + d.id() + ": " + String.join(" | ", problems));
        }
        if (verbose) {
            printDetails(gold, out, extra, a);
        }
    }

    /** Gold entities found under their canonical name: under the same type, and under any type. */
    private static void scoreEntities(JsonNode gold, Entities found, Tally tally, List<String> groups,
                                      List<String> problems) {
        List<String> missing = new ArrayList<>();
        int typedHits = 0;
        int anyHits = 0;
        int total = 0;
        for (String type : ENTITY_TYPES) {
            Set<String> sameType = names(found, type);
            for (JsonNode n : gold.path(type)) {
                String name = n.asText();
                total++;
                if (sameType.contains(name)) {
                    typedHits++;
                    anyHits++;
                } else if (ENTITY_TYPES.stream().anyMatch(t -> names(found, t).contains(name))) {
                    anyHits++;
                    missing.add(name + " (as another type)");
                } else {
                    missing.add(name);
                }
            }
        }
        if (total > 0) {
            tally.add(groups, "entity.recall", typedHits, total);
            tally.add(groups, "entity.recall.anytype", anyHits, total);
        }
        // Precision: of the entities reported, those the gold lists under the same type (the gold names every
        // person, place and organisation a reader would index).
        List<String> invented = new ArrayList<>();
        int reported = 0;
        int right = 0;
        for (String type : ENTITY_TYPES) {
            Set<String> want = new HashSet<>();
            gold.path(type).forEach(n -> want.add(n.asText()));
            int typeRight = 0;
            List<EntityMention> got = mentions(found, type);
            for (EntityMention m : got) {
                if (want.contains(m.name())) {
                    typeRight++;
                } else {
                    invented.add(type + ":" + m.name());
                }
            }
            tally.add(groups, type + ".precision", typeRight, got.size());
            reported += got.size();
            right += typeRight;
        }
        tally.add(groups, "entity.precision", right, reported);
        if (!invented.isEmpty()) {
            problems.add("entities not in gold " + invented.size() + "/" + reported + ": " + invented);
        }
        if (!missing.isEmpty()) {
            problems.add("entities missed " + missing.size() + "/" + total + ": " + missing);
        }
    }

    private static void printDetails(List<String> gold, List<String> out, List<String> extra,
                                     ArticleEnricher.Analysis a) {
        List<String> lost = new ArrayList<>(gold);
        out.forEach(lost::remove);
        lost.forEach(p -> System.out.println("HELDOUT   - missing: " + clip(p)));
        extra.forEach(p -> System.out.println("HELDOUT   + extra:   " + clip(p)));
        if (a != null) {
            System.out.println("HELDOUT   subjects: " + a.subjects().stream()
                    .map(t -> t.qcode() + " " + t.name() + String.format(Locale.ROOT, " %.2f", t.confidence()))
                    .toList());
            for (String type : ENTITY_TYPES) {
                System.out.println("HELDOUT   " + type + ": " + mentions(a.entities(), type).stream()
                        .map(m -> m.mentions().equals(List.of(m.name())) ? m.name() : m.name() + " <- " + m.mentions())
                        .toList());
            }
        }
    }

    private static void field(Tally tally, List<String> groups, List<String> problems, String name, String want,
                              String got) {
        boolean ok = Objects.equals(want == null ? null : normalise(want), got == null ? null : normalise(got));
        tally.add(groups, name + ".accuracy", ok ? 1 : 0, 1);
        if (!ok) {
            problems.add(name + " got " + (got == null ? "null" : "\"" + clip(got) + "\"") + " want "
                    + (want == null ? "null" : "\"" + want + "\""));
        }
    }

    /**
     * Section and publisher are labels, not text: case does not matter, and the gold may list every label the page
     * itself gives the story (an array), since a page often states two sections.
     */
    private static void label(Tally tally, List<String> groups, List<String> problems, String name, JsonNode want,
                              String got) {
        List<String> accepted = new ArrayList<>();
        if (want != null && want.isArray()) {
            want.forEach(w -> accepted.add(normalise(w.asText()).toLowerCase(Locale.ROOT)));
        } else if (want != null && !want.isNull()) {
            accepted.add(normalise(want.asText()).toLowerCase(Locale.ROOT));
        }
        boolean ok = got == null ? accepted.isEmpty() : accepted.contains(normalise(got).toLowerCase(Locale.ROOT));
        tally.add(groups, name + ".accuracy", ok ? 1 : 0, 1);
        if (!ok) {
            problems.add(name + " got " + (got == null ? "null" : "\"" + clip(got) + "\"") + " want "
                    + (accepted.isEmpty() ? "null" : accepted));
        }
    }

    /** The top-level topic of the subject with the highest confidence, or null when nothing is tagged. */
    static String topLevel(Taxonomy taxonomy, List<SubjectTag> subjects) {
        return subjects.stream().max(Comparator.comparingDouble(SubjectTag::confidence)).map(t -> {
            List<Taxonomy.Topic> up = taxonomy.ancestors(t.qcode());
            return up.isEmpty() ? t.qcode() : up.get(up.size() - 1).qcode();
        }).orElse(null);
    }

    private static Set<String> names(Entities found, String type) {
        return mentions(found, type).stream().map(EntityMention::name).collect(Collectors.toSet());
    }

    private static List<EntityMention> mentions(Entities found, String type) {
        return switch (type) {
            case "people" -> found.people();
            case "places" -> found.places();
            default -> found.organisations();
        };
    }

    /**
     * The boilerplate lines that show up in the body. Only output paragraphs that are not gold body can leak. A line
     * leaks when such a paragraph contains it (compared without spaces, as markup may glue or split inline elements;
     * a short line only as a whole word), counting only the longest lines found in one paragraph (a caption that
     * leaks is one leak, not also the credit inside it); or, when no line is inside the paragraph, when the paragraph
     * is a large enough piece of one line (the line was split and a piece leaked).
     */
    static List<String> leaked(List<String> lines, List<String> extra) {
        boolean[] leak = new boolean[lines.size()];
        for (String p : extra) {
            String q = despace(p);
            List<Integer> inside = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (contains(p, q, lines.get(i))) {
                    inside.add(i);
                }
            }
            if (!inside.isEmpty()) {
                Set<String> marked = new HashSet<>();
                for (int i : inside) {
                    String l = despace(lines.get(i));
                    boolean longest = inside.stream().map(j -> despace(lines.get(j)))
                            .noneMatch(o -> o.length() > l.length() && o.contains(l));
                    // one paragraph is one leak of a repeated line ("Advertisement" twice on the page, once here)
                    if (longest && !leak[i] && marked.add(l)) {
                        leak[i] = true;
                    }
                }
            } else if (q.length() >= FRAGMENT) {
                for (int i = 0; i < lines.size(); i++) {
                    String l = despace(lines.get(i));
                    if (l.contains(q) && q.length() * 2 >= l.length()) {
                        leak[i] = true;
                        break;
                    }
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (leak[i]) {
                out.add(lines.get(i));
            }
        }
        return out;
    }

    private static boolean contains(String paragraph, String despaced, String line) {
        String l = despace(line);
        if (l.isEmpty()) {
            return false;
        }
        if (l.length() < SHORT_LINE) {
            return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(line.toLowerCase(Locale.ROOT))
                    + "(?![\\p{L}\\p{N}])").matcher(paragraph.toLowerCase(Locale.ROOT)).find();
        }
        return despaced.contains(l);
    }

    /** Length of the longest common subsequence of whole paragraphs; marks the output paragraphs it uses. */
    static int lcs(List<String> out, List<String> gold, boolean[] matched) {
        int n = out.size();
        int m = gold.size();
        int[][] t = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                t[i][j] = out.get(i).equals(gold.get(j)) ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1]);
            }
        }
        for (int i = 0, j = 0; i < n && j < m; ) {
            if (out.get(i).equals(gold.get(j))) {
                matched[i++] = true;
                j++;
            } else if (t[i + 1][j] >= t[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return t[0][0];
    }

    /** Whitespace of any kind (no-break, ideographic, thin) to one space, trimmed. */
    static String normalise(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b') {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String despace(String s) {
        return normalise(s).replace(" ", "").toLowerCase(Locale.ROOT);
    }

    /** Chinese and Japanese have no spaces: each character is a token for the shingle metric. */
    private static String spaced(String s, String language) {
        return "zh".equals(language) || "ja".equals(language) ? UNSPACED_SCRIPT.matcher(s).replaceAll(" $1 ") : s;
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    private static String clip(String s) {
        return s.length() <= 110 ? s : s.substring(0, 107) + "...";
    }

    private static String quoted(List<String> lines) {
        List<String> q = lines.stream().limit(6).map(s -> "\"" + clip(s) + "\"").toList();
        return String.join(", ", q) + (lines.size() > 6 ? ", ..." : "");
    }

    private static JsonNode baseline() throws IOException {
        try (InputStream in = HeldOutCorpusTest.class.getResourceAsStream("/heldout-baseline.json")) {
            assertThat(in).as("heldout-baseline.json on the test classpath").isNotNull();
            return JSON.readTree(in);
        }
    }

    private static Map<String, String> groups() {
        Map<String, String> m = new TreeMap<>();
        m.put("en", "en");
        for (String l : List.of("de", "es", "fr", "it", "nl", "pl", "pt", "tr")) {
            m.put(l, "latin");
        }
        for (String l : List.of("ar", "el", "ja", "ru", "uk", "zh")) {
            m.put(l, "nonlatin");
        }
        return Map.copyOf(m);
    }

    /** Numerator and denominator per metric and column; ratios of pooled counts (macro for per-document scores). */
    private static final class Tally {
        private final Map<String, Map<String, double[]>> sums = new LinkedHashMap<>();

        void add(List<String> columns, String metric, double numerator, double denominator) {
            for (String c : columns) {
                double[] s = sums.computeIfAbsent(metric, k -> new TreeMap<>()).computeIfAbsent(c, k -> new double[2]);
                s[0] += numerator;
                s[1] += denominator;
            }
        }

        Map<String, Map<String, Double>> report() {
            Map<String, Map<String, Double>> out = new LinkedHashMap<>();
            sums.forEach((metric, byColumn) -> {
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "HELDOUT %-24s", metric));
                Map<String, Double> values = new LinkedHashMap<>();
                for (String c : COLUMNS) {
                    double[] s = byColumn.get(c);
                    if (s != null && s[1] > 0) {
                        values.put(c, s[0] / s[1]);
                        line.append(String.format(Locale.ROOT, " %s=%.3f (%s/%s)", c, s[0] / s[1], count(s[0]),
                                count(s[1])));
                    }
                }
                out.put(metric, values);
                System.out.println(line);
            });
            return out;
        }

        private static String count(double v) {
            return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v);
        }
    }
}
