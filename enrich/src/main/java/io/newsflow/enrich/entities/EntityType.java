package io.newsflow.enrich.entities;

/** The kinds of entity the finder reports. */
public enum EntityType {
    PERSON, PLACE, ORGANISATION
}
