-- Cercle schema 3: the guided meeting (issue 16).

-- A round's balance for the host, kept whatever the group's setting: counts and seconds, never
-- who. Per-person turns (circle_turns) are written only when the group keeps them (meta key
-- keep_turn_times = '1'; absent means off).
ALTER TABLE circle_rounds ADD COLUMN spoke_count INTEGER NOT NULL DEFAULT 0
    CHECK (spoke_count BETWEEN 0 AND 1000);
ALTER TABLE circle_rounds ADD COLUMN passed_count INTEGER NOT NULL DEFAULT 0
    CHECK (passed_count BETWEEN 0 AND 1000);
ALTER TABLE circle_rounds ADD COLUMN not_reached_count INTEGER NOT NULL DEFAULT 0
    CHECK (not_reached_count BETWEEN 0 AND 1000);
ALTER TABLE circle_rounds ADD COLUMN median_turn_seconds INTEGER NOT NULL DEFAULT 0
    CHECK (median_turn_seconds BETWEEN 0 AND 86400);
ALTER TABLE circle_rounds ADD COLUMN overrun_seconds INTEGER NOT NULL DEFAULT 0
    CHECK (overrun_seconds BETWEEN 0 AND 86400);

-- Rounds saved before this version: their balance from their turns (a turn neither passed nor
-- spoken was not reached).
UPDATE circle_rounds SET
    spoke_count = (SELECT count(*) FROM circle_turns t
                   WHERE t.round_id = circle_rounds.id AND t.passed = 0 AND t.spoken_seconds > 0),
    passed_count = (SELECT count(*) FROM circle_turns t
                    WHERE t.round_id = circle_rounds.id AND t.passed = 1),
    not_reached_count = (SELECT count(*) FROM circle_turns t
                         WHERE t.round_id = circle_rounds.id AND t.passed = 0
                         AND t.spoken_seconds = 0),
    overrun_seconds = min(86400, (SELECT coalesce(sum(max(0, t.spoken_seconds - t.planned_seconds)), 0)
                       FROM circle_turns t WHERE t.round_id = circle_rounds.id)),
    median_turn_seconds = min(86400, coalesce((
        SELECT CAST(round(avg(s)) AS INTEGER) FROM (
            SELECT t.spoken_seconds AS s,
                   row_number() OVER (ORDER BY t.spoken_seconds) AS rn,
                   count(*) OVER () AS n
            FROM circle_turns t
            WHERE t.round_id = circle_rounds.id AND t.passed = 0 AND t.spoken_seconds > 0
        ) WHERE rn IN ((n + 1) / 2, (n + 2) / 2)), 0));

-- The check-out at the end of a meeting, "how was this meeting for you?" by a show of hands:
-- three counts on the meeting, never tied to a person. NULL until the host takes it.
ALTER TABLE sessions ADD COLUMN checkout_good INTEGER
    CHECK (checkout_good IS NULL OR checkout_good BETWEEN 0 AND 999);
ALTER TABLE sessions ADD COLUMN checkout_mixed INTEGER
    CHECK (checkout_mixed IS NULL OR checkout_mixed BETWEEN 0 AND 999);
ALTER TABLE sessions ADD COLUMN checkout_hard INTEGER
    CHECK (checkout_hard IS NULL OR checkout_hard BETWEEN 0 AND 999);

-- Read-aloud texts per kind of agenda step: the group's own (template_id NULL) or a format's.
-- The id is storage.clock.stable_id('script', kind, template_id or 'group'), so two co-hosts
-- editing the same text edit the same row and a merge keeps the newer.
CREATE TABLE scripts (
    id          TEXT PRIMARY KEY,
    template_id TEXT REFERENCES templates (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN
                ('welcome', 'agreements', 'check-in', 'circle', 'theme', 'break', 'closing')),
    body        TEXT NOT NULL DEFAULT '' CHECK (length(body) <= 4000),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;
CREATE INDEX scripts_template ON scripts (template_id, kind);
