package io.newsflow.schemas;

import org.apache.avro.util.ClassSecurityValidator;

/**
 * Avro 1.12 only instantiates classes from trusted packages. Our generated records nest records in arrays
 * ({@code EnrichedArticle.people} holds {@code Entity}), and building one with a defaulted field, or reading one,
 * makes Avro load those classes by name. This adds {@value #PACKAGE} to Avro's global trust, once, alongside
 * whatever else is trusted (Avro's defaults and {@code org.apache.avro.SERIALIZABLE_PACKAGES}).
 */
public final class AvroTrust {

    public static final String PACKAGE = "io.newsflow.schemas.avro";
    private static volatile boolean installed;

    private AvroTrust() {
    }

    /** Trusts the generated contract classes; idempotent and cheap after the first call. */
    public static void install() {
        if (installed) {
            return;
        }
        synchronized (AvroTrust.class) {
            if (!installed) {
                ClassSecurityValidator.ClassSecurityPredicate ours = type ->
                        type.getName().startsWith(PACKAGE + ".");
                ClassSecurityValidator.setGlobal(ClassSecurityValidator.composite(
                        ClassSecurityValidator.getGlobal(), ours));
                installed = true;
            }
        }
    }
}
