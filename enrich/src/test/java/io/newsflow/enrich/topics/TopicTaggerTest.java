package io.newsflow.enrich.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Behaviour on short articles written for these tests, across subjects (a check against fitting the gates). */
class TopicTaggerTest {

    private static final TopicTagger TAGGER = TopicTagger.withDefaults();

    static Stream<Arguments> ownArticles() {
        return Stream.of(
                Arguments.of("medtop:15000000", "Late penalty sends United into cup semi-final",
                        List.of("A stoppage-time penalty gave United a 2-1 win over City on Saturday and a place in the "
                                + "semi-final. The striker, who had missed a chance in the first half, scored from the spot "
                                + "after a foul in the box.", "The manager praised his squad and said the fans had carried "
                                + "the team through a difficult second half at a packed stadium.")),
                Arguments.of("medtop:04000000", "Retailer's profits fall as shoppers cut back",
                        List.of("The supermarket chain reported a 12% fall in pre-tax profit for the half-year, blaming "
                                + "weaker consumer spending and higher energy costs.", "Shares dropped 5% in early trading. "
                                + "Analysts said the company's outlook for the rest of the year looked cautious, while the "
                                + "chief executive promised further cost cuts.")),
                Arguments.of("medtop:13000000", "New phone promises a week of battery life",
                        List.of("The handset, unveiled at a launch event on Tuesday, runs a new version of the operating "
                                + "system and comes with a faster processor and a brighter screen.",
                                "Users will be able to download the software update over wi-fi from next month, the "
                                        + "maker said, adding that older devices would also get some of the features.")),
                Arguments.of("medtop:11000000", "Opposition wins snap election",
                        List.of("Voters handed the opposition party a clear majority in Sunday's general election, "
                                + "ending a decade of rule by the governing coalition. Turnout was 68%.",
                                "The incoming prime minister promised to form a cabinet within a week and to put her "
                                        + "budget plans to parliament before the summer.")),
                Arguments.of("medtop:07000000", "Hospitals brace for winter flu season",
                        List.of("Doctors are urging older patients to get vaccinated as hospital admissions for flu "
                                + "rise earlier than usual.", "Health officials said the vaccine was well matched to the "
                                + "strains now circulating and that intensive care beds were under pressure.")),
                Arguments.of("medtop:03000000", "Strong earthquake shakes coastal towns",
                        List.of("A magnitude 6.8 earthquake struck off the coast early on Thursday, collapsing "
                                + "buildings and cutting power to thousands of homes.", "Rescuers were searching the "
                                + "rubble for survivors and the death toll rose to 23, the civil protection agency said.")),
                Arguments.of("medtop:02000000", "Man jailed for life for murder of shopkeeper",
                        List.of("A 34-year-old man was sentenced to life in prison on Friday after a jury found him "
                                + "guilty of murdering a shopkeeper during a robbery last year.", "The judge told the "
                                + "court the defendant had shown no remorse. Police said the conviction followed a "
                                + "long investigation.")),
                Arguments.of("medtop:01000000", "Director's new film tops the box office",
                        List.of("The thriller, starring two Oscar-nominated actors, took $48m in its opening weekend, "
                                + "the biggest debut of the year for the studio.", "Critics praised the performances "
                                + "and the soundtrack, and the film has already been tipped for awards season.")),
                Arguments.of("medtop:06000000", "Countries agree to cut methane emissions",
                        List.of("Delegates at the climate summit agreed to cut methane emissions by a third by 2030, "
                                + "a step campaigners said would slow global warming.", "Environmental groups "
                                + "welcomed the pledge but said fossil fuel subsidies and deforestation still had to be "
                                + "tackled.")),
                Arguments.of("medtop:05000000", "Schools to get more maths teachers",
                        List.of("Every secondary school will be able to recruit an extra maths teacher under a scheme "
                                + "announced on Monday.", "Head teachers said pupils' exam results had suffered from "
                                + "staff shortages and welcomed the plan, while universities backed new teacher "
                                + "training places.")),
                Arguments.of("medtop:17000000", "Storm brings heavy rain and gales",
                        List.of("Forecasters issued a severe weather warning as the storm brought gusts of 80mph and "
                                + "heavy rain to the west coast.", "Temperatures will stay below average for the rest "
                                + "of the week, with snow possible on high ground, the weather service said.")),
                Arguments.of("medtop:16000000", "Ceasefire collapses as shelling resumes",
                        List.of("Artillery fire and drone attacks resumed along the front line on Wednesday, a day "
                                + "after a ceasefire was meant to take effect.", "Both armies blamed each other for the "
                                + "renewed fighting, which killed at least 12 soldiers and several civilians.")));
    }

    @ParameterizedTest
    @MethodSource("ownArticles")
    void shouldRankTheArticlesSubjectFirstWhenGivenAnArticleWrittenForTheTest(String expectedTop, String headline,
                                                                            List<String> body) {
        List<SubjectTag> tags = TAGGER.tag(headline, body);
        assertThat(TopicQualityTest.topLevel(TAGGER, headline, body)).as(tags.toString()).isEqualTo(expectedTop);
    }

