package io.newsflow.serde;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.avro.util.ClassSecurityValidator;
import org.junit.jupiter.api.Test;

import io.newsflow.schemas.AvroTrust;
import io.newsflow.schemas.avro.Entity;

class AvroTrustTest {

    @Test
    void shouldTrustGeneratedContractsButNotOtherPackagesWhenInstalled() {
        AvroTrust.install();
        assertThat(ClassSecurityValidator.getGlobal().isTrusted(Entity.class)).isTrue();
        assertThat(ClassSecurityValidator.getGlobal().isTrusted(java.util.concurrent.Executors.class)).isFalse();
    }
}
