package io.newsflow.registry;

/**
 * A schema registry call failed. Carries the HTTP status and the registry's {@code error_code} when there were any;
 * subclasses name the errors callers act on.
 */
public class RegistryException extends RuntimeException {

    /** Marks an absent HTTP status or error code (I/O failure, non-JSON body, configuration). */
    public static final int NONE = -1;

    private final int httpStatus;
    private final int errorCode;

    public RegistryException(String message, int httpStatus, int errorCode) {
        this(message, httpStatus, errorCode, null);
    }

    public RegistryException(String message, int httpStatus, int errorCode, Throwable cause) {
        super(message, cause);
        this.httpStatus = httpStatus;
        this.errorCode = errorCode;
    }

    /** HTTP status of the answer, or {@link #NONE}. */
    public int httpStatus() {
        return httpStatus;
    }

    /** The registry's {@code error_code}, or {@link #NONE} when the answer had none. */
    public int errorCode() {
        return errorCode;
    }

    /** True when the same call may succeed later (server errors, I/O); false for answers about the request. */
    public boolean isRetriable() {
        return false;
    }
}
