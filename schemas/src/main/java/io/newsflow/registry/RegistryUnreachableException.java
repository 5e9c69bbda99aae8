package io.newsflow.registry;

/** No registry URL answered (connection refused, timeout, TLS failure). Retried before it is thrown. */
public class RegistryUnreachableException extends RegistryException {

    public RegistryUnreachableException(String message, Throwable cause) {
        super(message, NONE, NONE, cause);
    }

    @Override
    public boolean isRetriable() {
        return true;
    }
}
