package io.newsflow.enrich.extract;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The working state of one extraction: blocks plus metadata found so far. */
final class Page {
    final List<Block> blocks;
    final boolean html;
    /** Headline from structured data or the source (null when none); rules may set it from a title line. */
    String headline;
    String headlineSource;
    boolean headlineDerived;
    final List<String> authors = new ArrayList<>();
    String authorSource;
    /** Authors stated as organisations (JSON-LD Organization): used only when no person is named. */
    final List<String> organisationAuthors = new ArrayList<>();
    String section;
    String publisher;
    Instant datePublished;
    String datePublishedSource;
    Instant dateModified;
    String dateModifiedSource;
    String canonicalUrl;
    String url;
    /** Container ids (see {@link Block#containers}) of {@code <article>} elements; empty for plain text. */
    java.util.BitSet articleElements = new java.util.BitSet();
    /** The article text as stated in JSON-LD (articleBody), when the page states it. */
    String structuredBody;

    Page(List<Block> blocks, boolean html) {
        this.blocks = blocks;
        this.html = html;
        long words = 0;
        long stop = 0;
        for (Block b : blocks) {
            if (b.words >= Thresholds.CONTENT_MIN_WORDS) {
                words += b.words;
                stop += b.stopwords;
            }
        }
        if (words > 0 && stop < Thresholds.PAGE_MIN_STOPWORD_DENSITY * words) {
            for (Block b : blocks) {
                b.ignoreStopwords = true;
            }
        }
    }

    void addAuthor(String name, String source) {
        if (name == null) {
            return;
        }
        String n = Texts.collapse(name);
        if (n.isEmpty() || n.length() > 80) {
            return;
        }
        for (String a : authors) {
            if (a.equalsIgnoreCase(n)) {
                return;
            }
        }
        if (authorSource != null && !authorSource.equals(source) && !authors.isEmpty()) {
            if (!source.equals("byline") || !authorsArePublisher()) {
                return; // the first source that named authors wins; others would only add variants
            }
            authors.clear(); // a visible byline names a person where metadata only named the publisher
        }
        authorSource = source;
        authors.add(n);
    }

    /** An author stated as an organisation: kept aside, used only when no person is named. */
    void addOrganisationAuthor(String name) {
        if (name != null && !name.isBlank()) {
            organisationAuthors.add(Texts.collapse(name));
        }
    }

    private boolean authorsArePublisher() {
        if (publisher == null || !"jsonld".equals(authorSource) && !"meta".equals(authorSource)) {
            return false;
        }
        for (String a : authors) {
            if (!a.equalsIgnoreCase(publisher.strip())) {
                return false;
            }
        }
        return true;
    }

    void published(Instant when, String source) {
        if (when != null && datePublished == null) {
            datePublished = when;
            datePublishedSource = source;
        }
    }

    void modified(Instant when, String source) {
        if (when != null && dateModified == null) {
            dateModified = when;
            dateModifiedSource = source;
        }
    }

    /** Index of the first kept prose block, or -1. */
    int firstProse() {
        for (Block b : blocks) {
            if (!b.removed && b.proseLike()) {
                return b.index;
            }
        }
        return -1;
    }
}
