-- The hub's people, their roles per mission, their devices, and the
-- ministry's audit chain. People are the same profiles as on a desktop.
CREATE TABLE people (
    name text PRIMARY KEY,
    display_name text NOT NULL,
    -- Argon2id, PHC string.
    phc text NOT NULL,
    created_at timestamptz NOT NULL
);

CREATE TABLE roles (
    person text NOT NULL REFERENCES people (name) ON DELETE CASCADE,
    mission text NOT NULL,
    role text NOT NULL CHECK (role IN ('drafter', 'translator', 'supervisor', 'admin')),
    PRIMARY KEY (person, mission, role)
);

-- A device signed in by a person: the token is kept only as its SHA-256,
-- so a copy of this table signs nobody in; revoked devices stay, for the record.
CREATE TABLE devices (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person text NOT NULL REFERENCES people (name),
    label text NOT NULL,
    token_sha256 bytea NOT NULL UNIQUE,
    created_at timestamptz NOT NULL,
    last_seen timestamptz,
    revoked_at timestamptz
);

-- The chain, as on a desktop (diwan-core's audit module hashes it), and
-- its head, one row, locked by each writer so that hubs side by side chain
-- one after another.
CREATE TABLE audit_events (
    seq bigint PRIMARY KEY,
    at timestamptz NOT NULL,
    actor text NOT NULL,
    action text NOT NULL,
    subject text NOT NULL,
    before text,
    after text,
    detail text NOT NULL,
    prev bytea NOT NULL,
    hash bytea NOT NULL
);

CREATE TABLE audit_head (
    id int PRIMARY KEY CHECK (id = 1),
    seq bigint NOT NULL,
    hash bytea NOT NULL
);
