-- Cercle schema 2: what reports, retention and purposeful consent need (issue 17).

-- Retention: when per-person attendance rows of old meetings are folded away, each meeting keeps
-- its counts here, so reports stay the same. The id is storage.clock.stable_id('fold', session_id):
-- two co-hosts folding the same meeting make the same row.
CREATE TABLE attendance_folds (
    id             TEXT PRIMARY KEY,
    session_id     TEXT NOT NULL UNIQUE REFERENCES sessions (id) ON DELETE CASCADE,
    present_count  INTEGER NOT NULL CHECK (present_count >= 0),
    newcomer_count INTEGER NOT NULL DEFAULT 0 CHECK (newcomer_count >= 0),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
) STRICT;

-- Figures that need to follow a person across meetings (came back, regular attenders), kept per
-- whole period (a year 'YYYY', a quarter 'YYYY-Qn', a month 'YYYY-MM') when its rows are folded.
-- The id is stable_id('folded_period', period).
CREATE TABLE folded_periods (
    id         TEXT PRIMARY KEY,
    period     TEXT NOT NULL UNIQUE,
    newcomers  INTEGER NOT NULL CHECK (newcomers >= 0),
    came_back  INTEGER NOT NULL CHECK (came_back >= 0),
    regulars   INTEGER NOT NULL CHECK (regulars >= 0),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;

-- The first meeting a member came to, kept when the rows that told it are folded away: without it
-- a long-standing member would count as a newcomer again.
ALTER TABLE members ADD COLUMN first_came_on TEXT;
CREATE INDEX members_first_came ON members (first_came_on) WHERE first_came_on IS NOT NULL;
-- Reports count members by these columns alone: a covering index spares reading every member's
-- whole row (notes included) from the encrypted file.
CREATE INDEX members_report ON members (active, role, joined_on, created_at);

-- Consent with a purpose: one row per member and purpose, with the date, the version of the
-- wording agreed to and an optional renewal date. The id is stable_id(member_id, purpose).
CREATE TABLE consents (
    id              TEXT PRIMARY KEY,
    member_id       TEXT NOT NULL REFERENCES members (id) ON DELETE CASCADE,
    purpose         TEXT NOT NULL CHECK (purpose IN ('contact', 'handover', 'phone_list')),
    given           INTEGER NOT NULL CHECK (given IN (0, 1)),
    recorded_on     TEXT NOT NULL,
    wording_version INTEGER NOT NULL DEFAULT 1 CHECK (wording_version >= 1),
    renew_on        TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    UNIQUE (member_id, purpose)
) STRICT;
CREATE INDEX consents_member ON consents (member_id);

-- What the two checkboxes of schema 1 held becomes consent records (wording version 1). A ticked
-- box without a date gets the day the member was added, the best date the vault knows; an unticked
-- box with a date was a question asked and declined, and stays so.
INSERT INTO consents (id, member_id, purpose, given, recorded_on, wording_version, renew_on,
                      created_at, updated_at)
SELECT cercle_stable_id(id, 'contact'), id, 'contact', consent_contact,
       coalesce(consent_recorded_on, substr(created_at, 1, 10)), 1, NULL, updated_at, updated_at
FROM members WHERE consent_contact = 1 OR consent_recorded_on IS NOT NULL;
INSERT INTO consents (id, member_id, purpose, given, recorded_on, wording_version, renew_on,
                      created_at, updated_at)
SELECT cercle_stable_id(id, 'handover'), id, 'handover', consent_handover,
       coalesce(consent_recorded_on, substr(created_at, 1, 10)), 1, NULL, updated_at, updated_at
FROM members WHERE consent_handover = 1 OR consent_recorded_on IS NOT NULL;
