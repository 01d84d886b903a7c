-- Team mode (#13): several people on one desktop, each connected to the
-- hub as themselves. Each gets their own device token and pull cursor
-- (the missions each may see differ); what one person did here goes to
-- the hub under their own token only. The one person connected before
-- moves here from the settings, with the cursor of their pulls.
CREATE TABLE hub_people (
    person TEXT PRIMARY KEY,
    token TEXT NOT NULL,
    device INTEGER NOT NULL,
    -- Where this person's last pull ended, and the missions it was for
    -- (comma-separated: pulled again from the start when they change).
    cursor INTEGER NOT NULL DEFAULT 0,
    missions TEXT NOT NULL DEFAULT ''
) STRICT;

INSERT INTO hub_people (person, token, device, cursor, missions)
SELECT person.value, token.value, CAST(device.value AS INTEGER),
       coalesce((SELECT cursor FROM sync_cursor WHERE id = 1), 0),
       coalesce((SELECT missions FROM sync_cursor WHERE id = 1), '')
FROM settings person
JOIN settings token ON token.key = 'hub.token'
JOIN settings device ON device.key = 'hub.device'
WHERE person.key = 'hub.person';

DELETE FROM settings WHERE key IN ('hub.person', 'hub.token', 'hub.device');
DROP TABLE sync_cursor;
