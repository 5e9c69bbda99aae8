package io.newsflow.registry;

/** The registry failed on its side (HTTP 5xx or {@code error_code} 5xxxx). Retried before it is thrown. */
public class RegistryServerException extends RegistryException {

    public RegistryServerException(String message, int httpStatus, int errorCode) {
        super(message, httpStatus, errorCode);
    }

    @Override
    public boolean isRetriable() {
        return true;
    }
}
