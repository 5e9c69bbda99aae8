package io.newsflow.ingest;

/** Why ingest refused an input. Each becomes one {@code Rejection} with this code on the rejected topic. */
public enum RejectReason {
    /** The file or entry has no bytes, or only white space. */
    EMPTY,
    /** The bytes are not text (NUL bytes, control characters, a known binary signature). */
    BINARY,
    /** The bytes cannot be decoded in any plausible character set. */
    UNDECODABLE,
    /** Larger than the configured size limit. */
    TOO_LARGE,
    /** The file could not be read (permissions, vanished, I/O error). */
    UNREADABLE,
    /** A JSON Lines line that is not a JSON object with the documented fields. */
    MALFORMED_JSON,
    /** A feed document that is not well-formed RSS 2.0 or Atom. */
    MALFORMED_FEED,
    /** A feed document with a DTD or external entities (XXE), refused unparsed. */
    HOSTILE_XML,
    /** A feed or page could not be fetched. */
    FETCH_FAILED,
    /** The broker did not accept the record after the producer's retries. */
    PUBLISH_FAILED
}
