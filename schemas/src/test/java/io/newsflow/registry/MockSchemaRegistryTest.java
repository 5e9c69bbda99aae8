package io.newsflow.registry;

import static io.newsflow.registry.TestSchemas.V1;
import static io.newsflow.registry.TestSchemas.V2_BREAKING;
import static io.newsflow.registry.TestSchemas.V2_COMPATIBLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;

import org.apache.avro.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MockSchemaRegistryTest {

    private final String scope = "mock-test-" + UUID.randomUUID();
    private final MockSchemaRegistry registry = MockSchemaRegistry.forScope(scope);

    @AfterEach
    void drop() {
        MockSchemaRegistry.dropScope(scope);
    }

    @Test
    void shouldGiveSameIdAndNoNewVersionWhenSameSchemaIsRegisteredAgain() {
        int id = registry.register("s-value", V1);

        assertThat(registry.register("s-value", V1)).isEqualTo(id);
        assertThat(registry.register("other-value", V1)).isEqualTo(id);
        assertThat(registry.getVersions("s-value")).containsExactly(1);
    }

    @Test
    void shouldNumberVersionsAndKeepIdsWhenSubjectEvolves() {
        int id1 = registry.register("s-value", V1);
        int id2 = registry.register("s-value", V2_COMPATIBLE);

        assertThat(id2).isNotEqualTo(id1);
        assertThat(registry.getLatest("s-value")).isEqualTo(new RegisteredSchema("s-value", id2, 2, V2_COMPATIBLE));
        assertThat(registry.getVersion("s-value", 1).id()).isEqualTo(id1);
        assertThat(registry.lookup("s-value", V1).version()).isEqualTo(1);
        assertThat(registry.getById(id1)).isEqualTo(V1);
    }

    @Test
    void shouldRefuseBreakingChangeWhenDefaultBackward() {
        registry.register("s-value", V1);

        assertThat(registry.getConfig("s-value")).isEqualTo(CompatibilityLevel.BACKWARD);
        assertThatThrownBy(() -> registry.register("s-value", V2_BREAKING))
                .isInstanceOf(IncompatibleSchemaException.class)
                .satisfies(e -> assertThat(((RegistryException) e).errorCode()).isEqualTo(409));
        CompatibilityResult result = registry.testCompatibility("s-value", V2_BREAKING);
        assertThat(result.compatible()).isFalse();
        assertThat(result.messages()).anySatisfy(m -> assertThat(m).contains("READER_FIELD_MISSING_DEFAULT_VALUE"));
    }

    @Test
    void shouldAcceptBreakingChangeWhenSubjectLevelIsNone() {
        registry.register("s-value", V1);
        registry.putConfig("s-value", CompatibilityLevel.NONE);

        assertThat(registry.register("s-value", V2_BREAKING)).isPositive();
        assertThat(registry.getConfig("t-value")).isEqualTo(CompatibilityLevel.BACKWARD);
    }

    @Test
    void shouldRefuseRemovalOfRequiredFieldWhenForward() {
        registry.putConfig(CompatibilityLevel.FORWARD);
        registry.register("s-value", V2_BREAKING);

        assertThatThrownBy(() -> registry.register("s-value", V1)).isInstanceOf(IncompatibleSchemaException.class);
    }

    @Test
    void shouldCheckEveryVersionWhenTransitive() {
        Schema onlyB = TestSchemas.parse("{\"type\":\"record\",\"name\":\"Probe\",\"namespace\":\"test\",\"fields\":["
                + "{\"name\":\"b\",\"type\":[\"null\",\"string\"],\"default\":null}]}");
        Schema intA = TestSchemas.parse("{\"type\":\"record\",\"name\":\"Probe\",\"namespace\":\"test\",\"fields\":["
                + "{\"name\":\"a\",\"type\":\"int\",\"default\":0},"
                + "{\"name\":\"b\",\"type\":[\"null\",\"string\"],\"default\":null}]}");
        registry.putConfig("s-value", CompatibilityLevel.BACKWARD_TRANSITIVE);
        registry.register("s-value", V1);
        registry.register("s-value", onlyB);

        assertThat(registry.testCompatibility("s-value", intA).compatible()).as("string a of v1 vs int a").isFalse();
        registry.putConfig("s-value", CompatibilityLevel.BACKWARD);
        assertThat(registry.testCompatibility("s-value", intA).compatible()).as("only the latest counts").isTrue();
    }

    @Test
    void shouldThrowConfluentCodesWhenThingsAreMissing() {
        registry.register("s-value", V1);

        assertThatThrownBy(() -> registry.getById(4242)).isInstanceOf(SchemaNotFoundException.class);
        assertThatThrownBy(() -> registry.lookup("s-value", V2_COMPATIBLE)).isInstanceOf(SchemaNotFoundException.class);
        assertThatThrownBy(() -> registry.getLatest("none-value")).isInstanceOf(SubjectNotFoundException.class);
        assertThatThrownBy(() -> registry.getVersion("s-value", 5)).isInstanceOf(VersionNotFoundException.class);
        assertThatThrownBy(() -> registry.getVersion("s-value", 0)).isInstanceOf(InvalidVersionException.class);
    }

    @Test
    void shouldShareRegistryPerScopeWhenSelectedByUrl() {
        SchemaRegistryClient a = SchemaRegistryClients.fromConfig(Map.of("schema.registry.url", "mock://" + scope));
        SchemaRegistryClient b = SchemaRegistryClients.fromConfig(Map.of("schema.registry.url", "mock://" + scope + "/"));
        SchemaRegistryClient other = SchemaRegistryClients.fromConfig(
                Map.of("schema.registry.url", "mock://" + scope + "-other"));
        try {
            int id = a.register("shared-value", V1);

            assertThat(b.getById(id)).isEqualTo(V1);
            assertThat(other.listSubjects()).isEmpty();
        } finally {
            MockSchemaRegistry.dropScope(scope + "-other");
        }
    }

    @Test
    void shouldForgetSubjectWhenDeleted() {
        registry.register("s-value", V1);
        registry.register("s-value", V2_COMPATIBLE);

        assertThat(registry.deleteSubject("s-value", true)).containsExactly(1, 2);
        assertThat(registry.listSubjects()).isEmpty();
        assertThat(registry.register("s-value", V2_BREAKING)).isPositive();
    }

    @Test
    void shouldRejectMockUrlWhenMixedWithOthers() {
        assertThatThrownBy(() -> SchemaRegistryClients.fromConfig(
                Map.of("schema.registry.url", "mock://x,http://127.0.0.1:8081")))
                .isInstanceOf(RegistryConfigException.class);
    }
}
