/**
 * Article extraction: boilerplate removal and metadata, as pure functions (no Kafka imports).
 *
 * <p>Entry point: {@link io.newsflow.enrich.extract.ArticleExtractor#withDefaults()} and
 * {@link io.newsflow.enrich.extract.ArticleExtractor#extract(ExtractionInput)}; {@code explaining()} adds
 * per-block decisions for {@code --explain}. Failures are typed
 * ({@link io.newsflow.enrich.extract.ExtractionException.Reason}); {@link io.newsflow.enrich.extract.ExtractionJson}
 * writes the {@code newsflow extract --format json} contract.
 *
 * <p>Pipeline: bytes are decoded (BOM, declared charset, strict UTF-8, {@code <meta charset>}, windows-1252);
 * HTML goes through jsoup into blocks with markup context ({@code HtmlReader}) and structured metadata
 * ({@code HtmlMetadata}: JSON-LD, Open Graph, {@code <meta>}, {@code <time>}); plain text becomes one block per
 * line ({@code TextReader}). Named rules ({@code BlockRule}) then run in the sequence of {@code RuleSequence}:
 * markup context, link lists and teaser cards of other articles (HTML only), language switchers, navigation
 * words, "read also" lines, welcome banners, sign-ups, cookie notices, captions and credits, bylines, breadcrumbs,
 * datelines, the headline, section-end headings, the main span (densest run of prose, chosen inside the article
 * container for HTML) and repeated paragraphs.
 * Word lists and thresholds are resources next to this package ({@code *.txt}, {@code thresholds.properties}).
 */
package io.newsflow.enrich.extract;
