package io.newsflow.registry;

/** The subject has no such version ({@code error_code} 40402). */
public class VersionNotFoundException extends RegistryException {

    public VersionNotFoundException(String message, int httpStatus, int errorCode) {
        super(message, httpStatus, errorCode);
    }
}
