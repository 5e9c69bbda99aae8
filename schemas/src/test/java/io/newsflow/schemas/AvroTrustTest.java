package io.newsflow.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.apache.avro.specific.SpecificData;
import org.junit.jupiter.api.Test;

import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.Entity;
import io.newsflow.schemas.avro.RecordRef;

class AvroTrustTest {

    @Test
    void shouldLetAvroLoadGeneratedClassesWhenInstalled() {
        AvroTrust.install();
        AvroTrust.install();

        EnrichedArticle article = EnrichedArticle.newBuilder().setId("x").setBody(List.of("p")).setWordCount(1)
                .setPeople(List.of(Entity.newBuilder().setName("A").setMentions(List.of("A")).setCount(1).build()))
                .setContentHash("h").setSimhash(1L).setExtractionVersion("v").setEnrichedAt(Instant.EPOCH)
                .setRaw(RecordRef.newBuilder().setTopic("t").setPartition(0).setOffset(0L).build()).build();

        assertThat(EnrichedArticle.newBuilder(article).build().getPeople()).hasSize(1);
        assertThat(SpecificData.get().getClass(Entity.SCHEMA$)).isEqualTo(Entity.class);
        assertThat(SpecificData.get().getClass(org.apache.avro.Schema.create(org.apache.avro.Schema.Type.STRING)))
                .isNotNull();
    }
}
