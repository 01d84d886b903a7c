// Generated from the Rust DTOs in crates/diwan-api/src/dto.rs: do not edit.
// Regenerate with `make bindings`; a test fails when this file is stale.

export type AppInfoDto = { version: string, schemaVersion: number, databasePath: string | null, };

export type AccountDto = { id: number, mission: string, platform: PlatformName, handle: string, languages: Array<string>, 
/**
 * `unverified`, `verified` or `revoked`.
 */
verification: string, verifiedOn: string | null, verificationEvidence: string | null, active: boolean, limitOverride: number | null, };

export type PostStateName = "draft" | "in-translation" | "in-review" | "approved" | "scheduled" | "published" | "rejected";

export type CategoryName = "announcement" | "protocol" | "national-occasion" | "culture" | "consular" | "economy" | "crisis" | "counter-disinformation" | "interactive-session";

export type PlatformName = "x" | "facebook" | "instagram" | "linkedin" | "threads" | "bluesky" | "mastodon" | "telegram" | "weibo" | "youtube";

export type RoleName = "drafter" | "translator" | "supervisor" | "admin";

export type WorkspaceName = "desk" | "translation" | "approvals" | "audit" | "reports" | "settings";

export type DigitsName = "latin" | "arabic-indic";

export type MissionKindName = "ministry" | "embassy" | "consulate" | "permanent-representation";

export type LayerName = "religious" | "host" | "home" | "ministry";

export type VariantStateName = "missing" | "draft" | "translated" | "stale" | "approved";

export type TranslationNeedName = "missing" | "draft" | "stale" | "sent-back";

export type QaCheckName = "links" | "hashtags" | "mentions" | "numbers" | "glossary" | "limit" | "same-as-source" | "french-spacing" | "arabic-punctuation" | "tatweel" | "bidi-controls" | "digits" | "language";

export type QueueFilterDto = { mission: string | null, language: string | null, category: string | null, 
/**
 * `YYYY-MM-DD`: only items due on or before that local day of their mission.
 */
dueBy: string | null, };

export type QueueItemDto = { post: number, mission: string, language: string, need: TranslationNeedName, category: CategoryName, 
/**
 * When the post goes out: RFC 3339 in the mission's zone.
 */
localTime: string, utc: string, overdue: boolean, sourceLanguage: string, 
/**
 * The start of the source text.
 */
preview: string, };

export type TranslationQueueDto = { items: Array<QueueItemDto>, 
/**
 * More posts were waiting than one look reads; the soonest are shown.
 */
truncated: boolean, };

export type DiffChangeDto = "same" | "removed" | "added";

export type DiffPartDto = { change: DiffChangeDto, text: string, };

export type MemoryMatchDto = { source: string, target: string, 
/**
 * 100: the same text; 99: the same once folded; below: fuzzy.
 */
score: number, 
/**
 * From the segment being translated to the remembered source.
 */
diff: Array<DiffPartDto>, author: string, at: string, };

export type SegmentMatchesDto = { segment: string, matches: Array<MemoryMatchDto>, };

export type GlossaryHitDto = { term: number, source: string, 
/**
 * The required form in the target language (the source form itself
 * for a term that is not translated); none when the glossary has none.
 */
target: string | null, note: string | null, doNotTranslate: boolean, };

export type QaIssueDto = { check: QaCheckName, message: ErrorDto, position: number | null, };

export type QaOverrideDto = { checks: Array<QaCheckName>, reason: string, by: string, at: string, };

export type TranslationItemDto = { post: PostDto, language: string, sourceLanguage: string, source: string, target: string, state: VariantStateName, need: TranslationNeedName | null, 
/**
 * What changed in the source since the translation was last done, word
 * by word; none when it has not changed (or was never done).
 */
sourceChanges: Array<DiffPartDto> | null, memory: Array<SegmentMatchesDto>, glossary: Array<GlossaryHitDto>, 
/**
 * The checks as the target stands now.
 */
checks: Array<QaIssueDto>, qaOverride: QaOverrideDto | null, 
/**
 * Whether the viewer translates this language at this mission.
 */
canTranslate: boolean, };

export type MemoryHitDto = { source: string, target: string, score: number, };

