package io.newsflow.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

/**
 * TLS: a self-signed certificate made with the JDK's keytool, an HTTPS registry endpoint on it, and a client that
 * trusts it only through {@code schema.registry.ssl.truststore.*}.
 */
class RegistrySslTest {

    private static final String PASSWORD = "changeit";

    @TempDir
    static Path dir;
    private static Path serverStore;
    private static Path trustStore;
    private static HttpsServer server;

    @BeforeAll
    static void createCertificateAndServer() throws Exception {
        serverStore = dir.resolve("server.p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process process = new ProcessBuilder(List.of(keytool.toString(), "-genkeypair", "-alias", "registry",
                "-keyalg", "RSA", "-keysize", "2048", "-validity", "2", "-dname", "CN=127.0.0.1",
                "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-storetype", "PKCS12", "-keystore", serverStore.toString(),
                "-storepass", PASSWORD, "-keypass", PASSWORD)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("keytool finished").isTrue();
        assertThat(process.exitValue()).as("keytool: " + output).isZero();

        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(serverStore)) {
            keys.load(in, PASSWORD.toCharArray());
        }
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("registry", keys.getCertificate("registry"));
        trustStore = dir.resolve("truststore.p12");
        try (OutputStream out = Files.newOutputStream(trustStore)) {
            trust.store(out, PASSWORD.toCharArray());
        }

        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, PASSWORD.toCharArray());
        SSLContext serverContext = SSLContext.getInstance("TLS");
        serverContext.init(kmf.getKeyManagers(), null, null);
        server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(serverContext));
        server.createContext("/subjects", exchange -> {
            byte[] body = "[\"tls-value\"]".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", RestSchemaRegistryClient.CONTENT_TYPE);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static String url() {
        return "https://127.0.0.1:" + server.getAddress().getPort();
    }

    @Test
    void shouldTalkHttpsWhenTruststoreTrustsTheCertificate() {
        RestSchemaRegistryClient client = RestSchemaRegistryClient.fromConfig(Map.of(
                RegistryClientConfig.SCHEMA_REGISTRY_URL, url(),
                RegistryClientConfig.SSL_TRUSTSTORE_LOCATION, trustStore.toString(),
                RegistryClientConfig.SSL_TRUSTSTORE_PASSWORD, PASSWORD,
                RegistryClientConfig.SSL_TRUSTSTORE_TYPE, "PKCS12"));

        assertThat(client.listSubjects()).containsExactly("tls-value");
    }

    @Test
    void shouldReadPkcs12TruststoreWhenTypeIsDefaultJks() {
        assertThat(RegistrySsl.fromConfig(Map.of(
                RegistryClientConfig.SSL_TRUSTSTORE_LOCATION, trustStore.toString(),
                RegistryClientConfig.SSL_TRUSTSTORE_PASSWORD, PASSWORD))).isPresent();
    }

    @Test
    void shouldFailHandshakeWhenNoTruststoreIsConfigured() {
        RestSchemaRegistryClient client = RestSchemaRegistryClient.fromConfig(Map.of(
                RegistryClientConfig.SCHEMA_REGISTRY_URL, url(),
                RegistryClientConfig.MAX_RETRIES, 0));

        assertThatThrownBy(client::listSubjects).isInstanceOf(RegistryUnreachableException.class)
                .hasCauseInstanceOf(javax.net.ssl.SSLHandshakeException.class);
    }

    @Test
    void shouldNameThePathWhenTruststoreIsMissing() {
        Path missing = dir.resolve("no-such-truststore.jks");

        assertThatThrownBy(() -> RestSchemaRegistryClient.fromConfig(Map.of(
                RegistryClientConfig.SCHEMA_REGISTRY_URL, url(),
                RegistryClientConfig.SSL_TRUSTSTORE_LOCATION, missing.toString())))
                .isInstanceOf(RegistryConfigException.class)
                .hasMessageContaining(RegistryClientConfig.SSL_TRUSTSTORE_LOCATION)
                .hasMessageContaining("no-such-truststore.jks");
    }

    @Test
    void shouldSayWrongPasswordOrTypeWhenTruststoreCannotBeOpened() throws IOException {
        assertThatThrownBy(() -> RegistrySsl.fromConfig(Map.of(
                RegistryClientConfig.SSL_TRUSTSTORE_LOCATION, trustStore.toString(),
                RegistryClientConfig.SSL_TRUSTSTORE_PASSWORD, "wrong",
                RegistryClientConfig.SSL_TRUSTSTORE_TYPE, "PKCS12")))
                .isInstanceOf(RegistryConfigException.class)
                .hasMessageContaining("wrong password or type");
    }
}
