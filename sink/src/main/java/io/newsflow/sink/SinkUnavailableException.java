package io.newsflow.sink;

/** The store could not be reached within the retry policy; the batch was not stored and must be redelivered. */
public final class SinkUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SinkUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
