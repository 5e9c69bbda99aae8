package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * End to end on short plain-text articles in fifteen languages written for these tests
 * ({@code fixtures/multilingual/}): each has a title, byline and dateline in that language's usual form,
 * "read also" lines, an advertising label and a source or editor line among its paragraphs.
 */
class MultilingualExtractionTest {
    private static final ArticleExtractor EXTRACTOR = ArticleExtractor.withDefaults();

    private static Extraction extract(String name) throws Exception {
        try (InputStream in = MultilingualExtractionTest.class.getResourceAsStream("/fixtures/multilingual/" + name)) {
            return EXTRACTOR.extract(ExtractionInput.builder().content(in.readAllBytes()).build());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', nullValues = "-", value = {
            "es-lluvias.txt; es; Las lluvias obligan a cerrar tres carreteras en el norte de la provincia; María José Ortega; "
                    + "Sociedad; 2023-02-12T09:45:00Z; 3",
            "de-bruecke.txt; de; Brücke über den Kanal bleibt bis zum Sommer gesperrt; Jonas Keller; Nord; "
                    + "2024-04-03T17:20:00Z; 4",
            "nl-schoolpleinen.txt; nl; Gemeente wil meer groen op schoolpleinen; Sanne de Wit; Nieuws; "
                    + "2022-03-15T11:05:00Z; 3",
            "uk-biznes.txt; uk; Уряд схвалив програму підтримки малого бізнесу; Олена Коваль; Економіка; "
                    + "2023-03-14T10:15:00Z; 3",
            "zh-qiche.txt; zh; 新能源汽车销量连续三个月增长; 陈静; 财经; 2023-06-18T14:30:00Z; 2",
            "ar-tumur.txt; ar; ارتفاع صادرات التمور إلى مستوى قياسي هذا العام; أحمد الخطيب; اقتصاد; 2023-03-12T00:00:00Z; 2",
            "tr-ihracat.txt; tr; Otomotiv ihracatında yeni rekor; -; Ekonomi; 2023-09-05T10:22:00Z; 2",
            "el-nisia.txt; el; Νέο νομοσχέδιο για την ενίσχυση των νησιωτικών περιοχών; Γιώργου Παπαδάκη; Πολιτική; "
                    + "2023-05-10T12:40:00Z; 2",
            "en-festival.txt; en; Festival returns to the town hall after three-year break; Harriet Cole; Local; "
                    + "2023-03-04T08:00:00Z; 3",
            "en-cycle-lanes.txt; en; Council approves new cycle lanes for city centre; Callum Bright; -; "
                    + "2023-02-14T17:30:00Z; 2",
            "fr-electricite.txt; fr; Le Parlement européen adopte une réforme du marché de l'électricité; Claire Dubois; "
                    + "Europe; 2023-03-14T18:05:00Z; 2",
            "it-maltempo.txt; it; Maltempo, chiuse le scuole in tre comuni della provincia; Luca Bianchi; Cronaca; "
                    + "2022-11-12T10:45:00Z; 3",
            "pt-inflacao.txt; pt; Inflação desacelera pelo terceiro mês consecutivo; Ana Souza; Economia; "
                    + "2023-05-03T14:20:00Z; 3",
            "pl-lasy.txt; pl; Rząd przyjął projekt ustawy o ochronie lasów; Katarzyna Nowak; Wiadomości; "
                    + "2023-06-21T08:15:00Z; 3",
            "ru-vystavka.txt; ru; В Москве открылась выставка современного искусства; Иван Петров; Общество; "
                    + "2023-04-05T12:30:00Z; 3",
            "ja-enyasu.txt; ja; 円相場、一時1ドル＝150円台に下落; 山田太郎; 経済; 2023-10-03T15:20:00Z; 2",
    })
    void shouldReadMetadataAndKeepOnlyParagraphsWhenArticleIsPlainText(String file, String language, String headline,
            String author, String section, String published, int paragraphs) throws Exception {
        Extraction e = extract(file);
        assertThat(e.language()).isEqualTo(language);
        assertThat(e.headline()).isEqualTo(headline);
        if (author == null) {
            assertThat(e.authors()).isEmpty();
        } else {
            assertThat(e.authors()).containsExactly(author);
        }
        assertThat(e.section()).isEqualTo(section);
        assertThat(e.datePublished()).isEqualTo(Instant.parse(published));
        assertThat(e.body()).hasSize(paragraphs).allSatisfy(p -> assertThat(Texts.endsSentence(p)).as(p).isTrue());
    }

    @Test
    void shouldDropReadAlsoAdvertisingAndSourceLinesWhenTheySitBetweenParagraphs() throws Exception {
        Extraction e = extract("es-lluvias.txt");
        assertThat(e.removed()).extracting(Extraction.Removed::text).contains(
                "LEE TAMBIÉN: El embalse del valle supera el 80% de su capacidad por primera vez en cinco años",
                "Publicidad", "Escuchar artículo",
                "Te puede interesar: Qué hacer si tu coche queda atrapado en una zona inundada",
                "Fuente: Agencia Estatal de Meteorología");
    }

    @Test
    void shouldKeepQuotedProseWhenItNamesSubscriptionRooms() throws Exception {
        Extraction e = extract("en-festival.txt");
        assertThat(e.body()).anyMatch(p -> p.contains("Subscription Rooms"));
        assertThat(e.body()).noneMatch(p -> p.startsWith("Sign up"));
    }

    @Test
    void shouldReadModificationDateWhenDatelineSaysUpdated() throws Exception {
        assertThat(extract("nl-schoolpleinen.txt").dateModified()).isEqualTo(Instant.parse("2022-03-15T14:30:00Z"));
        assertThat(extract("fr-electricite.txt").dateModified()).isEqualTo(Instant.parse("2023-03-15T09:12:00Z"));
    }

    @Test
    void shouldPreferVisibleBylineWhenJsonLdAuthorIsAnOrganisation() throws Exception {
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":"
                + "\"Harbour bridge reopens\",\"author\":{\"@type\":\"Organization\",\"name\":\"The Coastal Courier\"}}"
                + "</script></head><body><article><h1>Harbour bridge reopens</h1><p>By Mara Lindqvist</p>"
                + "<p>The harbour bridge reopened to traffic on Monday morning after eight months of repairs that cost "
                + "the town more than it had planned.</p></article></body></html>";
        Extraction e = EXTRACTOR.extract(ExtractionInput.ofHtml(html));
        assertThat(e.authors()).containsExactly("Mara Lindqvist");
        Extraction noByline = EXTRACTOR.extract(ExtractionInput.ofHtml(html.replace("<p>By Mara Lindqvist</p>", "")));
        assertThat(noByline.authors()).containsExactly("The Coastal Courier");
    }
}
