-- Reach and engagement of published posts (#14), as the platforms' own
-- exports give them, matched to a post by its published address. A later
-- import of the same post on the same platform replaces its figures.
CREATE TABLE engagement (
    post_id     INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    platform    TEXT NOT NULL,
    url         TEXT NOT NULL,
    reach       INTEGER NOT NULL,
    engagement  INTEGER NOT NULL,
    imported_at TEXT NOT NULL,
    PRIMARY KEY (post_id, platform)
) STRICT;
