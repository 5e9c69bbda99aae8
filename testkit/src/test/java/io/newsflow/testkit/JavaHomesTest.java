package io.newsflow.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaHomesTest {

    @Test
    void shouldReadFeatureVersionFromReleaseFileWhenPresent(@TempDir Path home) throws Exception {
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"x\"\nJAVA_VERSION=\"25.0.1\"\n");
        assertThat(JavaHomes.featureVersion(home)).isEqualTo(25);
        Files.writeString(home.resolve("release"), "JAVA_VERSION=\"1.8.0_402\"\n");
        assertThat(JavaHomes.featureVersion(home)).isEqualTo(8);
    }

    @Test
    void shouldReportZeroWhenNoReleaseFile(@TempDir Path home) {
        assertThat(JavaHomes.featureVersion(home)).isZero();
    }

    @Test
    void shouldOnlyFindJavaOfRequiredVersionWhenSearching() {
        JavaHomes.findJava(21).ifPresent(java ->
                assertThat(JavaHomes.featureVersion(java.getParent().getParent())).isGreaterThanOrEqualTo(21));
    }
}
