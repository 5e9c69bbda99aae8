package io.newsflow.registry;

/** No such schema: an unknown id, or a schema not registered under the subject ({@code error_code} 40403). */
public class SchemaNotFoundException extends RegistryException {

    public SchemaNotFoundException(String message, int httpStatus, int errorCode) {
        super(message, httpStatus, errorCode);
    }
}
