package io.newsflow.enrich.entities;

/** What a stretch of a capitalised run is, after gazetteer and word-list lookups. */
enum SegmentKind {
    PLACE, ORGANISATION, PERSON, TITLE, DEMONYM, STOP, CONNECTOR, NAME
}
