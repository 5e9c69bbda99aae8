package io.newsflow.registry;

/** The registry could not parse or accept the schema ({@code error_code} 42201). */
public class InvalidSchemaException extends RegistryException {

    public InvalidSchemaException(String message, int httpStatus, int errorCode) {
        super(message, httpStatus, errorCode);
    }
}
