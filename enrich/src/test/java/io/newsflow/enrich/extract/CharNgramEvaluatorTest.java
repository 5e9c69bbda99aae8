package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The fast evaluator must give exactly what OpenNLP's own detector gives on the same text. */
class CharNgramEvaluatorTest {
    private static LanguageDetectorModel model;
    private static LanguageDetectorME reference;
    private static CharNgramEvaluator fast;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = CharNgramEvaluatorTest.class.getResourceAsStream("/langdetect-183.bin")) {
            model = new LanguageDetectorModel(in);
        }
        reference = new LanguageDetectorME(model);
        fast = new CharNgramEvaluator(model);
    }

    @Test
    void shouldAgreeWithLanguageDetectorMeWhenTextIsOrdinaryProseInManyScripts() {
        assertAgrees(List.of(
                "The Kremlin said on Tuesday that talks would continue next week in Istanbul.",
                "Die Bundesregierung will die Schuldenbremse im kommenden Jahr wieder einhalten.",
                "Le gouvernement a présenté mardi un projet de loi sur l'immigration.",
                "El Gobierno aprobó este martes la reforma de las pensiones en el Congreso.",
                "Президент України заявив, що переговори тривають уже третій тиждень.",
                "Министр обороны сообщил о завершении учений на севере страны.",
                "東京都は火曜日、新しい防災計画を発表した。",
                "北京市政府周二宣布了新的交通管理措施。",
                "وقالت الوزارة إن المحادثات ستستأنف الأسبوع المقبل في القاهرة.",
                "Rząd przyjął we wtorek projekt ustawy o obronie ojczyzny.",
                "Hükümet salı günü yeni ekonomi paketini açıkladı.",
                "A short one.",
                "x"));
    }

    @Test
    void shouldAgreeWithLanguageDetectorMeWhenTextHasWhatTheNormalisersRewrite() {
        assertAgrees(List.of(
                "Experts expect exports to expand; see https://example.org/a?b=1 or mail press@example.org now",
                "RT @user: hahaha this is #breaking news :) ;-p xD 2024 and 3,5 %",
                "Emoji 😀😀 and text\t\twith   many    spaces\n\n\nand lines",
                "Sooooo goooood!!! Aaaargh... rt: rt rt: part short court report",
                "Mixed 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 and İstanbul ΣΟΦΙΑ ǅemal",
                "jijiji jajaja hehehe — johoho",
                "   leading and trailing   ",
                "12345 67890",
                "re-entering the well-known x-d court-rt-ruling and art-rt report",
                "Ｆｕｌｌｗｉｄｔｈ ﻻ presentation forms and private use \uE000 and the end \uFFFD done"));
    }

    @Test
    void shouldAgreeWithLanguageDetectorMeWhenTextIsASeedPrefix() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(TestFiles.seeds())) {
            for (Path f : files.sorted().toList()) {
                String s = Files.readString(f, StandardCharsets.UTF_8);
                for (int n : new int[] {50, 150, 300, 1000, s.length()}) {
                    texts.add(s.substring(0, Math.min(n, s.length())));
                }
            }
        }
        assertThat(texts).hasSizeGreaterThanOrEqualTo(25);
        assertAgrees(texts);
    }

    @Test
    void shouldAgreeWithLanguageDetectorMeWhenTextIsFlattenedBenchmarkPages() throws IOException {
        Path flat = TestFiles.datasets().resolve("zyte-article-benchmark/flattened/html-text.json");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(flat) || "true".equalsIgnoreCase(System.getenv("CI")),
                "dataset not found, agreement on benchmark pages skipped: " + flat);
        JsonNode pages = new ObjectMapper().readTree(flat.toFile());
        List<String> texts = new ArrayList<>();
        pages.fields().forEachRemaining(e -> {
            String s = e.getValue().path("articleBody").asText("");
            int mid = s.length() / 2;
            texts.add(s.substring(mid, Math.min(s.length(), mid + 400)));
        });
        assertThat(texts).hasSizeGreaterThan(100);
        assertAgrees(texts);
    }

    private static void assertAgrees(List<String> texts) {
        for (String t : texts) {
            Language[] expected = reference.predictLanguages(t);
            double[] actual = fast.probabilities(t);
            if (actual == null) { // no model feature in the text: OpenNLP answers with the uniform distribution
                assertThat(expected[0].getConfidence()).as("uniform for %s", t)
                        .isCloseTo(expected[expected.length - 1].getConfidence(), org.assertj.core.data.Offset.offset(1e-12));
                continue;
            }
            for (Language l : expected) {
                int i = index(l.getLang());
                assertThat(actual[i]).as("%s on %s", l.getLang(), t).isCloseTo(l.getConfidence(),
                        org.assertj.core.data.Offset.offset(1e-9));
            }
            assertThat(fast.best(t).outcome()).as("best for %s", t).isEqualTo(expected[0].getLang());
        }
    }

    private static int index(String outcome) {
        return model.getMaxentModel().getIndex(outcome);
    }
}