export type TermDto = { id: number | null, ar: string, fr: string, en: string, note: string | null, doNotTranslate: boolean, };

export type ImportReportDto = { added: number, updated: number, };

export type XliffImportDto = { 
/**
 * Translations written.
 */
written: number, 
/**
 * Of those, marked done (the tool said translated and the checks passed).
 */
done: number, 
/**
 * Of those, left as drafts: their checks failed, or the tool had not finished them.
 */
drafts: number, };

export type ReviewItemDto = { post: number, mission: string, category: CategoryName, 
/**
 * When it goes out: RFC 3339 in the mission's zone.
 */
localTime: string, utc: string, overdue: boolean, crisisPriority: boolean, sourceLanguage: string, 
/**
 * The start of the source text.
 */
preview: string, 
/**
 * Every language it goes out in.
 */
languages: Array<string>, approvals: Array<ApprovalDto>, 
/**
 * The policy's steps, the one waiting (from 1; none when all are done)
 * and how many approvals it still needs.
 */
steps: number, currentStep: number | null, stillNeeded: number, 
/**
 * Whether the viewer may approve it now, or why not (the core's reason).
 */
canApprove: AbilityDto, 
/**
 * Languages whose translator overrode quality checks (to look at first).
 */
overridden: Array<string>, };

export type ReviewQueueDto = { items: Array<ReviewItemDto>, 
/**
 * More posts were waiting than one look reads; the first are shown.
 */
truncated: boolean, };

export type ChangesSinceDto = { 
/**
 * When they last looked, RFC 3339 UTC.
 */
seenAt: string, 
/**
 * Each language whose text changed, word by word.
 */
texts: Array<LanguageDiffDto>, 
/**
 * The time it was to go out then, on the mission's clock, if it moved.
 */
movedFrom: string | null, };

export type LanguageDiffDto = { language: string, diff: Array<DiffPartDto>, };

export type ApprovalOutcomeDto = { post: number, state: PostStateName | null, error: ErrorDto | null, };

export type AuditFilterDto = { post: number | null, 
/**
 * A person's name.
 */
user: string | null, 
/**
 * An action's stored name, e.g. `post.approved`.
 */
action: string | null, 
/**
 * `YYYY-MM-DD` (UTC), first and last day.
 */
from: string | null, to: string | null, };

export type AuditEventDto = { seq: number, 
/**
 * RFC 3339, UTC.
 */
at: string, actor: string, action: string, 
/**
 * What it happened to, e.g. `post:42`.
 */
subject: string, detail: string, };

export type AuditLogDto = { events: Array<AuditEventDto>, 
/**
 * More matched than one look shows; narrow the search.
 */
truncated: boolean, };

export type ProgressDto = { done: number, total: number, };

export type UpgradeStageName = "copying" | "upgrading";

export type UpgradeDto = { stage: UpgradeStageName, done: number, total: number, };

export type UpgradedDto = { from: number, to: number, backup: string | null, };

export type SyncReportDto = { pushed: number, pulled: number, refused: number, 
/**
 * People whose token the hub refused (revoked): no longer connected
 * here until they connect again; what they did waits for them.
 */
signedOut: Array<string>, };

export type HubStatusDto = { url: string | null, people: Array<string>, 
/**
 * Changes made here that the hub has not taken yet.
 */
waiting: number, 
/**
 * Changes the hub refused, kept here until their authors redo or drop them.
 */
refused: number, };

export type ObservanceDto = { 
/**
 * The day, `YYYY-MM-DD`.
 */
date: string, 
/**
 * The layer it belongs to: `religious` (Islamic observances, Umm
 * al-Qura), `host` (the host country's public holidays) or `home`
 * (the ministry's home country's).
 */
layer: string, 
/**
 * For a religious observance, its key (`eid-al-fitr`…), named by the
 * interface (`observance-<key>`); none for a holiday, named by `names`.
 */
key: string | null, 
/**
 * A holiday's name in the three languages, from the holidays data.
 */
names: NamesDto | null, 
/**
 * A country's national day.
 */
national: boolean, 
/**
 * The country of a holiday (ISO 3166-1 alpha-2).
 */
country: string | null, 
/**
 * The day in the Hijri calendar (Umm al-Qura), `YYYY-MM-DD`.
 */
hijri: string, 
/**
 * For a day of the ministry's own list: `international`,
 * `anniversary` or `mourning`.
 */
kind: string | null, };

