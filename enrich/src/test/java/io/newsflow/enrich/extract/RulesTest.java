package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each rule on its own, on small plain-text pages written for the test. */
class RulesTest {
    private static final String PROSE_1 = "The city council approved the new budget on Tuesday after a long debate about "
            + "the cost of schools and roads in the northern districts.";
    private static final String PROSE_2 = "Officials said the plan would be reviewed again in the spring, when the final "
            + "figures for the year are known and the auditors have reported.";

    private static Page page(String... lines) {
        return TextReader.read(String.join("\n", lines));
    }

    private static List<String> kept(Page p) {
        return p.blocks.stream().filter(b -> !b.removed).map(b -> b.text).toList();
    }

    private static Block block(Page p, String text) {
        return p.blocks.stream().filter(b -> b.text.equals(text)).findFirst().orElseThrow();
    }

    @Test
    void shouldRemoveLanguageSwitcherWhenLineIsOnlyLanguageCodes() {
        Page p = page("ua en ru", "EN | DE | FR", "En route to the summit", PROSE_1);
        new LanguageSwitcherRule().apply(p);
        assertThat(kept(p)).containsExactly("En route to the summit", PROSE_1);
    }

    @Test
    void shouldRemoveInterfaceWordsWhenTheyStandAlone() {
        Page p = page("Menu", "• Search", "Share Tweet Email", "Search results were mixed, analysts said.", PROSE_1);
        new NavigationRule().apply(p);
        assertThat(kept(p)).containsExactly("Search results were mixed, analysts said.", PROSE_1);
    }

    @Test
    void shouldTakeSectionFromBreadcrumbWhenAboveTheArticle() {
        Page p = page("Home > World > Europe", PROSE_1, "Prices rose 5% / year in Europe > Asia, they said.");
        new BreadcrumbRule().apply(p);
        assertThat(p.section).isEqualTo("Europe");
        assertThat(kept(p)).containsExactly(PROSE_1, "Prices rose 5% / year in Europe > Asia, they said.");
    }

    @Test
    void shouldTakePublisherWhenWelcomeBannerNamesTheSite() {
        Page p = page(PROSE_1, "Welcome to The Daily Example", "Welcome to the new normal, the minister said in a speech.");
        new WelcomeRule().apply(p);
        assertThat(p.publisher).isEqualTo("The Daily Example");
        assertThat(kept(p)).containsExactly(PROSE_1, "Welcome to the new normal, the minister said in a speech.");
    }

    @Test
    void shouldRemoveSignUpPromptWhenShort() {
        Page p = page(PROSE_1, "Sign up for our newsletter", "Get the latest headlines delivered to your inbox.");
        new NewsletterRule().apply(p);
        assertThat(kept(p)).containsExactly(PROSE_1);
    }

    @Test
    void shouldKeepLinesAboutSubscribersWhenTheyAreNotPrompts() {
        Page p = page("Subscribe to our newsletter", "The club now has 1,193 subscribers and most of them read every issue.",
                "A yearly subscription costs 60 euros; a free trial lasts two weeks.", PROSE_1);
        new NewsletterRule().apply(p);
        assertThat(kept(p)).containsExactly("The club now has 1,193 subscribers and most of them read every issue.",
                "A yearly subscription costs 60 euros; a free trial lasts two weeks.", PROSE_1);
    }

    @Test
    void shouldRemoveNewsroomCreditsWhenTheyCloseTheArticle() {
        Page p = page(PROSE_1, "(Reporting by Jane Roe; Editing by John Doe)", "Mara Lindqvist contributed to this report.",
                "Follow the Courier on Instagram, Facebook and YouTube.",
                "Reporting by the council showed the roads budget had been underspent for years.");
        new NewsletterRule().apply(p);
        assertThat(kept(p)).containsExactly(PROSE_1,
                "Reporting by the council showed the roads budget had been underspent for years.");
    }

    @Test
    void shouldRemoveNotesToTheReaderWhenShort() {
        Page p = page(PROSE_1, "Like this story? Share it with a friend!", "Have a tip? Jane Roe may be reached at "
                + "jane@example.org.", "Follow us on Mastodon and Bluesky.",
                "Officials said they would follow the plan, and that the story was not over yet.");
        new NewsletterRule().apply(p);
        assertThat(kept(p)).containsExactly(PROSE_1,
                "Officials said they would follow the plan, and that the story was not over yet.");
    }

