package io.newsflow.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.gold.TaggingGold;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

class EntityFinderSeedTest {

    private static final EntityFinder FINDER = EntityFinder.withDefaults();

    @Test
    void shouldFindEveryGoldEntityUnderItsCanonicalNameWhenGivenSeedBodies() {
        SoftAssertions soft = new SoftAssertions();
        int expected = 0;
        int found = 0;
        for (TaggingGold.Seed seed : TaggingGold.seeds()) {
            Entities e = FINDER.find(seed.body());
            String text = String.join("\n", seed.body());
            System.out.println(seed.file() + "\n  people " + e.people() + "\n  places " + e.places()
                    + "\n  orgs " + e.organisations());
            for (Map.Entry<String, List<String>> type : seed.entities().entrySet()) {
                List<EntityMention> list = switch (type.getKey()) {
                    case "person" -> e.people();
                    case "place" -> e.places();
                    case "organisation" -> e.organisations();
                    default -> throw new IllegalStateException("unknown entity type " + type.getKey());
                };
                for (String name : type.getValue()) {
                    expected++;
                    Optional<EntityMention> m = list.stream().filter(x -> x.name().equals(name)).findFirst();
                    soft.assertThat(m).as(seed.file() + " " + type.getKey() + " " + name).isPresent();
                    if (m.isPresent()) {
                        found++;
                        soft.assertThat(m.get().count()).as(name).isGreaterThanOrEqualTo(m.get().mentions().size());
                        for (String surface : m.get().mentions()) {
                            soft.assertThat(text).as(seed.file() + " mention of " + name).contains(surface);
                        }
                    }
                }
            }
        }
        System.out.printf("seed entity recall: %d/%d%n", found, expected);
        soft.assertAll();
    }

    @Test
    void shouldKeepEverySpellingOfAPersonAsMentionsWhenSeedsUseVariants() {
        // Every capitalised word in the seeds that is a variant of a gold person's surname must be listed as a
        // mention of that person (Zelenskyy, Zelenskiy and the misspelt "Volodymr Zelensky" included).
        for (TaggingGold.Seed seed : TaggingGold.seeds()) {
            Entities e = FINDER.find(seed.body());
            for (String person : seed.entities().getOrDefault("person", List.of())) {
                String surname = person.substring(person.lastIndexOf(' ') + 1);
                EntityMention m = e.people().stream().filter(x -> x.name().equals(person)).findFirst().orElseThrow();
                for (String para : seed.body()) {
                    for (Token t : WordTokenizer.tokenize(para)) {
                        if (t.capitalised() && NameMatcher.sameWord(t.text(), surname)) {
                            assertThat(m.mentions()).as(seed.file() + " " + person)
                                    .anySatisfy(s -> assertThat(s).endsWith(t.text()));
                        }
                    }
                }
            }
        }
    }
}