export type ObservancesDto = { mission: string, hostCountry: string, 
/**
 * The ministry's home country, once an administrator has set it.
 */
homeCountry: string | null, observances: Array<ObservanceDto>, };

export type HijriDayDto = { 
/**
 * The Gregorian day, `YYYY-MM-DD`.
 */
date: string, year: number, 
/**
 * 1 (Muharram) to 12 (Dhu al-Hijja).
 */
month: number, day: number, };

export type MinistryDayDto = { 
/**
 * `MM-DD` every year, `YYYY-MM-DD` once.
 */
date: string, 
/**
 * `international`, `anniversary` or `mourning`.
 */
kind: string, 
/**
 * Its name in the three languages (a missing one shows the first given).
 */
names: NamesDto, };

export type ReportRequestDto = { mission: string, from: string, to: string, period: string, };

export type CountsDto = { planned: number, approved: number, published: number, };

export type PeriodDto = { start: string, name: string, };

export type BreakdownRowDto = { 
/**
 * `@handle`, a platform, a category or a language code.
 */
key: string, periods: Array<CountsDto>, total: CountsDto, };

export type BreakdownDto = { dimension: string, rows: Array<BreakdownRowDto>, };

export type LanguageShareDto = { language: string, posts: number, };

export type CoverageDto = { posts: number, allThree: number, byLanguage: Array<LanguageShareDto>, };

export type ApprovalTimesDto = { posts: number, medianSeconds: number, p90Seconds: number, 
/**
 * The same in whole hours, as reports show them (half an hour up).
 */
medianHours: number, p90Hours: number, };

export type ReportPostDto = { id: number, 
/**
 * Its hour in the mission's zone, `YYYY-MM-DDTHH:MM`.
 */
at: string, 
/**
 * The start of its source text.
 */
title: string, state: PostStateName, sourceLanguage: string, };

export type EngagementPostDto = { post: ReportPostDto, reach: number, engagement: number, };

export type EngagementLanguageDto = { language: string, posts: number, reach: number, engagement: number, };

export type ReportDto = { mission: string, from: string, to: string, period: string, periods: Array<PeriodDto>, 
/**
 * Every post of the mission, per period.
 */
totals: Array<CountsDto>, total: CountsDto, breakdowns: Array<BreakdownDto>, coverage: CoverageDto, 
/**
 * None when no post of the span is approved.
 */
approvalTimes: ApprovalTimesDto | null, 
/**
 * Posts whose hour passed without an approval, soonest first.
 */
overdue: Array<ReportPostDto>, 
/**
 * Published posts with figures, the most reached first.
 */
engagement: Array<EngagementPostDto>, engagementByLanguage: Array<EngagementLanguageDto>, };

export type EngagementImportDto = { 
/**
 * The platform whose export it was.
 */
platform: string, 
/**
 * Rows with a post's address.
 */
rows: number, 
/**
 * Published posts of the mission given figures.
 */
matched: number, 
/**
 * Rows whose address is no published post of the mission.
 */
unmatched: number, 
/**
 * The first of those addresses.
 */
unmatchedUrls: Array<string>, };

export type RefusedChangeDto = { key: string, 
/**
 * This desktop's number of the post, if it is here.
 */
post: number | null, 
/**
 * The post's source text now (a glimpse, to know which post it is).
 */
postText: string, actor: string, 
/**
 * `create`, `edit-text`, `reschedule`, `retarget`, `submit`,
 * `mark-translated`, `approve`, `reject`, `schedule`, `publish`.
 */
kind: string, 
/**
 * The language of an edited or translated text.
 */
language: string | null, 
/**
 * What its author wrote: the text, the rejection reason, the new time
 * (RFC 3339), the published URL.
 */
text: string | null, 
/**
 * Why the hub refused it (a message id of this desktop, with its arguments).
 */
reason: ErrorDto, 
/**
 * Someone else changed the post meanwhile (else the post's rules refused it).
 */
conflict: boolean, 
/**
 * Whether doing it again on the post as it is now makes sense (not for a refused creation).
 */
canRedo: boolean, madeAt: string, refusedAt: string, };

