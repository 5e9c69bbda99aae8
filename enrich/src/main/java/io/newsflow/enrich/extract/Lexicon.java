package io.newsflow.enrich.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Word lists loaded once from resources (one entry per line, '#' comments). */
final class Lexicon {
    static final Set<String> STOPWORDS = set("stopwords.txt");
    /** The stopwords as token hashes ({@link Texts#scan}): what blocks count without building token strings. */
    static final com.carrotsearch.hppc.LongHashSet STOPWORD_HASHES = hashes(STOPWORDS);
    static final Set<String> NAVIGATION = set("navigation.txt");
    static final List<String> CREDITS = list("credits.txt");
    static final List<String> BYLINE_PREFIXES = list("bylines.txt");
    static final Set<String> LANGUAGES = set("languages.txt");
    static final Set<String> CHROME_CLASSES = set("chrome-classes.txt");
    static final Set<String> CAPTION_CLASSES = set("caption-classes.txt");
    static final Set<String> BYLINE_CLASSES = set("byline-classes.txt");
    static final List<String> CONTENT_CLASSES = list("content-classes.txt");

    private Lexicon() { }

    static List<String> list(String name) {
        List<String> out = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("word list missing: " + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                // trailing spaces are significant for a few markers ("(c) "), leading ones are not
                out.add(line.stripLeading().toLowerCase(Locale.ROOT));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }

    private static com.carrotsearch.hppc.LongHashSet hashes(Set<String> words) {
        com.carrotsearch.hppc.LongHashSet out = new com.carrotsearch.hppc.LongHashSet(words.size());
        for (String w : words) {
            long[] h = Texts.tokenHashes(w);
            if (h.length == 1) {
                out.add(h[0]); // a listed word that is one token ("don't" is two and can never match one)
            }
        }
        return out;
    }

    static Set<String> set(String name) {
        Set<String> s = new HashSet<>();
        for (String w : list(name)) {
            s.add(w.strip());
        }
        return Set.copyOf(s);
    }
}
