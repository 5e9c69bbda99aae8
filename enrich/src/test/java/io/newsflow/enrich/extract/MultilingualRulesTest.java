package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules on short pages in several languages, written for the test: boilerplate that has no links left in
 * plain text ("read also" lines, advertising labels, paywall prompts), metadata lines and bylines.
 */
class MultilingualRulesTest {
    private static final String PROSE_ES = "El ayuntamiento aprobó el nuevo presupuesto el martes después de un largo "
            + "debate sobre el coste de las escuelas y las carreteras del norte.";
    private static final String PROSE_ES_2 = "Los técnicos revisarán el plan en primavera, cuando se conozcan las cifras "
            + "definitivas del año y los auditores hayan presentado su informe.";
    private static final String PROSE_EN = "The city council approved the new budget on Tuesday after a long debate "
            + "about the cost of schools and roads in the northern districts.";
    private static final String PROSE_EN_2 = "Officials said the plan would be reviewed again in the spring, when the "
            + "final figures for the year are known and the auditors have reported.";

    private static Page page(String... lines) {
        return TextReader.read(String.join("\n", lines));
    }

    private static List<String> kept(Page p) {
        return p.blocks.stream().filter(b -> !b.removed).map(b -> b.text).toList();
    }

    @Test
    void shouldRemoveAdvertisingListeningAndContinuationLabelsWhenTheyStandAlone() {
        Page p = page("Publicidad", "ANZEIGE", "Реклама", "Advertentie", "Pubblicità", "Publicidade", "Artikel anhören",
                "Haberin Devamı", "İLGİLİ HABERLER", "ΔΙΑΦΗΜΙΣΗ", "广告", PROSE_ES,
                "La publicidad institucional costó tres millones de euros el año pasado, según el informe.");
        new NavigationRule().apply(p);
        assertThat(kept(p)).containsExactly(PROSE_ES,
                "La publicidad institucional costó tres millones de euros el año pasado, según el informe.");
    }

    @Test
    void shouldRemoveReadAlsoLinesWhenLabelOpensThemInAnyLanguage() {
        List<String> promos = List.of("LEE TAMBIÉN: El embalse supera el 80% de su capacidad",
                "Leia também: Governo anuncia novas medidas para o setor", "Lees ook | Kinderen spelen vaker buiten",
                "Читайте також: Як отримати грант на власну справу", "ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ: Αυξάνεται η κίνηση στα λιμάνια",
                "Zobacz także: Nowe przepisy od stycznia", "اقرأ أيضا: مزارعون يتوقعون موسما وفيرا",
                "Mehr zum Thema » Wie die Stadt ihre Brücken retten will", "相关阅读：多地出台措施鼓励汽车消费",
                "READ MORE Council faces questions over school closures");
        for (String promo : promos) {
            Page p = page(PROSE_EN, promo, PROSE_EN_2);
            new PromoLineRule().apply(p);
            assertThat(kept(p)).as(promo).containsExactly(PROSE_EN, PROSE_EN_2);
        }
    }

    @Test
    void shouldKeepSentenceWhenItOnlyStartsWithReadAlsoWords() {
        String prose = "Read more about the plan in the council's own report, which was published on Friday.";
        String german = "Lesen Sie auch, wie die Stadt ihre alten Brücken retten will und was das kostet.";
        Page p = page(PROSE_EN, prose, german);
        new PromoLineRule().apply(p);
        assertThat(kept(p)).containsExactly(PROSE_EN, prose, german);
    }

    @Test
    void shouldRemovePromotedHeadlineWhenLabelStandsAloneInsideArticle() {
        Page p = page(PROSE_ES, "LEE TAMBIÉN", "El embalse del valle supera el 80% de su capacidad", PROSE_ES_2);
        new PromoLineRule().apply(p);
        assertThat(kept(p)).containsExactly(PROSE_ES, PROSE_ES_2);
    }

