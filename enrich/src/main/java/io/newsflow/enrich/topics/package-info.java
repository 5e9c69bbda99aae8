/**
 * IPTC Media Topics tagging, pure (no Kafka): {@link io.newsflow.enrich.topics.TopicTagger} scores the headline
 * and body against a {@link io.newsflow.enrich.topics.Taxonomy} of weighted terms (bundled in
 * {@code iptc-topics.tsv}: IPTC codes and labels, CC BY 4.0, with newsflow's own terms), stemmed with Lucene's
 * EnglishAnalyzer, and returns {@link io.newsflow.enrich.topics.SubjectTag}s with a subtopic's ancestors,
 * highest confidence first. Operators replace the taxonomy with {@code TopicTagger.fromFile} or extend it with
 * {@code merge}.
 */
package io.newsflow.enrich.topics;
