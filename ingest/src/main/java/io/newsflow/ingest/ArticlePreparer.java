package io.newsflow.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import io.newsflow.schemas.avro.IngestMetadata;
import io.newsflow.schemas.avro.RawArticle;

/**
 * Checks a candidate and turns it into a {@link RawArticle}: size, emptiness, binary content, content type and
 * charset, and the stable id. The original bytes are never altered.
 */
public final class ArticlePreparer {

    private final long maxBytes;
    private final String ingestor;

    public ArticlePreparer(long maxBytes, String ingestor) {
        this.maxBytes = maxBytes;
        this.ingestor = ingestor;
    }

    /**
     * @param runId    the run this record belongs to
     * @param sequence its position in the run
     * @param asNew    give it a fresh id (load runs) instead of the stable one
     */
    public RawArticle prepare(Candidate c, String runId, long sequence, boolean asNew) throws RejectedInputException {
        if (c.size() > maxBytes) {
            throw new RejectedInputException(RejectReason.TOO_LARGE,
                    "input of " + c.size() + " bytes exceeds the limit of " + maxBytes + " bytes");
        }
        byte[] bytes = c.bytes();
        if (isBlank(bytes)) {
            throw new RejectedInputException(RejectReason.EMPTY, "input is empty");
        }
        String type = c.declaredType() != null ? c.declaredType() : ContentTypes.detect(c.source().path(), bytes);
        if (c.declaredType() != null && ContentTypes.looksBinary(bytes)) {
            throw new RejectedInputException(RejectReason.BINARY, "binary content, not text");
        }
        Charset charset;
        String text;
        if (type.equals(ContentTypes.JSON)) {
            if (!Charsets.decodes(bytes, StandardCharsets.UTF_8)) {
                throw new RejectedInputException(RejectReason.UNDECODABLE, "JSON Lines record is not valid UTF-8");
            }
            charset = StandardCharsets.UTF_8;
            text = new String(bytes, charset);
        } else {
            Charsets.Decoded decoded = Charsets.detectAndDecode(bytes, c.declaredCharset(), type.equals(ContentTypes.HTML));
            charset = decoded.charset();
            text = decoded.text();
        }
        if (text.isBlank()) {
            throw new RejectedInputException(RejectReason.EMPTY, "input has no text");
        }
        String id = c.url() != null ? ArticleIds.fromUrl(c.url()) : null;
        if (id == null) {
            id = ArticleIds.fromText(text);
        }
        if (asNew) {
            id = ArticleIds.asNew(id, runId, sequence);
        }
        Map<String, String> hints = new HashMap<>(c.hints());
        return RawArticle.newBuilder()
                .setId(id)
                .setSource(c.source().toAvro())
                .setUrl(c.url())
                .setContentType(type)
                .setCharset(charset.name())
                .setContent(ByteBuffer.wrap(bytes))
                .setFetchedAt(c.fetchedAt())
                .setIngest(IngestMetadata.newBuilder().setIngestedAt(Instant.now()).setIngestor(ingestor)
                        .setRunId(runId).setSequence(sequence).setHints(hints).build())
                .build();
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                return false;
            }
        }
        return true;
    }
}
