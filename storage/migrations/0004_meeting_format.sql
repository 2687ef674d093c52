-- Cercle schema 4: a meeting remembers the format it was planned from (issue 16), so that the
-- format's own read-aloud texts apply in the live meeting.
--
-- No REFERENCES on purpose: a format deleted later leaves its meetings as they were (their
-- agenda was copied when they were planned), and the live meeting then reads the group's texts.
-- A reference would also tie the order sessions and templates are merged and checked in (the
-- handover file keeps sessions before templates). NULL: planned from no format, or before
-- schema 4.
ALTER TABLE sessions ADD COLUMN template_id TEXT;
