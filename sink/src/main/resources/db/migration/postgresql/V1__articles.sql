-- One row per article id: the newest enrichment seen (see ArticleVersion for "newest").
CREATE TABLE articles (
    article_id                TEXT PRIMARY KEY,
    content_hash              TEXT NOT NULL,
    extraction_version        TEXT NOT NULL,
    enriched_at               TIMESTAMPTZ NOT NULL,
    headline                  TEXT,
    headline_derived          BOOLEAN NOT NULL DEFAULT FALSE,
    body                      TEXT NOT NULL,
    authors                   TEXT,
    section                   TEXT,
    publisher                 TEXT,
    language                  TEXT,
    language_confidence       DOUBLE PRECISION NOT NULL DEFAULT 0,
    date_published            TIMESTAMPTZ,
    date_modified             TIMESTAMPTZ,
    url                       TEXT,
    canonical_url             TEXT,
    simhash                   BIGINT NOT NULL,
    duplicate_of              TEXT,
    word_count                INTEGER NOT NULL,
    removed_boilerplate_count INTEGER NOT NULL DEFAULT 0,
    source_name               TEXT,
    raw_topic                 TEXT NOT NULL,
    raw_partition             INTEGER NOT NULL,
    raw_offset                BIGINT NOT NULL,
    source_topic              TEXT,
    source_partition          INTEGER,
    source_offset             BIGINT,
    stored_at                 TIMESTAMPTZ NOT NULL
);

CREATE INDEX articles_newest_idx ON articles ((COALESCE(date_published, enriched_at)) DESC);
CREATE INDEX articles_duplicate_of_idx ON articles (duplicate_of);
