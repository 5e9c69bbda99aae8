package io.newsflow.registry;

import java.util.List;

import org.apache.avro.Schema;

/**
 * The Confluent Schema Registry protocol, for Avro schemas. Implementations: {@link RestSchemaRegistryClient} (a
 * real server, Confluent or Apicurio's {@code /apis/ccompat/v7}) and {@link MockSchemaRegistry} (in-process, for
 * unit tests and the single-JVM demo). Build one from Confluent-style config with {@link SchemaRegistryClients}.
 *
 * <p>Errors are {@link RegistryException}s; the ones callers act on have their own type
 * ({@link SubjectNotFoundException}, {@link SchemaNotFoundException}, {@link IncompatibleSchemaException}, ...).
 */
public interface SchemaRegistryClient extends AutoCloseable {

    /** Registers the schema under the subject (or finds it there) and returns its id. */
    default int register(String subject, Schema schema) {
        return register(subject, schema, false);
    }

    /** As {@link #register(String, Schema)}; {@code normalize} asks the registry to normalise the schema first. */
    int register(String subject, Schema schema, boolean normalize);

    /** The id and version of a schema already registered under the subject, without registering it. */
    default RegisteredSchema lookup(String subject, Schema schema) {
        return lookup(subject, schema, false);
    }

    /**
     * As {@link #lookup(String, Schema)}.
     *
     * @throws SchemaNotFoundException  when the schema is not registered under the subject
     * @throws SubjectNotFoundException when the subject does not exist
     */
    RegisteredSchema lookup(String subject, Schema schema, boolean normalize);

    /**
     * The schema with this id.
     *
     * @throws SchemaNotFoundException when there is none
     */
    Schema getById(int id);

    /** The latest version under the subject. */
    RegisteredSchema getLatest(String subject);

    /** A given version under the subject. */
    RegisteredSchema getVersion(String subject, int version);

    /** The versions registered under the subject, oldest first. */
    List<Integer> getVersions(String subject);

    /** Whether the schema could be registered under the subject as its next version (true when the subject is new). */
    CompatibilityResult testCompatibility(String subject, Schema schema);

    /** The global compatibility level. */
    CompatibilityLevel getConfig();

    /** The subject's compatibility level: its own if set, else the global one. */
    CompatibilityLevel getConfig(String subject);

    /** Sets the global compatibility level and returns it. */
    CompatibilityLevel putConfig(CompatibilityLevel level);

    /** Sets the subject's compatibility level and returns it. */
    CompatibilityLevel putConfig(String subject, CompatibilityLevel level);

    /** All subjects. */
    List<String> listSubjects();

    /**
     * Deletes the subject and returns the versions it had.
     *
     * @param permanent also hard-delete (Confluent keeps soft-deleted versions otherwise)
     */
    List<Integer> deleteSubject(String subject, boolean permanent);

    /** Forgets the cached latest version of the subject, if the implementation caches one. */
    default void invalidateLatest(String subject) {
    }

    @Override
    default void close() {
    }
}
