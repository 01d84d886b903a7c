-- Team mode (#13): crises travel to the hub too, so each gets a uid (a
-- UUIDv7) beside its local number, as posts did in migration 11; crises
-- from before get theirs in the repair that runs with this migration.
ALTER TABLE crises ADD COLUMN uid TEXT;
CREATE UNIQUE INDEX crises_uid ON crises (uid);
