-- The shared plan. Each account gets a number of the hub's own, for the
-- core's rules (every desktop numbers accounts its own way).
ALTER TABLE accounts ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY UNIQUE;

-- Every accepted or refused push takes the next number under this row's
-- lock, held to its commit: numbers follow the order in which pushes
-- commit, so a pull from a cursor never skips one committed later.
CREATE TABLE sync_head (
    id int PRIMARY KEY CHECK (id = 1),
    seq bigint NOT NULL
);
INSERT INTO sync_head (id, seq) VALUES (1, 0);

-- Each post as it is now: the wire's JSON of it (diwan-protocol's Post),
-- its version (accepted changes so far), the hub's hash of its content,
-- and the number of the push that last changed it (what pulls follow).
CREATE TABLE posts (
    uid text PRIMARY KEY,
    mission text NOT NULL REFERENCES missions (code),
    version bigint NOT NULL,
    content_hash bytea NOT NULL,
    body text NOT NULL,
    seq bigint NOT NULL,
    updated_at timestamptz NOT NULL
);
CREATE INDEX posts_by_mission_seq ON posts (mission, seq);

-- Every change pushed, accepted or refused, under the key its desktop
-- gave it: a retry gets the first answer and never runs twice. For an
-- accepted change, the version it made and the content hash after it,
-- from which the hub tells what happened to a post since any version.
CREATE TABLE changes (
    key text PRIMARY KEY,
    post text NOT NULL,
    person text NOT NULL REFERENCES people (name),
    device bigint NOT NULL REFERENCES devices (id),
    base_version bigint,
    version bigint,
    -- create, content, decision, translated, reschedule, other
    class text NOT NULL,
    content_hash bytea,
    answer text NOT NULL,
    at timestamptz NOT NULL
);
CREATE INDEX changes_by_post ON changes (post, version);
