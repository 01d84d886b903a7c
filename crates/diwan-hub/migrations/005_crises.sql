-- Crises on the hub: declared and ended by pushed changes, each pausing or
-- resolving the posts of its missions there. `seq` is the push that last
-- changed it (what pulls follow, as for posts).
CREATE TABLE crises (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    uid text NOT NULL UNIQUE,
    -- Comma-separated mission codes.
    missions text NOT NULL,
    from_at timestamptz NOT NULL,
    to_at timestamptz NOT NULL,
    reason text NOT NULL,
    declared_by text NOT NULL,
    declared_at timestamptz NOT NULL,
    ended_by text,
    ended_at timestamptz,
    seq bigint NOT NULL
);
