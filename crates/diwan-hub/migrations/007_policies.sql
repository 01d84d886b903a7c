-- The ministry's approval policies on the hub, set by administrators from
-- their desktops; a category not set here has the ministry's default.
CREATE TABLE policies (
    category text PRIMARY KEY,
    -- The steps as diwan-core writes them, separated by ';'.
    steps text NOT NULL,
    fast_track text,
    updated_by text NOT NULL,
    updated_at timestamptz NOT NULL,
    seq bigint NOT NULL
);
CREATE INDEX policies_unstamped ON policies (seq) WHERE seq = -1;
