package io.newsflow.registry;

import java.util.Locale;

/** The registry's compatibility rules, named as in the Confluent REST API. */
public enum CompatibilityLevel {
    NONE, BACKWARD, BACKWARD_TRANSITIVE, FORWARD, FORWARD_TRANSITIVE, FULL, FULL_TRANSITIVE;

    /** True when a new schema must be able to read data written with earlier ones. */
    public boolean checksBackward() {
        return this == BACKWARD || this == BACKWARD_TRANSITIVE || this == FULL || this == FULL_TRANSITIVE;
    }

    /** True when earlier schemas must be able to read data written with the new one. */
    public boolean checksForward() {
        return this == FORWARD || this == FORWARD_TRANSITIVE || this == FULL || this == FULL_TRANSITIVE;
    }

    /** True when the rule holds against every earlier version, not only the latest. */
    public boolean isTransitive() {
        return name().endsWith("_TRANSITIVE");
    }

    /** Parses a level as the registry writes it (case-insensitive). */
    public static CompatibilityLevel parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidCompatibilityLevelException("unknown compatibility level '" + text + "'",
                    RegistryException.NONE, RegistryErrors.INVALID_COMPATIBILITY_LEVEL);
        }
    }
}
