package io.newsflow.enrich.entities;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/**
 * Proper-noun check with an OpenNLP UD part-of-speech model loaded once from the classpath: English
 * (opennlp-models-pos-en) for sentence starters, German (opennlp-models-pos-de) for the capitalised nouns German
 * writes everywhere. Tagging costs tens of microseconds per word, so only a short window is tagged, and the answer
 * is remembered per word: sentence starters and nouns repeat ("However", "Despite", "Millionen", "Regierung").
 */
final class OpenNlpProperNounCheck implements ProperNounCheck {

    static final String MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    static final String GERMAN_MODEL = "/opennlp-de-ud-gsd-pos-1.3-2.5.4.bin";
    /** Words of context tagged after the word in question: enough to see whether it opens a name (each costs ~20 us). */
    static final int WINDOW_AFTER = 2;
    /** Remembered answers before the memo is cleared: bounds memory on an endless stream. */
    static final int MEMO_LIMIT = 50_000;

    private final POSModel model;
    private final ThreadLocal<POSTaggerME> tagger;
    private final Map<String, Boolean> memo = new ConcurrentHashMap<>();

    private OpenNlpProperNounCheck(POSModel model) {
        this.model = model;
        this.tagger = ThreadLocal.withInitial(() -> new POSTaggerME(this.model));
    }

    private static final class Holder {
        static final OpenNlpProperNounCheck DEFAULT = new OpenNlpProperNounCheck(load(MODEL));
    }

    private static final class GermanHolder {
        static final OpenNlpProperNounCheck GERMAN = new OpenNlpProperNounCheck(load(GERMAN_MODEL));
    }

    static OpenNlpProperNounCheck defaults() {
        return Holder.DEFAULT;
    }

    /** The check with the German model, loaded on first use (only German texts need it). */
    static OpenNlpProperNounCheck german() {
        return GermanHolder.GERMAN;
    }

    private static POSModel load(String resource) {
        try (InputStream in = OpenNlpProperNounCheck.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP POS model " + resource + " not on the classpath");
            }
            return new POSModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean isProperNoun(List<String> sentence, int index) {
        String word = sentence.get(index);
        Boolean known = memo.get(word);
        if (known != null) {
            return known;
        }
        int end = Math.min(sentence.size(), index + 1 + WINDOW_AFTER);
        String[] window = new String[end - index];
        for (int k = index; k < end; k++) {
            window[k - index] = sentence.get(k);
        }
        String tag = tagger.get().tag(window)[0];
        boolean proper = "PROPN".equals(tag);
        if (memo.size() >= MEMO_LIMIT) {
            memo.clear();
        }
        memo.put(word, proper);
        return proper;
    }

    /** Whether each word of {@code window} is a proper noun in this context (the whole window tagged once). */
    boolean[] properNounsInContext(List<String> window) {
        String[] tags = tagger.get().tag(window.toArray(new String[0]));
        boolean[] proper = new boolean[tags.length];
        for (int k = 0; k < tags.length; k++) {
            proper[k] = "PROPN".equals(tags[k]);
        }
        return proper;
    }
}
