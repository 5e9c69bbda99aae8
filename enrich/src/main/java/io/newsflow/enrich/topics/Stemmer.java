package io.newsflow.enrich.topics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Lucene's EnglishAnalyzer (standard tokenizer, possessive and stop-word removal, lower case, Porter stemming),
 * shared: the analyzer reuses its token streams per thread, so one instance serves every caller.
 */
final class Stemmer {

    private static final Analyzer ANALYZER = new EnglishAnalyzer();
    private static final String FIELD = "text";

    private Stemmer() {
    }

    /** Calls {@code sink} with each stem of {@code text}, in order. */
    static void stems(String text, Consumer<CharSequence> sink) {
        try (TokenStream ts = ANALYZER.tokenStream(FIELD, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                sink.accept(term);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing an in-memory string cannot fail", e);
        }
    }
}