    @Test
    void shouldRemoveCaptionWhenLineCarriesCreditMarker() {
        Page p = page("Flood waters in the old town. Photo: Jane Roe/AP", "Protesters gather (Getty Images)",
                "A view of the harbour. Source: Example Archive, via Wikimedia Commons", PROSE_1,
                "The source of the leak was found on Monday, officials said, and repairs began at once.");
        new CaptionRule().apply(p);
        assertThat(kept(p)).containsExactly(PROSE_1,
                "The source of the leak was found on Monday, officials said, and repairs began at once.");
    }

    @Test
    void shouldMoveNamesToAuthorsWhenBylineLineIsFound() {
        Page p = page("By Jane Roe and John Doe | May 5, 2024", "Author: Daryna Example", PROSE_1,
                "By Monday the water had receded, residents said.");
        new BylineRule().apply(p);
        assertThat(p.authors).containsExactly("Jane Roe", "John Doe", "Daryna Example");
        assertThat(kept(p)).containsExactly(PROSE_1, "By Monday the water had receded, residents said.");
    }

    @Test
    void shouldTakeTitleLineAboveFirstParagraphWhenNoHeadlineIsKnown() {
        Page p = page("Menu", "Council Approves Budget After Long Debate", PROSE_1, "Council Approves Budget After Long Debate");
        new NavigationRule().apply(p);
        new HeadlineRule().apply(p);
        assertThat(p.headline).isEqualTo("Council Approves Budget After Long Debate");
        assertThat(p.headlineSource).isEqualTo("text");
        assertThat(kept(p)).containsExactly(PROSE_1);
    }

    @Test
    void shouldNotInventHeadlineWhenTextStartsWithProse() {
        Page p = page(PROSE_1, "A Heading Inside The Article", PROSE_2);
        new HeadlineRule().apply(p);
        assertThat(p.headline).isNull();
        assertThat(kept(p)).containsExactly(PROSE_1, "A Heading Inside The Article", PROSE_2);
    }

    @Test
    void shouldKeepHeadingsAndDropChromeWhenChoosingMainSpan() {
        Page p = page("Latest", "Markets", "Sports", PROSE_1, "What Comes Next", PROSE_2, "Terms", "Privacy", "Contact");
        new MainSpanRule().apply(p);
        assertThat(kept(p)).containsExactly(PROSE_1, "What Comes Next", PROSE_2);
        assertThat(block(p, "Latest").reason).contains("before the article");
        assertThat(block(p, "Contact").reason).contains("after the article");
    }

    @Test
    void shouldRemoveExactNearAndTruncatedRepeatsWhenParagraphsRepeat() {
        String near = PROSE_1.replace("Tuesday", "Wednesday");
        String truncated = PROSE_2.substring(0, PROSE_2.indexOf(", when") );
        Page p = page(PROSE_1, PROSE_2, PROSE_1, near, truncated);
        new RepetitionRule().apply(p);
        assertThat(kept(p)).containsExactly(PROSE_1, PROSE_2);
        assertThat(p.blocks.get(2).reason).contains("exact duplicate");
        assertThat(p.blocks.get(3).reason).contains("near or truncated");
    }

    @Test
    void shouldStopTheArticleWhenRelatedHeadingFollowsIt() {
        Page p = page(PROSE_1, PROSE_2, "Related articles", PROSE_1.replace("city", "town"));
        new SectionEndRule().apply(p);
        new MainSpanRule().apply(p);
        assertThat(kept(p)).containsExactly(PROSE_1, PROSE_2);
    }

    private static final String PROSE_3 = "Council members who opposed the budget said the schools in the northern "
            + "districts needed more money for roads and buses, and that the cost of repairs had been underestimated.";
    private static final String PROSE_4 = "The budget now goes to the mayor, who has ten days to sign it; the council "
            + "can override a veto with a two-thirds vote, which the schools budget easily had on Tuesday.";

