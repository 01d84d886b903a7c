-- The translator's workspace: what a translator was shown and overrode,
-- which languages each person translates, the translation memory (with a
-- full-text index of folded words) and the ministry glossary.

-- The source text as it was when the translation was last marked done (for
-- the word-level diff of a stale translation), and the quality checks the
-- translator overrode with their reason.
ALTER TABLE variants ADD COLUMN source_seen TEXT;
ALTER TABLE variants ADD COLUMN qa_override_checks TEXT;
ALTER TABLE variants ADD COLUMN qa_override_reason TEXT;
ALTER TABLE variants ADD COLUMN qa_override_by TEXT;
ALTER TABLE variants ADD COLUMN qa_override_at TEXT;

-- The digits a mission writes Arabic with (latin, arabic-indic), or none chosen.
ALTER TABLE missions ADD COLUMN arabic_digits TEXT;

-- Comma-separated language codes; empty: every language of their missions.
ALTER TABLE users ADD COLUMN translates TEXT NOT NULL DEFAULT '';

-- The audit view looks events up by subject (a post) and by person.
CREATE INDEX audit_events_subject ON audit_events (subject, seq);
CREATE INDEX audit_events_actor ON audit_events (actor, seq);

-- The translation queue looks for posts by state, soonest first.
CREATE INDEX posts_state_at ON posts (state, at_utc);

CREATE TABLE memory_units (
    id              INTEGER PRIMARY KEY,
    source_language TEXT NOT NULL,
    target_language TEXT NOT NULL,
    source          TEXT NOT NULL,
    target          TEXT NOT NULL,
    -- text::fold_for_comparison(source): what the index holds and the query uses.
    source_folded   TEXT NOT NULL,
    author          TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    UNIQUE (source_language, target_language, source, target)
) STRICT;

-- Candidates for a lookup: folded words, so no tokenizer folding is needed
-- (and none may differ from the core's).
CREATE VIRTUAL TABLE memory_index USING fts5 (
    source_folded,
    content = 'memory_units',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 0'
);

-- How many units hold each folded word: a lookup asks the index for a
-- segment's rarest words only, so that a common word never drags the whole
-- memory in. (FTS5's own fts5vocab counts by reading each word's whole
-- posting list: milliseconds for a common word.) Kept by the store, which
-- is the only writer of memory_units.
CREATE TABLE memory_words (
    word  TEXT PRIMARY KEY,
    units INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TRIGGER memory_units_indexed AFTER INSERT ON memory_units BEGIN
    INSERT INTO memory_index (rowid, source_folded) VALUES (new.id, new.source_folded);
END;

CREATE TRIGGER memory_units_unindexed AFTER DELETE ON memory_units BEGIN
    INSERT INTO memory_index (memory_index, rowid, source_folded) VALUES ('delete', old.id, old.source_folded);
END;

CREATE TRIGGER memory_units_reindexed AFTER UPDATE OF source_folded ON memory_units BEGIN
    INSERT INTO memory_index (memory_index, rowid, source_folded) VALUES ('delete', old.id, old.source_folded);
    INSERT INTO memory_index (rowid, source_folded) VALUES (new.id, new.source_folded);
END;

CREATE TABLE glossary_terms (
    id               INTEGER PRIMARY KEY,
    ar               TEXT NOT NULL DEFAULT '',
    fr               TEXT NOT NULL DEFAULT '',
    en               TEXT NOT NULL DEFAULT '',
    note             TEXT,
    do_not_translate INTEGER NOT NULL DEFAULT 0,
    updated_at       TEXT NOT NULL
) STRICT;
