package io.newsflow.registry;

/** The client configuration is invalid: a bad URL, missing credentials, an unreadable truststore. */
public class RegistryConfigException extends RegistryException {

    public RegistryConfigException(String message) {
        super(message, NONE, NONE);
    }

    public RegistryConfigException(String message, Throwable cause) {
        super(message, NONE, NONE, cause);
    }
}
