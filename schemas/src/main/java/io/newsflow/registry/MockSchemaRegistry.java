package io.newsflow.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.avro.Schema;

/**
 * An in-process registry with Confluent's semantics, for unit tests and the single-JVM demo. Selected by the URL
 * {@code mock://<scope>}; every client of a scope in this JVM sees the same registry.
 *
 * <p>Like Confluent: the same schema text gets the same id under every subject; versions count from 1 per subject;
 * re-registering a subject's schema returns its existing id; the default compatibility is {@code BACKWARD},
 * checked with Avro's {@link org.apache.avro.SchemaCompatibility}; errors carry Confluent's codes.
 */
public final class MockSchemaRegistry implements SchemaRegistryClient {

    public static final String SCHEME = "mock://";
    /** Confluent's default compatibility level. */
    public static final CompatibilityLevel DEFAULT_LEVEL = CompatibilityLevel.BACKWARD;

    private static final Map<String, MockSchemaRegistry> SCOPES = new ConcurrentHashMap<>();

    private final String scope;
    private final Map<String, Integer> idsBySchemaText = new HashMap<>();
    private final Map<Integer, Schema> schemasById = new HashMap<>();
    private final Map<String, List<RegisteredSchema>> subjects = new LinkedHashMap<>();
    private final Map<String, CompatibilityLevel> subjectLevels = new HashMap<>();
    /** Registered (subject, schema) pairs, so the serializer's per-record call does not print the schema. */
    private final Map<SubjectSchema, Integer> registered = new HashMap<>();

    private record SubjectSchema(String subject, Schema schema) {
    }
    private CompatibilityLevel globalLevel = DEFAULT_LEVEL;
    private int nextId = 1;

    private MockSchemaRegistry(String scope) {
        this.scope = scope;
    }

    /** The registry of a scope, created on first use. */
    public static MockSchemaRegistry forScope(String scope) {
        return SCOPES.computeIfAbsent(scope, MockSchemaRegistry::new);
    }

    /** Forgets a scope: the next {@link #forScope} starts empty. */
    public static void dropScope(String scope) {
        SCOPES.remove(scope);
    }

    /** True for a {@code mock://} URL. */
    public static boolean isMockUrl(String url) {
        return url != null && url.trim().startsWith(SCHEME);
    }

    /** The scope named by a {@code mock://scope} URL. */
    public static String scopeOf(String url) {
        String scope = url.trim().substring(SCHEME.length());
        while (scope.endsWith("/")) {
            scope = scope.substring(0, scope.length() - 1);
        }
        if (scope.isEmpty()) {
            throw new RegistryConfigException("a mock registry URL needs a scope: mock://<scope>");
        }
        return scope;
    }

    public String scope() {
        return scope;
    }

    @Override
    public synchronized int register(String subject, Schema schema, boolean normalize) {
        Integer known = registered.get(new SubjectSchema(subject, schema));
        if (known != null) {
            return known;
        }
        int id = registerUncached(subject, schema);
        registered.put(new SubjectSchema(subject, schema), id);
        return id;
    }

    private int registerUncached(String subject, Schema schema) {
        String text = schema.toString();
        List<RegisteredSchema> versions = subjects.getOrDefault(subject, List.of());
        for (RegisteredSchema v : versions) {
            if (v.schema().toString().equals(text)) {
                return v.id();
            }
        }
        List<String> violations = AvroCompatibility.violations(getConfig(subject), schema,
                versions.stream().map(RegisteredSchema::schema).toList());
        if (!violations.isEmpty()) {
            throw new IncompatibleSchemaException("Schema being registered is incompatible with an earlier schema for"
                    + " subject \"" + subject + "\": " + violations, 409, RegistryErrors.INCOMPATIBLE_SCHEMA);
        }
        int id = idsBySchemaText.computeIfAbsent(text, t -> nextId++);
        schemasById.putIfAbsent(id, schema);
        int version = versions.isEmpty() ? 1 : versions.get(versions.size() - 1).version() + 1;
        subjects.computeIfAbsent(subject, s -> new ArrayList<>()).add(new RegisteredSchema(subject, id, version, schema));
        return id;
    }

    @Override
    public synchronized RegisteredSchema lookup(String subject, Schema schema, boolean normalize) {
        String text = schema.toString();
        for (RegisteredSchema v : versionsOf(subject)) {
            if (v.schema().toString().equals(text)) {
                return v;
            }
        }
        throw new SchemaNotFoundException("Schema not found under subject " + subject, 404,
                RegistryErrors.SCHEMA_NOT_FOUND);
    }

    @Override
    public synchronized Schema getById(int id) {
        Schema schema = schemasById.get(id);
        if (schema == null) {
            throw new SchemaNotFoundException("Schema " + id + " not found", 404, RegistryErrors.SCHEMA_NOT_FOUND);
        }
        return schema;
    }

    @Override
    public synchronized RegisteredSchema getLatest(String subject) {
        List<RegisteredSchema> versions = versionsOf(subject);
        return versions.get(versions.size() - 1);
    }

    @Override
    public synchronized RegisteredSchema getVersion(String subject, int version) {
        if (version < 1) {
            throw new InvalidVersionException("The specified version '" + version + "' is not a valid version id",
                    422, RegistryErrors.INVALID_VERSION);
        }
        return versionsOf(subject).stream().filter(v -> v.version() == version).findFirst()
                .orElseThrow(() -> new VersionNotFoundException("Version " + version + " not found under subject "
                        + subject, 404, RegistryErrors.VERSION_NOT_FOUND));
    }

    @Override
    public synchronized List<Integer> getVersions(String subject) {
        return versionsOf(subject).stream().map(RegisteredSchema::version).toList();
    }

    @Override
    public synchronized CompatibilityResult testCompatibility(String subject, Schema schema) {
        List<Schema> existing = subjects.getOrDefault(subject, List.of()).stream().map(RegisteredSchema::schema).toList();
        List<String> violations = AvroCompatibility.violations(getConfig(subject), schema, existing);
        return new CompatibilityResult(violations.isEmpty(), violations);
    }

    @Override
    public synchronized CompatibilityLevel getConfig() {
        return globalLevel;
    }

    @Override
    public synchronized CompatibilityLevel getConfig(String subject) {
        return subjectLevels.getOrDefault(subject, globalLevel);
    }

    @Override
    public synchronized CompatibilityLevel putConfig(CompatibilityLevel level) {
        globalLevel = level;
        return level;
    }

    @Override
    public synchronized CompatibilityLevel putConfig(String subject, CompatibilityLevel level) {
        subjectLevels.put(subject, level);
        return level;
    }

    @Override
    public synchronized List<String> listSubjects() {
        return List.copyOf(subjects.keySet());
    }

    @Override
    public synchronized List<Integer> deleteSubject(String subject, boolean permanent) {
        registered.keySet().removeIf(k -> k.subject().equals(subject));
        List<Integer> versions = getVersions(subject);
        subjects.remove(subject);
        subjectLevels.remove(subject);
        return versions;
    }

    @Override
    public String toString() {
        return "MockSchemaRegistry[" + scope + "]";
    }

    private List<RegisteredSchema> versionsOf(String subject) {
        List<RegisteredSchema> versions = subjects.get(subject);
        if (versions == null || versions.isEmpty()) {
            throw new SubjectNotFoundException("Subject '" + subject + "' not found.", 404,
                    RegistryErrors.SUBJECT_NOT_FOUND);
        }
        return versions;
    }
}
