-- Team mode (#13): each post gets a uid (a UUIDv7, made where the post is
-- created) by which desktops and the hub tell it apart; the integer id
-- stays this desktop's own short label. Rows from before get theirs in
-- the repair that runs with this migration (it needs a random source).
ALTER TABLE posts ADD COLUMN uid TEXT;
CREATE UNIQUE INDEX posts_uid ON posts (uid);
