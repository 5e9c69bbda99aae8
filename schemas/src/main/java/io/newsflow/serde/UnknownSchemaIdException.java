package io.newsflow.serde;

import org.apache.kafka.common.errors.SerializationException;

/** The record names a schema id the registry does not know (wrong registry, or the schema was deleted). */
public class UnknownSchemaIdException extends SerializationException {

    private final int schemaId;

    public UnknownSchemaIdException(String topic, int schemaId, Throwable cause) {
        super("Unknown schema id " + schemaId + " in a record of topic " + topic
                + ": the schema registry has no schema with this id", cause);
        this.schemaId = schemaId;
    }

    public int schemaId() {
        return schemaId;
    }
}
