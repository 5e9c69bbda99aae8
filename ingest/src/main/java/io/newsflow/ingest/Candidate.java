package io.newsflow.ingest;

import java.time.Instant;
import java.util.Map;

/**
 * An input read from a source, not yet checked: the bytes as read, with what the source knows about them.
 *
 * @param source          where it came from
 * @param bytes           the original bytes
 * @param declaredType    a content type the source states (JSON Lines record, HTTP header), or null to detect
 * @param declaredCharset a charset the source states (HTTP header), or null
 * @param url             the article URL when known
 * @param hints           metadata the source states (title, published, author)
 * @param fetchedAt       when the bytes were read
 * @param size            the size of the whole input (may exceed bytes.length when it was too large to read)
 */
public record Candidate(SourceRef source, byte[] bytes, String declaredType, String declaredCharset, String url,
                        Map<String, String> hints, Instant fetchedAt, long size) {

    public Candidate {
        hints = Map.copyOf(hints);
    }

    static Candidate of(SourceRef source, byte[] bytes, Instant fetchedAt) {
        return new Candidate(source, bytes, null, null, null, Map.of(), fetchedAt, bytes.length);
    }
}
