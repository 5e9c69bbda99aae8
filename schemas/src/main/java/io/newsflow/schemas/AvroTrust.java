package io.newsflow.schemas;

import org.apache.avro.util.ClassSecurityValidator;
import org.apache.avro.util.ClassSecurityValidator.ClassSecurityPredicate;

/**
 * Lets Avro load newsflow's generated classes by name.
 *
 * <p>Avro 1.12 only instantiates classes its {@link ClassSecurityValidator} trusts (java.lang basics, plus the
 * {@code org.apache.avro.SERIALIZABLE_PACKAGES}/{@code SERIALIZABLE_CLASSES} system properties). Without trust,
 * a builder copying a nested record (e.g. {@code EnrichedArticle.people}) and a specific reader fail with
 * "SecurityException: Forbidden io.newsflow.schemas.avro.Entity". {@link #install()} adds trust for the generated
 * package only, keeping whatever was trusted before. The serdes call it; other code that builds generated records
 * with nested records calls it once at start-up (or sets the system property).
 */
public final class AvroTrust {

    /** Package of the classes generated from {@code src/main/avro}. */
    public static final String GENERATED_PACKAGE = "io.newsflow.schemas.avro";

    private static boolean installed;

    private AvroTrust() {
    }

    /** Trusts the generated package in this JVM; idempotent. */
    public static synchronized void install() {
        if (installed) {
            return;
        }
        ClassSecurityPredicate previous = ClassSecurityValidator.getGlobal();
        ClassSecurityPredicate generated = type -> type.getPackageName().equals(GENERATED_PACKAGE);
        ClassSecurityValidator.setGlobal(ClassSecurityValidator.composite(previous, generated));
        installed = true;
    }
}
