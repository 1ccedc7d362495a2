-- V005: exchange — what bundle import/merge remembers.
-- bundle_base: per record, the updatedAt it had in the last bundle imported (the merge's common
-- base: a record changed "since the two copies diverged" when its updatedAt is later than this).
-- section is the bundle key (organizations, people, meetings, ...); no foreign key, so records of
-- every feature can be listed here.
CREATE TABLE bundle_base (
    section          TEXT NOT NULL,
    record_id        TEXT NOT NULL,
    base_updated_at  TEXT NOT NULL,
    PRIMARY KEY (section, record_id)
) WITHOUT ROWID;

-- bundle_exchange: one row per export or import, newest last. The last export's instant is the
-- base of records that were never received in a bundle.
CREATE TABLE bundle_exchange (
    id       INTEGER PRIMARY KEY,
    kind     TEXT NOT NULL CHECK (kind IN ('EXPORT', 'IMPORT')),
    at       TEXT NOT NULL,
    file     TEXT NOT NULL DEFAULT '',
    records  INTEGER NOT NULL DEFAULT 0
);