    @Test
    void shouldContinueThePlainTextArticleWhenTextAfterRelatedBoxKeepsItsTopic() {
        Page p = page(PROSE_1, PROSE_2, PROSE_3, "Related stories", "Mayor opens new bridge", "Storm warning for the coast",
                PROSE_4, PROSE_3.replace("Council members", "Residents"));
        new SectionEndRule().apply(p);
        new MainSpanRule().apply(p);
        assertThat(kept(p)).contains(PROSE_1, PROSE_3, PROSE_4, PROSE_3.replace("Council members", "Residents"));
    }

    @Test
    void shouldEndThePlainTextArticleWhenTextAfterRelatedBoxIsAboutOtherThings() {
        String other1 = "A new ferry timetable starts next month, with more crossings in the early morning and fewer late "
                + "at night, the operator announced in a statement on its website.";
        String other2 = "The town library will open on Sundays from June after volunteers offered to staff the reading "
                + "rooms during the summer months, the librarian announced.";
        String other3 = "Fishermen reported their largest herring catch in a decade, and prices at the harbour market "
                + "fell sharply as a result of the glut.";
        // the stories after the heading weigh more than the article, but follow a section end under the title
        Page p = page("Council approves the budget", PROSE_1, PROSE_2, PROSE_3, "Related stories", other1, other2,
                other3, other1.replace("ferry", "bus"));
        new HeadlineRule().apply(p);
        new SectionEndRule().apply(p);
        new MainSpanRule().apply(p);
        assertThat(p.headline).isEqualTo("Council approves the budget");
        assertThat(kept(p)).containsExactly(PROSE_1, PROSE_2, PROSE_3);
    }

    @Test
    void shouldDropReaderCommentsWhenCommentHeadersFollowTheArticle() {
        String comment = "I have lived in the northern districts for thirty years and the roads have never been this bad; "
                + "the council should have spent the money on repairs years ago, and the schools budget is far too "
                + "small for the number of children who now live here, so I hope the mayor vetoes it. My neighbours "
                + "agree with me, and we will all be at the next council meeting to ask why the repairs keep being "
                + "postponed while the money goes to projects nobody in the northern districts asked for.";
        // one comment holds more words than the article: only the comment headings tell them apart
        Page p = page(PROSE_1, PROSE_2, PROSE_3, "Jane Roe on May 5, 2024 at 4:47 pm said:", comment,
                "John Doe says:", comment.replace("thirty", "forty"));
        new SectionEndRule().apply(p);
        new MainSpanRule().apply(p);
        assertThat(kept(p)).containsExactly(PROSE_1, PROSE_2, PROSE_3);
    }

    @Test
    void shouldKeepTheArticleWhenALineIntroducesAQuote() {
        Page p = page(PROSE_1, "In a statement, the ministry said:", PROSE_2);
        new SectionEndRule().apply(p);
        new MainSpanRule().apply(p);
        assertThat(kept(p)).containsExactly(PROSE_1, "In a statement, the ministry said:", PROSE_2);
    }

    @Test
    void shouldRemoveLongDatelineWhenItHoldsOnlyPublicationTimes() {
        String dateline = "Published: Nov 18, 2019 at 8:59 pm | Updated: Nov 18, 2019 at 10:16 pm EST";
        String title = "Council approves the 2020 budget on Tuesday after a long debate about schools";
        Page p = page(title, dateline, PROSE_1, PROSE_2);
        new DatelineRule().apply(p);
        assertThat(kept(p)).containsExactly(title, PROSE_1, PROSE_2);
        assertThat(p.datePublished).isNotNull();
    }

    @Test
    void shouldRemoveConsentNoticeWhenBlockAsksAboutCookies() {
        Page p = page(PROSE_1, "This website uses cookies to improve your experience. Accept all cookies or manage them.",
                "The bakery said its cookies sold out by noon on Saturday, a first in its history.");
        new CookieNoticeRule().apply(p);
        assertThat(kept(p)).containsExactly(PROSE_1,
                "The bakery said its cookies sold out by noon on Saturday, a first in its history.");
    }

    @Test
    void shouldJoinHardWrappedLinesWhenNextLineContinuesSentence() {
        Page p = page("Sign up for daily updates for the most important", "stories of the day.", "Next Line");
        assertThat(p.blocks).extracting(b -> b.text)
                .containsExactly("Sign up for daily updates for the most important stories of the day.", "Next Line");
    }
}