export type PolicyDto = { category: CategoryName, 
/**
 * In order; empty: no policy, so nothing in the category can be approved.
 */
steps: Array<string>, 
/**
 * Who may approve every remaining step at once; none: nobody.
 */
fastTrack: string | null, updatedBy: string | null, 
/**
 * RFC 3339, UTC.
 */
updatedAt: string | null, };

export type ResolutionName = "resume" | "reschedule" | "to-draft";

export type CrisisDto = { id: number, missions: Array<string>, 
/**
 * The window, RFC 3339 UTC: `[from, to)`.
 */
from: string, to: string, 
/**
 * The window on the clock of the mission first in code order (RFC
 * 3339 with its offset), the clock it was declared on.
 */
localFrom: string, localTo: string, reason: string, declaredBy: string, declaredAt: string, endedBy: string | null, endedAt: string | null, 
/**
 * The posts still paused by it, soonest first.
 */
paused: Array<PausedPostDto>, };

export type PausedPostDto = { post: number, mission: string, 
/**
 * RFC 3339 in the mission's zone.
 */
localTime: string, category: CategoryName, state: PostStateName, sourceLanguage: string, preview: string, };

export type NewCrisisDto = { missions: Array<string>, from: string, to: string, reason: string, };

export type EndCrisisDto = { resolution: ResolutionName, posts: Array<PostResolutionDto>, };

export type PostResolutionDto = { post: number, resolution: ResolutionName, };

export type PolicyInputDto = { category: string, steps: Array<string>, fastTrack: string | null, };

export type VocabularyDto = { postStates: Array<PostStateName>, categories: Array<CategoryName>, platforms: Array<PlatformName>, roles: Array<RoleName>, 
/**
 * The roles an approval step or fast track may name, the usual one first.
 */
approverRoles: Array<RoleName>, 
/**
 * What may become of a paused post when its crisis ends, the usual first.
 */
resolutions: Array<ResolutionName>, workspaces: Array<WorkspaceName>, 
/**
 * Every audit action's stored name (`post.approved`, ...), for the audit view's filter.
 */
auditActions: Array<string>, 
/**
 * The kinds of mission, the usual one first.
 */
missionKinds: Array<MissionKindName>, 
/**
 * The layers of the world's calendar, each toggled on its own.
 */
layers: Array<LayerName>, };

export type PlaceDto = { workspace: WorkspaceName, mission: string | null, };

export type PreferencesDto = { 
/**
 * The digits of the Arabic interface.
 */
digits: DigitsName, 
/**
 * Whether the calendar and the composer show Hijri dates; `None` until
 * chosen (the interface shows them in Arabic, not in French or English).
 */
hijriDates: boolean | null, 
/**
 * Whether fields where text is written are spell-checked.
 */
spellCheck: boolean, 
/**
 * The layers of the calendar the person hid (`religious`, `host`,
 * `home`, `ministry`); a name that is no layer is left out.
 */
hiddenLayers: Array<string>, };

export type SessionDto = { 
/**
 * Nobody has a passphrase yet: the first administrator must be made.
 */
setUpNeeded: boolean, user: string | null, displayName: string | null, 
/**
 * Signed in with a one-time passphrase that must be changed first.
 */
mustChange: boolean, locked: boolean, idleLockMinutes: number, 
/**
 * The database is encrypted (SQLCipher); administrators may encrypt one in clear.
 */
encrypted: boolean, };

export type BackupSettingsDto = { 
/**
 * How many days of daily copies are kept.
 */
days: number, 
/**
 * Where they are (none for a database in memory).
 */
folder: string | null, 
/**
 * The newest day there is a copy of, as YYYY-MM-DD.
 */
newest: string | null, };

export type LinkDto = { href: string, host: string, };

export type DueDto = { 
/**
 * The moment asked about (RFC 3339, UTC).
 */
at: string, due: Array<DuePostDto>, overdue: Array<DuePostDto>, held: Array<HeldPostDto>, };

