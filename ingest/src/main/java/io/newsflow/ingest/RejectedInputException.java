package io.newsflow.ingest;

/** An input that ingest refuses, with the reason code that goes on the rejected topic. */
public class RejectedInputException extends Exception {

    private static final long serialVersionUID = 1L;
    private final RejectReason reason;

    public RejectedInputException(RejectReason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public RejectedInputException(RejectReason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public RejectReason reason() {
        return reason;
    }
}
