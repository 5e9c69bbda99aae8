/**
 * Near-duplicate and exact-copy fingerprints, pure (no Kafka): {@link io.newsflow.enrich.dedup.SimHash} (64-bit,
 * word-pair shingles, stable across JVMs, with a tuned Hamming threshold) and
 * {@link io.newsflow.enrich.dedup.ContentHash} (SHA-256 of the normalised body).
 */
package io.newsflow.enrich.dedup;
