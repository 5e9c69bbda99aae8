package io.newsflow.registry;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Map;
import java.util.Optional;

import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;

/** Builds the client's {@link SSLContext} from {@code schema.registry.ssl.*} settings. */
public final class RegistrySsl {

    /** Kafka's default store type; the JDK's JKS loader also reads PKCS12 files. */
    static final String DEFAULT_STORE_TYPE = "JKS";

    private RegistrySsl() {
    }

    /** An SSL context when a truststore or keystore is configured; empty means the JDK defaults. */
    public static Optional<SSLContext> fromConfig(Map<String, ?> config) {
        String trustLocation = RegistryClientConfig.string(config, RegistryClientConfig.SSL_TRUSTSTORE_LOCATION);
        String keyLocation = RegistryClientConfig.string(config, RegistryClientConfig.SSL_KEYSTORE_LOCATION);
        if (trustLocation == null && keyLocation == null) {
            return Optional.empty();
        }
        try {
            TrustManager[] trust = null;
            if (trustLocation != null) {
                KeyStore store = load(RegistryClientConfig.SSL_TRUSTSTORE_LOCATION, trustLocation,
                        RegistryClientConfig.string(config, RegistryClientConfig.SSL_TRUSTSTORE_PASSWORD),
                        RegistryClientConfig.string(config, RegistryClientConfig.SSL_TRUSTSTORE_TYPE));
                TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                factory.init(store);
                trust = factory.getTrustManagers();
            }
            KeyManager[] keys = null;
            if (keyLocation != null) {
                String storePassword = RegistryClientConfig.string(config, RegistryClientConfig.SSL_KEYSTORE_PASSWORD);
                KeyStore store = load(RegistryClientConfig.SSL_KEYSTORE_LOCATION, keyLocation, storePassword,
                        RegistryClientConfig.string(config, RegistryClientConfig.SSL_KEYSTORE_TYPE));
                String keyPassword = RegistryClientConfig.string(config, RegistryClientConfig.SSL_KEY_PASSWORD);
                KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                String password = keyPassword != null ? keyPassword : storePassword;
                factory.init(store, password == null ? new char[0] : password.toCharArray());
                keys = factory.getKeyManagers();
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys, trust, null);
            return Optional.of(context);
        } catch (GeneralSecurityException e) {
            throw new RegistryConfigException("cannot build an SSL context for the schema registry: " + e.getMessage(), e);
        }
    }

    private static KeyStore load(String key, String location, String password, String type) {
        Path path = Path.of(location);
        if (!Files.isRegularFile(path)) {
            throw new RegistryConfigException(key + ": no such file " + path.toAbsolutePath());
        }
        String storeType = type == null ? DEFAULT_STORE_TYPE : type;
        try (InputStream in = Files.newInputStream(path)) {
            KeyStore store = KeyStore.getInstance(storeType);
            store.load(in, password == null ? null : password.toCharArray());
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw new RegistryConfigException(key + ": cannot load " + path.toAbsolutePath() + " as a " + storeType
                    + " store (wrong password or type?): " + e.getMessage(), e);
        }
    }
}
