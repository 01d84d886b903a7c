-- What each person last saw of a post in review (its texts and time), so
-- that the next look shows what changed since. Not audited: a look is not
-- an action.
CREATE TABLE seen_texts (
    user_name TEXT NOT NULL,
    post_id   INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    language  TEXT NOT NULL,
    text      TEXT NOT NULL,
    seen_at   TEXT NOT NULL,
    post_at   INTEGER NOT NULL,
    PRIMARY KEY (user_name, post_id, language)
) STRICT;
