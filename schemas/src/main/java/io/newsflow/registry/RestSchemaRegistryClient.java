package io.newsflow.registry;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.SSLContext;

import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;

/**
 * The Confluent Schema Registry REST protocol over {@link java.net.http.HttpClient} and Jackson.
 *
 * <p>Works against Confluent Schema Registry and against Apicurio Registry's Confluent-compatible API (a base URL
 * may carry a path, e.g. {@code http://host:8080/apis/ccompat/v7}). Several base URLs fail over: an I/O error or
 * a 5xx moves to the next one. Failed calls are retried, with exponential back-off, on 5xx and I/O errors only;
 * a 4xx answer is final. Results are cached: subject+schema → id, id → schema, subject+version → schema, and the
 * latest version of a subject (for {@link RegistryClientConfig#LATEST_CACHE_TTL_SEC}, or until invalidated).
 */
public final class RestSchemaRegistryClient implements SchemaRegistryClient {

    /** The registry's media type, sent as Content-Type and preferred in Accept. */
    public static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    /** Accept header as Confluent's client sends it: also takes plain JSON, which some servers answer with. */
    static final String ACCEPT = CONTENT_TYPE + ", application/vnd.schemaregistry+json; qs=0.9, application/json; qs=0.5";
    /** Longest part of an unexpected body quoted in an exception message: enough to recognise it. */
    private static final int MAX_QUOTED_BODY = 200;
    /** Longest back-off shift: 2^30 times the first wait is far beyond any sensible cap. */
    private static final int MAX_BACKOFF_SHIFT = 30;

    private static final Logger log = LoggerFactory.getLogger(RestSchemaRegistryClient.class);

    /** Waits between retries; replaced in tests so that no test sleeps. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final List<Endpoint> endpoints;
    private final AtomicInteger current = new AtomicInteger();
    private final HttpClient http;
    private final int maxRetries;
    private final Duration retryWait;
    private final Duration retryMaxWait;
    private final Duration readTimeout;
    private final Duration latestTtl;
    private final Clock clock;
    private final Sleeper sleeper;
    private final ObjectMapper json = new ObjectMapper();

    private final ConcurrentMap<SubjectSchema, Integer> idsBySubjectSchema = new ConcurrentHashMap<>();
    private final ConcurrentMap<SubjectSchema, RegisteredSchema> lookups = new ConcurrentHashMap<>();
    private final ConcurrentMap<Integer, Schema> schemasById = new ConcurrentHashMap<>();
    private final ConcurrentMap<SubjectVersion, RegisteredSchema> versions = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Timed> latestBySubject = new ConcurrentHashMap<>();

    private RestSchemaRegistryClient(Builder b) {
        if (b.urls.isEmpty()) {
            throw new RegistryConfigException(RegistryClientConfig.SCHEMA_REGISTRY_URL + " is required");
        }
        List<Endpoint> parsed = new ArrayList<>();
        for (String url : b.urls) {
            parsed.add(Endpoint.parse(url, b.credentialsSource, b.userInfo));
        }
        this.endpoints = List.copyOf(parsed);
        if (b.maxRetries < 0) {
            throw new RegistryConfigException(RegistryClientConfig.MAX_RETRIES + " must be >= 0, not " + b.maxRetries);
        }
        this.maxRetries = b.maxRetries;
        this.retryWait = b.retryWait;
        this.retryMaxWait = b.retryMaxWait;
        this.readTimeout = b.readTimeout;
        this.latestTtl = b.latestTtl;
        this.clock = b.clock;
        this.sleeper = b.sleeper;
        HttpClient.Builder http = HttpClient.newBuilder().connectTimeout(b.connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL);
        if (b.sslContext != null) {
            http.sslContext(b.sslContext);
        }
        this.http = http.build();
    }

    /** A builder for the given base URLs. */
    public static Builder builder(String... urls) {
        return new Builder().urls(List.of(urls));
    }

