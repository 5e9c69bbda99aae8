package io.newsflow.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.apache.avro.SchemaCompatibility.SchemaPairCompatibility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Schema evolution gate: every contract in {@code src/main/avro} must read data written with each of its released
 * versions in {@code released/<Name>-v<N>.avsc} (BACKWARD compatibility, checked with Avro's SchemaCompatibility,
 * as the registry does). A new contract must be released (copied to {@code released/}) with its first version.
 */
class SchemaCompatibilityTest {

    private static final Pattern RELEASED = Pattern.compile("([A-Za-z][A-Za-z0-9_]*)-v(\\d+)\\.avsc");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path moduleDir() {
        return Path.of(System.getProperty("basedir", "."));
    }

    private static Path current(String name) {
        return moduleDir().resolve("src/main/avro").resolve(name + ".avsc");
    }

    private static Schema parse(Path file) {
        try {
            return new Schema.Parser().parse(file.toFile());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    /** Every released version: (contract name, version, file). */
    static Stream<Arguments> releasedVersions() throws IOException {
        try (Stream<Path> files = Files.list(moduleDir().resolve("released"))) {
            List<Arguments> all = new ArrayList<>();
            for (Path file : files.sorted().toList()) {
                Matcher m = RELEASED.matcher(file.getFileName().toString());
                assertThat(m.matches()).as("released file name <Name>-v<N>.avsc: " + file).isTrue();
                all.add(Arguments.of(m.group(1), Integer.parseInt(m.group(2)), file));
            }
            return all.stream();
        }
    }

    private static List<String> problems(Schema reader, Schema writer) {
        SchemaPairCompatibility result = SchemaCompatibility.checkReaderWriterCompatibility(reader, writer);
        return result.getResult().getIncompatibilities().stream()
                .map(i -> i.getType() + " at " + i.getLocation() + ": " + i.getMessage()).toList();
    }

    private static boolean compatible(Schema reader, Schema writer) {
        return SchemaCompatibility.checkReaderWriterCompatibility(reader, writer).getType()
                == SchemaCompatibilityType.COMPATIBLE;
    }

    private static Schema withField(Schema base, String fieldJson) throws IOException {
        ObjectNode node = (ObjectNode) JSON.readTree(base.toString());
        ((ArrayNode) node.get("fields")).add(JSON.readTree(fieldJson));
        return new Schema.Parser().parse(node.toString());
    }

    @ParameterizedTest(name = "{0} reads v{1}")
    @MethodSource("releasedVersions")
    void shouldReadEveryReleasedVersionWhenContractEvolves(String name, int version, Path released) {
        Path currentFile = current(name);
        assertThat(currentFile).as("released " + name + " still has a contract in src/main/avro").exists();
        Schema current = parse(currentFile);
        Schema old = parse(released);

        assertThat(current.getFullName()).isEqualTo(old.getFullName());
        assertThat(problems(current, old)).as(name + " must read data written with v" + version).isEmpty();
    }

    @ParameterizedTest(name = "{0} refuses a new required field")
    @MethodSource("releasedVersions")
    void shouldDetectBreakingChangeWhenRequiredFieldIsAddedWithoutDefault(String name, int version, Path released)
            throws IOException {
        Schema old = parse(released);
        Schema current = parse(current(name));

        Schema breaking = withField(current, "{\"name\":\"addedWithoutDefault\",\"type\":\"string\"}");
        Schema safe = withField(current, "{\"name\":\"addedWithDefault\",\"type\":[\"null\",\"string\"],\"default\":null}");

        assertThat(compatible(breaking, old)).as("a required field without default breaks readers of v" + version)
                .isFalse();
        assertThat(problems(breaking, old)).anySatisfy(p -> assertThat(p).contains("READER_FIELD_MISSING_DEFAULT_VALUE"));
        assertThat(compatible(safe, old)).as("an optional field with a default is a safe change").isTrue();
    }

    @ParameterizedTest(name = "{0} refuses a changed field type")
    @MethodSource("releasedVersions")
    void shouldDetectBreakingChangeWhenFieldTypeChanges(String name, int version, Path released) throws IOException {
        Schema old = parse(released);
        ObjectNode node = (ObjectNode) JSON.readTree(parse(current(name)).toString());
        ObjectNode first = (ObjectNode) node.get("fields").get(0);
        first.put("type", "boolean");
        first.remove("default");

        assertThat(compatible(new Schema.Parser().parse(node.toString()), old)).isFalse();
    }

    @Test
    void shouldHaveReleasedVersionsNumberedFromOneWhenContractExists() throws IOException {
        Map<String, List<Integer>> versions = releasedVersions().collect(Collectors.groupingBy(
                a -> (String) a.get()[0], TreeMap::new, Collectors.mapping(a -> (Integer) a.get()[1], Collectors.toList())));
        List<String> contracts;
        try (Stream<Path> files = Files.list(moduleDir().resolve("src/main/avro"))) {
            contracts = files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".avsc"))
                    .map(f -> f.substring(0, f.length() - ".avsc".length())).sorted().toList();
        }

        assertThat(contracts).isNotEmpty();
        assertThat(versions.keySet()).as("every contract has a released first version").containsAll(contracts);
        versions.forEach((name, list) -> assertThat(list.stream().sorted().toList()).as(name)
                .isEqualTo(java.util.stream.IntStream.rangeClosed(1, list.size()).boxed().toList()));
    }
}
