-- V004: the document archive — records with optional files (stored by SHA-256 in the data
-- folder's archive/), their metadata, and a full-text index over metadata and extracted text.
-- Meeting and decision ids are plain text (no foreign key): the meetings feature owns them.

CREATE TABLE document (
    id                  TEXT PRIMARY KEY,
    title               TEXT NOT NULL,
    kind                TEXT NOT NULL CHECK (kind IN ('REPORT', 'BRIEF', 'POSITION_PAPER', 'RESOLUTION',
                            'STATEMENT', 'MINUTES', 'PRESENTATION', 'NOTE', 'OTHER')),
    symbol              TEXT NOT NULL DEFAULT '',
    doc_date            TEXT,
    description         TEXT NOT NULL DEFAULT '',
    file_sha256         TEXT CHECK (file_sha256 IS NULL OR length(file_sha256) = 64),
    file_name           TEXT,
    media_type          TEXT,
    file_size           INTEGER,
    extraction_status   TEXT NOT NULL CHECK (extraction_status IN ('PENDING', 'DONE', 'FAILED', 'NONE')),
    extraction_message  TEXT NOT NULL DEFAULT '',
    updated_at          TEXT NOT NULL
);
CREATE INDEX document_date ON document (doc_date, id);
CREATE INDEX document_kind_date ON document (kind, doc_date);
CREATE INDEX document_file ON document (file_sha256) WHERE file_sha256 IS NOT NULL;
CREATE INDEX document_title ON document (title COLLATE NOCASE, id);
CREATE INDEX document_pending ON document (extraction_status) WHERE extraction_status = 'PENDING';

CREATE TABLE document_language (
    document_id  TEXT NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    language     TEXT NOT NULL,
    PRIMARY KEY (document_id, language)
) WITHOUT ROWID;
CREATE INDEX document_language_by ON document_language (language, document_id);

CREATE TABLE document_organization (
    document_id      TEXT NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    organization_id  TEXT NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    position         INTEGER NOT NULL,
    PRIMARY KEY (document_id, organization_id)
) WITHOUT ROWID;
CREATE INDEX document_organization_by ON document_organization (organization_id, document_id);

CREATE TABLE document_tag (
    document_id  TEXT NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    tag          TEXT NOT NULL COLLATE NOCASE,
    position     INTEGER NOT NULL,
    PRIMARY KEY (document_id, tag)
) WITHOUT ROWID;
CREATE INDEX document_tag_by ON document_tag (tag COLLATE NOCASE, document_id);

-- Links to meetings and decisions (kind MEETING or DECISION); no foreign key on target_id.
CREATE TABLE document_link (
    document_id  TEXT NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    kind         TEXT NOT NULL CHECK (kind IN ('MEETING', 'DECISION')),
    target_id    TEXT NOT NULL,
    PRIMARY KEY (document_id, kind, target_id)
) WITHOUT ROWID;
CREATE INDEX document_link_target ON document_link (target_id);

-- What the full-text index is built from, one row per document, rewritten by the repository in
-- the same transaction as the document. The INTEGER PRIMARY KEY gives the index a rowid that
-- VACUUM never renumbers.
CREATE TABLE document_search (
    docid          INTEGER PRIMARY KEY,
    document_id    TEXT NOT NULL UNIQUE REFERENCES document (id) ON DELETE CASCADE,
    title          TEXT NOT NULL,
    symbol         TEXT NOT NULL,
    description    TEXT NOT NULL,
    tags           TEXT NOT NULL,
    organizations  TEXT NOT NULL,
    body           TEXT NOT NULL
);

-- External-content FTS5 index: the text lives once, in document_search; the index holds only
-- postings. Prefix indexes for 2 and 3 characters keep "word*" queries fast at 100,000 documents.
CREATE VIRTUAL TABLE document_fts USING fts5 (
    title, symbol, description, tags, organizations, body,
    content = 'document_search', content_rowid = 'docid',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);

CREATE TRIGGER document_search_ai AFTER INSERT ON document_search BEGIN
    INSERT INTO document_fts (rowid, title, symbol, description, tags, organizations, body)
    VALUES (new.docid, new.title, new.symbol, new.description, new.tags, new.organizations, new.body);
END;
CREATE TRIGGER document_search_ad AFTER DELETE ON document_search BEGIN
    INSERT INTO document_fts (document_fts, rowid, title, symbol, description, tags, organizations, body)
    VALUES ('delete', old.docid, old.title, old.symbol, old.description, old.tags, old.organizations, old.body);
END;
CREATE TRIGGER document_search_au AFTER UPDATE ON document_search BEGIN
    INSERT INTO document_fts (document_fts, rowid, title, symbol, description, tags, organizations, body)
    VALUES ('delete', old.docid, old.title, old.symbol, old.description, old.tags, old.organizations, old.body);
    INSERT INTO document_fts (rowid, title, symbol, description, tags, organizations, body)
    VALUES (new.docid, new.title, new.symbol, new.description, new.tags, new.organizations, new.body);
END;

CREATE TABLE saved_search (
    id               TEXT PRIMARY KEY,
    name             TEXT NOT NULL,
    query            TEXT NOT NULL,
    kind             TEXT,
    year             INTEGER,
    organization_id  TEXT,
    tag              TEXT,
    language         TEXT,
    sort             TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);
CREATE UNIQUE INDEX saved_search_name ON saved_search (name COLLATE NOCASE);

-- Ranking: a match in the title weighs most, then the symbol, tags, organizations, description, body.
INSERT INTO document_fts (document_fts, rank) VALUES ('rank', 'bm25(10.0, 8.0, 3.0, 5.0, 4.0, 1.0)');
