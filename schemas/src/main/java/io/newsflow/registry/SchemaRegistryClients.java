package io.newsflow.registry;

import java.util.List;
import java.util.Map;

/** Builds the client that {@code schema.registry.url} names: {@code mock://scope} or real registry URLs. */
public final class SchemaRegistryClients {

    private SchemaRegistryClients() {
    }

    /** A client from Confluent-style settings (see {@link RegistryClientConfig}). */
    public static SchemaRegistryClient fromConfig(Map<String, ?> config) {
        List<String> urls = RegistryClientConfig.urls(config);
        boolean anyMock = urls.stream().anyMatch(MockSchemaRegistry::isMockUrl);
        if (anyMock) {
            if (urls.size() != 1) {
                throw new RegistryConfigException(RegistryClientConfig.SCHEMA_REGISTRY_URL
                        + ": a mock:// URL cannot be combined with other URLs (" + urls.size() + " given)");
            }
            return MockSchemaRegistry.forScope(MockSchemaRegistry.scopeOf(urls.get(0)));
        }
        return RestSchemaRegistryClient.fromConfig(config);
    }
}
