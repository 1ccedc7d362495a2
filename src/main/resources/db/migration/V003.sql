-- V003: meetings and their minutes — attendance, agenda, decisions (with reservations), action items,
-- circulation records and frozen minutes versions. Dates ISO text, instants ISO UTC text, ids UUID text.

CREATE TABLE meeting (
    id                      TEXT PRIMARY KEY,
    number                  INTEGER,
    title                   TEXT NOT NULL DEFAULT '',
    kind                    TEXT NOT NULL CHECK (kind IN ('REGULAR', 'TECHNICAL_SYMPOSIUM', 'EXTRAORDINARY', 'SIDE_EVENT', 'OTHER')),
    start_date              TEXT NOT NULL,
    end_date                TEXT NOT NULL,
    place                   TEXT NOT NULL DEFAULT '',
    virtual                 INTEGER NOT NULL DEFAULT 0,
    chair_override          TEXT REFERENCES organization (id) ON DELETE SET NULL,
    minutes_status          TEXT NOT NULL CHECK (minutes_status IN ('DRAFT', 'CIRCULATED', 'APPROVED')),
    minutes_version         INTEGER NOT NULL DEFAULT 1,
    approved_at_meeting_id  TEXT,
    updated_at              TEXT NOT NULL,
    CHECK (end_date >= start_date)
);
CREATE UNIQUE INDEX meeting_regular_number ON meeting (number) WHERE kind = 'REGULAR' AND number IS NOT NULL;
CREATE INDEX meeting_start ON meeting (start_date);

CREATE TABLE attendance (
    id               TEXT PRIMARY KEY,
    meeting_id       TEXT NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    organization_id  TEXT NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    person_id        TEXT REFERENCES person (id) ON DELETE SET NULL,
    status           TEXT NOT NULL CHECK (status IN ('PRESENT', 'REMOTE', 'APOLOGIES', 'ABSENT')),
    updated_at       TEXT NOT NULL,
    UNIQUE (meeting_id, organization_id)
);

CREATE TABLE agenda_item (
    id            TEXT PRIMARY KEY,
    meeting_id    TEXT NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    title         TEXT NOT NULL DEFAULT '',
    presenter     TEXT NOT NULL DEFAULT '',
    minutes_text  TEXT NOT NULL DEFAULT '',
    standing      INTEGER NOT NULL DEFAULT 0,
    follow_up     INTEGER NOT NULL DEFAULT 0,
    updated_at    TEXT NOT NULL
);
CREATE INDEX agenda_item_meeting ON agenda_item (meeting_id, position);

-- Decision numbers are handed out from this counter (one row per year/meeting scope), never from
-- max()+1, so a number freed by a deletion is never given to another decision.
CREATE TABLE decision_counter (
    scope  TEXT PRIMARY KEY,
    last   INTEGER NOT NULL
);

CREATE TABLE decision (
    id              TEXT PRIMARY KEY,
    meeting_id      TEXT NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    agenda_item_id  TEXT REFERENCES agenda_item (id) ON DELETE SET NULL,
    number          TEXT NOT NULL UNIQUE,
    text            TEXT NOT NULL DEFAULT '',
    outcome         TEXT NOT NULL CHECK (outcome IN ('ADOPTED_BY_CONSENSUS', 'ADOPTED_WITH_RESERVATIONS', 'DEFERRED', 'NOT_ADOPTED')),
    updated_at      TEXT NOT NULL
);
CREATE INDEX decision_meeting ON decision (meeting_id);

CREATE TABLE reservation (
    id               TEXT PRIMARY KEY,
    decision_id      TEXT NOT NULL REFERENCES decision (id) ON DELETE CASCADE,
    organization_id  TEXT NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
    text             TEXT NOT NULL DEFAULT '',
    updated_at       TEXT NOT NULL
);
CREATE INDEX reservation_decision ON reservation (decision_id);

CREATE TABLE action_item (
    id                     TEXT PRIMARY KEY,
    raised_at_meeting_id   TEXT NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    closed_at_meeting_id   TEXT REFERENCES meeting (id) ON DELETE SET NULL,
    text                   TEXT NOT NULL DEFAULT '',
    owner_organization_id  TEXT REFERENCES organization (id) ON DELETE SET NULL,
    owner_person_id        TEXT REFERENCES person (id) ON DELETE SET NULL,
    due_date               TEXT,
    status                 TEXT NOT NULL CHECK (status IN ('OPEN', 'DONE', 'DROPPED')),
    updated_at             TEXT NOT NULL
);
CREATE INDEX action_item_raised ON action_item (raised_at_meeting_id);
CREATE INDEX action_item_status ON action_item (status, due_date);

CREATE TABLE circulation (
    id          TEXT PRIMARY KEY,
    meeting_id  TEXT NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    version     INTEGER NOT NULL,
    date        TEXT NOT NULL,
    recipients  TEXT NOT NULL DEFAULT '',
    sha256      TEXT NOT NULL,
    format      TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX circulation_meeting ON circulation (meeting_id, version);

CREATE TABLE minutes_version (
    id                      TEXT PRIMARY KEY,
    meeting_id              TEXT NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    version                 INTEGER NOT NULL,
    status                  TEXT NOT NULL,
    reason                  TEXT NOT NULL DEFAULT '',
    snapshot                TEXT NOT NULL DEFAULT '',
    approved_at_meeting_id  TEXT,
    updated_at              TEXT NOT NULL,
    UNIQUE (meeting_id, version)
);
