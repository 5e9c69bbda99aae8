package io.newsflow.enrich.extract;

import java.time.Instant;
import java.util.List;

/**
 * The result of extraction: body paragraphs with boilerplate removed, and metadata.
 * Field names follow schema.org NewsArticle (see EnrichedArticle.avsc).
 */
public record Extraction(
        String headline,
        boolean headlineDerived,
        List<String> authors,
        String section,
        String publisher,
        String language,
        double languageConfidence,
        Instant datePublished,
        String datePublishedSource,
        Instant dateModified,
        String dateModifiedSource,
        String canonicalUrl,
        List<String> body,
        int wordCount,
        List<Removed> removed,
        String extractionVersion,
        List<BlockDecision> decisions) {

    /** Version of the rules; bump when output for the same input changes. */
    public static final String VERSION = "extract-1.0";

    public Extraction {
        authors = List.copyOf(authors);
        body = List.copyOf(body);
        removed = List.copyOf(removed);
        decisions = List.copyOf(decisions);
    }

    /** First author or null. */
    public String author() {
        return authors.isEmpty() ? null : authors.get(0);
    }

    /** A block that was dropped from the body, and why. */
    public record Removed(String text, String reason) { }

    /**
     * What happened to one block (for {@code --explain}).
     *
     * @param index  position of the block in the input
     * @param text   the block text
     * @param kept   whether it went into the body
     * @param rule   name of the rule that decided, or "default"
     * @param reason human-readable reason
     * @param features short feature summary (words, stopword density, link density, tag path)
     */
    public record BlockDecision(int index, String text, boolean kept, String rule, String reason, String features) { }
}
