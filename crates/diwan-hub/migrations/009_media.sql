-- The bytes of the images on the shared plan, by the SHA-256 (hex) that
-- names them: a desktop sends an image's bytes before the change that
-- attaches it, and other desktops fetch them by hash when they pull the
-- post. The same image is kept once, whoever sends it again.
CREATE TABLE media_files (
    content text PRIMARY KEY,
    media_type text NOT NULL,
    bytes bytea NOT NULL,
    uploaded_by text NOT NULL REFERENCES people (name),
    uploaded_at timestamptz NOT NULL
);
