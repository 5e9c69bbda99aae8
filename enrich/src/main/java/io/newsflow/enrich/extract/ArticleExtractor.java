package io.newsflow.enrich.extract;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Article extraction: boilerplate removal and metadata for HTML pages and plain text as scraped.
 * Pure and thread-safe; one instance serves all threads.
 *
 * <pre>{@code
 * Extraction e = ArticleExtractor.withDefaults().extract(ExtractionInput.ofText(text));
 * }</pre>
 */
public final class ArticleExtractor {
    private static final ArticleExtractor DEFAULTS = new ArticleExtractor(false);
    /** Markup is sniffed in the head of the input only. */
    private static final int SNIFF_CHARS = 2048;
    /** Top-of-page blocks searched for a written date when no structured date exists. */
    private static final int DATE_SCAN_BLOCKS = 30;
    /** A dateline is a short block; long ones mention dates in passing. */
    private static final int DATE_SCAN_MAX_WORDS = 15;
    /** Minimum words in a URL slug to derive a headline from it. */
    private static final int SLUG_MIN_WORDS = 3;

    private final boolean explain;

    private ArticleExtractor(boolean explain) {
        this.explain = explain;
    }

    public static ArticleExtractor withDefaults() {
        return DEFAULTS;
    }

    /** The same extractor, also filling {@link Extraction#decisions()} (for {@code --explain}). */
    public ArticleExtractor explaining() {
        return new ArticleExtractor(true);
    }

    public Extraction extract(ExtractionInput in) throws ExtractionException {
        boolean fromText = in.text() != null;
        String text = fromText ? in.text() : Decoding.decode(in.content(), in.charset());
        if (text.length() > Thresholds.INPUT_MAX_BYTES) {
            throw new ExtractionException(ExtractionException.Reason.TOO_LARGE,
                    "input is " + text.length() + " characters; the limit is " + Thresholds.INPUT_MAX_BYTES);
        }
        if (text.isBlank()) {
            throw new ExtractionException(ExtractionException.Reason.EMPTY, "input is empty");
        }
        // decoded bytes were checked as bytes, except behind a UTF-16 mark (every other byte is 0 there)
        if ((fromText || Decoding.hasUtf16Bom(in.content())) && Decoding.isBinary(text)) {
            throw new ExtractionException(ExtractionException.Reason.BINARY, "input looks binary (control characters)");
        }
        boolean html = switch (in.format()) {
            case HTML -> true;
            case TEXT -> false;
            case AUTO -> looksLikeHtml(text);
        };
        Page page;
        if (html) {
            Document doc;
            try {
                doc = Jsoup.parse(text, in.url() == null ? "" : in.url());
            } catch (RuntimeException e) {
                throw new ExtractionException(ExtractionException.Reason.MALFORMED, "cannot parse HTML: " + e, e);
            }
            page = HtmlReader.read(doc);
            HtmlMetadata.read(doc, page);
        } else {
            page = TextReader.read(text);
        }
        if (page.blocks.isEmpty()) {
            throw new ExtractionException(ExtractionException.Reason.EMPTY, "no text in the input");
        }
        page.url = in.url();
        String hintTitle = in.hint(ExtractionInput.HINT_TITLE);
        if (page.headline == null && hintTitle != null) {
            page.headline = Texts.collapse(hintTitle);
            page.headlineSource = "hint";
        }
        if (in.strip()) {
            RuleSequence.run(html ? RuleSequence.HTML : RuleSequence.TEXT, page);
        }
        return finish(page, in);
    }

