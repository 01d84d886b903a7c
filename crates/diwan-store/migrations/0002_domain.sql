-- Diwan schema, version 2: users and roles, accounts, posts with their
-- language variants, approvals, comments, media, blackouts, audit trail.
-- Never edit this file once shipped: add a new migration instead.

CREATE TABLE users (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    created_at   TEXT NOT NULL
) STRICT;

CREATE TABLE user_roles (
    user_id    INTEGER NOT NULL REFERENCES users (id),
    mission_id INTEGER NOT NULL REFERENCES missions (id),
    role       TEXT NOT NULL CHECK (role IN ('drafter', 'translator', 'supervisor', 'admin')),
    PRIMARY KEY (user_id, mission_id, role)
) STRICT, WITHOUT ROWID;

CREATE TABLE accounts (
    id                    INTEGER PRIMARY KEY,
    mission_id            INTEGER NOT NULL REFERENCES missions (id),
    platform              TEXT NOT NULL,
    handle                TEXT NOT NULL,
    languages             TEXT NOT NULL,
    verification          TEXT NOT NULL DEFAULT 'unverified' CHECK (verification IN ('unverified', 'verified', 'revoked')),
    verified_on           TEXT,
    verification_evidence TEXT,
    active                INTEGER NOT NULL DEFAULT 1,
    limit_override        INTEGER,
    UNIQUE (platform, handle)
) STRICT;

CREATE INDEX accounts_mission ON accounts (mission_id);

CREATE TABLE posts (
    id               INTEGER PRIMARY KEY,
    mission_id       INTEGER NOT NULL REFERENCES missions (id),
    time_zone        TEXT NOT NULL,
    category         TEXT NOT NULL,
    source_language  TEXT NOT NULL,
    -- Unix seconds, UTC: range queries on integers are the calendar's hot path.
    at_utc           INTEGER NOT NULL,
    note             TEXT,
    crisis_priority  INTEGER NOT NULL DEFAULT 0,
    state            TEXT NOT NULL,
    -- The published URL or the rejection reason.
    state_detail     TEXT,
    drafter          TEXT NOT NULL,
    contributors     TEXT NOT NULL,
    -- Hex SHA-256 of the source text, so a variant's staleness is a comparison.
    source_hash      TEXT NOT NULL,
    approved_content TEXT,
    updated_at       TEXT NOT NULL
) STRICT;

-- One mission's range, and every mission's range.
CREATE INDEX posts_mission_at ON posts (mission_id, at_utc);
CREATE INDEX posts_at ON posts (at_utc);

CREATE TABLE post_targets (
    post_id    INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    account_id INTEGER NOT NULL REFERENCES accounts (id),
    PRIMARY KEY (post_id, account_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX post_targets_account ON post_targets (account_id, post_id);

CREATE TABLE variants (
    post_id         INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    language        TEXT NOT NULL,
    text            TEXT NOT NULL,
    translated_from TEXT,
    PRIMARY KEY (post_id, language)
) STRICT, WITHOUT ROWID;

CREATE TABLE approvals (
    post_id    INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    user_name  TEXT NOT NULL,
    step       INTEGER NOT NULL,
    content    TEXT NOT NULL,
    at         TEXT NOT NULL,
    fast_track INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (post_id, user_name)
) STRICT, WITHOUT ROWID;

CREATE TABLE comments (
    id          INTEGER PRIMARY KEY,
    post_id     INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    -- NULL: on the post; else on that language's variant.
    language    TEXT,
    author      TEXT NOT NULL,
    body        TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    resolved_by TEXT,
    resolved_at TEXT
) STRICT;

CREATE INDEX comments_post ON comments (post_id);

CREATE TABLE media (
    id           INTEGER PRIMARY KEY,
    post_id      INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    content_hash TEXT NOT NULL,
    file_name    TEXT NOT NULL,
    media_type   TEXT NOT NULL
) STRICT;

CREATE INDEX media_post ON media (post_id);

CREATE TABLE media_alt (
    media_id INTEGER NOT NULL REFERENCES media (id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    alt_text TEXT NOT NULL,
    PRIMARY KEY (media_id, language)
) STRICT, WITHOUT ROWID;

CREATE TABLE blackouts (
    id         INTEGER PRIMARY KEY,
    mission_id INTEGER NOT NULL REFERENCES missions (id),
    start_utc  INTEGER NOT NULL,
    end_utc    INTEGER NOT NULL CHECK (end_utc > start_utc),
    reason     TEXT NOT NULL
) STRICT;

CREATE INDEX blackouts_mission ON blackouts (mission_id, start_utc);

CREATE TABLE audit_events (
    seq         INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL,
    subject     TEXT NOT NULL,
    before_hash TEXT,
    after_hash  TEXT,
    detail      TEXT NOT NULL,
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL
) STRICT;

-- The chain's last event, written in the same transaction as the event, so
-- that events cut from the end are found by `diwan verify`.
CREATE TABLE audit_head (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    seq  INTEGER NOT NULL,
    hash TEXT NOT NULL
) STRICT;

-- Diwan never changes or removes an event; these make the rule hold for any
-- program that goes through SQLite without first dropping them (and the hash
-- chain finds it if one does).
CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END;

CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END;
