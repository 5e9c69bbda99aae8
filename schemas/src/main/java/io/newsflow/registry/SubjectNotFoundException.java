package io.newsflow.registry;

/** The subject does not exist ({@code error_code} 40401). */
public class SubjectNotFoundException extends RegistryException {

    public SubjectNotFoundException(String message, int httpStatus, int errorCode) {
        super(message, httpStatus, errorCode);
    }
}