    private Extraction finish(Page page, ExtractionInput in) {
        List<String> body = new ArrayList<>();
        List<Extraction.Removed> removed = new ArrayList<>();
        List<Extraction.BlockDecision> decisions = new ArrayList<>();
        int words = 0;
        StringBuilder sample = new StringBuilder();
        for (Block b : page.blocks) {
            if (b.removed) {
                removed.add(new Extraction.Removed(b.text, b.reason));
            } else {
                body.add(b.text);
                words += b.words;
                if (sample.length() < Thresholds.LANGUAGE_SAMPLE_CHARS) {
                    sample.append(b.text).append('\n');
                }
            }
            if (explain) {
                decisions.add(new Extraction.BlockDecision(b.index, b.text, !b.removed,
                        b.rule == null ? "default" : b.rule, b.reason == null ? "kept" : b.reason, b.features()));
            }
        }
        String hintAuthor = in.hint(ExtractionInput.HINT_AUTHOR);
        if (page.authors.isEmpty() && hintAuthor != null) {
            page.addAuthor(hintAuthor, "hint");
        }
        if (page.authors.isEmpty()) {
            for (String org : page.organisationAuthors) {
                page.addAuthor(org, "jsonld");
            }
        }
        if (page.publisher == null) {
            page.publisher = in.hint(ExtractionInput.HINT_PUBLISHER);
        }
        page.published(Dates.parse(in.hint(ExtractionInput.HINT_PUBLISHED)), "hint");
        page.published(Dates.fromUrl(page.canonicalUrl != null ? page.canonicalUrl : page.url), "url");
        if (page.datePublished == null) {
            for (int i = 0; i < Math.min(DATE_SCAN_BLOCKS, page.blocks.size()); i++) {
                Block b = page.blocks.get(i);
                if (b.words <= DATE_SCAN_MAX_WORDS) {
                    page.published(Dates.text(b.text), "text");
                }
            }
        }
        if (page.headline == null) {
            String derived = fromSlug(page.canonicalUrl != null ? page.canonicalUrl : page.url);
            if (derived != null) {
                page.headline = derived;
                page.headlineDerived = true;
            }
        }
        LanguageGuess.Result lang = LanguageGuess.detect(sample);
        return new Extraction(page.headline, page.headlineDerived, page.authors, page.section, page.publisher,
                lang.language(), lang.confidence(), page.datePublished, page.datePublishedSource, page.dateModified,
                page.dateModifiedSource, page.canonicalUrl, body, words, removed, Extraction.VERSION, decisions);
    }

    /** "https://x.org/news/kremlin-finds-new-reasons-123" → "Kremlin finds new reasons" (marked derived). */
    static String fromSlug(String url) {
        if (url == null) {
            return null;
        }
        String path = url.replaceFirst("^[a-zA-Z]+://[^/]*", "");
        int q = path.indexOf('?');
        if (q >= 0) {
            path = path.substring(0, q);
        }
        String[] segments = path.split("/");
        for (int i = segments.length - 1; i >= 0; i--) {
            String seg = segments[i].replaceFirst("\\.[a-z]{2,5}$", "");
            List<String> words = new ArrayList<>();
            for (String w : seg.split("[-_]")) {
                if (!w.isEmpty() && w.chars().allMatch(Character::isLetter)) {
                    words.add(w.toLowerCase(Locale.ROOT));
                }
            }
            if (words.size() >= SLUG_MIN_WORDS) {
                String s = String.join(" ", words);
                return Character.toUpperCase(s.charAt(0)) + s.substring(1);
            }
        }
        return null;
    }

    static boolean looksLikeHtml(String text) {
        int i = 0;
        while (i < text.length() && Texts.isSpace(text.charAt(i))) {
            i++;
        }
        if (i == text.length() || text.charAt(i) != '<') {
            return false; // markup starts with a tag (or a declaration, a comment)
        }
        String head = text.substring(i, Math.min(text.length(), i + SNIFF_CHARS)).toLowerCase(Locale.ROOT);
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml")
                && head.contains("<html")) {
            return true;
        }
        if (!head.startsWith("<")) {
            return false;
        }
        for (String tag : List.of("<head", "<body", "<div", "<p>", "<p ", "<meta", "<title", "<article", "<span",
                "<h1", "<table", "<section", "<!--")) {
            if (head.contains(tag)) {
                return true;
            }
        }
        return false;
    }

    /** Reported time of a date as an ISO-8601 string (for JSON), or null. */
    static String iso(Instant t) {
        return t == null ? null : t.toString();
    }
}
