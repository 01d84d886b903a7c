# Diwan — English. Every id here exists in ar/ and fr/ too (tested).

app-name = Diwan
app-tagline = Content planning for diplomatic missions

## Shell

nav-calendar = Calendar
mission-selector-label = Mission
mission-selector-empty = No mission yet
time-zone-label = Time zone: { $zone }
language-switch-label = Interface language
language-name-ar = العربية
language-name-fr = Français
language-name-en = English
missions-count = { $count ->
    [one] { $count } mission
   *[other] { $count } missions
}

## Empty state

empty-title = Start with a mission
empty-body = Diwan plans posts mission by mission, each in its own time zone. Add a sample mission to look around, or set up your own.
action-add-sample = Add a sample mission
action-setup-mission = Set up my mission
notice-mission-added = { $name } was added.

## Set up a mission

setup-title = Set up my mission
setup-code = Mission code
setup-code-hint = Letters and digits in groups, e.g. DZ-FR-PAR
setup-name-ar = Name in Arabic
setup-name-fr = Name in French
setup-name-en = Name in English
setup-kind = Kind
setup-country = Host country (ISO code)
setup-country-hint = Two letters, e.g. FR
setup-time-zone = Time zone
setup-languages = Working languages
setup-languages-hint = Language codes separated by commas, e.g. ar, fr, en
action-save = Save
action-cancel = Cancel
mission-kind-ministry = Ministry
mission-kind-embassy = Embassy
mission-kind-consulate = Consulate
mission-kind-permanent-representation = Permanent representation

## Command line

cli-init-done = Database ready: { $path } (schema version { $version }).
cli-missions-empty = No missions yet. Add one in the app, or run “diwan demo”.
cli-no-database-path = No database file was given and no home folder was found: pass --db FILE or set DIWAN_DB.
cli-error = Error: { $message }

## Errors

error-mission-code-invalid = “{ $code }” is not a valid mission code: use letters and digits in up to four groups joined by “-”, for example DZ-FR-PAR.
error-mission-name-missing = The { $language ->
    [ar] Arabic
    [fr] French
   *[en] English
} name is missing.
error-mission-name-too-long = The { $language ->
    [ar] Arabic
    [fr] French
   *[en] English
} name is longer than { $max ->
    [one] { $max } character
   *[other] { $max } characters
}.
error-mission-kind-unknown = “{ $kind }” is not a kind of mission.
error-mission-country-unknown = “{ $country }” is not an ISO 3166 country code.
error-mission-time-zone-unknown = “{ $zone }” is not a known time zone.
error-mission-language-invalid = “{ $language }” is not a language code such as ar, fr or en.
error-mission-no-language = A mission needs at least one working language.
error-mission-exists = A mission with code { $code } already exists.
error-mission-not-found = There is no mission with code { $code }.
error-sample-none-left = Every sample mission has already been added.
error-locale-unknown = Diwan does not speak “{ $locale }”; choose ar, fr or en.
error-store-create-dir = Cannot create the folder { $path }: { $detail }
error-store-open = Cannot open the database { $path }: { $detail }
error-store-too-new = This database was written by a newer Diwan (schema { $found }; this one knows { $supported }). Update Diwan to open it; the file was not changed.
error-store-backup = Could not save a backup to { $path } before updating the database, so it was not updated: { $detail }
error-store-journal-mode = The database could not switch to WAL mode (it is in { $mode } mode).
error-store-not-diwan = This file is not a Diwan database; it was not changed.
error-store-corrupt = The database holds a value Diwan cannot read: { $detail }
error-store-sqlite = The database reported an error: { $detail }
error-unexpected = Something unexpected went wrong: { $detail }
