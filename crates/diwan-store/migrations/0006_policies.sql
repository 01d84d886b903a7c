-- Approval policies per category, set by administrators (`diwan policy
-- set`, the Settings view) and audited. A category without a row cannot be
-- approved: fail closed. The repair after this migration
-- (`policies::write_default_policies`) writes today's ministry default.
CREATE TABLE approval_policies (
    category   TEXT PRIMARY KEY,
    -- Each step's text form (approval::Step::parse), in order, joined by ';'.
    steps      TEXT NOT NULL,
    -- Who may approve every remaining step at once, or NULL: nobody.
    fast_track TEXT,
    updated_by TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;
