-- Cercle schema 1: the whole data model of shared/design.md.
-- Every synchronised row has a text UUID id, created_at and updated_at (UTC ISO-8601 text).

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE members (
    id                  TEXT PRIMARY KEY,
    pseudonym           TEXT NOT NULL CHECK (length(trim(pseudonym)) > 0),
    full_name           TEXT NOT NULL DEFAULT '',
    phone               TEXT NOT NULL DEFAULT '',
    email               TEXT NOT NULL DEFAULT '',
    role                TEXT NOT NULL DEFAULT 'member' CHECK (role IN ('member', 'host', 'co-host')),
    active              INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    joined_on           TEXT,
    consent_contact     INTEGER NOT NULL DEFAULT 0 CHECK (consent_contact IN (0, 1)),
    consent_handover    INTEGER NOT NULL DEFAULT 0 CHECK (consent_handover IN (0, 1)),
    consent_recorded_on TEXT,
    private_note        TEXT NOT NULL DEFAULT '',
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL
) STRICT;

CREATE TABLE sessions (
    id               TEXT PRIMARY KEY,
    starts_at        TEXT NOT NULL,
    duration_minutes INTEGER NOT NULL DEFAULT 90 CHECK (duration_minutes > 0),
    place            TEXT NOT NULL DEFAULT '',
    theme            TEXT NOT NULL DEFAULT '',
    status           TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'held', 'cancelled')),
    summary          TEXT NOT NULL DEFAULT '',
    guest_count      INTEGER NOT NULL DEFAULT 0 CHECK (guest_count >= 0),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
) STRICT;
CREATE INDEX sessions_starts_at ON sessions (starts_at);

CREATE TABLE agenda_items (
    id              TEXT PRIMARY KEY,
    session_id      TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL CHECK (position >= 0),
    title           TEXT NOT NULL DEFAULT '',
    kind            TEXT NOT NULL DEFAULT 'other' CHECK (kind IN
                    ('welcome', 'agreements', 'check-in', 'circle', 'theme', 'break', 'closing', 'other')),
    planned_minutes INTEGER NOT NULL DEFAULT 0 CHECK (planned_minutes >= 0),
    notes           TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
) STRICT;
CREATE INDEX agenda_items_session ON agenda_items (session_id, position);

CREATE TABLE templates (
    id               TEXT PRIMARY KEY,
    name             TEXT NOT NULL CHECK (length(trim(name)) > 0),
    duration_minutes INTEGER NOT NULL DEFAULT 90 CHECK (duration_minutes > 0),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
) STRICT;

CREATE TABLE template_items (
    id              TEXT PRIMARY KEY,
    template_id     TEXT NOT NULL REFERENCES templates (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL CHECK (position >= 0),
    title           TEXT NOT NULL DEFAULT '',
    kind            TEXT NOT NULL DEFAULT 'other' CHECK (kind IN
                    ('welcome', 'agreements', 'check-in', 'circle', 'theme', 'break', 'closing', 'other')),
    planned_minutes INTEGER NOT NULL DEFAULT 0 CHECK (planned_minutes >= 0),
    notes           TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
) STRICT;
CREATE INDEX template_items_template ON template_items (template_id, position);

-- The id is storage.clock.stable_id(session_id, member_id): one row per person per meeting,
-- the same on every co-host's laptop.
CREATE TABLE attendance (
    id         TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    member_id  TEXT NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    present    INTEGER NOT NULL DEFAULT 1 CHECK (present IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (session_id, member_id)
) STRICT;
CREATE INDEX attendance_member ON attendance (member_id);

-- Durations only: what was said in a circle is never recorded.
CREATE TABLE circle_rounds (
    id                 TEXT PRIMARY KEY,
    session_id         TEXT REFERENCES sessions (id) ON DELETE SET NULL,
    started_at         TEXT NOT NULL,
    ended_at           TEXT,
    seconds_per_turn   INTEGER NOT NULL CHECK (seconds_per_turn > 0),
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
) STRICT;
CREATE INDEX circle_rounds_session ON circle_rounds (session_id);

CREATE TABLE circle_turns (
    id              TEXT PRIMARY KEY,
    round_id        TEXT NOT NULL REFERENCES circle_rounds (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL CHECK (position >= 0),
    member_id       TEXT REFERENCES members (id) ON DELETE CASCADE,
    speaker_label   TEXT NOT NULL DEFAULT '',
    planned_seconds INTEGER NOT NULL CHECK (planned_seconds >= 0),
    spoken_seconds  INTEGER NOT NULL DEFAULT 0 CHECK (spoken_seconds >= 0),
    passed          INTEGER NOT NULL DEFAULT 0 CHECK (passed IN (0, 1)),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
) STRICT;
CREATE INDEX circle_turns_round ON circle_turns (round_id, position);
CREATE INDEX circle_turns_member ON circle_turns (member_id);

CREATE TABLE resources (
    id               TEXT PRIMARY KEY,
    title            TEXT NOT NULL CHECK (length(trim(title)) > 0),
    category         TEXT NOT NULL DEFAULT 'other' CHECK (category IN
                     ('crisis_line', 'professional_help', 'local_service', 'reading', 'handout',
                      'agreement', 'practical', 'other')),
    body             TEXT NOT NULL DEFAULT '',
    phone            TEXT NOT NULL DEFAULT '',
    url              TEXT NOT NULL DEFAULT '',
    address          TEXT NOT NULL DEFAULT '',
    hours            TEXT NOT NULL DEFAULT '',
    pinned           INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1)),
    last_verified_on TEXT,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
) STRICT;

-- A self-contained FTS5 table keyed by resource_id rather than an external-content table:
-- resources has a text primary key, so its hidden rowid may change on VACUUM (backups use
-- VACUUM INTO, the handover uses sqlcipher_export), which would desynchronise an external index.
CREATE VIRTUAL TABLE resources_fts USING fts5 (
    resource_id UNINDEXED,
    title,
    body,
    extra,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
-- Deleted text must leave the index itself, not just be marked deleted.
INSERT INTO resources_fts (resources_fts, rank) VALUES ('secure-delete', 1);

CREATE TRIGGER resources_fts_insert AFTER INSERT ON resources BEGIN
    INSERT INTO resources_fts (resource_id, title, body, extra)
    VALUES (new.id, new.title, new.body, new.phone || ' ' || new.address || ' ' || new.hours);
END;
CREATE TRIGGER resources_fts_update AFTER UPDATE ON resources BEGIN
    DELETE FROM resources_fts WHERE resource_id = old.id;
    INSERT INTO resources_fts (resource_id, title, body, extra)
    VALUES (new.id, new.title, new.body, new.phone || ' ' || new.address || ' ' || new.hours);
END;
CREATE TRIGGER resources_fts_delete AFTER DELETE ON resources BEGIN
    DELETE FROM resources_fts WHERE resource_id = old.id;
END;

-- What was erased, so that merging an older bundle cannot bring it back.
CREATE TABLE tombstones (
    table_name TEXT NOT NULL,
    row_id     TEXT NOT NULL,
    deleted_at TEXT NOT NULL,
    PRIMARY KEY (table_name, row_id)
) STRICT;
