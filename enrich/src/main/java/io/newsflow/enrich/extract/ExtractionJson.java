package io.newsflow.enrich.extract;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The JSON contract of {@code newsflow extract --format json}: one object per input. */
public final class ExtractionJson {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private ExtractionJson() { }

    public static ObjectNode toJson(String source, Extraction e) {
        ObjectNode o = F.objectNode();
        o.put("source", source);
        o.put("headline", e.headline());
        o.put("headlineDerived", e.headlineDerived());
        o.put("author", e.author());
        ArrayNode authors = o.putArray("authors");
        e.authors().forEach(authors::add);
        o.put("section", e.section());
        o.put("publisher", e.publisher());
        o.put("language", e.language());
        o.put("languageConfidence", e.languageConfidence());
        o.put("datePublished", ArticleExtractor.iso(e.datePublished()));
        o.put("datePublishedSource", e.datePublishedSource());
        o.put("dateModified", ArticleExtractor.iso(e.dateModified()));
        o.put("dateModifiedSource", e.dateModifiedSource());
        o.put("canonicalUrl", e.canonicalUrl());
        o.put("wordCount", e.wordCount());
        ArrayNode body = o.putArray("body");
        e.body().forEach(body::add);
        ArrayNode removed = o.putArray("removed");
        for (Extraction.Removed r : e.removed()) {
            removed.addObject().put("text", r.text()).put("reason", r.reason());
        }
        o.put("extractionVersion", e.extractionVersion());
        if (!e.decisions().isEmpty()) {
            ArrayNode explain = o.putArray("explain");
            for (Extraction.BlockDecision d : e.decisions()) {
                explain.addObject().put("index", d.index()).put("kept", d.kept()).put("rule", d.rule())
                        .put("reason", d.reason()).put("features", d.features()).put("text", d.text());
            }
        }
        return o;
    }

    public static ObjectNode errorJson(String source, ExtractionException ex) {
        ObjectNode o = F.objectNode();
        o.put("source", source);
        ObjectNode err = o.putObject("error");
        err.put("code", ex.code());
        err.put("message", ex.getMessage());
        return o;
    }
}
