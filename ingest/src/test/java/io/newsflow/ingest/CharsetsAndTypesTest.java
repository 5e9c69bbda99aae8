package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CharsetsAndTypesTest {

    static final String UK = "Президент України заявив, що Київ готовий до переговорів, але не поступиться "
            + "територіями. Європейські лідери підтримали його позицію та пообіцяли нові санкції.";

    @Test
    void shouldReadUkrainianKoi8uWhenIcuSaysKoi8r() throws Exception {
        Charset koi8u = Charset.forName("KOI8-U");
        assertThat(Charsets.decode(UK.getBytes(koi8u), Charsets.detect(UK.getBytes(koi8u), null, false)))
                .isEqualTo(UK);
    }

    @Test
    void shouldPreferDeclaredMetaCharsetWhenItDecodes() throws Exception {
        String html = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Ça coûte très cher</p></body></html>";
        byte[] bytes = html.getBytes(StandardCharsets.ISO_8859_1);
        assertThat(Charsets.detect(bytes, null, true)).isEqualTo(StandardCharsets.ISO_8859_1);
    }

    @Test
    void shouldChooseUtf8WhenBytesAreValidUtf8() throws Exception {
        assertThat(Charsets.detect("naïve résumé".getBytes(StandardCharsets.UTF_8), null, false))
                .isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void shouldSniffHtmlWhenExtensionSaysText() throws Exception {
        assertThat(ContentTypes.detect("page.txt", "<!DOCTYPE html><html><p>x</p>".getBytes()))
                .isEqualTo(ContentTypes.HTML);
        assertThat(ContentTypes.detect("page.html", "Just words, no markup at all.".getBytes()))
                .isEqualTo(ContentTypes.TEXT);
        assertThatThrownBy(() -> ContentTypes.detect("x.txt", new byte[] {'%', 'P', 'D', 'F', '-', '1'}))
                .isInstanceOf(RejectedInputException.class)
                .satisfies(e -> assertThat(((RejectedInputException) e).reason()).isEqualTo(RejectReason.BINARY));
    }

    @Test
    void shouldNormaliseUrlsWhenDerivingIds() {
        assertThat(ArticleIds.fromUrl("https://Example.org/news/a/?utm_source=x&b=2#top"))
                .isEqualTo(ArticleIds.fromUrl("http://example.org:80/news/a?b=2"));
        assertThat(ArticleIds.fromUrl("https://example.org/news/a")).isNotEqualTo(ArticleIds.fromUrl(
                "https://example.org/news/b"));
        assertThat(ArticleIds.fromUrl("ftp://example.org/x")).isNull();
        assertThat(ArticleIds.fromText("A  text\u00A0here")).isEqualTo(ArticleIds.fromText("a text here"))
                .hasSize(16).matches("[0-9a-f]{16}");
    }
}
