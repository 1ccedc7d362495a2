-- V002: the rotation — the offices that rotate (built-in and user-defined) and who held them when.
-- Dates are ISO-8601 text; decided_at_meeting_id names a meeting without a foreign key (meetings come later).

CREATE TABLE rotation_office (
    id           TEXT PRIMARY KEY,
    code         TEXT NOT NULL,
    name         TEXT NOT NULL,
    max_holders  INTEGER NOT NULL CHECK (max_holders IN (1, 2)),
    built_in     INTEGER NOT NULL DEFAULT 0,
    position     INTEGER NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE UNIQUE INDEX rotation_office_code ON rotation_office (code COLLATE NOCASE);

INSERT INTO rotation_office (id, code, name, max_holders, built_in, position, updated_at) VALUES
    ('00000000-0000-4000-8000-0000000000c1', 'CHAIR', 'Chair', 1, 1, 10, '2013-09-30T00:00:00Z'),
    ('00000000-0000-4000-8000-0000000000c2', 'CO_CHAIR', 'Co-Chair', 2, 1, 20, '2013-09-30T00:00:00Z'),
    ('00000000-0000-4000-8000-0000000000c3', 'SECRETARIAT', 'Secretariat', 1, 1, 90, '2013-09-30T00:00:00Z');

CREATE TABLE rotation_term (
    id                     TEXT PRIMARY KEY,
    office_id              TEXT NOT NULL REFERENCES rotation_office (id) ON DELETE RESTRICT,
    organization_id        TEXT NOT NULL REFERENCES organization (id) ON DELETE RESTRICT,
    person_id              TEXT REFERENCES person (id) ON DELETE SET NULL,
    person_name            TEXT,
    start_date             TEXT NOT NULL,
    end_date               TEXT,
    decided_at_meeting_id  TEXT,
    notes                  TEXT NOT NULL DEFAULT '',
    updated_at             TEXT NOT NULL,
    CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX rotation_term_office ON rotation_term (office_id, start_date);