export type DuePostDto = { post: number, mission: string, 
/**
 * The post's hour in the mission's zone (RFC 3339 with its offset).
 */
localTime: string, 
/**
 * Who is reminded: whoever scheduled it, else its drafter.
 */
reminded: string, texts: Array<DueTextDto>, media: Array<DueMediaDto>, };

export type DueTextDto = { account: number, handle: string, platform: PlatformName, language: string, text: string, 
/**
 * The platform's own page for writing a post, if it has one.
 */
composePage: string | null, };

export type DueMediaDto = { path: string, fileName: string, alt: { [key in string]: string }, };

export type HeldPostDto = { post: number, mission: string, localTime: string, reminded: string, 
/**
 * "crisis" (paused by one) or "approval-withdrawn" (edited since).
 */
reason: string, };

export type UserDto = { name: string, displayName: string, roles: Array<RoleDto>, 
/**
 * Whether they may edit the ministry's templates, as the core decided.
 */
canEditTemplates: boolean, 
/**
 * Whether they may edit the ministry's glossary, as the core decided.
 */
canEditGlossary: boolean, 
/**
 * Whether they may change approval policies, as the core decided.
 */
canEditPolicies: boolean, };

export type RoleDto = { mission: string, role: RoleName, };

export type CommentDto = { id: number, post: number, language: string | null, author: string, body: string, createdAt: string, resolvedBy: string | null, };

export type TemplateDto = { id: number, category: CategoryName, language: string, name: string, body: string, };

export type MediaDto = { id: number, post: number, 
/**
 * Hex SHA-256 of the file, which names it in the media folder.
 */
contentHash: string, fileName: string, mediaType: string, 
/**
 * Alt text by language code.
 */
alt: { [key in string]: string }, };

export type NewAccountDto = { mission: string, platform: string, handle: string, languages: Array<string>, limitOverride: number | null, };

export type NewPostDto = { mission: string, accounts: Array<number>, category: string, sourceLanguage: string, 
/**
 * Extra languages; the target accounts' languages are added anyway.
 */
languages: Array<string>, 
/**
 * `YYYY-MM-DD HH:MM` in the mission's time zone.
 */
localTime: string, text: string, note: string | null, crisisPriority: boolean, 
/**
 * The template the text was written from, if it was.
 */
template?: number, };

export type PostEditDto = { 
/**
 * With `text`: which language's text to write (default: the source).
 */
language: string | null, text: string | null, localTime: string | null, accounts: Array<number> | null, 
/**
 * With `text`: the template it was written from.
 */
template?: number, };

export type VariantDto = { language: string, text: string, state: VariantStateName, 
/**
 * The source as it was when this translation was last marked done.
 */
sourceSeen?: string, 
/**
 * The checks its translator overrode, and why.
 */
qaOverride?: QaOverrideDto, };

export type ApprovalDto = { user: string, step: number, at: string, fastTrack: boolean, };

export type WarningDto = { "kind": "conflict", account: number, post: number, minutes: number, } | { "kind": "blackout", reason: string, start: string, end: string, } | { "kind": "duplicate", account: number, post: number, } | { "kind": "overdue" } | { "kind": "nationalDay", country: string, names: NamesDto, } | { "kind": "mourningDay", names: NamesDto, } | { "kind": "celebratoryInCrisis", template: string, reason: string, };

export type AbilityDto = { allowed: boolean, reason: ErrorDto | null, };

export type PostAbilitiesDto = { edit: AbilityDto, reschedule: AbilityDto, submit: AbilityDto, approve: AbilityDto, fastTrack: AbilityDto, reject: AbilityDto, schedule: AbilityDto, publish: AbilityDto, };

export type PostDto = { id: number, mission: string, timeZone: string, 
/**
 * RFC 3339 in the mission's zone, e.g. `2026-12-01T10:00:00+01:00`.
 */
localTime: string, utc: string, accounts: Array<number>, category: CategoryName, sourceLanguage: string, state: PostStateName, publishedUrl: string | null, rejectionReason: string | null, note: string | null, crisisPriority: boolean, drafter: string, variants: Array<VariantDto>, approvals: Array<ApprovalDto>, 
/**
 * Hex SHA-256 of everything that goes out.
 */
contentHash: string, approvedContentHash: string | null, 
/**
 * The crisis holding the post back, if one is.
 */
pausedBy: number | null, warnings: Array<WarningDto>, 
/**
 * What the person viewing it may do now, as the core decided; absent
 * when nobody is viewing (the export, `diwan post show` without `--as`).
 */
can?: PostAbilitiesDto, };

