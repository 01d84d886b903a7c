-- Team mode (#13): each change made here is linked to this desktop's audit
-- chain (the event that ended the transaction it was made in, whose hash
-- covers every event before it), and once the hub takes it, to the event of
-- the hub's chain that records it: `diwan verify --hub` checks both ends.
ALTER TABLE sync_outbox ADD COLUMN event_seq INTEGER;
ALTER TABLE sync_outbox ADD COLUMN event_hash TEXT;

CREATE TABLE hub_links (
    key TEXT PRIMARY KEY,
    event_seq INTEGER NOT NULL,
    event_hash TEXT NOT NULL,
    hub_seq INTEGER NOT NULL,
    hub_hash TEXT NOT NULL
);
