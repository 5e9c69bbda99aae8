package io.newsflow.registry;

/** The schema breaks the subject's compatibility rule (HTTP 409; {@code error_code} 409 from Confluent and Apicurio, 40901 from some others). */
public class IncompatibleSchemaException extends RegistryException {

    public IncompatibleSchemaException(String message, int httpStatus, int errorCode) {
        super(message, httpStatus, errorCode);
    }
}
