package io.newsflow.registry;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Confluent Schema Registry error protocol: answers {@code {"error_code": n, "message": "..."}} and the typed
 * exception each code maps to.
 */
public final class RegistryErrors {

    public static final int SUBJECT_NOT_FOUND = 40401;
    public static final int VERSION_NOT_FOUND = 40402;
    public static final int SCHEMA_NOT_FOUND = 40403;
    /** The subject was soft-deleted (answer to a second soft delete). */
    public static final int SUBJECT_SOFT_DELETED = 40404;
    /** Subject has no subject-level compatibility (newer Confluent, without {@code defaultToGlobal}). */
    public static final int SUBJECT_COMPATIBILITY_NOT_CONFIGURED = 40408;
    /** Confluent and Apicurio answer an incompatible schema with error_code 409 (and HTTP 409). */
    public static final int INCOMPATIBLE_SCHEMA = 409;
    /** The five-digit form of the same error, used by other Confluent-compatible servers. */
    public static final int INCOMPATIBLE_SCHEMA_5_DIGIT = 40901;
    public static final int INVALID_SCHEMA = 42201;
    public static final int INVALID_VERSION = 42202;
    public static final int INVALID_COMPATIBILITY_LEVEL = 42203;
    /** Confluent's backend store error; any 5xxxx code is a server error. */
    public static final int STORE_ERROR = 50001;

    /** Longest part of a non-JSON error body quoted in an exception message. */
    private static final int MAX_QUOTED_BODY = 200;
    private static final ObjectMapper JSON = new ObjectMapper();

    private RegistryErrors() {
    }

    /**
     * The exception for an unsuccessful answer.
     *
     * @param httpStatus the HTTP status (not 2xx)
     * @param body       the answer body, possibly empty or not JSON
     * @param request    what was asked, e.g. {@code GET /schemas/ids/7}, for the message
     */
    public static RegistryException toException(int httpStatus, byte[] body, String request) {
        int errorCode = RegistryException.NONE;
        String message;
        String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
        try {
            JsonNode node = JSON.readTree(text);
            if (node != null && node.isObject() && (node.has("error_code") || node.has("message"))) {
                errorCode = node.path("error_code").asInt(RegistryException.NONE);
                message = node.path("message").asText("");
            } else {
                message = "unexpected body: " + quote(text);
            }
        } catch (java.io.IOException e) {
            message = "non-JSON body: " + quote(text);
        }
        String full = request + " failed: HTTP " + httpStatus
                + (errorCode == RegistryException.NONE ? "" : ", error_code " + errorCode) + ": " + message;
        return create(full, httpStatus, errorCode);
    }

    /** The typed exception for an error code (and HTTP status, for servers that send no or an unknown code). */
    public static RegistryException create(String message, int httpStatus, int errorCode) {
        switch (errorCode) {
            case SUBJECT_NOT_FOUND:
                return new SubjectNotFoundException(message, httpStatus, errorCode);
            case VERSION_NOT_FOUND:
                return new VersionNotFoundException(message, httpStatus, errorCode);
            case SCHEMA_NOT_FOUND:
                return new SchemaNotFoundException(message, httpStatus, errorCode);
            case INCOMPATIBLE_SCHEMA:
            case INCOMPATIBLE_SCHEMA_5_DIGIT:
                return new IncompatibleSchemaException(message, httpStatus, errorCode);
            case INVALID_SCHEMA:
                return new InvalidSchemaException(message, httpStatus, errorCode);
            case INVALID_VERSION:
                return new InvalidVersionException(message, httpStatus, errorCode);
            case INVALID_COMPATIBILITY_LEVEL:
                return new InvalidCompatibilityLevelException(message, httpStatus, errorCode);
            default:
                break;
        }
        if (httpStatus == 409) {
            return new IncompatibleSchemaException(message, httpStatus, errorCode);
        }
        if ((errorCode >= 50000 && errorCode <= 59999) || (httpStatus >= 500 && httpStatus <= 599)) {
            return new RegistryServerException(message, httpStatus, errorCode);
        }
        return new RegistryException(message, httpStatus, errorCode);
    }

    private static String quote(String text) {
        String oneLine = text.replaceAll("\\s+", " ").trim();
        if (oneLine.isEmpty()) {
            return "(empty)";
        }
        return "'" + (oneLine.length() > MAX_QUOTED_BODY ? oneLine.substring(0, MAX_QUOTED_BODY) + "..." : oneLine) + "'";
    }
}
