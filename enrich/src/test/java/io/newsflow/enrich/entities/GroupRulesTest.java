package io.newsflow.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.entities.GroupRules.Group;
import io.newsflow.enrich.entities.GroupRules.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroupRulesTest {

    private static final EntityLexicon LEXICON = EntityLexicon.defaults();

    private static Verdict decide(List<String> words, SegmentKind before, SegmentKind after) {
        return GroupRules.decide(new Group(words, before, after, false), LEXICON);
    }

    @Test
    void shouldCallItAnOrganisationWhenItEndsWithAnOrganisationWord() {
        assertThat(decide(List.of("Foreign", "Ministry"), SegmentKind.DEMONYM, null)).isEqualTo(Verdict.ORGANISATION);
        assertThat(decide(List.of("Ministry"), SegmentKind.PLACE, null)).isEqualTo(Verdict.ORGANISATION);
    }

    @Test
    void shouldDropItWhenItQualifiesATitle() {
        assertThat(decide(List.of("Defense"), SegmentKind.DEMONYM, SegmentKind.TITLE)).isEqualTo(Verdict.MODIFIER);
    }

    @Test
    void shouldDropItWhenItIsBuiltOnAPlace() {
        assertThat(decide(List.of("Post"), SegmentKind.PLACE, null)).isEqualTo(Verdict.PLACE_COMPOUND);
    }

    @Test
    void shouldDropItWhenItNamesAThing() {
        assertThat(decide(List.of("Hunting", "Act"), null, null)).isEqualTo(Verdict.THING);
        assertThat(decide(List.of("Royal", "Albert"), null, null)).isEqualTo(Verdict.THING);
        assertThat(GroupRules.decide(new Group(List.of("Parents"), SegmentKind.STOP, null, true), LEXICON))
                .isEqualTo(Verdict.THING);
    }

    @Test
    void shouldKeepAPossiblePersonWhenNoOtherRuleApplies() {
        assertThat(decide(List.of("Dmitry", "Peskov"), SegmentKind.TITLE, null)).isEqualTo(Verdict.PERSON);
        assertThat(decide(List.of("Lotte", "Varga"), null, null)).isEqualTo(Verdict.PERSON);
    }
}
