-- The ministry's missions, as a desktop keeps them (diwan-core checks
-- every field before a row is written). Roles name missions by code.
CREATE TABLE missions (
    code text PRIMARY KEY,
    name_ar text NOT NULL,
    name_fr text NOT NULL,
    name_en text NOT NULL,
    kind text NOT NULL,
    host_country text NOT NULL,
    time_zone text NOT NULL,
    -- Comma-separated language codes, in the mission's order.
    working_languages text NOT NULL,
    created_at timestamptz NOT NULL
);
