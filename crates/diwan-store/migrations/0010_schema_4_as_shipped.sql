-- Schema 4 was edited after some databases had already run it (found by the
-- fixture tests/fixtures/schema-4.db, made by that version's own Diwan):
-- they lack the audit view's indexes, the mission's Arabic digits and
-- memory_words (they have memory_vocab instead). This brings them to the
-- schema 4 this build knows; a database that has it all loses nothing.
-- The column and the word counts are added by a Rust repair (SQLite has no
-- ADD COLUMN IF NOT EXISTS), which runs before the other repairs.
CREATE INDEX IF NOT EXISTS audit_events_subject ON audit_events (subject, seq);
CREATE INDEX IF NOT EXISTS audit_events_actor ON audit_events (actor, seq);
DROP TABLE IF EXISTS memory_vocab;
CREATE TABLE IF NOT EXISTS memory_words (
    word  TEXT PRIMARY KEY,
    units INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
