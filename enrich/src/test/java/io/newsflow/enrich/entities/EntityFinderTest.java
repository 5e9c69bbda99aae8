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
    void shouldNotTakeAShortWordForAPublicFigureWhenItIsOnlyTheLastWordOfTheirName() {
        Entities e = FINDER.find(List.of(
                "Un homme a été arrêté mardi à Lyon. Un témoin a appelé la police.",
                "Selon Un porte-parole, l'enquête continue."));
        assertThat(e.people()).extracting(EntityMention::name).doesNotContain("Kim Jong Un");
    }

    @Test
    void shouldNotTakeAWordForAPublicFigureWhenItOnlyResemblesTheirSurname() {
        Entities e = FINDER.find(List.of(
                "Parents in Leeds said Schools had not been told. Officials said Schools would reopen.",
                "The Schools minister, Anna Berg, declined to comment."));
        assertThat(e.people()).extracting(EntityMention::name).doesNotContain("Olaf Scholz");
    }

    @Test
    void shouldResolveALoneSurnameToAPublicFigureWhenItIsSpeltExactlyOrAfterATitle() {
        Entities e = FINDER.find(List.of(
                "Zelensky said the talks had failed. Chancellor Scholtz disagreed on Tuesday."));
        assertThat(person(e, "Volodymyr Zelensky").mentions()).containsExactly("Zelensky");
        assertThat(person(e, "Olaf Scholz").mentions()).containsExactly("Scholtz");
    }

    @Test
    void shouldResolveALongMisspeltSurnameToAPublicFigureWhenItStandsAlone() {
        Entities e = FINDER.find(List.of("Officials said Zelenksyy would travel to Brussels on Friday."));
        assertThat(person(e, "Volodymyr Zelensky").mentions()).containsExactly("Zelenksyy");
    }

    @Test
    void shouldJoinAShortSurnameToTheFullNameWhenTheTextGivesIt() {
        Entities e = FINDER.find(List.of(
                "Researcher Andrew Ng spoke on Monday. Later, Ng said the results were early."));
        assertThat(person(e, "Andrew Ng").mentions()).containsExactly("Andrew Ng", "Ng");
    }

    @Test
    void shouldLeaveACompoundTitleOutOfTheNameWhenGermanWritesItAsOneWord() {
        Entities e = FINDER.find(List.of(
                "Der Landtag stritt am Mittwoch über die Schulden. Fraktionschefin Marlene Osterkamp warf der "
                        + "Regierung Versäumnisse vor, Innenminister Konrad Blümel widersprach.",
                "Oppositionsführer Tobias Reinhardsen kündigte einen Antrag an."));
        assertThat(e.people()).extracting(EntityMention::name)
                .contains("Marlene Osterkamp", "Konrad Blümel", "Tobias Reinhardsen");
        assertThat(e.people()).extracting(EntityMention::name)
                .noneMatch(n -> n.startsWith("Fraktionschefin") || n.startsWith("Oppositionsführer"));
    }

    @Test
    void shouldLeaveAnElidedTitleOutOfTheNameWhenFrenchWritesItWithTheArticle() {
        Entities e = FINDER.find(List.of(
                "Le club a perdu samedi. L'entraîneur Yannick Morvan a reconnu ses erreurs devant la presse."));
        assertThat(e.people()).extracting(EntityMention::name).containsExactly("Yannick Morvan");
    }

    @Test
    void shouldReadANameAsAnOrganisationWhenItStartsWithAnOrganisationWord() {
        Entities e = FINDER.find(List.of(
                "El Ministerio de Transportes y el Instituto Oceanográfico publicaron el informe, "
                        + "según la portavoz Lucía Ferrándiz."));
        assertThat(e.organisations()).extracting(EntityMention::name)
                .contains("Ministerio de Transportes", "Instituto Oceanográfico");
        Entities chile = FINDER.find(List.of("El acuerdo fue firmado por la Universidad Austral de Chile y el Banco Central de Chile."));
        assertThat(chile.organisations()).extracting(EntityMention::name)
                .containsExactlyInAnyOrder("Universidad Austral de Chile", "Banco Central de Chile");
        assertThat(chile.places()).isEmpty();
        assertThat(e.people()).extracting(EntityMention::name).containsExactly("Lucía Ferrándiz");
    }

    @Test
    void shouldNotReadAUnitInsideAnInstitutionAsAPersonWhenItsNameHoldsAnOrganisationWord() {
        Entities e = FINDER.find(List.of(
                "Los datos proceden de Cirugía Torácica del Hospital Clínico San Ramiro, que atendió a 40 pacientes."));
        assertThat(e.people()).isEmpty();
    }

    @Test
    void shouldNotTakeGermanNounsForPeopleWhenTheTextIsGerman() {
        List<String> body = List.of(
                "Der Kreistag bewilligte am Dienstag neue Mittel. Erste Beratungen über die Verteilung der Gelder "
                        + "beginnen im Frühjahr, sagte Landrat Heiko Brandstätter.",
                "Für die Sanierung der Brücken stehen 40 Millionen Euro bereit, erklärte Petra Lindemann vom Bauamt.");
        Entities german = FINDER.find(body, "de");
        assertThat(german.people()).extracting(EntityMention::name)
                .containsExactlyInAnyOrder("Heiko Brandstätter", "Petra Lindemann");
        // Without the language the capitals mislead: the same text read as unknown keeps a noun group.
        assertThat(FINDER.find(body).people()).extracting(EntityMention::name).contains("Millionen Euro");
    }

    @Test
    void shouldReadAGermanCompoundAsAnOrganisationWhenItEndsInAnOrganisationWord() {
        Entities e = FINDER.find(List.of(
                "Die Zahlen seien zu hoch, teilten der Deutsche Städtetag und das Hessische Umweltministerium mit."), "de");
        assertThat(e.organisations()).extracting(EntityMention::name)
                .containsExactlyInAnyOrder("Deutsche Städtetag", "Hessische Umweltministerium");
        assertThat(e.people()).isEmpty();
    }

    @Test
    void shouldKeepAGermanNameWhenItsSurnameIsAlsoANoun() {
        Entities e = FINDER.find(List.of(
                "Der Richter vertagte das Verfahren auf Mai. Deshalb erhob Jana Richter Klage gegen die Stadt, "
                        + "und Anna Fischer vom Verband der Fischer unterstützte sie."), "de");
        // The name ends where the proper nouns end: "Klage" (the object) is not part of it.
        assertThat(e.people()).extracting(EntityMention::name)
                .containsExactlyInAnyOrder("Jana Richter", "Anna Fischer");
    }

    @Test
    void shouldNameACountryInEnglishWhenTheTextUsesItsOwnLanguagesName() {
        Entities spanish = FINDER.find(List.of(
                "Las exportaciones a Estados Unidos y Alemania crecieron, mientras las de Marruecos cayeron."), "es");
        assertThat(spanish.places()).extracting(EntityMention::name)
                .containsExactlyInAnyOrder("United States", "Germany", "Morocco");
        assertThat(spanish.people()).isEmpty();
        Entities german = FINDER.find(List.of("Die Lieferungen nach Frankreich und Polen stiegen."), "de");
        assertThat(german.places()).extracting(EntityMention::name).containsExactlyInAnyOrder("France", "Poland");
        assertThat(german.people()).isEmpty();
    }

    @Test
    void shouldReturnNothingWhenBodyIsEmpty() {
        assertThat(FINDER.find(List.of())).isEqualTo(Entities.empty());
        assertThat(FINDER.find(List.of("", "   "))).isEqualTo(Entities.empty());
    }
}
