package io.newsflow.enrich.dedup;

import java.util.List;

/**
 * A body after {@link TextNormaliser}: its non-empty normalised paragraphs joined by '\n', as chars. Computed once
 * for both fingerprints ({@link ContentHash}, {@link SimHash}).
 */
public final class NormalisedBody {

    private final char[] chars;
    private final int length;

    NormalisedBody(char[] chars, int length) {
        this.chars = chars;
        this.length = length;
    }

    /** Normalises a body given as paragraphs (null paragraphs are skipped). */
    public static NormalisedBody of(List<String> body) {
        return TextNormaliser.body(body);
    }

    char[] chars() {
        return chars;
    }

    int length() {
        return length;
    }

    @Override
    public String toString() {
        return new String(chars, 0, length);
    }
}
