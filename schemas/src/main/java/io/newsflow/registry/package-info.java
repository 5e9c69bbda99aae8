/**
 * The Confluent Schema Registry REST protocol for Avro, written against the public API because io.confluent
 * artifacts are not on Maven Central.
 *
 * <p>{@link io.newsflow.registry.SchemaRegistryClients#fromConfig} builds a client from Confluent's config names
 * ({@code schema.registry.url}, {@code basic.auth.*}, {@code schema.registry.ssl.truststore.*}, {@code max.retries},
 * {@code retries.wait.ms}, {@code retries.max.wait.ms}, {@code latest.cache.ttl.sec}, {@code http.*.timeout.ms}):
 * a {@link io.newsflow.registry.RestSchemaRegistryClient} for http(s) URLs (comma-separated for fail-over; a URL may
 * carry a path such as Apicurio's {@code /apis/ccompat/v7}), or the in-process
 * {@link io.newsflow.registry.MockSchemaRegistry} for {@code mock://scope}. Registry errors map to typed
 * subclasses of {@link io.newsflow.registry.RegistryException} by {@code error_code}
 * (see {@link io.newsflow.registry.RegistryErrors}).
 */
package io.newsflow.registry;
