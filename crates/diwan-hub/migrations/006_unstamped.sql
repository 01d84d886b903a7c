-- A push stamps the rows it wrote with its number just before it commits
-- (posts.rs, UNSTAMPED): found at once, never by reading every post.
CREATE INDEX posts_unstamped ON posts (seq) WHERE seq = -1;
CREATE INDEX crises_unstamped ON crises (seq) WHERE seq = -1;
