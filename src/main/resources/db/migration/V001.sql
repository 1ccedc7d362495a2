-- V001: the roster — organizations, their membership history, and their focal points.
-- Dates are ISO-8601 text (yyyy-MM-dd), instants ISO-8601 UTC text, ids UUID text.

CREATE TABLE organization (
    id          TEXT PRIMARY KEY,
    acronym     TEXT NOT NULL,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL,
    website     TEXT NOT NULL DEFAULT '',
    notes       TEXT NOT NULL DEFAULT '',
    updated_at  TEXT NOT NULL
);
CREATE UNIQUE INDEX organization_acronym ON organization (acronym COLLATE NOCASE);

CREATE TABLE membership (
    id               TEXT PRIMARY KEY,
    organization_id  TEXT NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    status           TEXT NOT NULL CHECK (status IN ('MEMBER', 'OBSERVER')),
    from_date        TEXT NOT NULL,
    to_date          TEXT,
    updated_at       TEXT NOT NULL,
    CHECK (to_date IS NULL OR to_date >= from_date)
);
CREATE INDEX membership_organization ON membership (organization_id, from_date);

CREATE TABLE person (
    id               TEXT PRIMARY KEY,
    organization_id  TEXT NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    name             TEXT NOT NULL,
    title            TEXT NOT NULL DEFAULT '',
    email            TEXT NOT NULL DEFAULT '',
    phone            TEXT NOT NULL DEFAULT '',
    role             TEXT NOT NULL,
    active_from      TEXT,
    active_to        TEXT,
    updated_at       TEXT NOT NULL
);
CREATE INDEX person_organization ON person (organization_id, name);