    /** A client from Confluent-style settings (see {@link RegistryClientConfig}). */
    public static RestSchemaRegistryClient fromConfig(Map<String, ?> config) {
        Builder b = new Builder().urls(RegistryClientConfig.urls(config));
        String source = RegistryClientConfig.string(config, RegistryClientConfig.BASIC_AUTH_CREDENTIALS_SOURCE);
        if (source != null) {
            b.credentialsSource(source);
        }
        b.userInfo(RegistryClientConfig.string(config, RegistryClientConfig.BASIC_AUTH_USER_INFO));
        RegistrySsl.fromConfig(config).ifPresent(b::sslContext);
        b.maxRetries((int) RegistryClientConfig.number(config, RegistryClientConfig.MAX_RETRIES,
                RegistryClientConfig.DEFAULT_MAX_RETRIES));
        b.retryBackoff(
                Duration.ofMillis(RegistryClientConfig.number(config, RegistryClientConfig.RETRIES_WAIT_MS,
                        RegistryClientConfig.DEFAULT_RETRIES_WAIT_MS)),
                Duration.ofMillis(RegistryClientConfig.number(config, RegistryClientConfig.RETRIES_MAX_WAIT_MS,
                        RegistryClientConfig.DEFAULT_RETRIES_MAX_WAIT_MS)));
        long ttl = RegistryClientConfig.number(config, RegistryClientConfig.LATEST_CACHE_TTL_SEC,
                RegistryClientConfig.DEFAULT_LATEST_CACHE_TTL_SEC);
        b.latestCacheTtl(ttl < 0 ? null : Duration.ofSeconds(ttl));
        b.connectTimeout(Duration.ofMillis(RegistryClientConfig.number(config,
                RegistryClientConfig.HTTP_CONNECT_TIMEOUT_MS, RegistryClientConfig.DEFAULT_HTTP_TIMEOUT_MS)));
        b.readTimeout(Duration.ofMillis(RegistryClientConfig.number(config,
                RegistryClientConfig.HTTP_READ_TIMEOUT_MS, RegistryClientConfig.DEFAULT_HTTP_TIMEOUT_MS)));
        return b.build();
    }

    // ---------------------------------------------------------------- schemas

    @Override
    public int register(String subject, Schema schema, boolean normalize) {
        SubjectSchema key = new SubjectSchema(subject, schema, normalize);
        Integer cached = idsBySubjectSchema.get(key);
        if (cached != null) {
            return cached;
        }
        String path = subjectPath(subject) + "/versions" + (normalize ? "?normalize=true" : "");
        JsonNode answer = call("POST", path, Map.of("schema", schema.toString()));
        int id = requiredInt(answer, "id", "POST " + path);
        idsBySubjectSchema.put(key, id);
        schemasById.putIfAbsent(id, schema);
        latestBySubject.remove(subject);
        return id;
    }

    @Override
    public RegisteredSchema lookup(String subject, Schema schema, boolean normalize) {
        SubjectSchema key = new SubjectSchema(subject, schema, normalize);
        RegisteredSchema cached = lookups.get(key);
        if (cached != null) {
            return cached;
        }
        String path = subjectPath(subject) + (normalize ? "?normalize=true" : "");
        JsonNode answer = call("POST", path, Map.of("schema", schema.toString()));
        RegisteredSchema found = new RegisteredSchema(subject, requiredInt(answer, "id", "POST " + path),
                requiredInt(answer, "version", "POST " + path), schema);
        lookups.put(key, found);
        idsBySubjectSchema.putIfAbsent(key, found.id());
        schemasById.putIfAbsent(found.id(), schema);
        return found;
    }

    @Override
    public Schema getById(int id) {
        Schema cached = schemasById.get(id);
        if (cached != null) {
            return cached;
        }
        String path = "/schemas/ids/" + id;
        Schema schema = parseSchema(call("GET", path, null), "GET " + path);
        schemasById.putIfAbsent(id, schema);
        return schema;
    }

