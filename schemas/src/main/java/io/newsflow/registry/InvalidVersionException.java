package io.newsflow.registry;

/** The version is not a valid version number or {@code latest} ({@code error_code} 42202). */
public class InvalidVersionException extends RegistryException {

    public InvalidVersionException(String message, int httpStatus, int errorCode) {
        super(message, httpStatus, errorCode);
    }
}
