package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The markup-aware parts of the pipeline, end to end on small pages written for the test. */
class HtmlRulesTest {
    static final String P1 = "The harbour bridge reopened to traffic on Monday morning after eight months of repairs "
            + "that cost the town more than it had planned.";
    static final String P2 = "Engineers replaced the worn steel cables and rebuilt the deck, which had been closed to "
            + "lorries since a crack was found last summer.";
    static final String P3 = "Shop owners in the old town said they hoped the reopening would bring back the customers "
            + "they lost while the detour was in place.";
    static final String P4 = "The council said a full report on the costs would be published in April, once the last "
            + "invoices from the contractors had been checked.";
    static final String TEASER_1 = "A new ferry timetable starts next month, with more crossings in the early morning "
            + "and fewer late at night, the operator said in a statement.";
    static final String TEASER_2 = "The town library will open on Sundays from June after volunteers offered to staff "
            + "the reading rooms during the summer months.";

    static List<String> body(String html) throws ExtractionException {
        return ArticleExtractor.withDefaults().extract(ExtractionInput.builder().text(html)
                .format(ExtractionInput.Format.HTML).build()).body();
    }

    static String page(String content) {
        return "<html><head><title>Bridge reopens</title></head><body><nav><a href=/>Home</a> <a href=/local>Local</a>"
                + "</nav>" + content + "<footer><p>Copyright The Coastal Courier. All rights reserved.</p></footer>"
                + "</body></html>";
    }

    @Test
    void shouldDropCallToActionBoxWhenItFollowsTheArticleInsideItsContainer() throws Exception {
        String html = page("<div class=main><h1>Bridge reopens</h1><div class=text><p>" + P1 + "</p><p>" + P2
                + "</p><p>" + P3 + "</p><div class=\"widget widget-cta-letter\"><h5>A word to our readers</h5><p>"
                + "Local reporting like this story costs money to produce, and we cannot keep doing it for free, so "
                + "we are asking readers like you to chip in with a monthly contribution.</p></div></div></div>");
        assertThat(body(html)).containsExactly(P1, P2, P3);
    }

    @Test
    void shouldKeepTheListWhenThePageHasNoProseAtAll() throws Exception {
        String html = page("<div class=main><h1>Harbour ferry timetable</h1><div class=text><h3>Winter crossings</h3>"
                + "<p>Monday: 06:10 – Northport</p><p>Tuesday: 06:40 – Eastbay</p><p>Wednesday: 07:15 – Northport</p>"
                + "<p>Thursday: 07:45 – Old Quay</p><p>* Times may change in bad weather</p></div>"
                + "<ul class=more><li><a href=/a>Summer timetable</a></li><li><a href=/b>Fares</a></li></ul></div>");
        assertThat(body(html)).containsExactly("Winter crossings", "Monday: 06:10 – Northport",
                "Tuesday: 06:40 – Eastbay", "Wednesday: 07:15 – Northport", "Thursday: 07:45 – Old Quay",
                "* Times may change in bad weather");
    }

    @Test
    void shouldEndArticleWhenRelatedHeadingOpensItsOwnSectionInsideTheContainer() throws Exception {
        String html = page("<div class=main><h1>Bridge reopens</h1><div class=text><p>" + P1 + "</p><p>" + P2
                + "</p><p>" + P3 + "</p></div><div class=more><h2>More stories</h2>"
                + "<div class=card><h3><a href=/a>Ferry timetable changes</a></h3><p>" + TEASER_1 + "</p></div>"
                + "<div class=card><h3><a href=/b>Library opens on Sundays</a></h3><p>" + TEASER_2 + "</p></div>"
                + "</div></div>");
        assertThat(body(html)).containsExactly(P1, P2, P3);
    }

    @Test
    void shouldEndArticleWhenTwoSectionHeadingsFollowEachOther() throws Exception {
        String html = page("<div class=main><h1>Bridge reopens</h1><p>" + P1 + "</p><p>" + P2
                + "</p><p>" + P3 + "</p><div class=box-a><h2>Comments</h2><a href=#c>Add a comment</a></div>"
                + "<div class=box-b><h2>Most popular</h2><div><a href=/a>Ferry timetable changes</a></div><div>"
                + TEASER_1 + "</div><div><a href=/b>Library opens on Sundays</a></div><div>" + TEASER_2
                + "</div></div></div>");
        assertThat(body(html)).containsExactly(P1, P2, P3);
    }

    @Test
    void shouldContinueArticleWhenRelatedBoxSitsInsideTheText() throws Exception {
        String html = page("<div class=main><h1>Bridge reopens</h1><div class=text><p>" + P1 + "</p><p>" + P2
                + "</p><div class=box><h4>Related</h4><a href=/a>Ferry timetable changes</a></div><p>" + P3
                + "</p><p>" + P4 + "</p></div></div>");
        assertThat(body(html)).containsExactly(P1, P2, P3, P4);
    }

