package io.newsflow.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Behaviour on text written for these tests (not from the seeds). */
class EntityFinderTest {

    private static final EntityFinder FINDER = EntityFinder.withDefaults();

    private static EntityMention person(Entities e, String name) {
        return e.people().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + e.people()));
    }

    @Test
    void shouldMergeTransliterationVariantsWhenPersonIsNotInAnyGazetteer() {
        Entities e = FINDER.find(List.of(
                "Energy minister Oleksandr Kovalenko said the grid held overnight.",
                "Kovalenko added that repairs would take weeks. Oleksandr Kovalenkko, as one agency spelt it, "
                        + "met engineers in the afternoon.",
                "Critics said Kovalenkyi had been too optimistic."));
        assertThat(e.people()).hasSize(1);
        EntityMention m = e.people().get(0);
        assertThat(m.name()).isEqualTo("Oleksandr Kovalenko");
        assertThat(m.mentions()).containsExactly("Oleksandr Kovalenko", "Kovalenko", "Oleksandr Kovalenkko", "Kovalenkyi");
        assertThat(m.count()).isEqualTo(4);
    }

    @Test
    void shouldChooseTheMostFrequentFullFormWhenSpellingsDisagree() {
        Entities e = FINDER.find(List.of(
                "Mykhaylo Bondarenko, the mayor, spoke first.",
                "Mykhailo Bondarenko later said the bridge would reopen.",
                "Residents thanked Mykhailo Bondarenko for the update."));
        assertThat(e.people()).extracting(EntityMention::name).containsExactly("Mykhailo Bondarenko");
        assertThat(person(e, "Mykhailo Bondarenko").mentions())
                .containsExactly("Mykhaylo Bondarenko", "Mykhailo Bondarenko");
    }

    @Test
    void shouldUseTheGazetteerSpellingWhenTheTextMisspellsAPublicFigure() {
        Entities e = FINDER.find(List.of("President Emanuel Macron met Olaf Scholtz in Berlin. Macron later flew home."));
        assertThat(person(e, "Emmanuel Macron").mentions()).containsExactly("Emanuel Macron", "Macron");
        assertThat(person(e, "Olaf Scholz").mentions()).containsExactly("Olaf Scholtz");
    }

    @Test
    void shouldKeepDifferentPeopleApartWhenOnlyTheFirstNameMatches() {
        Entities e = FINDER.find(List.of("Analyst Maria Petrenko and economist Maria Sydorenko disagreed."));
        assertThat(e.people()).extracting(EntityMention::name)
                .containsExactlyInAnyOrder("Maria Petrenko", "Maria Sydorenko");
    }

    @Test
    void shouldTreatAbbreviationsAndAliasesAsTheirCanonicalEntityWhenWrittenShort() {
        Entities e = FINDER.find(List.of(
                "The U.S. and the EU agreed on Tuesday, while the Kremlin said nothing.",
                "Officials in the US and in Brussels welcomed the deal."));
        assertThat(e.places()).extracting(EntityMention::name).contains("United States", "Brussels");
        EntityMention us = e.places().stream().filter(p -> p.name().equals("United States")).findFirst().orElseThrow();
        assertThat(us.mentions()).containsExactly("U.S.", "US");
        assertThat(e.organisations()).extracting(EntityMention::name).containsExactly("European Union", "Kremlin");
        assertThat(e.places()).extracting(EntityMention::name).doesNotContain("Kremlin");
    }

    @Test
    void shouldNotReportAPlaceWhenOnlyADemonymIsUsed() {
        Entities e = FINDER.find(List.of("Russian and Ukrainian officials met French diplomats in a German city."));
        assertThat(e.places()).isEmpty();
    }

    @Test
    void shouldFindAPersonAfterATitleWhenOnlyTheSurnameIsGiven() {
        Entities e = FINDER.find(List.of("Governor Hallworth vetoed the bill. Hallworth called it reckless."));
        assertThat(person(e, "Hallworth").count()).isEqualTo(2);
    }

    @Test
    void shouldIgnoreCapitalisedSentenceStartersWhenTheyAreOrdinaryWords() {
        Entities e = FINDER.find(List.of(
                "Despite Tuesday talks, nothing moved. However Jonas Lindqvist, a negotiator, stayed hopeful.",
                "Skepticism Remains High In Stockholm"));
        assertThat(e.people()).extracting(EntityMention::name).containsExactly("Jonas Lindqvist");
        assertThat(e.places()).extracting(EntityMention::name).containsExactly("Stockholm");
    }

    @Test
    void shouldNotTakeNewspaperOrTreatyNamesForPlacesWhenAPlaceStartsThem() {
        Entities e = FINDER.find(List.of("The Washington Post cited the Budapest Memorandum of 1994."));
        assertThat(e.places()).isEmpty();
        assertThat(e.people()).isEmpty();
    }

    @Test
    void shouldRecogniseAnOrganisationWhenANameEndsWithAnOrganisationWord() {
        Entities e = FINDER.find(List.of("A statement from the Russian Foreign Ministry and the Halden Shipping Group followed."));
        assertThat(e.organisations()).extracting(EntityMention::name)
                .containsExactlyInAnyOrder("Russian Foreign Ministry", "Halden Shipping Group");
        assertThat(e.people()).isEmpty();
    }

    @Test
    void shouldNotTakeNamesOfLawsDaysOrBuildingsForPeopleWhenTheyAreCapitalised() {
        Entities e = FINDER.find(List.of(
                "Critics of the Fisheries Act met at the Riverside Centre on Boxing Day, and a new comedy, "
                        + "Meet The Neighbours, opened at the Grand Theatre.",
                "Campaigner Lotte Varga said the Harbour Road scheme would go ahead."));
        assertThat(e.people()).extracting(EntityMention::name).containsExactly("Lotte Varga");
    }

    @Test
    void shouldKeepAMiddleInitialInsideTheNameWhenWrittenWithADot() {
        Entities e = FINDER.find(List.of("Senator Harriet J. Calloway spoke first. Calloway later left for Ohio."));
        assertThat(e.people()).hasSize(1);
        assertThat(e.people().get(0).name()).isEqualTo("Harriet J. Calloway");
        assertThat(e.people().get(0).mentions()).containsExactly("Harriet J. Calloway", "Calloway");
        assertThat(e.places()).extracting(EntityMention::name).containsExactly("Ohio");
    }

    @Test
    void shouldReturnNothingWhenBodyIsEmpty() {
        assertThat(FINDER.find(List.of())).isEqualTo(Entities.empty());
        assertThat(FINDER.find(List.of("", "   "))).isEqualTo(Entities.empty());
    }
}