    @Test
    void shouldIncludeEveryAncestorWhenASubtopicIsTagged() {
        List<SubjectTag> tags = TAGGER.tag("Peace talks resume in Geneva", List.of(
                "Negotiators from both sides returned to the negotiating table for a new round of peace talks, "
                        + "hoping to turn the ceasefire into a lasting peace agreement.",
                "Delegations met for three hours; mediators said the peace negotiations would continue tomorrow."));
        List<String> codes = tags.stream().map(SubjectTag::qcode).toList();
        assertThat(codes).contains("medtop:20000076");
        for (SubjectTag t : tags) {
            for (Taxonomy.Topic ancestor : TAGGER.taxonomy().ancestors(t.qcode())) {
                assertThat(codes).as("ancestor of " + t.qcode()).contains(ancestor.qcode());
                double ancestorConfidence = tags.stream().filter(x -> x.qcode().equals(ancestor.qcode()))
                        .findFirst().orElseThrow().confidence();
                assertThat(ancestorConfidence).as("aggregated confidence of " + ancestor.qcode())
                        .isGreaterThanOrEqualTo(t.confidence());
            }
        }
    }

    @Test
    void shouldSortByConfidenceAndStayInRangeWhenTagging() {
        List<SubjectTag> tags = TAGGER.tag("Budget: chancellor raises taxes",
                List.of("The chancellor raised income tax and cut public spending in the budget, as inflation and "
                        + "government borrowing rose."));
        assertThat(tags).isNotEmpty();
        assertThat(tags).extracting(SubjectTag::confidence).allSatisfy(c -> assertThat(c).isBetween(0.0, 1.0))
                .isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void shouldTagNothingWhenTextCarriesNoSubject() {
        assertThat(TAGGER.tag("", List.of())).isEmpty();
        assertThat(TAGGER.tag("Hello", List.of("It was, as they say, what it was."))).isEmpty();
    }

    @Test
    void shouldWeighTheHeadlineMoreWhenBodyIsAmbiguous() {
        List<String> body = List.of("The decision surprised many, and the team behind it said more news would follow.",
                "Officials and players alike said they would wait and see.");
        double withSportHeadline = confidence(TAGGER.tag("Football: coach sacked after cup defeat", body), "medtop:15000000");
        double withBodyOnly = confidence(TAGGER.tag(null, List.of("Football: coach sacked after cup defeat")), "medtop:15000000");
        assertThat(withSportHeadline).isGreaterThan(withBodyOnly);
    }

    @Test
    void shouldUseOperatorTermsWhenTaxonomyIsExtended(@TempDir Path dir) throws IOException {
        List<String> body = List.of("The zorbing championship drew record crowds to the hillside this weekend.");
        Path extra = dir.resolve("extra.tsv");
        Files.writeString(extra, "# operator additions\nmedtop:20001108\tmedtop:15000000\tsport event\tzorbing:6\n");
        TopicTagger extended = TAGGER.merge(extra);
        assertThat(confidence(extended.tag("Zorbing returns", body), "medtop:15000000"))
                .isGreaterThan(confidence(TAGGER.tag("Zorbing returns", body), "medtop:15000000"));
        assertThat(extended.taxonomy().size()).isEqualTo(TAGGER.taxonomy().size());
    }

    @Test
    void shouldReplaceTheTaxonomyWhenLoadedFromAFile(@TempDir Path dir) throws IOException {
        Path own = dir.resolve("own.tsv");
        Files.writeString(own, "x:1\t\tcats\tcat:4|kitten:4\nx:2\tx:1\tlions\tlion:4|pride:2\n");
        TopicTagger tagger = TopicTagger.fromFile(own);
        assertThat(tagger.tag("Lions at the zoo", List.of("The lion and her pride slept; a cat watched.")))
                .extracting(SubjectTag::qcode).containsExactly("x:1", "x:2");
    }

    @Test
    void shouldRejectATaxonomyWhenABroaderTopicIsMissing() {
        assertThatThrownBy(() -> Taxonomy.parse(new StringReader("a\tmissing\tlabel\tword:1\n")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing");
    }

    @Test
    void shouldKeepEveryBundledTermWhenTheTaxonomyIsIndexed() {
        // A term that analysis would reduce to a stop-word remnant or a one-letter stem is skipped at load time;
        // the bundled file must not contain any.
        assertThat(TAGGER.skippedTerms()).isEmpty();
    }

    @Test
    void shouldSkipATermWhenAnalysisWouldLeaveOneLetterOrOneWordOfAPhrase() throws IOException {
        Taxonomy t = Taxonomy.parse(new StringReader("x:1\t\tthings\tA&E:4|the fed:3|hospital:2\n"));
        assertThat(TopicTagger.of(t).skippedTerms()).containsExactlyInAnyOrder("x:1 a&e", "x:1 the fed");
    }

    @Test
    void shouldLoadTheBundledTaxonomyWhenDefaultsAreUsed() {
        Taxonomy t = TAGGER.taxonomy();
        long topLevel = t.topics().stream().filter(x -> x.broader() == null).count();
        assertThat(topLevel).isEqualTo(17);
        assertThat(t.size()).isGreaterThan(300);
        assertThat(t.topic("medtop:20000076").name()).isEqualTo("peace talks");
        assertThat(t.ancestors("medtop:20000076")).extracting(Taxonomy.Topic::qcode)
                .containsExactly("medtop:20000073", "medtop:16000000");
    }

    private static double confidence(List<SubjectTag> tags, String qcode) {
        return tags.stream().filter(t -> t.qcode().equals(qcode)).mapToDouble(SubjectTag::confidence).findFirst().orElse(0.0);
    }
}
