-- Full-text search: an FTS5 index over headline and body, external content (the articles table),
-- kept in sync by triggers, so every write path (upsert, update, delete) maintains it.
CREATE VIRTUAL TABLE articles_fts USING fts5(
    headline, body,
    content = 'articles', content_rowid = 'rowid',
    tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, headline, body) VALUES (new.rowid, new.headline, new.body);
END;

CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, headline, body) VALUES ('delete', old.rowid, old.headline, old.body);
END;

CREATE TRIGGER articles_fts_update AFTER UPDATE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, headline, body) VALUES ('delete', old.rowid, old.headline, old.body);
    INSERT INTO articles_fts (rowid, headline, body) VALUES (new.rowid, new.headline, new.body);
END;
