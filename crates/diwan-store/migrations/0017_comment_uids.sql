-- Team mode (#13): comments travel to the hub too, so each gets a uid (a
-- UUIDv7) beside its local number, as posts and crises did; comments from
-- before get theirs in the repair that runs with this migration.
ALTER TABLE comments ADD COLUMN uid TEXT;
CREATE UNIQUE INDEX comments_uid ON comments (uid);
