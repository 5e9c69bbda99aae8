package io.newsflow.registry;

import org.apache.avro.Schema;

/** Small schemas for registry tests: a first version, a compatible evolution and a breaking one. */
final class TestSchemas {

    static final Schema V1 = parse("{\"type\":\"record\",\"name\":\"Probe\",\"namespace\":\"test\",\"fields\":["
            + "{\"name\":\"a\",\"type\":\"string\"}]}");
    /** Adds an optional field with a default: BACKWARD compatible with V1. */
    static final Schema V2_COMPATIBLE = parse("{\"type\":\"record\",\"name\":\"Probe\",\"namespace\":\"test\",\"fields\":["
            + "{\"name\":\"a\",\"type\":\"string\"},{\"name\":\"b\",\"type\":[\"null\",\"string\"],\"default\":null}]}");
    /** Adds a required field without a default: cannot read V1 data, so not BACKWARD compatible. */
    static final Schema V2_BREAKING = parse("{\"type\":\"record\",\"name\":\"Probe\",\"namespace\":\"test\",\"fields\":["
            + "{\"name\":\"a\",\"type\":\"string\"},{\"name\":\"c\",\"type\":\"int\"}]}");

    private TestSchemas() {
    }

    static Schema parse(String json) {
        return new Schema.Parser().parse(json);
    }

    /** A distinct record schema per index, for filling a registry. */
    static Schema numbered(int i) {
        return parse("{\"type\":\"record\",\"name\":\"Filler" + i + "\",\"fields\":[{\"name\":\"x\",\"type\":\"int\"}]}");
    }
}
