package io.newsflow.enrich.entities;

import java.util.List;

/**
 * One entity found in a text.
 *
 * @param name     canonical name, one per entity whatever the spelling in the text
 * @param mentions distinct surface forms, in order of first appearance
 * @param count    number of mentions
 */
public record EntityMention(String name, List<String> mentions, int count) {

    public EntityMention {
        mentions = List.copyOf(mentions);
    }
}
