package io.newsflow.registry;

import static io.newsflow.registry.TestSchemas.V1;
import static io.newsflow.registry.TestSchemas.V2_BREAKING;
import static io.newsflow.registry.TestSchemas.V2_COMPATIBLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.newsflow.schemas.AvroTrust;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.Entity;
import io.newsflow.schemas.avro.RecordRef;
import io.newsflow.serde.NewsflowSerdes;
import io.newsflow.serde.SerdeConfig;
import io.newsflow.testkit.Infrastructure;
import io.newsflow.testkit.NewsflowInfrastructure;

/**
 * Our registry client against a real Confluent-compatible registry (Apicurio's ccompat API, or Confluent's under
 * Testcontainers, or one named by NEWSFLOW_TEST_SCHEMA_REGISTRY_URL). Every test uses its own subjects.
 */
@ExtendWith(NewsflowInfrastructure.class)
class RegistryConformanceIT {

    private final Infrastructure infra;

    RegistryConformanceIT(Infrastructure infra) {
        this.infra = infra;
    }

    private RestSchemaRegistryClient client() {
        return RestSchemaRegistryClient.fromConfig(Map.of(RegistryClientConfig.SCHEMA_REGISTRY_URL,
                infra.schemaRegistryUrl()));
    }

    private static String subject() {
        return Infrastructure.uniqueName("conformance") + "-value";
    }

    @Test
    void shouldReturnSameIdWhenSameSchemaIsRegisteredTwice() {
        String subject = subject();

        int first = client().register(subject, V1);
        int second = client().register(subject, V1);

        assertThat(second).isEqualTo(first);
        assertThat(client().getVersions(subject)).containsExactly(1);
    }

    @Test
    void shouldGetSchemaByIdWhenRegistered() {
        int id = client().register(subject(), V2_COMPATIBLE);

        assertThat(client().getById(id)).isEqualTo(V2_COMPATIBLE);
    }

    @Test
    void shouldGiveLatestAndEarlierVersionsWhenSubjectEvolves() {
        String subject = subject();
        RestSchemaRegistryClient client = client();
        int id1 = client.register(subject, V1);
        int id2 = client.register(subject, V2_COMPATIBLE);

        RegisteredSchema latest = client().getLatest(subject);

        assertThat(id2).isNotEqualTo(id1);
        assertThat(latest.version()).isEqualTo(2);
        assertThat(latest.id()).isEqualTo(id2);
        assertThat(latest.schema()).isEqualTo(V2_COMPATIBLE);
        assertThat(client().getVersion(subject, 1).id()).isEqualTo(id1);
        assertThat(client().lookup(subject, V1).version()).isEqualTo(1);
    }

    @Test
    void shouldReportCompatibilityWhenSubjectIsBackward() {
        String subject = subject();
        RestSchemaRegistryClient client = client();
        client.register(subject, V1);
        assertThat(client.putConfig(subject, CompatibilityLevel.BACKWARD)).isEqualTo(CompatibilityLevel.BACKWARD);

        assertThat(client.getConfig(subject)).isEqualTo(CompatibilityLevel.BACKWARD);
        assertThat(client.testCompatibility(subject, V2_COMPATIBLE).compatible()).isTrue();
        assertThat(client.testCompatibility(subject, V2_BREAKING).compatible()).isFalse();
    }

    @Test
    void shouldRefuseIncompatibleChangeWhenSubjectIsBackward() {
        String subject = subject();
        RestSchemaRegistryClient client = client();
        client.register(subject, V1);
        client.putConfig(subject, CompatibilityLevel.BACKWARD);

        assertThatThrownBy(() -> client.register(subject, V2_BREAKING))
                .isInstanceOf(IncompatibleSchemaException.class)
                .satisfies(e -> {
                    assertThat(((RegistryException) e).httpStatus()).isEqualTo(409);
                    assertThat(((RegistryException) e).errorCode()).isIn(RegistryErrors.INCOMPATIBLE_SCHEMA,
                            RegistryErrors.INCOMPATIBLE_SCHEMA_5_DIGIT);
                });
        assertThat(client().getVersions(subject)).containsExactly(1);
    }

    @Test
    void shouldAnswer40401WhenSubjectIsUnknown() {
        String subject = subject();

        assertThatThrownBy(() -> client().getLatest(subject)).isInstanceOf(SubjectNotFoundException.class)
                .satisfies(e -> assertThat(((RegistryException) e).errorCode()).isEqualTo(40401));
        assertThatThrownBy(() -> client().lookup(subject, V1)).isInstanceOf(SubjectNotFoundException.class);
    }

    @Test
    void shouldAnswer40403WhenSchemaIdIsUnknown() {
        assertThatThrownBy(() -> client().getById(Integer.MAX_VALUE - 7)).isInstanceOf(SchemaNotFoundException.class)
                .satisfies(e -> assertThat(((RegistryException) e).errorCode()).isEqualTo(40403));
    }

    @Test
    void shouldAnswer40403WhenSchemaIsNotUnderSubject() {
        String subject = subject();
        client().register(subject, V1);

        assertThatThrownBy(() -> client().lookup(subject, V2_COMPATIBLE)).isInstanceOf(SchemaNotFoundException.class);
    }

    @Test
    void shouldListAndDeleteSubjectWhenAsked() {
        String subject = subject();
        client().register(subject, V1);

        assertThat(client().listSubjects()).contains(subject);
        assertThat(client().deleteSubject(subject, true)).containsExactly(1);
        assertThat(client().listSubjects()).doesNotContain(subject);
    }

    @Test
    void shouldFrameAndRoundTripEnrichedArticleWhenRegistryIsReal() {
        AvroTrust.install();
        String topic = Infrastructure.uniqueName("news.articles.enriched");
        Map<String, Object> config = Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, infra.schemaRegistryUrl());
        EnrichedArticle article = EnrichedArticle.newBuilder().setId("a1").setBody(List.of("One.", "Two."))
                .setWordCount(2).setContentHash("ab").setSimhash(7L).setExtractionVersion("it")
                .setPeople(List.of(Entity.newBuilder().setName("Ann").setMentions(List.of("Ann")).setCount(1).build()))
                .setEnrichedAt(Instant.ofEpochMilli(1_700_000_000_000L))
                .setRaw(RecordRef.newBuilder().setTopic("raw").setPartition(0).setOffset(1L).build()).build();

        byte[] bytes;
        try (Serde<EnrichedArticle> writer = NewsflowSerdes.forClass(EnrichedArticle.class, config, false)) {
            bytes = writer.serializer().serialize(topic, article);
        }
        int id = client().lookup(topic + "-value", EnrichedArticle.getClassSchema()).id();

        assertThat(bytes[0]).isZero();
        assertThat(ByteBuffer.wrap(bytes, 1, 4).getInt()).isEqualTo(id);
        try (Serde<EnrichedArticle> reader = NewsflowSerdes.forClass(EnrichedArticle.class, config, false)) {
            assertThat(reader.deserializer().deserialize(topic, bytes)).isEqualTo(article);
        }
    }
}
