package io.newsflow.serde;

/** The Confluent wire format: magic byte 0, a 4-byte big-endian schema id, then the Avro binary encoding. */
public final class WireFormat {

    public static final byte MAGIC_BYTE = 0x0;
    public static final int ID_SIZE = 4;
    /** Magic byte plus schema id. */
    public static final int HEADER_SIZE = 1 + ID_SIZE;

    private WireFormat() {
    }
}
