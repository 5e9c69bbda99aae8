/**
 * People, places and organisations, pure (no Kafka): {@link io.newsflow.enrich.entities.EntityFinder} finds runs
 * of capitalised words, types them with gazetteers (JDK country names plus the lists in this package's resources),
 * title words and OpenNLP part-of-speech checks (English sentence starts, German capitalised nouns), and gives each
 * person one canonical name across spelling and transliteration variants.
 */
package io.newsflow.enrich.entities;