    @Test
    void shouldDropTeaserCardsWhenOtherArticlesSitBesideTheArticle() throws Exception {
        String html = page("<main><article><h1>Bridge reopens</h1><p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3
                + "</p><p>" + P4 + "</p></article><div class=list>"
                + "<article><h2><a href=/a>Ferry timetable changes</a></h2><p>" + TEASER_1 + "</p></article>"
                + "<article><h2><a href=/b>Library opens on Sundays</a></h2><p>" + TEASER_2 + "</p></article>"
                + "</div></main>");
        assertThat(body(html)).containsExactly(P1, P2, P3, P4);
    }

    @Test
    void shouldKeepEveryPostWhenArticlesAreAlikeInSize() throws Exception {
        String html = page("<main><h1>Harbour news as it happens</h1>"
                + "<article><h2><a href=#1>Bridge open</a></h2><p>" + P1 + "</p></article>"
                + "<article><h2><a href=#2>Ferry changes</a></h2><p>" + TEASER_1 + "</p></article>"
                + "<article><h2><a href=#3>Library</a></h2><p>" + TEASER_2 + "</p></article></main>");
        assertThat(body(html)).containsExactly(P1, TEASER_1, TEASER_2);
    }

    @Test
    void shouldKeepShortLinesWhenAuthorClassLabelsTheWholePost() throws Exception {
        String html = page("<article class=\"post author-mara\"><h1>Bridge reopens</h1><div class=byline>By Mara "
                + "Lindqvist</div><p>" + P1 + "</p><p>" + P2 + "</p><h2>Traffic returns to the old town</h2><p>" + P3
                + "</p><p>" + P4 + "</p></article>");
        Extraction e = ArticleExtractor.withDefaults().extract(ExtractionInput.builder().text(html)
                .format(ExtractionInput.Format.HTML).build());
        assertThat(e.body()).containsExactly(P1, P2, "Traffic returns to the old town", P3, P4);
        assertThat(e.authors()).containsExactly("Mara Lindqvist");
    }

    @Test
    void shouldKeepQuotedPostWhenItsEmbedBoxIsClassedSocial() throws Exception {
        String post = "The bridge is open again and the queue of lorries is already back, which is good news for the "
                + "shops in the old town.";
        String html = page("<article><h1>Bridge reopens</h1><p>" + P1 + "</p><p>" + P2 + "</p>"
                + "<div class=\"embed-social\"><blockquote><p>" + post + "</p></blockquote></div><p>" + P3 + "</p>"
                + "<div class=\"social-share\"><a href=/s>Share on Mastodon</a> <a href=/e>Email this</a></div>"
                + "</article>");
        assertThat(body(html)).containsExactly(P1, P2, post, P3);
    }

    @Test
    void shouldKeepListedSentencesWhenTheyLinkMostOfThemselves() throws Exception {
        String item1 = "Engineers found that the steel cables of the old bridge had worn faster than expected, and "
                + "they were replaced with new ones.";
        String item2 = "The town council agreed to pay the extra cost of the repairs, which came to more than two "
                + "million euros in the end.";
        String html = page("<article><h1>Bridge reopens</h1><p>" + P1 + "</p><ol>"
                + "<li><a href=/1>Engineers found that the steel cables of the old bridge had worn faster than "
                + "expected</a>, and they were replaced with new ones.</li>"
                + "<li><a href=/2>The town council agreed to pay the extra cost of the repairs</a>, which came to "
                + "more than two million euros in the end.</li></ol><p>" + P2 + "</p></article>");
        assertThat(body(html)).containsExactly(P1, item1, item2, P2);
    }

    @Test
    void shouldDropFigureCaptionWhenItReadsLikeASentence() throws Exception {
        String caption = "Lorries queue at the eastern end of the harbour bridge on Monday morning, shortly after it "
                + "reopened to traffic following eight months of repairs.";
        String html = page("<article><h1>Bridge reopens</h1><p>" + P1 + "</p><figure><img src=b.jpg><figcaption>"
                + caption + "</figcaption></figure><p>" + P2 + "</p><p>" + P3 + "</p></article>");
        assertThat(body(html)).containsExactly(P1, P2, P3);
    }

    @Test
    void shouldDropAsideWhenItsOwnHeadingIsAnH1() throws Exception {
        String html = page("<article><h1>Bridge reopens</h1><p>" + P1 + "</p><aside><h1>More on the harbour</h1><p>"
                + TEASER_1 + "</p></aside><p>" + P2 + "</p><p>" + P3 + "</p></article>");
        assertThat(body(html)).containsExactly(P1, P2, P3);
    }
}
