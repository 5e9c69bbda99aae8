package io.newsflow.registry;

import java.util.List;

/**
 * Answer of a compatibility check.
 *
 * @param compatible true when the schema may be registered under the subject
 * @param messages   why not, when the registry says (Confluent's {@code verbose=true}); may be empty
 */
public record CompatibilityResult(boolean compatible, List<String> messages) {

    public CompatibilityResult {
        messages = List.copyOf(messages);
    }
}
