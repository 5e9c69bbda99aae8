package io.newsflow.ingest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One article per line: a JSON object with {@code body} (plain text) or {@code html}, and optionally
 * {@code url}, {@code title}, {@code published}, {@code author} and {@code source}. The raw record keeps the
 * line's bytes as they are; the optional fields become hints.
 */
public final class JsonLines {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** The documented optional fields, carried as hints. */
    static final String[] HINT_FIELDS = {"title", "published", "author", "source"};

    private JsonLines() {
    }

    /**
     * Parses one line.
     *
     * @throws RejectedInputException MALFORMED_JSON when the line is not an object with body or html
     */
    public static Candidate parse(SourceRef source, byte[] line, Instant fetchedAt) throws RejectedInputException {
        JsonNode node;
        try {
            node = MAPPER.readTree(new String(line, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new RejectedInputException(RejectReason.MALFORMED_JSON,
                    "not JSON: " + e.getOriginalMessage(), e);
        }
        if (node == null || !node.isObject()) {
            throw new RejectedInputException(RejectReason.MALFORMED_JSON, "a JSON Lines record must be an object");
        }
        boolean hasBody = node.path("body").isTextual() && !node.path("body").asText().isBlank();
        boolean hasHtml = node.path("html").isTextual() && !node.path("html").asText().isBlank();
        if (!hasBody && !hasHtml) {
            throw new RejectedInputException(RejectReason.MALFORMED_JSON,
                    "a JSON Lines record needs a non-empty \"body\" or \"html\" string");
        }
        Map<String, String> hints = new LinkedHashMap<>();
        for (String field : HINT_FIELDS) {
            if (node.path(field).isTextual()) {
                hints.put(field, node.get(field).asText());
            }
        }
        String url = node.path("url").isTextual() ? node.get("url").asText() : null;
        return new Candidate(source, line, ContentTypes.JSON, StandardCharsets.UTF_8.name(), url, hints, fetchedAt,
                line.length);
    }
}
