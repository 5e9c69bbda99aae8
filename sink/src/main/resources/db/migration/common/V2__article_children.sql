-- Subjects and entities of an article. The writer replaces an article's rows in the transaction
-- that updates the article, so they always describe the stored version. Same SQL on both databases.
CREATE TABLE article_subjects (
    article_id TEXT NOT NULL REFERENCES articles (article_id) ON DELETE CASCADE,
    qcode      TEXT NOT NULL,
    name       TEXT NOT NULL,
    confidence DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (article_id, qcode)
);

CREATE INDEX article_subjects_qcode_idx ON article_subjects (qcode);
CREATE INDEX article_subjects_name_idx ON article_subjects (LOWER(name));

-- type is one of person, place, organisation; mentions are the surface forms, one per line.
CREATE TABLE article_entities (
    article_id TEXT NOT NULL REFERENCES articles (article_id) ON DELETE CASCADE,
    type       TEXT NOT NULL CHECK (type IN ('person', 'place', 'organisation')),
    name       TEXT NOT NULL,
    mentions   TEXT NOT NULL,
    count      INTEGER NOT NULL,
    PRIMARY KEY (article_id, type, name)
);

-- No index on entity names: the query matches parts of names (LIKE '%…%'), which a b-tree cannot serve, and
-- every index costs nine insertions per article on the write path.
