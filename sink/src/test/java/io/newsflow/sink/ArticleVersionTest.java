package io.newsflow.sink;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class ArticleVersionTest {

    private static final Instant T0 = Instant.parse("2026-05-20T10:00:00Z");

    @Test
    void shouldBeNewerWhenEnrichedLaterWhateverTheRawOffset() {
        assertThat(new ArticleVersion(T0.plusMillis(1), 0).isNewerThan(new ArticleVersion(T0, 1_000))).isTrue();
        assertThat(new ArticleVersion(T0, 1_000).isNewerThan(new ArticleVersion(T0.plusMillis(1), 0))).isFalse();
    }

    @Test
    void shouldBreakTieByRawOffsetWhenEnrichedAtEqual() {
        assertThat(new ArticleVersion(T0, 8).isNewerThan(new ArticleVersion(T0, 7))).isTrue();
        assertThat(new ArticleVersion(T0, 7).isNewerThan(new ArticleVersion(T0, 8))).isFalse();
    }

    @Test
    void shouldNotBeNewerWhenSameVersionIsRedelivered() {
        assertThat(new ArticleVersion(T0, 7).isNewerThan(new ArticleVersion(T0, 7))).isFalse();
    }
}
