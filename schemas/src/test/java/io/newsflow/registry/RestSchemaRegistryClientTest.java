package io.newsflow.registry;

import static io.newsflow.registry.TestSchemas.V1;
import static io.newsflow.registry.TestSchemas.V2_BREAKING;
import static io.newsflow.registry.TestSchemas.V2_COMPATIBLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RestSchemaRegistryClientTest {

    private static final String JSON_500 = "{\"error_code\":50001,\"message\":\"Error in the backend datastore\"}";
    private static final String SR_JSON = RestSchemaRegistryClient.CONTENT_TYPE;

    private StubRegistry stub;
    private final List<Duration> sleeps = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        stub = new StubRegistry();
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    private RestSchemaRegistryClient.Builder builder(String... urls) {
        return RestSchemaRegistryClient.builder(urls.length == 0 ? new String[] {stub.url()} : urls)
                .retryBackoff(Duration.ofMillis(100), Duration.ofMillis(300))
                .sleeper(sleeps::add);
    }

    private RestSchemaRegistryClient client() {
        return builder().build();
    }

    // ------------------------------------------------------------------ protocol

    @Test
    void shouldReturnSameIdAndCallRegistryOnceWhenRegisteringTwice() {
        RestSchemaRegistryClient client = client();

        int first = client.register("orders-value", V1);
        int second = client.register("orders-value", V1);

        assertThat(second).isEqualTo(first);
        assertThat(stub.count("POST", "/subjects/orders-value/versions")).isEqualTo(1);
    }

    @Test
    void shouldGiveSameIdAcrossClientsWhenSameSchemaIsRegistered() {
        int id = client().register("a-value", V1);

        assertThat(client().register("a-value", V1)).isEqualTo(id);
        assertThat(client().register("b-value", V1)).isEqualTo(id);
    }

    @Test
    void shouldSendRegistryMediaTypeWhenPosting() {
        client().register("media-value", V1);

        StubRegistry.Request request = stub.lastRequest();
        assertThat(request.header("Content-Type")).isEqualTo(SR_JSON);
        assertThat(request.header("Accept")).contains(SR_JSON, "application/json");
        assertThat(request.body()).contains("\"schema\"", "Probe");
    }

    @Test
    void shouldFetchSchemaByIdOnceWhenAskedTwice() {
        int id = client().register("byid-value", V1);
        RestSchemaRegistryClient reader = client();

        assertThat(reader.getById(id)).isEqualTo(V1);
        assertThat(reader.getById(id)).isEqualTo(V1);

        assertThat(stub.count("GET", "/schemas/ids/" + id)).isEqualTo(1);
    }

    @Test
    void shouldKnowSchemaByIdWithoutCallWhenItRegisteredIt() {
        RestSchemaRegistryClient client = client();
        int id = client.register("known-value", V1);

        assertThat(client.getById(id)).isEqualTo(V1);
        assertThat(stub.count("GET", "/schemas/ids/")).isZero();
    }

    @Test
    void shouldThrowSchemaNotFoundWhenIdIsUnknown() {
        assertThatThrownBy(() -> client().getById(999))
                .isInstanceOf(SchemaNotFoundException.class)
                .satisfies(e -> assertThat(((RegistryException) e).errorCode()).isEqualTo(40403))
                .hasMessageContaining("999");
    }

    @Test
    void shouldFindIdAndVersionWhenLookingUpRegisteredSchema() {
        RestSchemaRegistryClient writer = client();
        int id1 = writer.register("lookup-value", V1);
        int id2 = writer.register("lookup-value", V2_COMPATIBLE);

        RegisteredSchema found = client().lookup("lookup-value", V2_COMPATIBLE);

        assertThat(found.id()).isEqualTo(id2).isNotEqualTo(id1);
        assertThat(found.version()).isEqualTo(2);
        assertThat(found.subject()).isEqualTo("lookup-value");
    }

    @Test
    void shouldThrowSchemaNotFoundWhenLookingUpUnregisteredSchema() {
        client().register("lookup2-value", V1);

        assertThatThrownBy(() -> client().lookup("lookup2-value", V2_COMPATIBLE))
                .isInstanceOf(SchemaNotFoundException.class);
    }

    @Test
    void shouldThrowSubjectNotFoundWhenSubjectIsUnknown() {
        RestSchemaRegistryClient client = client();

        assertThatThrownBy(() -> client.getLatest("nobody-value")).isInstanceOf(SubjectNotFoundException.class)
                .satisfies(e -> assertThat(((RegistryException) e).errorCode()).isEqualTo(40401));
        assertThatThrownBy(() -> client.lookup("nobody-value", V1)).isInstanceOf(SubjectNotFoundException.class);
        assertThatThrownBy(() -> client.getVersions("nobody-value")).isInstanceOf(SubjectNotFoundException.class);
    }

    @Test
    void shouldGiveLatestAndEachVersionWhenSubjectHasTwo() {
        RestSchemaRegistryClient client = client();
        int id1 = client.register("versions-value", V1);
        int id2 = client.register("versions-value", V2_COMPATIBLE);

        RegisteredSchema latest = client.getLatest("versions-value");
        RegisteredSchema first = client.getVersion("versions-value", 1);

        assertThat(latest.version()).isEqualTo(2);
        assertThat(latest.id()).isEqualTo(id2);
        assertThat(latest.schema()).isEqualTo(V2_COMPATIBLE);
        assertThat(first.id()).isEqualTo(id1);
        assertThat(first.schema()).isEqualTo(V1);
        assertThat(client.getVersions("versions-value")).containsExactly(1, 2);
    }

    @Test
    void shouldThrowVersionNotFoundWhenVersionIsMissing() {
        RestSchemaRegistryClient client = client();
        client.register("v-value", V1);

        assertThatThrownBy(() -> client.getVersion("v-value", 7)).isInstanceOf(VersionNotFoundException.class)
                .satisfies(e -> assertThat(((RegistryException) e).errorCode()).isEqualTo(40402));
    }

    @Test
    void shouldThrowInvalidVersionWhenVersionIsNotPositive() {
        RestSchemaRegistryClient client = client();
        client.register("iv-value", V1);

        assertThatThrownBy(() -> client.getVersion("iv-value", 0)).isInstanceOf(InvalidVersionException.class)
                .satisfies(e -> assertThat(((RegistryException) e).errorCode()).isEqualTo(42202));
    }

    @Test
    void shouldRefuseBreakingChangeWithIncompatibleSchemaWhenDefaultIsBackward() {
        RestSchemaRegistryClient client = client();
        client.register("compat-value", V1);

        assertThatThrownBy(() -> client.register("compat-value", V2_BREAKING))
                .isInstanceOf(IncompatibleSchemaException.class)
                .satisfies(e -> {
                    assertThat(((RegistryException) e).errorCode()).isEqualTo(40901);
                    assertThat(((RegistryException) e).httpStatus()).isEqualTo(409);
                });
        assertThat(client.register("compat-value", V2_COMPATIBLE)).isPositive();
    }

    @Test
    void shouldReportCompatibilityWithMessagesWhenTesting() {
        RestSchemaRegistryClient client = client();
        client.register("check-value", V1);

        CompatibilityResult breaking = client.testCompatibility("check-value", V2_BREAKING);
        CompatibilityResult fine = client.testCompatibility("check-value", V2_COMPATIBLE);

        assertThat(breaking.compatible()).isFalse();
        assertThat(breaking.messages()).isNotEmpty().anySatisfy(m -> assertThat(m).contains("READER_FIELD_MISSING"));
        assertThat(fine.compatible()).isTrue();
        assertThat(stub.lastRequest().query()).contains("verbose=true");
    }

    @Test
    void shouldThrowInvalidSchemaWhenRegistryRejectsSchema() {
        stub.failNext(1, 422, SR_JSON, "{\"error_code\":42201,\"message\":\"Invalid schema\"}");

        assertThatThrownBy(() -> client().register("bad-value", V1)).isInstanceOf(InvalidSchemaException.class);
    }

    @Test
    void shouldThrowInvalidCompatibilityLevelWhenRegistryRejectsLevel() {
        stub.failNext(1, 422, SR_JSON, "{\"error_code\":42203,\"message\":\"Invalid compatibility level\"}");

        assertThatThrownBy(() -> client().putConfig(CompatibilityLevel.FULL_TRANSITIVE))
                .isInstanceOf(InvalidCompatibilityLevelException.class);
    }

    @Test
    void shouldAcceptIncompatibleCode409WhenServerAnswersLikeApicurio() {
        stub.failNext(1, 409, "application/json", "{\"error_code\":409,\"message\":\"incompatible\"}");

        assertThatThrownBy(() -> client().register("apicurio-value", V1)).isInstanceOf(IncompatibleSchemaException.class);
    }

    // ------------------------------------------------------------------ config and subjects

    @Test
    void shouldReadAndWriteCompatibilityWhenGlobalAndPerSubject() {
        RestSchemaRegistryClient client = client();

        assertThat(client.getConfig()).isEqualTo(CompatibilityLevel.BACKWARD);
        assertThat(client.putConfig("cfg-value", CompatibilityLevel.FULL)).isEqualTo(CompatibilityLevel.FULL);
        assertThat(client.getConfig("cfg-value")).isEqualTo(CompatibilityLevel.FULL);
        assertThat(client.getConfig("other-value")).isEqualTo(CompatibilityLevel.BACKWARD);
        assertThat(client.putConfig(CompatibilityLevel.NONE)).isEqualTo(CompatibilityLevel.NONE);
        assertThat(client.getConfig()).isEqualTo(CompatibilityLevel.NONE);
    }

    @Test
    void shouldFallBackToGlobalLevelWhenSubjectLevelIsNotConfigured() {
        stub.failNext(1, 404, SR_JSON, "{\"error_code\":40408,\"message\":\"not configured\"}");

        assertThat(client().getConfig("plain-value")).isEqualTo(CompatibilityLevel.BACKWARD);
    }

    @Test
    void shouldListAndDeleteSubjectsWhenAsked() {
        RestSchemaRegistryClient client = client();
        client.register("one-value", V1);
        client.register("two-value", V1);

        assertThat(client.listSubjects()).containsExactly("one-value", "two-value");
        assertThat(client.deleteSubject("one-value", false)).containsExactly(1);
        assertThat(client.listSubjects()).containsExactly("two-value");
        assertThat(client.register("one-value", V1)).isPositive();
        assertThat(stub.count("POST", "/subjects/one-value/versions")).isEqualTo(2);
    }

    // ------------------------------------------------------------------ caching of latest

    @Test
    void shouldCacheLatestUntilTtlPassesWhenTtlIsSet() {
        MutableClock clock = new MutableClock();
        RestSchemaRegistryClient writer = client();
        writer.register("ttl-value", V1);
        RestSchemaRegistryClient client = builder().clock(clock).latestCacheTtl(Duration.ofSeconds(60)).build();

        client.getLatest("ttl-value");
        clock.advance(Duration.ofSeconds(59));
        client.getLatest("ttl-value");
        assertThat(stub.count("GET", "/subjects/ttl-value/versions/latest")).isEqualTo(1);

        writer.register("ttl-value", V2_COMPATIBLE);
        clock.advance(Duration.ofSeconds(2));
        assertThat(client.getLatest("ttl-value").version()).isEqualTo(2);
        assertThat(stub.count("GET", "/subjects/ttl-value/versions/latest")).isEqualTo(2);
    }

    @Test
    void shouldRefetchLatestWhenInvalidatedOrAfterOwnRegistration() {
        RestSchemaRegistryClient client = client();
        client.register("inv-value", V1);
        client.getLatest("inv-value");
        client.getLatest("inv-value");
        assertThat(stub.count("GET", "/subjects/inv-value/versions/latest")).isEqualTo(1);

        client.invalidateLatest("inv-value");
        client.getLatest("inv-value");
        assertThat(stub.count("GET", "/subjects/inv-value/versions/latest")).isEqualTo(2);

        client.register("inv-value", V2_COMPATIBLE);
        assertThat(client.getLatest("inv-value").version()).isEqualTo(2);
        assertThat(stub.count("GET", "/subjects/inv-value/versions/latest")).isEqualTo(3);
    }

    // ------------------------------------------------------------------ retries and fail-over

    @Test
    void shouldSucceedAfterBackOffWhenServerFailsTwiceThenRecovers() {
        stub.failNext(2, 500, SR_JSON, JSON_500);

        int id = client().register("retry-value", V1);

        assertThat(id).isPositive();
        assertThat(stub.count("POST", "/subjects/retry-value/versions")).isEqualTo(3);
        assertThat(sleeps).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
    }

    @Test
    void shouldGiveUpWithServerErrorAfterBoundedAttemptsWhenServerKeepsFailing() {
        stub.failAlways(500, SR_JSON, JSON_500);

        assertThatThrownBy(() -> builder().maxRetries(3).build().getById(1))
                .isInstanceOf(RegistryServerException.class)
                .hasMessageContaining("gave up after 4 attempts")
                .satisfies(e -> assertThat(((RegistryException) e).errorCode()).isEqualTo(50001));
        assertThat(stub.requests()).hasSize(4);
        assertThat(sleeps).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(300));
    }

    @Test
    void shouldNotRetryWhenRegistryAnswersClientError() {
        assertThatThrownBy(() -> client().getLatest("missing-value")).isInstanceOf(SubjectNotFoundException.class);

        assertThat(stub.requests()).hasSize(1);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void shouldGiveClearServerErrorWhenBodyIsNotJson() {
        stub.failAlways(502, "text/html", "<html><body><h1>502 Bad Gateway</h1></body></html>");

        assertThatThrownBy(() -> builder().maxRetries(0).build().listSubjects())
                .isInstanceOf(RegistryServerException.class)
                .hasMessageContaining("HTTP 502")
                .hasMessageContaining("Bad Gateway");
    }

    @Test
    void shouldRetryThenGiveUpWhenNothingListens() throws IOException {
        String dead = "http://127.0.0.1:" + freePort();

        assertThatThrownBy(() -> builder(dead).maxRetries(2).build().listSubjects())
                .isInstanceOf(RegistryUnreachableException.class)
                .hasMessageContaining("gave up after 3 attempts");
        assertThat(sleeps).hasSize(2);
    }

    @Test
    void shouldFailOverToNextUrlWhenFirstIsDown() throws IOException {
        String dead = "http://127.0.0.1:" + freePort();
        RestSchemaRegistryClient client = builder(dead, stub.url()).build();

        assertThat(client.register("failover-value", V1)).isPositive();
        assertThat(client.getById(client.register("failover-value", V1))).isEqualTo(V1);
        assertThat(client.listSubjects()).containsExactly("failover-value");
        assertThat(sleeps).hasSize(1);
    }

    @Test
    void shouldReadMultipleUrlsAndRetrySettingsWhenConfiguredByMap() throws IOException {
        String urls = "http://127.0.0.1:" + freePort() + " , " + stub.url();
        Map<String, Object> noRetry = Map.of(RegistryClientConfig.SCHEMA_REGISTRY_URL, urls,
                RegistryClientConfig.MAX_RETRIES, "0");
        Map<String, Object> oneRetry = Map.of(RegistryClientConfig.SCHEMA_REGISTRY_URL, urls,
                RegistryClientConfig.MAX_RETRIES, 1,
                RegistryClientConfig.RETRIES_WAIT_MS, 0,
                RegistryClientConfig.RETRIES_MAX_WAIT_MS, 0);

        assertThatThrownBy(() -> RestSchemaRegistryClient.fromConfig(noRetry).listSubjects())
                .isInstanceOf(RegistryUnreachableException.class);
        assertThat(RestSchemaRegistryClient.fromConfig(oneRetry).listSubjects()).isEmpty();
        assertThat(stub.requests()).hasSize(1);
    }

    // ------------------------------------------------------------------ base path and auth

    @Test
    void shouldCallUnderBasePathWhenUrlCarriesOne() throws IOException {
        try (StubRegistry apicurioLike = new StubRegistry("/apis/ccompat/v7")) {
            RestSchemaRegistryClient client = builder(apicurioLike.url() + "/").build();

            int id = client.register("path-value", V1);

            assertThat(builder(apicurioLike.url()).build().getById(id)).isEqualTo(V1);
            assertThat(apicurioLike.requests()).extracting(StubRegistry.Request::path)
                    .containsExactly("/apis/ccompat/v7/subjects/path-value/versions", "/apis/ccompat/v7/schemas/ids/" + id);
        }
    }

    @Test
    void shouldSendBasicAuthFromUserInfoWhenSourceIsUserInfo() {
        stub.requireBasicAuth("svc", "s3cret:x");
        RestSchemaRegistryClient client = RestSchemaRegistryClient.fromConfig(Map.of(
                RegistryClientConfig.SCHEMA_REGISTRY_URL, stub.url(),
                RegistryClientConfig.BASIC_AUTH_CREDENTIALS_SOURCE, "USER_INFO",
                RegistryClientConfig.BASIC_AUTH_USER_INFO, "svc:s3cret:x"));

        assertThat(client.register("auth-value", V1)).isPositive();
        assertThat(stub.lastRequest().header("Authorization")).isEqualTo("Basic "
                + Base64.getEncoder().encodeToString("svc:s3cret:x".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void shouldTakeUserInfoUnderRegistryPrefixWhenGivenSo() {
        stub.requireBasicAuth("svc", "pw");
        RestSchemaRegistryClient client = RestSchemaRegistryClient.fromConfig(Map.of(
                RegistryClientConfig.SCHEMA_REGISTRY_URL, stub.url(),
                "schema.registry.basic.auth.credentials.source", "USER_INFO",
                "schema.registry.basic.auth.user.info", "svc:pw"));

        assertThat(client.listSubjects()).isEmpty();
    }

    @Test
    void shouldSendBasicAuthFromUrlWhenSourceIsUrl() {
        stub.requireBasicAuth("reader", "p@ss");
        String url = stub.url().replace("http://", "http://reader:p%40ss@");
        RestSchemaRegistryClient client = RestSchemaRegistryClient.fromConfig(Map.of(
                RegistryClientConfig.SCHEMA_REGISTRY_URL, url,
                RegistryClientConfig.BASIC_AUTH_CREDENTIALS_SOURCE, "URL"));

        assertThat(client.listSubjects()).isEmpty();
        assertThat(client.toString()).doesNotContain("p@ss").doesNotContain("p%40ss");
    }

    @Test
    void shouldFailWith401AndNoRetryWhenCredentialsAreMissingOrWrong() {
        stub.requireBasicAuth("svc", "right");

        assertThatThrownBy(() -> client().listSubjects())
                .isExactlyInstanceOf(RegistryException.class)
                .satisfies(e -> assertThat(((RegistryException) e).httpStatus()).isEqualTo(401));
        assertThatThrownBy(() -> builder().basicAuth("svc", "wrong").build().listSubjects())
                .satisfies(e -> assertThat(((RegistryException) e).httpStatus()).isEqualTo(401));
        assertThat(stub.requests()).hasSize(2);
    }

    @Test
    void shouldRejectUserInfoSourceWhenUserInfoIsMissing() {
        assertThatThrownBy(() -> RestSchemaRegistryClient.fromConfig(Map.of(
                RegistryClientConfig.SCHEMA_REGISTRY_URL, stub.url(),
                RegistryClientConfig.BASIC_AUTH_CREDENTIALS_SOURCE, "USER_INFO")))
                .isInstanceOf(RegistryConfigException.class)
                .hasMessageContaining(RegistryClientConfig.BASIC_AUTH_USER_INFO);
        assertThatThrownBy(() -> RestSchemaRegistryClient.fromConfig(Map.of(
                RegistryClientConfig.SCHEMA_REGISTRY_URL, stub.url(),
                RegistryClientConfig.BASIC_AUTH_CREDENTIALS_SOURCE, "SASL_INHERIT")))
                .isInstanceOf(RegistryConfigException.class);
    }

    @Test
    void shouldRejectUrlWhenNotHttp() {
        assertThatThrownBy(() -> RestSchemaRegistryClient.fromConfig(Map.of(
                RegistryClientConfig.SCHEMA_REGISTRY_URL, "ftp://registry:21")))
                .isInstanceOf(RegistryConfigException.class)
                .hasMessageContaining(RegistryClientConfig.SCHEMA_REGISTRY_URL);
    }

    @Test
    void shouldDoubleBackOffUpToCapWhenRetrying() {
        RestSchemaRegistryClient client = RestSchemaRegistryClient.builder(stub.url())
                .retryBackoff(Duration.ofMillis(1000), Duration.ofMillis(5000)).build();

        assertThat(List.of(client.backoff(1), client.backoff(2), client.backoff(3), client.backoff(4), client.backoff(60)))
                .containsExactly(Duration.ofMillis(1000), Duration.ofMillis(2000), Duration.ofMillis(4000),
                        Duration.ofMillis(5000), Duration.ofMillis(5000));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
