# Diwan — English. Every id here exists in ar/ and fr/ too (tested).

app-name = Diwan
app-tagline = Content planning for diplomatic missions

## Shell

workspace-switch-label = Workspaces
workspace-desk = Calendar
workspace-translation = Translation
workspace-approvals = Approvals
workspace-audit = Audit trail
workspace-reports = Reports
workspace-settings = Settings
workspace-coming = This workspace is being built; the calendar has everything that works today.
variant-state-missing = Missing
variant-state-draft = Draft
variant-state-translated = Translated
variant-state-stale = Out of date
variant-state-approved = Approved
translation-need-missing = To translate
translation-need-draft = Unfinished
translation-need-stale = Source changed
translation-need-sent-back = Sent back
translation-queue-title = To translate
translation-queue-count = { $count ->
    [0] Nothing waiting
    [one] One text waiting
   *[other] { $count } texts waiting
}
translation-queue-empty = Nothing waits for you here.
translation-filter-mission = Mission
translation-filter-due-by = Due by
translation-overdue = Overdue
translation-pick = Choose a text in the queue.
translation-item-title = Post #{ $id } in { $language }
translation-source = Source ({ $language })
translation-target = Translation ({ $language })
translation-source-changed = What changed in the source since it was translated
translation-glossary = Glossary
translation-do-not-translate = do not translate
translation-memory = Translation memory
translation-memory-none = No match in the memory.
translation-match-score = How close the remembered source is
translation-insert = Insert ({ $n })
translation-checks = Checks
translation-checks-ok = Every check passes.
translation-overridden = Checks overridden by { $by }:
translation-override-reason = Why these checks do not apply (kept for the supervisor)
translation-done-anyway = Done despite the checks
translation-done = Done
translation-not-yours = You do not translate this language at this mission.
translation-marked-done = Post #{ $id } ({ $language }) is marked translated.
approvals-queue-count = { $count ->
    [0] Nothing to review
    [one] One post to review
   *[other] { $count } posts to review
}
review-queue-title = To review
review-queue-empty = Nothing waits for your review.
review-pick = Choose a post in the queue.
review-title = Post #{ $id }
review-changed-since = Changed since you last looked ({ $date })
review-unchanged-since = Unchanged since you last looked ({ $date }).
review-moved-from = Moved from { $from } to { $to }.
review-crisis = Crisis
review-step = step { $step } of { $steps }, { $needed ->
    [one] one approval still needed
   *[other] { $needed } approvals still needed
}
review-step-short = step { $step }/{ $steps }
review-approved-by = approved by { $user } (step { $step })
review-approve = Approve
review-fast-track = Fast-track (crisis)
review-reason = Reason, to reject (the drafter reads it)
review-reject = Reject
review-has-overrides = checks overridden
review-not-yours = not yours to approve
review-decided = Post #{ $id } is now: { $state }.
review-approve-chosen = { $count ->
    [one] Approve the ticked post
   *[other] Approve the { $count } ticked posts
}
review-choose = Tick post #{ $id } to approve it with others
publish-title = Mark published
publish-url = The live post's address
publish-mark = Mark published
publish-now-title = Publish now
publish-now-hint = Copy each account’s approved text as it is, open the platform, attach the images, then record the live address.
publish-now-open = { $count ->
        [one] Publish now (1)
       *[other] Publish now ({ $count })
    }
