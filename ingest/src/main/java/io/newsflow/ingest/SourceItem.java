package io.newsflow.ingest;

/** What a source yields: a candidate article, or an input it already knows is bad. */
public sealed interface SourceItem {

    SourceRef source();

    /** A readable input, to be checked and published. */
    record Found(Candidate candidate) implements SourceItem {
        @Override
        public SourceRef source() {
            return candidate.source();
        }
    }

    /**
     * An input that failed while being read.
     *
     * @param bytes what could be read of it (may be empty), for the rejection record
     * @param size  the input's full size, when known
     */
    record Failed(SourceRef source, RejectReason reason, String message, byte[] bytes, long size)
            implements SourceItem {
    }
}
