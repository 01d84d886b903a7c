-- Each person's passphrase, only as an Argon2id hash in PHC form
-- ($argon2id$v=19$m=...,t=...,p=...$salt$hash), whether it is a one-time
-- passphrase an administrator gave, and the wrong tries since the last
-- sign-in (for the back-off). A person without a row cannot sign in.
CREATE TABLE credentials (
    user_id      INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    phc          TEXT NOT NULL CHECK (phc LIKE '$argon2id$%'),
    must_change  INTEGER NOT NULL CHECK (must_change IN (0, 1)),
    failures     INTEGER NOT NULL DEFAULT 0 CHECK (failures >= 0),
    last_failure TEXT,
    changed_at   TEXT NOT NULL
) STRICT;