publish-now-empty = Nothing is due to publish.
publish-now-post = Post #{ $id } · { $mission } · { $time }
publish-now-overdue = overdue
publish-now-copy = Copy text
publish-now-copied = Copied
publish-now-copy-failed = The text could not be copied to the clipboard; select it and copy it by hand.
publish-now-compose = Open { $platform }
publish-now-media = Images to attach, with their alt text
publish-now-held = Held back since they were scheduled
qa-check-links = links
qa-check-hashtags = hashtags
qa-check-mentions = mentions
qa-check-numbers = numbers
qa-check-glossary = glossary
qa-check-limit = length limit
qa-check-same-as-source = same as the source
qa-check-french-spacing = French spacing
qa-check-arabic-punctuation = Arabic punctuation
qa-check-tatweel = tatweel
qa-check-bidi-controls = direction marks
qa-check-digits = digits
qa-check-language = language
glossary-title = Ministry glossary
glossary-hint = Officials' names and titles, countries, institutions and fixed phrases, in the three languages. Translators see the terms beside the source, and the checks hold translations to them.
glossary-ar = Arabic
glossary-fr = French
glossary-en = English
glossary-note = Note
glossary-add = Add the term
glossary-remove = Remove
settings-digits = Digits in the Arabic interface
settings-digits-hint = How numbers, dates and counts are written when the interface is in Arabic. French and English always use Latin digits.
settings-digits-latin = Latin digits
settings-digits-arabic-indic = Arabic-Indic digits
settings-spelling = Spelling
settings-spelling-check = Underline misspelt words as I write (Arabic, French, English)
settings-spelling-hint = Each field is checked in its text’s language; right-click an underlined word for suggestions.
settings-hijri = Hijri dates
settings-hijri-show = Show each day’s Hijri date (Umm al-Qura) beside the Gregorian one
settings-hijri-hint = On at first in the Arabic interface. The calendar also marks Islamic observances and the host and home countries’ public holidays.
calendar-layers = Show on the calendar
calendar-layer-religious = Islamic observances
calendar-layer-host = Host country holidays
calendar-layer-home = Home country holidays
calendar-layer-ministry = The ministry’s days
hijri-month-1 = Muharram
hijri-month-2 = Safar
hijri-month-3 = Rabi al-Awwal
hijri-month-4 = Rabi al-Thani
hijri-month-5 = Jumada al-Ula
hijri-month-6 = Jumada al-Akhira
hijri-month-7 = Rajab
hijri-month-8 = Shaban
hijri-month-9 = Ramadan
hijri-month-10 = Shawwal
hijri-month-11 = Dhu al-Qada
hijri-month-12 = Dhu al-Hijja
link-confirm-title = Open this link in your browser?
link-confirm-host = It goes to
link-confirm-open = Open in the browser
link-open-hint = Shows the whole address before opening it
sign-in-set-up-title = Set up Diwan
sign-in-set-up-intro = Nobody can sign in yet. Choose the first administrator: they administer every mission here and give the others their one-time passphrases.
sign-in-set-up-submit = Create and sign in
sign-in-sign-in-title = Sign in
sign-in-sign-in-submit = Sign in
sign-in-unlock-title = Diwan is locked
sign-in-locked-by = Locked by
sign-in-unlock-submit = Unlock
sign-in-change-title = Choose your passphrase
sign-in-change-intro = You signed in with a one-time passphrase. Choose your own before you go on; nobody else will know it.
sign-in-change-submit = Save and go on
sign-in-name = Login name
sign-in-display-name = Name as others see it
sign-in-passphrase = Passphrase
sign-in-new-passphrase = New passphrase
sign-in-passphrase-again = The new passphrase again
sign-in-passphrase-hint = At least 12 characters; a few words you will remember make a good one.
sign-in-passphrases-differ = The two passphrases differ.
sign-in-switch = Sign in as someone else
session-signed-in-as = Signed in as
session-lock = Lock
session-lock-key = Lock now (Ctrl+L)
session-sign-out = Sign out
settings-sign-in = Signing in
settings-change-passphrase = Change my passphrase
settings-old-passphrase = Current passphrase
settings-idle-lock = Lock after this many idle minutes
settings-one-time = One-time passphrase
settings-one-time-hint = Give it to the person in private; they choose their own at their first sign-in.
settings-one-time-person = Person
settings-one-time-passphrase = One-time passphrase
settings-one-time-give = Give
settings-sign-in-changed = Your passphrase is changed.
settings-sign-in-idle = The idle lock is saved.
settings-sign-in-given = { $name } has a one-time passphrase.
settings-encrypt = Encrypt this database
settings-encrypt-hint = This database is not encrypted: anyone who can read its file reads every post. Encrypting keeps a clear copy aside (delete it once checked); the others then need a one-time passphrase from you.
settings-encrypting = Encrypting a copy of the whole database, then checking it: a large file takes minutes. Keep the app open.
settings-encrypted-aside = Encrypted. The clear copy, to delete once you have checked: 
settings-sign-in-encrypted = The database is encrypted.
settings-backups = Daily backups
settings-backups-hint = Diwan copies the database once a day, when it is open, into this folder, and keeps the copies of the last days. Copy them to another disk too: a copy on the same disk dies with it.
settings-backups-days = Days kept
settings-backups-newest = Newest copy: { $day }
settings-backups-none = No copy yet.
settings-backups-saved = Saved.
ministry-days-title = The ministry’s days
ministry-days-hint = International days, anniversaries and days of mourning the ministry marks: a layer of every mission’s calendar, and a day of mourning makes any post but a crisis message a warning. Administrators replace the list from a CSV file (date,kind,ar,fr,en; date MM-DD every year or YYYY-MM-DD once).
ministry-days-import = Replace from a CSV file…
ministry-days-export = Save as CSV…
ministry-days-none = No day on the list yet.
ministry-days-date = Date
ministry-days-kind = Kind
ministry-days-name = Name
ministry-day-kind-international = International day
ministry-day-kind-anniversary = Anniversary
ministry-day-kind-mourning = Day of mourning
composer-hijri = Hijri date: { $date }
warning-title = Warnings
warning-conflict = Another post (#{ $post }) goes out on the same account { $minutes } minutes from this one.
warning-blackout = In a blackout of the mission: { $reason }
warning-duplicate = The same text (post #{ $post }) goes out on the same account within { 14 } days.
warning-overdue = Its hour has passed without an approval.
warning-national-day = A routine post on a national day of the host country: { $name }.
warning-mourning-day = A day of mourning on the ministry’s list: { $name }.
warning-celebratory-in-crisis = Written from the celebratory template “{ $template }” at an hour a crisis covers: { $reason }.
settings-hub = Team hub
settings-hub-hint = Connect this computer to your ministry's team hub: your missions and colleagues, with their roles, come from there, and you can still sign in here when it is out of reach.
settings-hub-url = Hub address
settings-hub-passphrase = Your passphrase on the hub
settings-hub-connect = Connect
settings-hub-connected-to = Connected to
settings-hub-people = Connected from this computer:
settings-hub-connect-me = You ({ $name }) are not connected to the hub from this computer: what you do here waits until you connect with your passphrase on the hub.
list-separator = {", "}
settings-hub-last-sync = Last sync { $at }: { $pulled ->
    [one] one change brought.
   *[other] { $pulled } changes brought.
}
hub-sync-now = Sync now
hub-syncing = Hub: syncing…
hub-synced = Hub: up to date ({ $at })
hub-offline = Hub: out of reach since { $since }; your work here is kept
hub-signed-out = Hub: this computer must sign in again
hub-refused = Hub: refused (see Settings)
hub-not-connected-as-you = not connected as you
hub-waiting = { $count ->
    [one] 1 change to send
   *[other] { $count } changes to send
}
hub-conflicts-open = { $count ->
    [one] 1 conflict
   *[other] { $count } conflicts
}
conflicts-title = Changes the team hub refused
conflicts-intro = Someone else changed these posts first, or the hub's rules refused the change. What you wrote is kept here: redo it on the post as it is now, or drop it and let the hub's version stand. Nothing is merged without you.
conflicts-empty = Nothing refused: every change made here is on the hub.
conflict-kind-create = New post
conflict-kind-edit-text = Text edited
conflict-kind-reschedule = Moved
conflict-kind-retarget = Accounts changed
conflict-kind-submit = Sent on
conflict-kind-mark-translated = Translation marked done
conflict-kind-approve = Approval
conflict-kind-reject = Rejection
conflict-kind-schedule = Scheduled
conflict-kind-publish = Marked published
conflict-kind-declare-crisis = Crisis declared
conflict-kind-end-crisis = Crisis ended
conflict-kind-set-policy = Approval policy set
conflict-kind-add-comment = Comment
conflict-kind-resolve-comment = Comment resolved
conflict-kind-attach-media = Image attached
conflict-kind-remove-media = Image removed
conflict-kind-set-media-alt = Image description
conflict-kind-unknown = A change
conflict-by = by { $name }, { $at }
conflict-post = Post #{ $id } on this computer:
conflict-redo = Redo on the current post
conflict-drop = Drop
policies-title = Approval policies
policies-hint = Who approves each category’s posts, step by step; one person approves at most one step of a post. A category without a policy cannot be approved. Each change is recorded in the audit trail.
policies-read-only = Who approves each category’s posts, step by step. Only administrators change these policies.
policies-none = No policy: nothing in this category can be approved.
policy-edit = Change
policy-step-number = Step { $n }
policy-step-line = Step { $n }: { $who }
policy-step-role = Any { $role }
policy-step-any = One of: { $names }
policy-step-all = Each of: { $names }
policy-who = Who approves
policy-kind-any = One of these people
policy-kind-all = Each of these people
policy-names = Names, separated by commas
policy-add-step = Add a step
policy-remove-step = Remove step { $n }
policy-fast-track-label = In a crisis, someone may approve every step at once
policy-fast-track = Fast track: { $who }
policy-fast-track-none = No fast track
policy-updated = Set by { $name } on { $date }
policy-default = The ministry default, since { $date }
crisis-title = Crisis mode
crisis-open = Declare a crisis…
crisis-missions = Missions in crisis
crisis-from = Pause routine posts from
crisis-to = until
crisis-clock-hint = On the clock of the first mission in code order. Routine posts planned in this window pause; crisis posts go on, first in every queue.
crisis-reason = Reason
crisis-declare = Declare the crisis
crisis-active = Crisis at { $missions }
crisis-window = Routine posts paused from { $from } to { $to }
crisis-paused-count = { $count ->
    [0] No post paused.
    [one] One post paused: say what becomes of it when the crisis ends.
   *[other] { $count } posts paused: say what becomes of each when the crisis ends.
}
crisis-resolution-for = What becomes of post { $id }
crisis-resolution-resume = Resume as planned
crisis-resolution-reschedule = Move after the crisis
crisis-resolution-to-draft = Back to draft
crisis-end = End the crisis
blackout-title = Blackouts and days of mourning
blackout-hint = Mark a national mourning or an election silence: every post planned on those days of the mission’s calendar is flagged.
blackout-open = Mark days…
blackout-mission = Mission
blackout-first-day = From
blackout-last-day = to (included)
blackout-reason = Reason
blackout-mark = Mark these days
blackout-days = { $first } to { $last }
blackout-lift = Lift
blackout-lift-label = Lift the blackout of { $mission }, { $days }
blackout-none = No blackout ahead.
blackout-lifted = Blackout lifted: { $reason }
blackout-undo = Undo
post-paused = Paused (crisis)
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
notice-review = Post #{ $id } waits for your review.
notice-translation = Post #{ $id } waits for your translation.
notice-overdue = Post #{ $id } is overdue: its time has passed without approval.
notice-publish = Post #{ $id }: its hour has come. Publish it now.
notice-publish-overdue = Post #{ $id } is overdue to publish: its hour passed while Diwan was closed.
notice-publish-held-crisis = Post #{ $id }’s hour came, but a crisis paused it: do not publish it.
notice-publish-held-approval-withdrawn = Post #{ $id }’s hour came, but it was edited since its approval: do not publish it until it is approved again.
notice-review-many = { $count } posts wait for your review.
notice-translation-many = { $count } posts wait for your translation.
notice-overdue-many = { $count } posts are overdue: their time has passed without approval.
notice-publish-many = The hour has come for { $count } posts. Publish them now.
notice-publish-overdue-many = { $count } posts are overdue to publish: their hour passed while Diwan was closed.
notice-publish-held-crisis-many = The hour came for { $count } posts, but a crisis paused them: do not publish them.
notice-publish-held-approval-withdrawn-many = The hour came for { $count } posts, but they were edited since their approval: do not publish them until they are approved again.
notice-dismiss = Dismiss
export-title = Hand-off to publishing
export-hint = The approved schedule of these days, for the tools that publish: approved or scheduled posts only, never paused ones.
export-from = From
export-to = To (included)
export-format-ics = iCalendar
export-format-csv = CSV
export-dialog-title = Save the approved schedule as { $format }
export-saved = Saved to { $path }

## The desk: people, calendar, composer

action-new-post = New post
filters-label = Show
filter-state = State
filter-category = Category
filter-language = Language
calendar-shown-in = Shown in { $language }
filter-platform = Platform
filter-account = Account
colour-by-label = Colour by
colour-by-state = State
colour-by-category = Category
legend-label-category = Colours by category
filter-all = All
legend-label = Colours by state
post-state-draft = Draft
post-state-in-translation = In translation
post-state-in-review = In review
post-state-approved = Approved
post-state-scheduled = Scheduled
post-state-published = Published
post-state-rejected = Rejected
role-drafter = Press attaché (drafter)
role-translator = Translator
role-supervisor = Supervisor
role-admin = Administrator
category-announcement = Announcement
category-protocol = Protocol
category-national-occasion = National occasion
category-culture = Culture
category-consular = Consular
category-economy = Economy
category-crisis = Crisis
category-counter-disinformation = Counter-disinformation
category-interactive-session = Interactive session
verification-unverified = unverified
verification-verified = verified
verification-revoked = verification revoked
notice-post-moved = Post moved to { $to }.
action-undo = Undo (Ctrl+Z)
composer-title = New post
composer-title-existing = Post #{ $id }
save-status-new = Not saved yet
save-status-saving = Saving…
save-status-saved = Saved
save-status-unsaved = Unsaved changes
save-status-error = Not saved
action-close = Close
action-done = Done
comments-title = Comments
comments-none = No comments yet.
comments-placeholder = Add a comment for the team
comments-add = Comment
comments-resolve = Resolve
comments-resolved-by = Resolved by { $name }
composer-template = Template
composer-use-template = Use
templates-title = Templates
templates-hint = Placeholders: { "{ $mission }" } and { "{ $date }" } are filled in; any other stays for the drafter to replace.
templates-name = Name
templates-body = Text
media-title = Images
media-attach = Attach images
media-alt = Alt text ({ $language })
media-remove = Remove { $name }
media-changes-approval = Changing an image or its alt text withdraws the post's approval, like any edit.
media-none = No images.
media-alt-missing = missing
composer-accounts = Accounts
composer-category = Category
composer-source-language = Written in
composer-date = Day
composer-time = Time
composer-text = Text
composer-over-limit = over the limit
composer-note = Internal note (not published)
composer-crisis = Crisis priority

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
action-stop = Stop
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
error-local-time-needs-mission = “{ $at }” is a local time: say which mission’s clock it is on (--mission CODE), or give an instant such as 2026-12-05T09:00:00Z.
error-upload-malformed = The image arrived without its post or file name; nothing was attached. Try again, and report it if it happens again.
error-cancelled = Stopped before the end, as you asked. Nothing was changed.
error-hub-database = The team hub's database could not be reached or refused the work: { $detail }
error-hub-not-hub = This PostgreSQL database holds tables that are not the hub's. Give the hub a database of its own.
error-hub-too-new = The hub's database is at schema { $found }, newer than this hub ({ $supported }). Update the hub.
error-hub-not-initialised = The hub's tables are at schema { $found }; this hub needs { $supported }. Run “diwan-hub init” first.
error-hub-person-exists = { $name } is on the hub already.
error-hub-person-unknown = Nobody called { $name } on the hub.
error-hub-account-exists = The account { $handle } is on the hub already.
error-hub-token-refused = This computer is no longer signed in to the team hub (signed out or revoked). Sign in again.
error-hub-audit-broken = The hub's audit trail is broken at event { $seq }.
error-hub-no-database-url = No hub database: give --pg URL or set DIWAN_HUB_PG.
error-hub-listen = The hub cannot listen on { $address }: { $detail }
error-hub-tls = The hub's certificate or key cannot be used: { $detail }
error-hub-no-randomness = The system's random source failed: nothing was changed.
error-hub-no-passphrase = No passphrase could be read ({ $detail }); set DIWAN_HUB_PASSPHRASE.
error-hub-address = “{ $url }” is not a team hub address Diwan will use: give https://… (plain http only to this computer itself).
error-hub-unreachable = The team hub at { $url } could not be reached: { $detail }. Your work here is kept; sync again later.
error-hub-refused = The team hub refused with “{ $code }”, which this Diwan does not know: update Diwan.
error-hub-not-connected = This database is not connected to a team hub: connect it first (diwan connect URL).
error-hub-no-missions = { $name } holds no role at any mission on the team hub, so there is nothing to bring here yet: ask the hub's administrator for a role. Nothing was changed.
error-sync-decided-on-old-content = The post's content changed on the team hub since you decided on it: look at it again before approving or rejecting.
error-sync-edited-meanwhile = Someone else changed this post's content on the team hub meanwhile. Your text is kept here: redo your change on theirs, or drop it.
error-sync-decided-meanwhile = This post was approved or rejected on the team hub meanwhile, so your edit was not applied. Your text is kept here: redo it (the post then needs a new approval) or drop it.
error-sync-moved-meanwhile = Someone else moved this post on the team hub meanwhile: your new time was not applied.
error-hub-post-exists = A post with the same identity ({ $uid }) is on the team hub already: nothing was changed.
error-hub-post-unknown = The team hub has no post { $uid }: it was never sent there, or it is at a mission you do not work at.
error-hub-crisis-unknown = The team hub has no crisis { $uid }: it was never sent there.
error-hub-not-at-mission = { $name } holds no role at { $mission } on the team hub: its posts are not theirs to comment on.
error-hub-comment-unknown = The team hub has no comment { $uid } on this post.
error-hub-media-mismatch = The image sent to the team hub is not the one named { $content }: send it again.
error-hub-media-missing = The team hub has no image { $content }: it must be sent before the change that attaches it.
error-hub-version-unknown = The team hub never had version { $version } of this post: sync again, then redo the change.
error-hub-key-taken = The team hub already holds a change under the key { $key } from someone else: nothing was changed.
error-hub-unreadable = The team hub could not read what was sent ({ $field }: “{ $value }”): nothing was changed.
error-sync-not-hub-person = This change was made here by { $name }, but this computer is connected to the team hub as { $person }: it cannot go under their name. It is kept here; { $name } can redo it from a computer connected as themselves.
error-hub-sent-unreadable = The team hub sent what this Diwan cannot read ({ $field }: “{ $value }”): nothing was changed here. Update Diwan, or tell the hub's administrator.
error-refused-change-not-found = There is no refused change { $key } to redo or drop (already done?).
error-hub-chain-differs = The team hub's audit trail no longer holds event { $seq } as this computer saw it: its history was written again. Tell the ministry's IT at once.
error-hub-other-connected = This database works with the team hub at { $url }: connect to that one.
error-linked-event-differs = Event { $seq } of this computer's audit trail is no longer the one the team hub recorded a change under: this computer's trail was changed. Tell the ministry's IT at once.
error-span-too-long = Ask for at most { $days } days at once.
error-period-unknown = “{ $period }” is not a period of a report. Choose one of: { $valid }.
error-sample-none-left = Every sample mission has already been added.
error-locale-unknown = Diwan does not speak “{ $locale }”; choose ar, fr or en.
error-store-opening = The database is still opening; try again in a moment.
notice-database-opening = Opening your database… If it comes from an older Diwan, a backup is saved first and it is updated; this can take a minute for a large file.
notice-database-copying = Saving a copy before the update: { $percent } %
notice-database-upgrading = Updating the database: step { $done } of { $total }
notice-database-upgraded = Your database came from an older Diwan (schema { $from }) and has been updated to schema { $to }. The copy from before the update is kept here:
error-store-create-dir = Cannot create the folder { $path }: { $detail }
error-store-open = Cannot open the database { $path }: { $detail }
error-store-too-new = This database was written by a newer Diwan (schema { $found }; this one knows { $supported }). Update Diwan to open it; the file was not changed.
error-store-backup = Could not save a backup to { $path } before updating the database, so it was not updated: { $detail }
error-store-journal-mode = The database could not switch to WAL mode (it is in { $mode } mode).
error-store-not-diwan = This file is not a Diwan database; it was not changed.
error-store-corrupt = The database holds a value Diwan cannot read: { $detail }
error-store-sqlite = The database reported an error: { $detail }
error-unexpected = Something unexpected went wrong: { $detail }

cli-actor-missing = This command acts for someone: add --as USER (or set DIWAN_USER).
cli-passphrase-missing = --as needs the person's passphrase: set { $variable } or run in a terminal, where it is asked without echo.
cli-passphrases-differ = The two passphrases differ: nothing was changed.
cli-demo-trail-needs-ministry = --trail goes with --scale ministry: the small demo's posts already go through the audited workflow, so their trail is whole. Nothing was written.
cli-hub-missing = The team hub's program, diwan-hub, is not installed here: it runs on the ministry's server (README, “Team hub”).
cli-hub-failed = diwan-hub failed (it said why above).
cli-hub-connected = Connected to { $url }.
cli-verify-hub-ok = The team hub's audit trail is intact ({ $events } events) and holds the { $heads } heads this computer saw; the { $linked } changes it took from this computer are recorded in it, each linked to its event in this computer's trail.
cli-synced = Sync: { $pushed } sent, { $pulled } brought from the hub, { $refused } refused.
cli-hub-signed-out = The hub refused { $name }'s token (revoked): { $name } must connect again (diwan connect); what they did here waits for them.
cli-passphrase-prompt = Passphrase:
cli-passphrase-new-prompt = New passphrase:
cli-passphrase-again-prompt = The new passphrase again:
cli-backup-daily-taken = Today's backup: { $path } (checked).
cli-backup-daily-already = Today's backup is already there.
cli-backup-daily-removed = Removed the old backup { $path }.
cli-encrypt-done = The database is encrypted. The clear copy is kept at { $aside }: check the encrypted one, then delete it (README, "Security"). Give everyone else a one-time passphrase: it makes their own key slot.
cli-demo-progress = Generating
cli-verify-progress = Verifying the audit trail
cli-export-progress = Exporting
cli-backup-progress = Copying
cli-import-progress = Importing
cli-copying-progress = Saving a copy before the update
cli-upgrading-progress = Updating the database
cli-database-upgraded = This database came from an older Diwan: updated from schema { $from } to { $to }. The copy from before: { $backup }
cli-demo-trail = Audit trail: { $events ->
    [one] { $events } event
   *[other] { $events } events
}.
cli-demo-done = Demo data added — missions: { $missions }, accounts: { $accounts }, people: { $users }, posts: { $posts }.
cli-done = Done.
cli-tm-imported = { $added } pairs added to the translation memory ({ $known } already there).
cli-glossary-imported = Glossary: { $added } terms added, { $updated } updated.
cli-usage-invalid-utf8 = An argument is not valid text (invalid UTF-8): check how it was typed or pasted.
cli-usage-unknown-argument = “{ $argument }” is not an option of this command.
cli-usage-unknown-command = “{ $argument }” is not a diwan command.
cli-usage-missing-argument = Something is missing: { $argument }.
cli-usage-missing-command = Say what to do: a command is missing.
cli-usage-invalid-value = “{ $value }” is not a valid value for { $argument }.
cli-usage-other = The command line was not understood: { $detail }
cli-usage-hint = Run “diwan --help” to see the commands and their options.
cli-verify-ok = The audit trail is intact: { $count ->
    [one] { $count } event
   *[other] { $count } events
} checked.
cli-backup-done = Copied the database to { $path } and checked the copy: whole, audit trail intact ({ $count ->
    [one] one event
   *[other] { $count } events
}).
cli-restore-done = Restored the database from { $path }; the database it replaced is kept at { $aside }.
error-store-copy-damaged = The copy { $path } cannot be trusted ({ $detail }); nothing was changed.
error-store-copy-failed = Could not write { $path }: { $detail }.
error-store-wrong-key = The key does not open this database: it is damaged, or its key file belongs to another one.
error-store-key-file = The key file { $path } cannot be read ({ $detail }). Without it an encrypted database cannot be opened: restore it from a backup of the key file.
error-store-no-randomness = The system gave no random bytes; nothing was changed.
error-store-in-use = { $path } is open in Diwan: close the app (and any other Diwan command) first.

## Audit trail

audit-break-edited = The audit trail is broken: event { $seq } was changed after it was written.
audit-break-missing = The audit trail is broken: events before { $seq } are missing (expected { $expected }).
audit-break-out-of-order = The audit trail is broken: event { $seq } is out of order (moved or inserted).
audit-break-truncated = The audit trail is broken: it ends at event { $last } but was recorded up to { $head }; later events were removed.
audit-verify = Verify the trail
audit-verifying = Verifying the trail
audit-verifying-count = { $done } of { $total } events checked
audit-verify-stopped = Verification stopped before the end, as you asked: nothing was judged. Run it again to check the whole trail.
audit-intact = { $count ->
    [one] The trail is intact: one event, each chained to the one before.
   *[other] The trail is intact: { $count } events, each chained to the one before.
}
audit-filter-post = Post number
audit-filter-user = Person
audit-filter-action = Action
audit-filter-from = From
audit-filter-to = To
audit-count = { $count ->
    [0] No event
    [one] One event
   *[other] { $count } events
}
audit-when = When
audit-who = Who
audit-what = What
audit-subject = On
audit-detail = Detail
audit-action-post-created = Post created
audit-action-post-edited = Post edited
audit-action-post-submitted = Handed on
audit-action-post-approved = Approved
audit-action-post-fast-tracked = Fast-tracked
audit-action-post-rejected = Rejected
audit-action-post-scheduled = Scheduled
audit-action-post-published = Published
audit-action-post-approval-withdrawn = Approval withdrawn by an edit
audit-action-post-reopened = Reopened
audit-action-account-added = Account added
audit-action-account-verified = Account verified
audit-action-account-verification-revoked = Account verification revoked
audit-action-user-added = Person added
audit-action-user-role-granted = Role granted
audit-action-comment-added = Comment added
audit-action-comment-resolved = Comment resolved
audit-action-media-attached = Image attached
audit-action-media-alt-set = Alt text set
audit-action-media-removed = Image removed
audit-action-policy-set = Approval policy set
audit-action-crisis-declared = Crisis declared
audit-action-crisis-ended = Crisis ended
audit-action-post-paused = Post paused by a crisis
audit-action-post-pause-resolved = Paused post resolved
audit-action-template-saved = Template saved
audit-action-post-translated = Translation marked done
audit-action-glossary-term-added = Glossary term added
audit-action-glossary-term-changed = Glossary term changed
audit-action-glossary-term-removed = Glossary term removed
audit-action-glossary-imported = Glossary imported
audit-action-memory-imported = Translation memory imported
audit-action-xliff-imported = XLIFF file imported
audit-action-mission-digits-set = Mission's digits set
audit-action-demo-set-up = Sample data set up
audit-action-demo-generated = Sample data generated
audit-action-user-signed-in = Signed in
audit-action-user-sign-in-failed = Wrong passphrase given
audit-action-user-passphrase-changed = Passphrase changed
audit-action-user-passphrase-reset = One-time passphrase given
audit-action-user-first-administrator = First administrator set up
audit-action-settings-idle-lock-set = Idle lock changed
audit-action-settings-backup-days-set = Days of daily backups changed
audit-action-settings-home-country-set = Home country set
observance-layer-religious = Islamic observance
observance-layer-host = host country holiday
observance-layer-home = home country holiday
observance-national = national day
observance-layer-ministry = the ministry’s day
error-ministry-day-date = “{ $date }” is no day of the calendar: write MM-DD (every year) or YYYY-MM-DD (once).
error-ministry-day-kind = “{ $kind }” is no kind of day: international, anniversary or mourning.
error-ministry-day-name-missing = A day needs a name in at least one language.
error-ministry-day-name-too-long = A day’s name has at most { $max } characters.
cli-ministry-days-imported = { $count ->
    [one] One day
   *[other] { $count } days
} in the ministry’s list.
audit-action-ministry-days-imported = The ministry’s list of days replaced
audit-action-engagement-imported = Engagement figures imported
audit-action-blackout-marked = Blackout marked
audit-action-blackout-lifted = Blackout lifted
report-from = From
report-to = To
report-period-label = By
report-period-week = Week
report-period-month = Month
report-per-week = Posts per week
report-per-month = Posts per month
report-planned = Planned
report-approved = Approved
report-published = Published
report-total = All
report-dimension-label = Break down by
report-dimension-account = Account
report-dimension-platform = Platform
report-dimension-category = Category
report-dimension-language = Language
report-chart-periods = Posts planned, approved and published in each period; the table holds the same numbers.
report-chart-coverage = Posts with each language written and up to date; the figures are beside it.
report-coverage-title = Language coverage
report-coverage = { $posts ->
    [one] { $all } of { $posts } post in Arabic, French and English
   *[other] { $all } of { $posts } posts in Arabic, French and English
}
report-percent = { $percent }%
report-approval-title = From draft to approval
report-approval-hours = Median { $median } h, 90th percentile { $p90 } h ({ $posts ->
    [one] { $posts } approved post
   *[other] { $posts } approved posts
})
report-approval-none = No post of these days is approved yet.
report-overdue-title = Overdue approvals
report-overdue = { $count ->
    [0] No overdue approval.
    [one] One post is past its hour without an approval.
   *[other] { $count } posts are past their hour without an approval.
}
report-engagement-title = Reach and engagement
report-reach = Reach
report-engagement = Engagement
report-post = Post
report-language = Language
report-posts = Posts
report-engagement-none = No figures yet: import an export from X, Facebook, Instagram or LinkedIn.
report-import = Import an engagement export…
report-imported = { $platform }: published posts matched: { $matched }; rows matching none of this mission’s published posts: { $unmatched }.
report-export-csv = Export as CSV…
report-export-dialog = Save the report as CSV
report-saved = Saved to { $path }
observance-islamic-new-year = Islamic New Year
observance-ashura = Ashura
observance-mawlid = Mawlid (the Prophet’s birthday)
observance-ramadan-start = First day of Ramadan
observance-eid-al-fitr = Eid al-Fitr
observance-day-of-arafah = Day of Arafah
observance-eid-al-adha = Eid al-Adha
audit-action-database-encrypted = Database encrypted
audit-action-user-role-revoked = Role taken away
audit-action-device-signed-in = Device signed in to the hub
audit-action-device-revoked = Device revoked
audit-action-mission-added = Mission added
audit-action-hub-connected = Connected to the team hub
audit-action-post-pulled = Brought from the team hub
audit-action-post-change-refused = Change refused by the team hub
audit-action-post-change-dropped = Refused change dropped

## Errors: accounts, people, posts, time

error-account-handle-invalid = “{ $handle }” is not a valid account name.
error-account-no-language = An account needs at least one language.
error-account-limit-not-per-account = { $platform } sets one limit for every account; an account cannot have its own.
error-account-limit-zero = A limit of zero would refuse every post.
error-account-evidence-missing = Say what shows the account is verified (a link, a ticket number, a screenshot).
error-account-not-in-mission = Account { $id } is not an active account of mission { $mission }.
error-platform-unknown = “{ $platform }” is not a platform Diwan knows. Platforms: { $valid }.
error-user-name-invalid = “{ $name }” is not a valid user name: use lower-case letters, digits, “.”, “_” or “-”.
error-user-role-unknown = “{ $role }” is not a role: use drafter, translator, supervisor or admin.
error-sign-in-wrong = Wrong name or passphrase.
error-sign-in-wait = { $seconds ->
    [one] Too many wrong passphrases: wait { $seconds } second before trying again.
   *[other] Too many wrong passphrases: wait { $seconds } seconds before trying again.
}
error-sign-in-no-passphrase = { $name } has no passphrase yet: an administrator gives a one-time passphrase first.
error-sign-in-must-change = Choose your own passphrase first: the one you signed in with was for one time only.
error-sign-in-needed = Sign in first.
error-sign-in-locked = Diwan is locked: give your passphrase to go on.
error-sign-in-set-up-already = The first administrator exists already: sign in, or ask an administrator.
error-passphrase-too-short = A passphrase needs at least { $min } characters: a few words make a good one.
error-passphrase-too-long = A passphrase may have at most { $max } characters.
error-passphrase-has-name = A passphrase must not contain the login name.
error-passphrase-unchanged = The new passphrase is the same as the old one.
error-passphrase-not-admin = Only an administrator of the person's mission may do this.
error-idle-minutes-invalid = Lock after 1 to { $max } idle minutes.
error-link-invalid = “{ $link }” is not a web address.
error-link-scheme = Only web links (http, https) open from Diwan, not “{ $scheme }:” links.
error-link-credentials = “{ $link }” hides where it goes behind a name or password before the @: it is not opened.
error-sign-in-encrypted = This database is encrypted: sign in to open it (on the command line: --as NAME, the passphrase from DIWAN_PASSPHRASE or asked).
error-sign-in-encrypted-already = This database is encrypted already.
error-backup-days-invalid = Keep daily backups for 1 to { $max } days.
error-user-not-found = There is nobody called { $name }.
error-not-found = No { $kind } { $id } exists.
error-exists = { $kind } { $id } already exists.
error-io = Cannot write { $path }: { $detail }
error-comment-empty = The comment is empty.
error-comment-too-long = A comment is at most { $max } characters.
error-template-name-invalid = A template needs a name of at most 100 characters.
error-template-empty = The template is empty.
error-template-too-long = A template is at most { $max } characters.
error-media-not-image = This file is not a PNG, JPEG, GIF or WebP image.
error-media-too-large = Images are limited to { $max } MB.
error-media-alt-too-long = Alt text is at most { $max } characters.
error-post-not-found = There is no post { $id }.
error-post-state-unknown = “{ $state }” is not a state of a post. States: { $valid }.
error-calendar-language-unknown = Mission { $mission } does not post in “{ $language }”. Its languages: { $valid }.
error-calendar-account-unknown = Mission { $mission } has no account { $id }. Its accounts: { $valid }.
error-post-over-limit = The { $language } text is { $length } long as { $platform } counts it, over the limit of { $limit } for account @{ $handle } ({ $account }). Shorten it first.
error-post-over-bytes = The { $language } text takes { $length } bytes on { $platform }, over the { $limit } allowed for account @{ $handle } ({ $account }).
error-post-too-many-hashtags = The { $language } text has { $length } hashtags, more than the { $limit } that { $platform } allows for account @{ $handle } ({ $account }).
error-post-invalid-characters = The { $language } text contains characters that { $platform } refuses (account @{ $handle }, { $account }).
error-post-target-unknown = Account { $account } of this post could not be found, so its limits cannot be checked.
error-post-category-unknown = “{ $category }” is not a category. Categories: { $valid }.
error-post-no-targets = A post needs at least one account to go out on.
error-post-text-empty = The text is empty.
error-post-language-missing = This post has no { $language } version.
error-post-transition = A post that is { $state ->
    [draft] a draft
    [in-translation] in translation
    [in-review] in review
    [approved] approved
    [scheduled] scheduled
    [published] published
   *[rejected] rejected
} cannot be { $action ->
    [submit] submitted
    [approve] approved
    [reject] rejected
    [schedule] scheduled
   *[publish] published
}.
error-post-translations-incomplete = Translations are missing or out of date: { $languages }.
error-post-published = A published post cannot be changed.
error-post-role-missing = This needs the { $role ->
    [drafter] drafter
    [translator] translator
    [supervisor] supervisor
   *[admin] administrator
} role at { $mission }.
error-post-four-eyes = Nobody approves or rejects a post they wrote or translated: ask another supervisor.
error-post-no-policy = No approval policy covers { $category } posts, so none can be approved.
error-post-not-approver = You are not an approver for this step of this post.
error-post-already-approved = You have already approved this post; the next step needs someone else.
error-post-no-fast-track = { $category } posts cannot be fast-tracked by you.
error-post-reason-missing = Say why the post is rejected.
error-post-approval-stale = The approval no longer matches the post's content; it must be approved again.
error-post-url-invalid = “{ $url }” is not a web address (https://…).
error-time-skipped = { $time } does not exist in { $zone }: the clocks skip it. Choose another time.
error-time-range-reversed = The range ends before it starts.
error-time-unparsable = “{ $input }” is not a valid date or time (YYYY-MM-DD or YYYY-MM-DD HH:MM).
error-post-source-not-translated = The { $language } text is the source: only translations are marked done.
error-post-media-missing = Image { $media } is not attached to this post (any more).
error-export-extension = “{ $path }” does not end in .{ $extension }: choose a file name with that extension.
error-post-paused = This post is paused by crisis { $crisis }: it cannot be scheduled or published until the crisis ends.
error-post-not-paused = This post is not paused by that crisis.
error-crisis-no-missions = Choose at least one mission for the crisis.
error-crisis-window-reversed = The crisis window ends before it starts.
error-crisis-window-too-long = A crisis window is at most { $days } days; declare another one if it goes on.
error-crisis-reason-missing = Say why: the reason is kept in the audit trail and shown to everyone.
error-blackout-role = Only a supervisor or an administrator of { $mission } marks or lifts its blackouts.
error-blackout-reversed = The last day comes before the first.
error-blackout-too-long = A blackout covers at most { $days } days; mark another one if it goes on.
error-blackout-reason-missing = Say why (a national mourning, an election silence): everyone planning posts sees it.
error-blackout-reason-too-long = Keep the reason to { $max } characters.
error-crisis-ended = This crisis has already ended.
error-policy-spec-invalid = “{ $spec }” is not an approval step: write a role (supervisor), any:NAME,NAME (one of these people) or all:NAME,NAME (each of them).
error-policy-no-steps = A policy needs at least one step; without one, nothing in the category could be approved.
error-policy-no-names = A step that names people needs at least one name.
error-policy-admin-approves = Administrators set policies up; they do not approve posts.
error-policy-all-of-role = “Every { $role }” changes as people come and go: name the people instead.
error-post-qa-failed = { $count ->
    [one] One quality check failed
   *[other] { $count } quality checks failed
}: correct the translation, or override with a comment that says why.
error-glossary-term-empty = A glossary term needs at least its Arabic, French or English form.
error-glossary-form-invalid = “{ $form }” cannot be a glossary form: one line of at most { $max } characters.
error-import-malformed = The { $format } file cannot be read at line { $line }: { $detail }. Nothing was imported.
error-import-wrong-document = This is not a { $format } file (line { $line }: { $detail }). Nothing was imported.
error-import-unit-incomplete = Line { $line } of the { $format } file: a unit has no text in its source language ({ $detail }). Nothing was imported.
error-import-language-invalid = Line { $line } of the { $format } file: “{ $detail }” is not a language code. Nothing was imported.
error-import-date-invalid = Line { $line } of the { $format } file: “{ $detail }” is not a date such as 20261201T090000Z. Nothing was imported.
error-import-header-invalid = The first line of the { $format } file must name the columns { $detail }. Nothing was imported.
error-import-record-invalid = Line { $line } of the { $format } file is refused: “{ $detail }” is not valid there. Nothing was imported.
error-filter-invalid = “{ $value }” is not one of: { $valid }.
error-import-schema-invalid = The { $format } file does not follow its schema at line { $line }: { $detail }. Nothing was imported.
error-import-unknown-unit = The { $format } file names { $detail }, which is not a post of this mission that Diwan exported. Nothing was imported.
error-import-source-changed = The source of { $detail } changed since the { $format } file was exported: export it again. Nothing was imported.
error-import-language-mismatch = The languages of the { $format } file do not match { $detail }. Nothing was imported.
error-import-unknown-export = This file is not an engagement export Diwan knows. Diwan reads: { $detail }. Nothing was imported.
cli-xliff-imported = { $written } translations written: { $done } marked done, { $drafts } left as drafts.
qa-links = The link { $detail } of the source is missing.
qa-hashtags = The hashtag #{ $detail } of the source is missing.
qa-mentions = The mention @{ $detail } of the source is missing.
qa-numbers = The number { $detail } of the source is missing or different.
qa-glossary = The glossary requires “{ $detail }” in this translation.
qa-limit = Too long for { $detail }.
qa-same-as-source = The translation is the same as the source.
qa-french-spacing = Character { $position }: “{ $detail }” needs a no-break space (French typography).
qa-arabic-punctuation = Character { $position }: use Arabic punctuation ({ $detail }).
qa-tatweel = Character { $position }: a tatweel (ـ) stretches the word; remove it.
qa-bidi-controls = Character { $position }: an invisible direction mark ({ $detail }) was pasted in; remove it.
qa-digits = Character { $position }: the mission writes Arabic with other digits than “{ $detail }”.
qa-language = Character { $position }: this sentence reads as { $found ->
        [ar] Arabic
        [fr] French
       *[en] English
    }, not in the language declared for this text: “{ $detail }”