    @Override
    public RegisteredSchema getLatest(String subject) {
        Timed cached = latestBySubject.get(subject);
        Instant now = clock.instant();
        if (cached != null && (latestTtl == null || now.isBefore(cached.at().plus(latestTtl)))) {
            return cached.value();
        }
        RegisteredSchema latest = fetchVersion(subject, "latest");
        latestBySubject.put(subject, new Timed(latest, now));
        return latest;
    }

    @Override
    public RegisteredSchema getVersion(String subject, int version) {
        SubjectVersion key = new SubjectVersion(subject, version);
        RegisteredSchema cached = versions.get(key);
        if (cached != null) {
            return cached;
        }
        RegisteredSchema found = fetchVersion(subject, Integer.toString(version));
        versions.put(key, found);
        return found;
    }

    @Override
    public List<Integer> getVersions(String subject) {
        return ints(call("GET", subjectPath(subject) + "/versions", null));
    }

    @Override
    public CompatibilityResult testCompatibility(String subject, Schema schema) {
        String path = "/compatibility" + subjectPath(subject) + "/versions/latest?verbose=true";
        JsonNode answer;
        try {
            answer = call("POST", path, Map.of("schema", schema.toString()));
        } catch (SubjectNotFoundException | VersionNotFoundException e) {
            // Older registries answer 40401/40402 for a subject without versions: nothing to be incompatible with.
            return new CompatibilityResult(true, List.of());
        }
        JsonNode flag = answer.get("is_compatible");
        if (flag == null || !flag.isBoolean()) {
            throw new RegistryException("POST " + path + ": answer has no is_compatible: " + answer,
                    RegistryException.NONE, RegistryException.NONE);
        }
        List<String> messages = new ArrayList<>();
        answer.path("messages").forEach(m -> messages.add(m.asText()));
        return new CompatibilityResult(flag.booleanValue(), messages);
    }

    // ---------------------------------------------------------------- config

    @Override
    public CompatibilityLevel getConfig() {
        return level(call("GET", "/config", null), "GET /config");
    }

    @Override
    public CompatibilityLevel getConfig(String subject) {
        String path = "/config/" + encode(subject) + "?defaultToGlobal=true";
        try {
            return level(call("GET", path, null), "GET " + path);
        } catch (SubjectNotFoundException e) {
            return getConfig();
        } catch (RegistryException e) {
            if (e.errorCode() == RegistryErrors.SUBJECT_COMPATIBILITY_NOT_CONFIGURED) {
                return getConfig();
            }
            throw e;
        }
    }

    @Override
    public CompatibilityLevel putConfig(CompatibilityLevel level) {
        return level(call("PUT", "/config", Map.of("compatibility", level.name())), "PUT /config");
    }

    @Override
    public CompatibilityLevel putConfig(String subject, CompatibilityLevel level) {
        String path = "/config/" + encode(subject);
        return level(call("PUT", path, Map.of("compatibility", level.name())), "PUT " + path);
    }

    // ---------------------------------------------------------------- subjects

    @Override
    public List<String> listSubjects() {
        List<String> subjects = new ArrayList<>();
        call("GET", "/subjects", null).forEach(s -> subjects.add(s.asText()));
        return subjects;
    }

    @Override
    public List<Integer> deleteSubject(String subject, boolean permanent) {
        forget(subject);
        List<Integer> deleted;
        try {
            deleted = ints(call("DELETE", subjectPath(subject), null));
        } catch (RegistryException e) {
            if (!permanent || e.errorCode() != RegistryErrors.SUBJECT_SOFT_DELETED) {
                throw e;
            }
            deleted = List.of();
        }
        if (permanent) {
            List<Integer> hard = ints(call("DELETE", subjectPath(subject) + "?permanent=true", null));
            return hard.isEmpty() ? deleted : hard;
        }
        return deleted;
    }

