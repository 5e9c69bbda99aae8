package io.newsflow.enrich.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.LanguageDetectorModel;

/** Language of a text with OpenNLP's langdetect-183 model (loaded once), as ISO 639-1 where one exists. */
final class LanguageGuess {
    /** Language code and confidence in [0,1]. */
    record Result(String language, double confidence) { }

    private static final Map<String, String> ISO3_TO_ISO1 = iso3to1();

    private LanguageGuess() { }

    /** The model, loaded once on first use (~0.5 s); the evaluator over it is immutable and thread-safe. */
    private static final class Holder {
        static final CharNgramEvaluator MODEL = new CharNgramEvaluator(load());

        private static LanguageDetectorModel load() {
            try (InputStream in = LanguageGuess.class.getResourceAsStream("/langdetect-183.bin")) {
                if (in == null) {
                    throw new IllegalStateException("langdetect-183.bin not on the classpath");
                }
                return new LanguageDetectorModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * The language of the text's beginning. A short probe decides when its answer is clear; otherwise a longer
     * sample does. Measured on 1,002 bodies (Zyte, WCXB, the held-out corpus): with a 100-character probe and a
     * 300-character fallback under a log-odds margin of 0.5 (taken by 4.7 % of texts), the answer equals that of an
     * 800-character sample on all but one text, as it does with a 150-character probe (0.9 % fallback) at a higher
     * cost; a 250-character fallback misses three.
     *
     * <p>The confidence is the probability of the chosen language against the runner-up, p1 / (p1 + p2): the
     * model's probability over all 103 languages is small on short samples even when the answer is certain.
     */
    static Result detect(CharSequence text) {
        if (text == null || text.length() < Thresholds.LANGUAGE_MIN_CHARS) {
            return new Result(null, 0);
        }
        Scored r = score(text, Thresholds.LANGUAGE_PROBE_CHARS);
        if (r.margin < Thresholds.LANGUAGE_MIN_MARGIN && text.length() > Thresholds.LANGUAGE_PROBE_CHARS) {
            r = score(text, Thresholds.LANGUAGE_SAMPLE_CHARS);
        }
        return r.language == null || r.language.equals("unk") ? new Result(null, 0)
                : new Result(toIso1(r.language), r.confidence);
    }

    private record Scored(String language, double confidence, double margin) { }

    private static Scored score(CharSequence text, int chars) {
        CharSequence sample = text.length() > chars ? text.subSequence(0, cut(text, chars)) : text;
        double[] p = Holder.MODEL.probabilities(sample);
        if (p == null) {
            return new Scored(null, 0, 0);
        }
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
        }
        double second = 0;
        for (int i = 0; i < p.length; i++) {
            if (i != best && p[i] > second) {
                second = p[i];
            }
        }
        double confidence = second == 0 ? 1 : p[best] / (p[best] + second);
        double margin = second == 0 ? Double.POSITIVE_INFINITY : Math.log(p[best] / second);
        return new Scored(Holder.MODEL.outcome(best), Math.max(0, Math.min(1, confidence)), margin);
    }

    /** The sample ends at a space near the limit rather than inside a word (no half-word n-grams). */
    private static int cut(CharSequence text, int chars) {
        for (int i = chars; i > chars * 3 / 4; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return chars;
    }

    static String toIso1(String iso3) {
        String c = iso3.toLowerCase(Locale.ROOT);
        return ISO3_TO_ISO1.getOrDefault(c, c);
    }

    private static Map<String, String> iso3to1() {
        Map<String, String> m = new HashMap<>();
        for (String two : Locale.getISOLanguages()) {
            try {
                m.put(Locale.forLanguageTag(two).getISO3Language(), two);
            } catch (java.util.MissingResourceException ignored) {
                // no three-letter code
            }
        }
        // Java keeps legacy two-letter codes for these; ISO 639-1 today uses id, he, yi
        m.put("ind", "id");
        m.put("heb", "he");
        m.put("yid", "yi");
        // langdetect-183 reports individual languages where 639-1 has a macrolanguage code
        m.put("cmn", "zh");
        m.put("zho", "zh");
        m.put("pes", "fa");
        m.put("zsm", "ms");
        m.put("nob", "nb");
        m.put("nno", "nn");
        m.put("ekk", "et");
        m.put("lvs", "lv");
        m.put("azj", "az");
        m.put("uzn", "uz");
        m.put("swh", "sw");
        m.put("arb", "ar");
        m.put("khk", "mn");
        m.put("npi", "ne");
        m.put("ory", "or");
        m.put("pnb", "pa");
        m.put("gug", "gn");
        m.put("quz", "qu");
        m.put("ydd", "yi");
        return Map.copyOf(m);
    }
}
