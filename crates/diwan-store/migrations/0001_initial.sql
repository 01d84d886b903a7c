-- Diwan schema, version 1: missions and app settings.
-- Never edit this file once shipped: add a new migration instead.

CREATE TABLE missions (
    id                INTEGER PRIMARY KEY,
    code              TEXT NOT NULL UNIQUE,
    name_ar           TEXT NOT NULL,
    name_fr           TEXT NOT NULL,
    name_en           TEXT NOT NULL,
    kind              TEXT NOT NULL CHECK (kind IN ('ministry', 'embassy', 'consulate', 'permanent-representation')),
    host_country      TEXT NOT NULL CHECK (length(host_country) = 2),
    time_zone         TEXT NOT NULL,
    -- Comma-separated language codes, in the mission's order of preference.
    working_languages TEXT NOT NULL,
    created_at        TEXT NOT NULL
) STRICT;

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;
