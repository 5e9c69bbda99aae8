package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The five seed articles against their gold reading: body exact and in order, no boilerplate, metadata. */
class SeedsGoldTest {

    static Stream<Arguments> seeds() throws Exception {
        JsonNode gold = new ObjectMapper().readTree(TestFiles.gold().toFile());
        List<Arguments> out = new ArrayList<>();
        gold.get("articles").fields().forEachRemaining(e -> out.add(Arguments.of(e.getKey(), e.getValue())));
        assertThat(out).hasSize(5);
        return out.stream();
    }

    private static Extraction extract(String file) throws Exception {
        byte[] bytes = Files.readAllBytes(TestFiles.seeds().resolve(file));
        return ArticleExtractor.withDefaults().extract(ExtractionInput.builder().content(bytes).build());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void shouldKeepExactlyTheGoldBodyWhenExtractingSeed(String file, JsonNode gold) throws Exception {
        Extraction e = extract(file);
        List<String> expected = new ArrayList<>();
        gold.get("body").forEach(p -> expected.add(p.asText()));
        assertThat(e.body()).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void shouldDropEveryBoilerplateLineWhenExtractingSeed(String file, JsonNode gold) throws Exception {
        Extraction e = extract(file);
        String body = String.join("\n", e.body());
        List<String> expectedBody = new ArrayList<>();
        gold.get("body").forEach(p -> expectedBody.add(p.asText()));
        for (JsonNode b : gold.get("boilerplate")) {
            String line = Texts.collapse(b.get("text").asText());
            if (expectedBody.contains(line)) {
                // a repeated paragraph: its first occurrence is body, only the count may not grow
                assertThat(e.body().stream().filter(line::equals).count()).as(b.get("why").asText()).isEqualTo(1);
            } else {
                assertThat(body).as(b.get("why").asText()).doesNotContain(line);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void shouldFindHeadlineAuthorSectionPublisherWhenGoldHasThem(String file, JsonNode gold) throws Exception {
        Extraction e = extract(file);
        assertThat(e.headline()).isEqualTo(textOrNull(gold.get("title")));
        assertThat(e.headlineDerived()).isFalse();
        String author = textOrNull(gold.get("author"));
        if (author == null) {
            assertThat(e.authors()).isEmpty();
        } else {
            assertThat(e.authors()).containsExactly(author);
        }
        assertThat(e.section()).isEqualTo(textOrNull(gold.get("section")));
        assertThat(e.publisher()).isEqualTo(textOrNull(gold.get("publisher")));
        assertThat(e.language()).isEqualTo("en");
        assertThat(e.wordCount()).isEqualTo(e.body().stream().mapToInt(Texts::countWords).sum());
    }

    private static String textOrNull(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }
}
