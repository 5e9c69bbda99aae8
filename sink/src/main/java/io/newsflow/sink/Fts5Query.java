package io.newsflow.sink;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns what a person types into an FTS5 query that cannot be a syntax error: every run of letters and digits
 * becomes a quoted phrase, and phrases are ANDed (FTS5's implicit operator). Operators, quotes and column filters
 * in the input are treated as word separators, never as syntax.
 */
final class Fts5Query {

    private Fts5Query() {
    }

    /** The FTS5 query, or an empty string when the text holds no word at all. */
    static String fromUserText(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(cp);
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        });
        if (word.length() > 0) {
            words.add(word.toString());
        }
        StringBuilder query = new StringBuilder();
        for (String w : words) {
            if (query.length() > 0) {
                query.append(' ');
            }
            query.append('"').append(w).append('"');
        }
        return query.toString();
    }
}