    @Override
    public void invalidateLatest(String subject) {
        latestBySubject.remove(subject);
    }

    @Override
    public String toString() {
        return "RestSchemaRegistryClient" + endpoints;
    }

    // ---------------------------------------------------------------- transport

    private JsonNode call(String method, String path, Object body) {
        byte[] payload = body == null ? null : toJson(body);
        String request = method + " " + path;
        int attempts = maxRetries + 1;
        RegistryException failure = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            if (attempt > 1) {
                pause(backoff(attempt - 1));
            }
            int index = current.get();
            Endpoint endpoint = endpoints.get(Math.floorMod(index, endpoints.size()));
            try {
                HttpResponse<byte[]> response = http.send(request(endpoint, method, path, payload),
                        HttpResponse.BodyHandlers.ofByteArray());
                int status = response.statusCode();
                if (status >= 200 && status < 300) {
                    return parse(response.body(), request);
                }
                failure = RegistryErrors.toException(status, response.body(), request + " at " + endpoint);
                if (!failure.isRetriable()) {
                    throw failure;
                }
            } catch (IOException e) {
                failure = new RegistryUnreachableException(request + " at " + endpoint + " failed: " + e, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RegistryException(request + " interrupted", RegistryException.NONE, RegistryException.NONE, e);
            }
            if (attempt < attempts) {
                if (endpoints.size() > 1) {
                    current.compareAndSet(index, index + 1);
                }
                log.warn("schema registry call failed (attempt {} of {}), retrying: {}", attempt, attempts,
                        failure.getMessage());
            }
        }
        throw giveUp(failure, attempts);
    }

    private static RegistryException giveUp(RegistryException failure, int attempts) {
        String message = failure.getMessage() + " (gave up after " + attempts + " attempt" + (attempts == 1 ? "" : "s") + ")";
        if (failure instanceof RegistryUnreachableException) {
            return new RegistryUnreachableException(message, failure.getCause());
        }
        return RegistryErrors.create(message, failure.httpStatus(), failure.errorCode());
    }

    /** Back-off before retry number {@code retry} (from 1): the first wait, doubled per retry, capped. */
    Duration backoff(int retry) {
        long first = retryWait.toMillis();
        int shift = Math.min(retry - 1, MAX_BACKOFF_SHIFT);
        long millis = first << shift;
        if (millis < first || (first != 0 && (millis >> shift) != first)) {
            millis = Long.MAX_VALUE;
        }
        return Duration.ofMillis(Math.min(millis, retryMaxWait.toMillis()));
    }

    private void pause(Duration duration) {
        if (duration.isZero() || duration.isNegative()) {
            return;
        }
        try {
            sleeper.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegistryException("interrupted while waiting to retry", RegistryException.NONE,
                    RegistryException.NONE, e);
        }
    }

