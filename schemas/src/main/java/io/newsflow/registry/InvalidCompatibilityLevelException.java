package io.newsflow.registry;

/** The compatibility level is not one the registry knows ({@code error_code} 42203). */
public class InvalidCompatibilityLevelException extends RegistryException {

    public InvalidCompatibilityLevelException(String message, int httpStatus, int errorCode) {
        super(message, httpStatus, errorCode);
    }
}
