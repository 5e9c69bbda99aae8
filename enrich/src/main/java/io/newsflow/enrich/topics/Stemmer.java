package io.newsflow.enrich.topics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Stemming with Lucene's EnglishAnalyzer (possessive and stop-word removal, lower case, Porter stemming), applied
 * word by word. Words are split here with a plain scan (runs of letters and digits; an apostrophe followed by a
 * letter stays inside the word), so that callers can remember each word's stems: running the analyzer's full
 * tokenizer over every article costs most of the tagging time, while news vocabulary repeats.
 */
final class Stemmer {

    private static final Analyzer ANALYZER = new EnglishAnalyzer();
    private static final String FIELD = "text";

    /** Receives the words of a text as slices of a char buffer. */
    interface WordSink {
        void word(char[] buffer, int offset, int length);
    }

    private Stemmer() {
    }

    /** Calls {@code sink} with each word of {@code text}; {@code buffer} is reused when large enough. */
    static char[] words(String text, char[] buffer, WordSink sink) {
        int n = text.length();
        char[] b = buffer.length >= n ? buffer : new char[Math.max(n, buffer.length * 2)];
        text.getChars(0, n, b, 0);
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(b[i])) {
                i++;
            }
            int start = i;
            while (i < n && (Character.isLetterOrDigit(b[i])
                    || (b[i] == '\'' || b[i] == '\u2019') && i + 1 < n && Character.isLetter(b[i + 1]) && i > start)) {
                i++;
            }
            if (i > start) {
                sink.word(b, start, i - start);
            }
        }
        return b;
    }

    /** The EnglishAnalyzer stems of one word: empty for a stop word, usually one stem. */
    static List<String> analyse(String word) {
        List<String> out = new ArrayList<>(1);
        try (TokenStream ts = ANALYZER.tokenStream(FIELD, word)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing an in-memory string cannot fail", e);
        }
        return out;
    }

    /** All stems of a text, word by word, in order (used for taxonomy terms at load time). */
    static List<String> stems(String text) {
        List<String> out = new ArrayList<>();
        words(text, new char[0], (buf, off, len) -> out.addAll(analyse(new String(buf, off, len))));
        return out;
    }
}
