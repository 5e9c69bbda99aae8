package io.newsflow.enrich.extract;

/** A typed rejection: the input cannot be turned into an article. */
public final class ExtractionException extends Exception {

    /** Why the input was rejected; stable codes for headers, metrics and JSON. */
    public enum Reason {
        /** Nothing but whitespace, or markup without any text. */
        EMPTY,
        /** Looks like a binary file (NUL bytes, control characters). */
        BINARY,
        /** The bytes cannot be decoded with the declared or any detected charset. */
        UNDECODABLE,
        /** Larger than the extractor accepts. */
        TOO_LARGE,
        /** The markup could not be read into a document. */
        MALFORMED
    }

    private final Reason reason;

    public ExtractionException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public ExtractionException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** Lower-case code as used in JSON and record headers, e.g. {@code too_large}. */
    public String code() {
        return reason.name().toLowerCase(java.util.Locale.ROOT);
    }
}