    private HttpRequest request(Endpoint endpoint, String method, String path, byte[] payload) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(endpoint.base() + path))
                .timeout(readTimeout)
                .header("Accept", ACCEPT);
        if (endpoint.authorization() != null) {
            r.header("Authorization", endpoint.authorization());
        }
        if (payload != null) {
            r.header("Content-Type", CONTENT_TYPE).method(method, HttpRequest.BodyPublishers.ofByteArray(payload));
        } else {
            r.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return r.build();
    }

    private byte[] toJson(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write request body", e);
        }
    }

    private JsonNode parse(byte[] body, String request) {
        if (body == null || body.length == 0) {
            return NullNode.getInstance();
        }
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new RegistryException(request + ": the registry answered with a body that is not JSON: "
                    + new String(body, 0, Math.min(body.length, MAX_QUOTED_BODY), StandardCharsets.UTF_8),
                    RegistryException.NONE, RegistryException.NONE, e);
        }
    }

    // ---------------------------------------------------------------- answers

    private RegisteredSchema fetchVersion(String subject, String version) {
        String path = subjectPath(subject) + "/versions/" + version;
        JsonNode answer = call("GET", path, null);
        String request = "GET " + path;
        String answeredSubject = answer.path("subject").asText(subject);
        return new RegisteredSchema(answeredSubject, requiredInt(answer, "id", request),
                requiredInt(answer, "version", request), parseSchema(answer, request));
    }

    private static Schema parseSchema(JsonNode answer, String request) {
        String type = answer.path("schemaType").asText("AVRO");
        if (!type.toUpperCase(Locale.ROOT).equals("AVRO")) {
            throw new RegistryException(request + ": schema type " + type + " is not supported (Avro only)",
                    RegistryException.NONE, RegistryException.NONE);
        }
        JsonNode text = answer.get("schema");
        if (text == null || !text.isTextual()) {
            throw new RegistryException(request + ": answer has no schema: " + answer,
                    RegistryException.NONE, RegistryException.NONE);
        }
        try {
            return new Schema.Parser().parse(text.asText());
        } catch (SchemaParseException e) {
            throw new InvalidSchemaException(request + ": the registry returned a schema Avro cannot parse: "
                    + e.getMessage(), RegistryException.NONE, RegistryException.NONE);
        }
    }

    private static CompatibilityLevel level(JsonNode answer, String request) {
        JsonNode level = answer.has("compatibilityLevel") ? answer.get("compatibilityLevel") : answer.get("compatibility");
        if (level == null || !level.isTextual()) {
            throw new RegistryException(request + ": answer has no compatibility level: " + answer,
                    RegistryException.NONE, RegistryException.NONE);
        }
        return CompatibilityLevel.parse(level.asText());
    }

    private static int requiredInt(JsonNode answer, String field, String request) {
        JsonNode value = answer.get(field);
        if (value == null || !value.canConvertToInt()) {
            throw new RegistryException(request + ": answer has no integer " + field + ": " + answer,
                    RegistryException.NONE, RegistryException.NONE);
        }
        return value.intValue();
    }

    private static List<Integer> ints(JsonNode answer) {
        List<Integer> values = new ArrayList<>();
        answer.forEach(v -> values.add(v.intValue()));
        return values;
    }

    private void forget(String subject) {
        idsBySubjectSchema.keySet().removeIf(k -> k.subject().equals(subject));
        lookups.keySet().removeIf(k -> k.subject().equals(subject));
        versions.keySet().removeIf(k -> k.subject().equals(subject));
        latestBySubject.remove(subject);
    }

    private static String subjectPath(String subject) {
        return "/subjects/" + encode(subject);
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private record SubjectSchema(String subject, Schema schema, boolean normalize) {
    }

    private record SubjectVersion(String subject, int version) {
    }

    private record Timed(RegisteredSchema value, Instant at) {
    }

    /** One registry base URL and the Authorization header to send there (never printed). */
    private record Endpoint(String base, String authorization) {

        static Endpoint parse(String url, String credentialsSource, String userInfo) {
            URI uri;
            try {
                uri = new URI(url.trim());
            } catch (URISyntaxException e) {
                throw new RegistryConfigException(RegistryClientConfig.SCHEMA_REGISTRY_URL + ": invalid URL: "
                        + e.getMessage(), e);
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new RegistryConfigException(RegistryClientConfig.SCHEMA_REGISTRY_URL
                        + ": expected http(s)://host[:port][/path], not " + mask(uri));
            }
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            while (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            String base = scheme + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort()) + path;
            String source = credentialsSource.toUpperCase(Locale.ROOT);
            String authorization;
            if (source.equals(RegistryClientConfig.CREDENTIALS_SOURCE_URL)) {
                authorization = uri.getRawUserInfo() == null ? null
                        : basic(URLDecoder.decode(uri.getRawUserInfo(), StandardCharsets.UTF_8));
            } else if (source.equals(RegistryClientConfig.CREDENTIALS_SOURCE_USER_INFO)) {
                if (userInfo == null || !userInfo.contains(":")) {
                    throw new RegistryConfigException(RegistryClientConfig.BASIC_AUTH_USER_INFO
                            + " must be user:password when " + RegistryClientConfig.BASIC_AUTH_CREDENTIALS_SOURCE
                            + " is USER_INFO");
                }
                authorization = basic(userInfo);
            } else {
                throw new RegistryConfigException(RegistryClientConfig.BASIC_AUTH_CREDENTIALS_SOURCE
                        + " must be URL or USER_INFO, not " + credentialsSource);
            }
            return new Endpoint(base, authorization);
        }

        private static String basic(String userInfo) {
            return "Basic " + Base64.getEncoder().encodeToString(userInfo.getBytes(StandardCharsets.UTF_8));
        }

        private static String mask(URI uri) {
            return uri.getRawUserInfo() == null ? uri.toString() : uri.toString().replace(uri.getRawUserInfo(), "***");
        }

        @Override
        public String toString() {
            return base;
        }
    }

    /** Settings of a {@link RestSchemaRegistryClient}; defaults as in Confluent's client. */
    public static final class Builder {
        private List<String> urls = List.of();
        private String credentialsSource = RegistryClientConfig.CREDENTIALS_SOURCE_URL;
        private String userInfo;
        private SSLContext sslContext;
        private int maxRetries = RegistryClientConfig.DEFAULT_MAX_RETRIES;
        private Duration retryWait = Duration.ofMillis(RegistryClientConfig.DEFAULT_RETRIES_WAIT_MS);
        private Duration retryMaxWait = Duration.ofMillis(RegistryClientConfig.DEFAULT_RETRIES_MAX_WAIT_MS);
        private Duration connectTimeout = Duration.ofMillis(RegistryClientConfig.DEFAULT_HTTP_TIMEOUT_MS);
        private Duration readTimeout = Duration.ofMillis(RegistryClientConfig.DEFAULT_HTTP_TIMEOUT_MS);
        private Duration latestTtl;
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = d -> Thread.sleep(d.toMillis());

        public Builder urls(List<String> urls) {
            this.urls = List.copyOf(urls);
            return this;
        }

        /** {@code URL} (credentials in the URL, the default) or {@code USER_INFO}. */
        public Builder credentialsSource(String source) {
            this.credentialsSource = Objects.requireNonNull(source);
            return this;
        }

        /** {@code user:password}, for the {@code USER_INFO} credentials source. */
        public Builder userInfo(String userInfo) {
            this.userInfo = userInfo;
            return this;
        }

        /** Shorthand for the {@code USER_INFO} credentials source with these credentials. */
        public Builder basicAuth(String user, String password) {
            return credentialsSource(RegistryClientConfig.CREDENTIALS_SOURCE_USER_INFO).userInfo(user + ":" + password);
        }

        public Builder sslContext(SSLContext sslContext) {
            this.sslContext = sslContext;
            return this;
        }

        public Builder maxRetries(int maxRetries) {
            this.maxRetries = maxRetries;
            return this;
        }

        public Builder retryBackoff(Duration first, Duration max) {
            this.retryWait = Objects.requireNonNull(first);
            this.retryMaxWait = Objects.requireNonNull(max);
            return this;
        }

        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = Objects.requireNonNull(timeout);
            return this;
        }

        public Builder readTimeout(Duration timeout) {
            this.readTimeout = Objects.requireNonNull(timeout);
            return this;
        }

        /** How long a subject's latest version stays cached; null (the default) means until invalidated. */
        public Builder latestCacheTtl(Duration ttl) {
            this.latestTtl = ttl;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper);
            return this;
        }

        public RestSchemaRegistryClient build() {
            return new RestSchemaRegistryClient(this);
        }
    }
}
