package io.newsflow.serde;

import org.apache.kafka.common.errors.SerializationException;

/** The bytes do not start with the Confluent wire format's magic byte 0: not written by a Confluent serializer. */
public class UnknownMagicByteException extends SerializationException {

    private final int magicByte;

    public UnknownMagicByteException(String topic, int magicByte) {
        super("Unknown magic byte " + (magicByte < 0 ? "(empty payload)" : String.format("0x%02x", magicByte & 0xff))
                + " in a record of topic " + topic + ": expected 0x00 (Confluent wire format)");
        this.magicByte = magicByte;
    }

    /** The first byte found, or -1 for an empty payload. */
    public int magicByte() {
        return magicByte;
    }
}