    @Test
    void shouldKeepProseNamingSubscriptionVenueWhenRemovingSignUpPrompts() {
        String quote = "\"We sold out the Subscription Rooms in an hour,\" said Tom Reed.";
        String venue = "The Subscription Rooms will host the final concert of the festival on Sunday evening.";
        Page p = page(PROSE_EN, quote, venue, "Sign up for daily updates on the stories that matter.",
                "Cet article est réservé aux abonnés", "Jetzt abonnieren und weiterlesen", "Newsletter",
                "Suscríbete a nuestro boletín");
        new NewsletterRule().apply(p);
        assertThat(kept(p)).containsExactly(PROSE_EN, quote, venue);
    }

    @Test
    void shouldNotTakeTimesDatesOrAccountLinksAsSectionWhenLineHasPipes() {
        for (String line : List.of("Politik | 10:22", "17/05/2022 - 09:47", "Login | Abo", "登录 | 注册")) {
            Page p = page(line, PROSE_EN);
            new BreadcrumbRule().apply(p);
            assertThat(p.section).as(line).isNull();
        }
        Page p = page("Startseite > Politik > Ausland", PROSE_EN);
        new BreadcrumbRule().apply(p);
        assertThat(p.section).isEqualTo("Ausland");
    }

    @Test
    void shouldReadBylinesWhenWrittenInOtherLanguagesOrInCapitals() {
        Page p = page("Por MARÍA JOSÉ ORTEGA", "Von Anna Berg, Berlin", "Par Jean-Baptiste Lefèvre", "Di Marco Rossi",
                "Door Sanne de Wit", "记者 陈静 王磊", "بقلم: أحمد الخطيب", PROSE_EN);
        new BylineRule().apply(p);
        assertThat(p.authors).containsExactly("María José Ortega", "Anna Berg", "Jean-Baptiste Lefèvre", "Marco Rossi",
                "Sanne de Wit", "陈静", "王磊", "أحمد الخطيب");
        assertThat(kept(p)).containsExactly(PROSE_EN);
    }

    @Test
    void shouldNotTakeRolesOrDesksAsAuthorsWhenBylineNamesThem() {
        assertThat(Names.parse("Jane Roe, Staff Writer", 8)).containsExactly("Jane Roe");
        assertThat(Names.parse("Harriet Cole, Courts correspondent, Westcountry Gazette", 8))
                .containsExactly("Harriet Cole");
        assertThat(Names.parse("Staff Writer", 8)).isEmpty();
        assertThat(Names.parse("Redacción", 8)).isEmpty();
        assertThat(Names.parse("CALLUM BRIGHT", 8)).containsExactly("Callum Bright");
        assertThat(Names.parse("AFP", 8)).containsExactly("AFP");
        assertThat(Names.parse("Ana Souza, de São Paulo", 8)).containsExactly("Ana Souza");
    }

    @Test
    void shouldSplitBylineFromTitleWhenLowerCaseBylineWasJoinedToIt() {
        Page p = page("Maltempo, chiuse le scuole in tre comuni", "di Luca Bianchi", PROSE_ES, PROSE_ES_2);
        assertThat(p.blocks.get(0).text).isEqualTo("Maltempo, chiuse le scuole in tre comuni di Luca Bianchi");
        new HeadlineRule().apply(p);
        assertThat(p.headline).isEqualTo("Maltempo, chiuse le scuole in tre comuni");
        assertThat(p.authors).containsExactly("Luca Bianchi");
    }

    @Test
    void shouldRemoveReadingTimeWhenLineIsNumberAndMinuteUnit() {
        Page p = page("Lecture 4 min.", "Lesezeit: 3 Minuten", "5 dk", PROSE_EN, "90 minutes of football decided nothing, "
                + "the coach said after the match on Saturday.");
        new DatelineRule().apply(p);
        assertThat(kept(p)).containsExactly(PROSE_EN,
                "90 minutes of football decided nothing, the coach said after the match on Saturday.");
    }

