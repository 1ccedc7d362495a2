-- V007: search filters as index terms. Each document's kind, year, languages, organizations and
-- tags become words of a hidden "facets" column of the full-text index, so a filtered search is one
-- intersection of posting lists inside FTS5 instead of a look-up per match (100,000 documents:
-- see docs/archive.md). The expression below must stay the same as DocumentRepository.INDEX_ROW.

DROP TRIGGER document_search_ai;
DROP TRIGGER document_search_ad;
DROP TRIGGER document_search_au;
DROP TABLE document_fts;

ALTER TABLE document_search ADD COLUMN facets TEXT NOT NULL DEFAULT '';

UPDATE document_search SET facets = (
    SELECT 'k' || replace(lower(d.kind), '_', '')
        || coalesce(' y' || substr(d.doc_date, 1, 4), '')
        || coalesce(' ' || (SELECT group_concat('l' || hex(lower(l.language)), ' ')
                            FROM document_language l WHERE l.document_id = d.id), '')
        || coalesce(' ' || (SELECT group_concat('o' || replace(x.organization_id, '-', ''), ' ')
                            FROM document_organization x WHERE x.document_id = d.id), '')
        || coalesce(' ' || (SELECT group_concat('t' || hex(lower(t.tag)), ' ')
                            FROM document_tag t WHERE t.document_id = d.id), '')
    FROM document d WHERE d.id = document_search.document_id);

CREATE VIRTUAL TABLE document_fts USING fts5 (
    title, symbol, description, tags, organizations, body, facets,
    content = 'document_search', content_rowid = 'docid',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);

CREATE TRIGGER document_search_ai AFTER INSERT ON document_search BEGIN
    INSERT INTO document_fts (rowid, title, symbol, description, tags, organizations, body, facets)
    VALUES (new.docid, new.title, new.symbol, new.description, new.tags, new.organizations, new.body, new.facets);
END;
CREATE TRIGGER document_search_ad AFTER DELETE ON document_search BEGIN
    INSERT INTO document_fts (document_fts, rowid, title, symbol, description, tags, organizations, body, facets)
    VALUES ('delete', old.docid, old.title, old.symbol, old.description, old.tags, old.organizations, old.body, old.facets);
END;
CREATE TRIGGER document_search_au AFTER UPDATE ON document_search BEGIN
    INSERT INTO document_fts (document_fts, rowid, title, symbol, description, tags, organizations, body, facets)
    VALUES ('delete', old.docid, old.title, old.symbol, old.description, old.tags, old.organizations, old.body, old.facets);
    INSERT INTO document_fts (rowid, title, symbol, description, tags, organizations, body, facets)
    VALUES (new.docid, new.title, new.symbol, new.description, new.tags, new.organizations, new.body, new.facets);
END;

INSERT INTO document_fts (document_fts) VALUES ('rebuild');
INSERT INTO document_fts (document_fts) VALUES ('optimize');

-- Ranking: a match in the title weighs most, then the symbol, tags, organizations, description,
-- body; the facets never count.
INSERT INTO document_fts (document_fts, rank) VALUES ('rank', 'bm25(10.0, 8.0, 3.0, 5.0, 4.0, 1.0, 0.0)');

-- The index's words, for expanding a search prefix (cooperat*) into the few words it stands for.
CREATE VIRTUAL TABLE document_vocab USING fts5vocab (document_fts, 'row');

-- A renamed organization is found under its new name at once: the index rows of its documents
-- are rewritten (their update trigger reindexes them).
CREATE TRIGGER organization_renamed_reindex AFTER UPDATE OF acronym, name ON organization
WHEN old.acronym IS NOT new.acronym OR old.name IS NOT new.name
BEGIN
    UPDATE document_search SET organizations = coalesce((
        SELECT group_concat(o.acronym || ' ' || o.name, ' ')
        FROM document_organization x JOIN organization o ON o.id = x.organization_id
        WHERE x.document_id = document_search.document_id), '')
    WHERE document_id IN (SELECT document_id FROM document_organization WHERE organization_id = new.id);
END;
