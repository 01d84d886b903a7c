-- The ministry's own list of days (#14): international days, anniversaries
-- and days of mourning, every year on month-day or once in `year`, named in
-- the three languages. Administrators replace it whole from a CSV file.
CREATE TABLE ministry_days (
    id INTEGER PRIMARY KEY,
    month INTEGER NOT NULL,
    day INTEGER NOT NULL,
    year INTEGER,
    kind TEXT NOT NULL,
    name_ar TEXT NOT NULL,
    name_fr TEXT NOT NULL,
    name_en TEXT NOT NULL
) STRICT;
