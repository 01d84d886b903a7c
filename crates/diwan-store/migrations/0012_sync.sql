-- Team mode (#13): what this desktop did that the hub has not taken yet,
-- and what the hub refused, kept with its author's text until they redo
-- or drop it. Additive only.

-- The hub's version of each post as this copy last had it; NULL for a
-- post never on the hub (made here before this desktop was connected).
ALTER TABLE posts ADD COLUMN hub_version INTEGER;

-- The changes made here, in order, waiting to be pushed: each the JSON a
-- desktop sends (diwan-protocol's Change), under the key the hub knows it
-- by, with the hub's version of the post it was made from.
CREATE TABLE sync_outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    key TEXT NOT NULL UNIQUE,
    post_uid TEXT NOT NULL,
    base_version INTEGER,
    actor TEXT NOT NULL,
    change TEXT NOT NULL,
    made_at TEXT NOT NULL
);

-- What the hub refused: the change as it was made, and the hub's reason
-- (a message id and its arguments, JSON). `conflict` is 1 when someone
-- else changed the post meanwhile, 0 when the post's rules refused it.
CREATE TABLE sync_conflicts (
    key TEXT PRIMARY KEY,
    post_uid TEXT NOT NULL,
    base_version INTEGER,
    actor TEXT NOT NULL,
    change TEXT NOT NULL,
    code TEXT NOT NULL,
    args TEXT NOT NULL,
    conflict INTEGER NOT NULL,
    made_at TEXT NOT NULL,
    refused_at TEXT NOT NULL
);

-- Where the last pull ended.
CREATE TABLE sync_cursor (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    cursor INTEGER NOT NULL,
    -- The missions it was for, comma-separated: pulled again from the start when they change.
    missions TEXT NOT NULL
);
