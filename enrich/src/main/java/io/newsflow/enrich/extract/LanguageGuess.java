package io.newsflow.enrich.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/** Language of a text with OpenNLP's langdetect-183 model (loaded once), as ISO 639-1 where one exists. */
final class LanguageGuess {
    /** Language code and confidence in [0,1]. */
    record Result(String language, double confidence) { }

    private static final Map<String, String> ISO3_TO_ISO1 = iso3to1();

    private LanguageGuess() { }

    /**
     * Lazily loaded model: the first call pays ~0.5 s, later calls share it. The model is immutable;
     * each thread gets its own detector over it (OpenNLP's ME classes are not documented as thread-safe).
     */
    private static final class Holder {
        static final LanguageDetectorModel MODEL = load();
        static final ThreadLocal<LanguageDetectorME> DETECTOR =
                ThreadLocal.withInitial(() -> new LanguageDetectorME(MODEL));

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

    static Result detect(CharSequence text) {
        if (text == null || text.length() < Thresholds.LANGUAGE_MIN_CHARS) {
            return new Result(null, 0);
        }
        CharSequence sample = text.length() > Thresholds.LANGUAGE_SAMPLE_CHARS
                ? text.subSequence(0, Thresholds.LANGUAGE_SAMPLE_CHARS) : text;
        Language best = Holder.DETECTOR.get().predictLanguage(sample);
        if (best == null || best.getLang() == null || best.getLang().equals("unk")) {
            return new Result(null, 0);
        }
        return new Result(toIso1(best.getLang()), Math.max(0, Math.min(1, best.getConfidence())));
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
