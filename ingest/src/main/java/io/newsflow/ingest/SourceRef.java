package io.newsflow.ingest;

import io.newsflow.schemas.avro.ArticleSource;

/**
 * Where an input came from.
 *
 * @param kind file, replay, watch, feed, jsonl or stdin
 * @param name human-readable source name
 * @param uri  URI of the item (file URI, article URL, file#Lnn)
 * @param feed the feed URL, for feed items
 * @param path the path or URL as given by the user, for logs and rejections
 */
public record SourceRef(String kind, String name, String uri, String feed, String path) {

    ArticleSource toAvro() {
        return ArticleSource.newBuilder().setKind(kind).setName(name).setUri(uri).setFeed(feed).build();
    }

    SourceRef withKind(String newKind) {
        return new SourceRef(newKind, name, uri, feed, path);
    }
}
