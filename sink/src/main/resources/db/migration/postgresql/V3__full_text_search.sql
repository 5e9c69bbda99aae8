-- Full-text search: a stored generated tsvector (headline weighted above body) with a GIN index.
-- The 'english' configuration stems English words; other languages are still found by exact word.
ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', COALESCE(headline, '')), 'A') ||
    setweight(to_tsvector('english', body), 'B')
) STORED;

CREATE INDEX articles_search_idx ON articles USING GIN (search);
