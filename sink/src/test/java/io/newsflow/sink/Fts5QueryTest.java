package io.newsflow.sink;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Fts5QueryTest {

    @Test
    void shouldQuoteEachWordWhenTextHasOperatorsAndQuotes() {
        assertThat(Fts5Query.fromUserText("peace AND \"talks\" OR -war* headline:x"))
                .isEqualTo("\"peace\" \"AND\" \"talks\" \"OR\" \"war\" \"headline\" \"x\"");
    }

    @Test
    void shouldKeepLettersOfAnyScriptWhenSplitting() {
        assertThat(Fts5Query.fromUserText("Zelenskyy–Putin Київ 2025")).isEqualTo("\"Zelenskyy\" \"Putin\" \"Київ\" \"2025\"");
    }

    @Test
    void shouldBeEmptyWhenTextHasNoWord() {
        assertThat(Fts5Query.fromUserText("'; -- \" *")).isEmpty();
    }
}