export type CalendarPostDto = { id: number, mission: string, localTime: string, utc: string, category: CategoryName, state: PostStateName, sourceLanguage: string, crisisPriority: boolean, 
/**
 * The post's text in `previewLanguage`, cut for the grid.
 */
preview: string, 
/**
 * The interface language where the post has an up-to-date translation
 * in it, else the source language.
 */
previewLanguage: string, accounts: Array<number>, 
/**
 * `language:state` pairs, e.g. `fr:stale`.
 */
variants: Array<string>, overdue: boolean, 
/**
 * Whether the person viewing the calendar may move it (drag, Alt+arrow).
 */
canMove: boolean, 
/**
 * Held back by a crisis until it ends.
 */
paused: boolean, };

export type CalendarDto = { mission: string | null, timeZone: string, from: string, to: string, posts: Array<CalendarPostDto>, warnings: Array<CalendarWarningDto>, 
/**
 * Blackout periods overlapping the range, to shade on the grid.
 */
blackouts: Array<BlackoutDto>, 
/**
 * The mission's observances on the range's days (none without a
 * mission, or over more than a year and a little).
 */
observances: Array<ObservanceDto>, 
/**
 * Each day of the range in the Hijri calendar (none over more than a
 * year and a little): the interface writes them, the core dates them.
 */
hijri: Array<HijriDayDto>, };

export type CalendarWarningDto = { post: number, warning: WarningDto, };

export type BlackoutDto = { id: number, mission: string, 
/**
 * RFC 3339 in the mission's zone.
 */
start: string, end: string, 
/**
 * Its first and last local day (`YYYY-MM-DD`) in the mission's zone.
 */
firstDay: string, lastDay: string, reason: string, };

export type NewBlackoutDto = { mission: string, firstDay: string, lastDay: string, reason: string, };

export type CalendarRequestDto = { mission: string | null, 
/**
 * `YYYY-MM-DD`, first day shown.
 */
from: string, 
/**
 * `YYYY-MM-DD`, last day shown (inclusive).
 */
to: string, account: number | null, platform: string | null, language: string | null, state: string | null, category: string | null, 
/**
 * Show each post in this language where it has an up-to-date
 * translation (the interface language), else in its source.
 */
displayLanguage?: string, };

export type ScheduleFormat = "ics" | "csv";

export type ScheduleExportDto = { format: ScheduleFormat, mission: string, 
/**
 * `YYYY-MM-DD`, first and last local day.
 */
from: string, to: string, 
/**
 * Where to write; it must end in the format's extension.
 */
path: string, };

export type CountDto = { platform: string, length: number, limit: number, valid: boolean, problems: Array<string>, 
/**
 * How much of the text fits, in UTF-16 units (JavaScript string indices).
 */
fits: number, 
/**
 * Hashtags, mentions and links, in UTF-16 units, for highlighting.
 */
entities: Array<EntityDto>, };

export type EntityDto = { 
/**
 * `hashtag`, `mention` or `url`.
 */
kind: string, start: number, end: number, };

export type NamesDto = { ar: string, fr: string, en: string, };

export type MissionDto = { code: string, names: NamesDto, 
/**
 * One of `ministry`, `embassy`, `consulate`, `permanent-representation`.
 */
kind: string, 
/**
 * ISO 3166-1 alpha-2.
 */
hostCountry: string, 
/**
 * IANA time zone, e.g. `Europe/Paris`.
 */
timeZone: string, workingLanguages: Array<string>, 
/**
 * The digits the mission writes Arabic posts with, if it has chosen.
 */
arabicDigits: DigitsName | null, };

export type NewMissionDto = { code: string, names: NamesDto, kind: string, hostCountry: string, timeZone: string, workingLanguages: Array<string>, };

export type ArgDto = string | number;

export type ErrorDto = { code: string, args: { [key in string]: ArgDto }, };
