-- One row per article id: the newest enrichment seen (see ArticleVersion for "newest").
-- Timestamps are epoch milliseconds (UTC); booleans 0/1. The implicit rowid links the FTS5 index.
CREATE TABLE articles (
    article_id                TEXT PRIMARY KEY NOT NULL,
    content_hash              TEXT NOT NULL,
    extraction_version        TEXT NOT NULL,
    enriched_at               INTEGER NOT NULL,
    headline                  TEXT,
    headline_derived          INTEGER NOT NULL DEFAULT 0,
    body                      TEXT NOT NULL,
    authors                   TEXT,
    section                   TEXT,
    publisher                 TEXT,
    language                  TEXT,
    language_confidence       REAL NOT NULL DEFAULT 0,
    date_published            INTEGER,
    date_modified             INTEGER,
    url                       TEXT,
    canonical_url             TEXT,
    simhash                   INTEGER NOT NULL,
    duplicate_of              TEXT,
    word_count                INTEGER NOT NULL,
    removed_boilerplate_count INTEGER NOT NULL DEFAULT 0,
    source_name               TEXT,
    raw_topic                 TEXT NOT NULL,
    raw_partition             INTEGER NOT NULL,
    raw_offset                INTEGER NOT NULL,
    source_topic              TEXT,
    source_partition          INTEGER,
    source_offset             INTEGER,
    stored_at                 INTEGER NOT NULL
);

CREATE INDEX articles_newest_idx ON articles (COALESCE(date_published, enriched_at) DESC);
CREATE INDEX articles_duplicate_of_idx ON articles (duplicate_of);
