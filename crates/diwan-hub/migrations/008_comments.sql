-- Comments on the shared plan, by the uid their desktop gave them. A
-- comment leaves its post's version as it is (it never conflicts with the
-- text or a decision); adding or resolving one stamps the post with the
-- push's number, so that pulls bring the post again with its comments.
CREATE TABLE comments (
    uid text PRIMARY KEY,
    post text NOT NULL REFERENCES posts (uid),
    -- NULL: on the post; else on that language's variant.
    language text,
    author text NOT NULL REFERENCES people (name),
    body text NOT NULL,
    created_at timestamptz NOT NULL,
    resolved_by text REFERENCES people (name),
    resolved_at timestamptz
);
CREATE INDEX comments_by_post ON comments (post, created_at);
