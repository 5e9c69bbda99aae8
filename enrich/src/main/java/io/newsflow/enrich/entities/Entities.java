package io.newsflow.enrich.entities;

import java.util.List;

/** People, places and organisations of one text, each list sorted by count (highest first), then first mention. */
public record Entities(List<EntityMention> people, List<EntityMention> places, List<EntityMention> organisations) {

    public Entities {
        people = List.copyOf(people);
        places = List.copyOf(places);
        organisations = List.copyOf(organisations);
    }

    public static Entities empty() {
        return new Entities(List.of(), List.of(), List.of());
    }
}
