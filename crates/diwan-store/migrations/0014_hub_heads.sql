-- Team mode (#13): the heads of the hub's audit chain this desktop saw at
-- each pull (the event's number and hash), kept as a witness: `diwan
-- verify --hub` asks the hub whether its chain still holds each of them.
CREATE TABLE hub_heads (
    seq INTEGER PRIMARY KEY,
    hash TEXT NOT NULL,
    seen_at TEXT NOT NULL
);
