package io.newsflow.registry;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaParseException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A Confluent-like schema registry on a JDK {@link HttpServer}, for what Apicurio does differently: incompatible
 * schemas answer {@code error_code} 40901, the default compatibility is BACKWARD (only the latest version is
 * checked), and the Authorization header is checked when credentials are set. Records every request; canned
 * failures can be queued in front of the normal behaviour.
 */
final class StubRegistry implements AutoCloseable {

    record Request(String method, String path, String query, Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private record Canned(int status, String contentType, String body) {
    }

    private record Version(int id, int version, String schema) {
    }

    private static final String SR_JSON = "application/vnd.schemaregistry.v1+json";

    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    private final String prefix;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Deque<Canned> queued = new ArrayDeque<>();
    private Canned always;
    private String expectedAuthorization;

    private final Map<String, Integer> idsBySchema = new HashMap<>();
    private final Map<Integer, String> schemasById = new HashMap<>();
    private final Map<String, List<Version>> subjects = new LinkedHashMap<>();
    private final Map<String, String> subjectLevels = new HashMap<>();
    private String globalLevel = "BACKWARD";
    private int nextId = 1;

    StubRegistry() throws IOException {
        this("");
    }

    /** A stub whose API sits under a path prefix, like Apicurio's {@code /apis/ccompat/v7}. */
    StubRegistry(String prefix) throws IOException {
        this.prefix = prefix;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + prefix;
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** Requires {@code Authorization: Basic base64(user:password)} on every request. */
    StubRegistry requireBasicAuth(String user, String password) {
        expectedAuthorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** The next {@code times} requests get this answer instead of the normal one. */
    synchronized StubRegistry failNext(int times, int status, String contentType, String body) {
        for (int i = 0; i < times; i++) {
            queued.add(new Canned(status, contentType, body));
        }
        return this;
    }

    /** Every request gets this answer. */
    synchronized StubRegistry failAlways(int status, String contentType, String body) {
        always = new Canned(status, contentType, body);
        return this;
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    long count(String method, String pathStart) {
        return requests.stream().filter(r -> r.method().equals(method) && r.path().startsWith(pathStart)).count();
    }

    Request lastRequest() {
        return requests.get(requests.size() - 1);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    // ------------------------------------------------------------------------------------------------------------

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            Request request = new Request(exchange.getRequestMethod(), path, exchange.getRequestURI().getQuery(),
                    Map.copyOf(exchange.getRequestHeaders()), body);
            requests.add(request);
            Canned canned;
            synchronized (this) {
                canned = !queued.isEmpty() ? queued.poll() : always;
            }
            if (canned != null) {
                send(exchange, canned.status(), canned.contentType(), canned.body());
                return;
            }
            if (expectedAuthorization != null && !expectedAuthorization.equals(request.header("Authorization"))) {
                error(exchange, 401, 401, "Unauthorized");
                return;
            }
            if (!path.startsWith(prefix + "/")) {
                error(exchange, 404, 404, "HTTP 404 Not Found");
                return;
            }
            if (!body.isEmpty() && !SR_JSON.equals(request.header("Content-Type"))) {
                error(exchange, 415, 415, "Unsupported Media Type");
                return;
            }
            synchronized (this) {
                route(exchange, request, path.substring(prefix.length()).split("/"));
            }
        }
    }

    private void route(HttpExchange ex, Request r, String[] p) throws IOException {
        // p[0] is "" (the path starts with '/')
        String m = r.method();
        boolean verbose = r.query() != null && r.query().contains("verbose=true");
        if (p.length == 2 && p[1].equals("subjects") && m.equals("GET")) {
            ok(ex, json.valueToTree(subjects.keySet()));
        } else if (p.length == 4 && p[1].equals("schemas") && p[2].equals("ids") && m.equals("GET")) {
            String schema = schemasById.get(Integer.parseInt(p[3]));
            if (schema == null) {
                error(ex, 404, 40403, "Schema " + p[3] + " not found");
            } else {
                ok(ex, json.createObjectNode().put("schema", schema));
            }
        } else if (p.length == 3 && p[1].equals("subjects") && m.equals("POST")) {
            lookup(ex, p[2], r.body());
        } else if (p.length == 3 && p[1].equals("subjects") && m.equals("DELETE")) {
            List<Version> versions = subjects.remove(p[2]);
            if (versions == null) {
                error(ex, 404, 40401, "Subject '" + p[2] + "' not found.");
            } else {
                ok(ex, json.valueToTree(versions.stream().map(Version::version).toList()));
            }
        } else if (p.length == 4 && p[1].equals("subjects") && p[3].equals("versions") && m.equals("POST")) {
            register(ex, p[2], r.body());
        } else if (p.length == 4 && p[1].equals("subjects") && p[3].equals("versions") && m.equals("GET")) {
            List<Version> versions = subjects.get(p[2]);
            if (versions == null) {
                error(ex, 404, 40401, "Subject '" + p[2] + "' not found.");
            } else {
                ok(ex, json.valueToTree(versions.stream().map(Version::version).toList()));
            }
        } else if (p.length == 5 && p[1].equals("subjects") && p[3].equals("versions") && m.equals("GET")) {
            version(ex, p[2], p[4]);
        } else if (p.length == 6 && p[1].equals("compatibility") && p[2].equals("subjects") && m.equals("POST")) {
            compatibility(ex, p[3], r.body(), verbose);
        } else if (p.length == 2 && p[1].equals("config")) {
            config(ex, null, m, r);
        } else if (p.length == 3 && p[1].equals("config")) {
            config(ex, p[2], m, r);
        } else {
            error(ex, 404, 404, "HTTP 404 Not Found");
        }
    }

    private void register(HttpExchange ex, String subject, String body) throws IOException {
        Schema schema = parse(ex, body);
        if (schema == null) {
            return;
        }
        String text = schema.toString();
        List<Version> versions = subjects.getOrDefault(subject, List.of());
        for (Version v : versions) {
            if (v.schema().equals(text)) {
                ok(ex, json.createObjectNode().put("id", v.id()));
                return;
            }
        }
        List<String> problems = problems(subject, schema);
        if (!problems.isEmpty()) {
            error(ex, 409, 40901, "Schema being registered is incompatible with an earlier schema for subject \""
                    + subject + "\"; " + problems);
            return;
        }
        int id = idsBySchema.computeIfAbsent(text, t -> nextId++);
        schemasById.put(id, text);
        int version = versions.isEmpty() ? 1 : versions.get(versions.size() - 1).version() + 1;
        subjects.computeIfAbsent(subject, s -> new ArrayList<>()).add(new Version(id, version, text));
        ok(ex, json.createObjectNode().put("id", id));
    }

    private void lookup(HttpExchange ex, String subject, String body) throws IOException {
        Schema schema = parse(ex, body);
        if (schema == null) {
            return;
        }
        List<Version> versions = subjects.get(subject);
        if (versions == null) {
            error(ex, 404, 40401, "Subject '" + subject + "' not found.");
            return;
        }
        for (Version v : versions) {
            if (v.schema().equals(schema.toString())) {
                ok(ex, describe(subject, v));
                return;
            }
        }
        error(ex, 404, 40403, "Schema not found");
    }

    private void version(HttpExchange ex, String subject, String version) throws IOException {
        int number;
        if (version.equals("latest")) {
            number = -1;
        } else {
            try {
                number = Integer.parseInt(version);
            } catch (NumberFormatException e) {
                number = 0;
            }
            if (number < 1) {
                error(ex, 422, 42202, "The specified version '" + version + "' is not a valid version id. "
                        + "Allowed values are between [1, 2^31-1] and the string \"latest\"");
                return;
            }
        }
        List<Version> versions = subjects.get(subject);
        if (versions == null) {
            error(ex, 404, 40401, "Subject '" + subject + "' not found.");
            return;
        }
        int wanted = number;
        Version found = wanted == -1 ? versions.get(versions.size() - 1)
                : versions.stream().filter(v -> v.version() == wanted).findFirst().orElse(null);
        if (found == null) {
            error(ex, 404, 40402, "Version " + version + " not found.");
        } else {
            ok(ex, describe(subject, found));
        }
    }

    private void compatibility(HttpExchange ex, String subject, String body, boolean verbose) throws IOException {
        Schema schema = parse(ex, body);
        if (schema == null) {
            return;
        }
        List<String> problems = problems(subject, schema);
        ObjectNode answer = json.createObjectNode().put("is_compatible", problems.isEmpty());
        if (verbose) {
            ArrayNode messages = answer.putArray("messages");
            problems.forEach(messages::add);
        }
        ok(ex, answer);
    }

    private void config(HttpExchange ex, String subject, String method, Request r) throws IOException {
        if (method.equals("GET")) {
            String level = subject == null ? globalLevel : subjectLevels.get(subject);
            if (level == null && r.query() != null && r.query().contains("defaultToGlobal=true")) {
                level = globalLevel;
            }
            if (level == null) {
                error(ex, 404, 40408, "Subject '" + subject + "' does not have subject-level compatibility configured");
            } else {
                ok(ex, json.createObjectNode().put("compatibilityLevel", level));
            }
            return;
        }
        String level = json.readTree(r.body()).path("compatibility").asText("");
        if (!List.of("NONE", "BACKWARD", "BACKWARD_TRANSITIVE", "FORWARD", "FORWARD_TRANSITIVE", "FULL",
                "FULL_TRANSITIVE").contains(level)) {
            error(ex, 422, 42203, "Invalid compatibility level. Valid values are none, backward, forward and full");
            return;
        }
        if (subject == null) {
            globalLevel = level;
        } else {
            subjectLevels.put(subject, level);
        }
        ok(ex, json.createObjectNode().put("compatibility", level));
    }

    /** BACKWARD and NONE only, as far as the tests need: the new schema must read the latest version's data. */
    private List<String> problems(String subject, Schema candidate) {
        String level = subjectLevels.getOrDefault(subject, globalLevel);
        List<Version> versions = subjects.getOrDefault(subject, List.of());
        if (level.equals("NONE") || versions.isEmpty()) {
            return List.of();
        }
        Schema latest = new Schema.Parser().parse(versions.get(versions.size() - 1).schema());
        SchemaCompatibility.SchemaPairCompatibility result =
                SchemaCompatibility.checkReaderWriterCompatibility(candidate, latest);
        List<String> problems = new ArrayList<>();
        result.getResult().getIncompatibilities().forEach(i -> problems.add(i.getType() + " at " + i.getLocation()));
        return problems;
    }

    private Schema parse(HttpExchange ex, String body) throws IOException {
        try {
            JsonNode request = json.readTree(body);
            return new Schema.Parser().parse(request.path("schema").asText());
        } catch (SchemaParseException | IOException e) {
            error(ex, 422, 42201, "Invalid schema: " + e.getMessage());
            return null;
        }
    }

    private JsonNode describe(String subject, Version v) {
        return json.createObjectNode().put("subject", subject).put("version", v.version()).put("id", v.id())
                .put("schema", v.schema());
    }

    private void ok(HttpExchange ex, JsonNode answer) throws IOException {
        send(ex, 200, SR_JSON, json.writeValueAsString(answer));
    }

    private void error(HttpExchange ex, int status, int code, String message) throws IOException {
        send(ex, status, SR_JSON, json.writeValueAsString(
                json.createObjectNode().put("error_code", code).put("message", message)));
    }

    private static void send(HttpExchange ex, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (contentType != null) {
            ex.getResponseHeaders().set("Content-Type", contentType);
        }
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            ex.getResponseBody().write(bytes);
        }
    }
}
