package io.newsflow.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class ArticleQueryTest {

    @Test
    void shouldEscapeLikeWildcardsWhenMatchingEntityText() {
        assertThat(ArticleQuery.escapeLike("100%_a\\b")).isEqualTo("100\\%\\_a\\\\b");
    }

    @Test
    void shouldTreatBlankFiltersAsAbsentWhenBuildingCriteria() {
        QueryCriteria c = QueryCriteria.newest(5).withText("  ").withSubject("").withEntity(" Putin ");

        assertThat(c.text()).isNull();
        assertThat(c.subject()).isNull();
        assertThat(c.entity()).isEqualTo("Putin");
    }

    @Test
    void shouldRejectCriteriaWhenRangeIsEmptyOrLimitOutOfBounds() {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        assertThatThrownBy(() -> QueryCriteria.newest(5).withRange(t, t)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QueryCriteria.newest(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QueryCriteria.newest(QueryCriteria.MAX_LIMIT + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
