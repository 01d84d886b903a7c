-- Crisis mode: a crisis pauses the routine posts of some missions planned
-- in its window; `posts.paused_by` names the crisis that paused a post
-- until its end resolves it (resumed, rescheduled or back to draft).
CREATE TABLE crises (
    id          INTEGER PRIMARY KEY,
    -- Comma-separated mission codes.
    missions    TEXT NOT NULL,
    from_utc    INTEGER NOT NULL,
    to_utc      INTEGER NOT NULL,
    reason      TEXT NOT NULL,
    declared_by TEXT NOT NULL,
    declared_at TEXT NOT NULL,
    ended_by    TEXT,
    ended_at    TEXT
) STRICT;

ALTER TABLE posts ADD COLUMN paused_by INTEGER REFERENCES crises (id);
CREATE INDEX posts_paused_by ON posts (paused_by) WHERE paused_by IS NOT NULL;
