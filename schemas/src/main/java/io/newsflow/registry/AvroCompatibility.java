package io.newsflow.registry;

import java.util.ArrayList;
import java.util.List;

import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.apache.avro.SchemaCompatibility.SchemaPairCompatibility;

/** A registry compatibility rule checked with Avro's {@link SchemaCompatibility}, as Confluent's registry does. */
public final class AvroCompatibility {

    private AvroCompatibility() {
    }

    /**
     * Why {@code candidate} breaks {@code level} against the existing versions; empty when it does not.
     *
     * @param existing the subject's versions, oldest first (only the last counts for non-transitive levels)
     */
    public static List<String> violations(CompatibilityLevel level, Schema candidate, List<Schema> existing) {
        List<String> messages = new ArrayList<>();
        if (level == CompatibilityLevel.NONE || existing.isEmpty()) {
            return messages;
        }
        List<Schema> against = level.isTransitive() ? existing : List.of(existing.get(existing.size() - 1));
        for (Schema old : against) {
            if (level.checksBackward()) {
                describe("new schema cannot read data written with an earlier one",
                        SchemaCompatibility.checkReaderWriterCompatibility(candidate, old), messages);
            }
            if (level.checksForward()) {
                describe("an earlier schema cannot read data written with the new one",
                        SchemaCompatibility.checkReaderWriterCompatibility(old, candidate), messages);
            }
        }
        return messages;
    }

    /** Why data written with {@code writer} cannot be read with {@code reader}; empty when it can. */
    public static List<String> canRead(Schema reader, Schema writer) {
        List<String> messages = new ArrayList<>();
        describe("reader cannot read writer's data",
                SchemaCompatibility.checkReaderWriterCompatibility(reader, writer), messages);
        return messages;
    }

    private static void describe(String what, SchemaPairCompatibility result, List<String> messages) {
        if (result.getType() == SchemaCompatibilityType.COMPATIBLE) {
            return;
        }
        for (Incompatibility i : result.getResult().getIncompatibilities()) {
            messages.add(what + ": " + i.getType() + " at " + i.getLocation() + ": " + i.getMessage());
        }
    }
}
