-- Each mission's accounts on the platforms, as a desktop keeps them; a
-- desktop knows an account by mission, platform and handle (its own
-- number for it is its own).
CREATE TABLE accounts (
    mission text NOT NULL REFERENCES missions (code),
    platform text NOT NULL,
    handle text NOT NULL,
    -- Comma-separated language codes.
    languages text NOT NULL,
    limit_override integer,
    created_at timestamptz NOT NULL,
    PRIMARY KEY (mission, platform, handle)
);
