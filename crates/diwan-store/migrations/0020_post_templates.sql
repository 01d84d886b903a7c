-- The template a post's text was written from (#14), so that a celebratory
-- template used in a crisis window is a warning. Kept beside the post: it
-- says where the wording came from, not what goes out (the text does).
CREATE TABLE post_templates (
    post_id     INTEGER PRIMARY KEY REFERENCES posts (id) ON DELETE CASCADE,
    template_id INTEGER NOT NULL REFERENCES templates (id) ON DELETE CASCADE
) STRICT;