    @Test
    void shouldTakeCapitalisedNameAndDropRoleLineWhenTheySitAboveTheDate() {
        Page p = page("Council approves new cycle lanes for city centre", "CALLUM BRIGHT", "Local Democracy Reporter",
                "Tuesday 14 February 2023 5:30 pm", PROSE_EN);
        new DatelineRule().apply(p);
        assertThat(p.authors).containsExactly("Callum Bright");
        assertThat(kept(p)).containsExactly("Council approves new cycle lanes for city centre", PROSE_EN);
    }

    @Test
    void shouldReadDateUpdateAndNameWhenMetadataLineJoinsThem() {
        Page p = page("Gemeente wil meer groen op schoolpleinen",
                "15 maart 2022, 11:05 · Bijgewerkt 16 maart 2022, 14:30 · Sanne de Wit", PROSE_EN);
        new DatelineRule().apply(p);
        assertThat(p.datePublished).hasToString("2022-03-15T11:05:00Z");
        assertThat(p.dateModified).hasToString("2022-03-16T14:30:00Z");
        assertThat(p.authors).containsExactly("Sanne de Wit");
        assertThat(kept(p)).containsExactly("Gemeente wil meer groen op schoolpleinen", PROSE_EN);
    }

    @Test
    void shouldTakeBareNameAsAuthorWhenItSitsNextToDatelineUnderTitle() {
        Page p = page("Council Approves Budget After Long Debate", "Lotte Verhoef", "8 november 2021", PROSE_EN);
        new DatelineRule().apply(p);
        assertThat(p.authors).containsExactly("Lotte Verhoef");
        Page noTitle = page("Budget Vote Collapses", "3 March 2023", PROSE_EN);
        new DatelineRule().apply(noTitle);
        assertThat(noTitle.authors).isEmpty();
    }

    @Test
    void shouldChooseTitleOverLeftoverChromeWhenHeadHasSeveralShortLines() {
        String title = "Council Approves Budget After Long Debate";
        List<List<String>> heads = List.of(
                List.of(title, "Courts correspondent, Westcountry Today"),
                List.of(title, "The plan adds money for schools and roads in the north and will be reviewed again in spring"),
                List.of(title, "Councillors at the final vote Photo: Jan Smit / JSO"),
                List.of("Westcountry Today", title, "Harriet Cole"),
                List.of(title, "8 november 2021, 16:12 · Aangepast 9 november 2021 · Lotte Verhoef"));
        for (List<String> head : heads) {
            java.util.ArrayList<String> lines = new java.util.ArrayList<>(head);
            lines.add(PROSE_EN);
            Page p = page(lines.toArray(String[]::new));
            RuleSequence.run(RuleSequence.TEXT, p);
            assertThat(p.headline).as(head.toString()).isEqualTo(title);
        }
    }

    @Test
    void shouldPreferTitleThePageRepeatsWhenTwoLinesLookLikeTitles() {
        String title = "Harbour bridge reopens to traffic";
        Page p = page(title, "Engineers finish repairs early on the old crossing", PROSE_EN,
                title + " Photo: Tom Berg", PROSE_EN_2);
        new CaptionRule().apply(p);
        new HeadlineRule().apply(p);
        assertThat(p.headline).isEqualTo(title);
    }

    @Test
    void shouldTakeKickerAsSectionWhenLabelSitsAboveTitle() {
        Page p = page("Economía", "Las lluvias obligan a cerrar tres carreteras en el norte", PROSE_ES, PROSE_ES_2);
        new HeadlineRule().apply(p);
        assertThat(p.section).isEqualTo("Economía");
    }

    @Test
    void shouldRemoveSourceAndEditorLinesWhenLabelled() {
        Page p = page(PROSE_ES, "Fuente: Agencia Estatal de Meteorología", "【责任编辑：王磊】", "المصدر : وكالات",
                "Foto: Een schoolplein in het centrum / ANP", PROSE_ES_2);
        new CaptionRule().apply(p);
        assertThat(kept(p)).containsExactly(PROSE_ES, PROSE_ES_2);
    }
}
