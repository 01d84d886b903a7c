// The commands of src-tauri/src/commands.rs (declared in command_names.rs),
// typed with the generated DTOs.
// A rejected promise carries an ErrorDto (a Fluent message id and its args).
import { Channel, invoke } from '@tauri-apps/api/core'

import type {
  AccountDto,
  AppInfoDto,
  BackupSettingsDto,
  LinkDto,
  ApprovalOutcomeDto,
  AuditFilterDto,
  AuditLogDto,
  CalendarDto,
  CalendarRequestDto,
  CommentDto,
  EngagementImportDto,
  HijriDayDto,
  MinistryDayDto,
  ReportDto,
  ReportRequestDto,
  MediaDto,
  ChangesSinceDto,
  CountDto,
  BlackoutDto,
  CrisisDto,
  EndCrisisDto,
  MissionDto,
  NewBlackoutDto,
  NewCrisisDto,
  NewMissionDto,
  NewPostDto,
  PlaceDto,
  PolicyDto,
  PolicyInputDto,
  PostDto,
  PostEditDto,
  PreferencesDto,
  ProgressDto,
  DueDto,
  QaIssueDto,
  QueueFilterDto,
  ReviewQueueDto,
  ScheduleExportDto,
  SessionDto,
  SyncReportDto,
  HubStatusDto,
  RefusedChangeDto,
  TermDto,
  TranslationItemDto,
  TranslationQueueDto,
  TemplateDto,
  UpgradeDto,
  UpgradedDto,
  UserDto,
  VocabularyDto,
} from './bindings'

export const api = {
  /** Answers once the database is open; `onUpgrade` hears how an older file's copy and upgrade go meanwhile. */
  databaseOpened: (onUpgrade: (upgrade: UpgradeDto) => void) => {
    const progress = new Channel<UpgradeDto>()
    progress.onmessage = onUpgrade
    return invoke<UpgradedDto | null>('database_opened', { progress })
  },
  appInfo: () => invoke<AppInfoDto>('app_info'),
  vocabulary: () => invoke<VocabularyDto>('vocabulary'),
  missions: () => invoke<MissionDto[]>('missions'),
  addSampleMission: () => invoke<MissionDto>('add_sample_mission'),
  createMission: (input: NewMissionDto) => invoke<MissionDto>('create_mission', { input }),
  uiLocale: () => invoke<string | null>('ui_locale'),
  setUiLocale: (locale: string) => invoke<null>('set_ui_locale', { locale }),
  users: () => invoke<UserDto[]>('users'),
  // Signing in: these work before anyone is signed in; every other command needs someone.
  session: () => invoke<SessionDto>('session'),
  signIn: (name: string, passphrase: string) => invoke<SessionDto>('sign_in', { name, passphrase }),
  signOut: () => invoke<SessionDto>('sign_out'),
  lock: () => invoke<SessionDto>('lock'),
  unlock: (passphrase: string) => invoke<SessionDto>('unlock', { passphrase }),
  changePassphrase: (old: string, next: string) => invoke<SessionDto>('change_passphrase', { old, new: next }),
  setUpFirstAdministrator: (name: string, displayName: string, passphrase: string) =>
    invoke<SessionDto>('set_up_first_administrator', { name, displayName, passphrase }),
  giveOneTimePassphrase: (name: string, passphrase: string) =>
    invoke<null>('give_one_time_passphrase', { name, passphrase }),
  setIdleLock: (minutes: number) => invoke<SessionDto>('set_idle_lock', { minutes }),
  backupSettings: () => invoke<BackupSettingsDto>('backup_settings'),
  setBackupDays: (days: number) => invoke<BackupSettingsDto>('set_backup_days', { days }),
  encryptDatabase: (passphrase: string) => invoke<string>('encrypt_database', { passphrase }),
  // Links in posts: checked and shown whole before the system browser gets one.
  checkLink: (link: string) => invoke<LinkDto>('check_link', { link }),
  openLink: (link: string) => invoke<null>('open_link', { link }),
  place: () => invoke<PlaceDto>('place'),
  setPlace: (place: PlaceDto) => invoke<null>('set_place', { place }),
  preferences: () => invoke<PreferencesDto>('preferences'),
  setPreferences: (preferences: PreferencesDto) => invoke<null>('set_preferences', { preferences }),
  accounts: (mission: string) => invoke<AccountDto[]>('accounts', { mission }),
  calendar: (request: CalendarRequestDto) => invoke<CalendarDto>('calendar', { request }),
  post: (id: number) => invoke<PostDto>('post', { id }),
  createPost: (input: NewPostDto) => invoke<PostDto>('create_post', { input }),
  editPost: (id: number, edit: PostEditDto) => invoke<PostDto>('edit_post', { id, edit }),
  // The workflow, as the acting person: the core decides who may.
  submitPost: (id: number) => invoke<PostDto>('submit_post', { id }),
  approvePost: (id: number, fastTrack: boolean) => invoke<PostDto>('approve_post', { id, fastTrack }),
  rejectPost: (id: number, reason: string) => invoke<PostDto>('reject_post', { id, reason }),
  schedulePost: (id: number) => invoke<PostDto>('schedule_post', { id }),
  publishPost: (id: number, url: string) => invoke<PostDto>('publish_post', { id, url }),
  // The translator's workspace.
  translationQueue: (filter: QueueFilterDto) => invoke<TranslationQueueDto>('translation_queue', { filter }),
  translationItem: (post: number, language: string) => invoke<TranslationItemDto>('translation_item', { post, language }),
  translationChecks: (post: number, language: string) => invoke<QaIssueDto[]>('translation_checks', { post, language }),
  dueNow: () => invoke<DueDto>('due_now'),
  languageCheck: (text: string, language: string) => invoke<QaIssueDto[]>('language_check', { text, language }),
  markTranslated: (post: number, language: string, overrideReason: string | null) =>
    invoke<PostDto>('mark_translated', { post, language, overrideReason }),
  glossary: () => invoke<TermDto[]>('glossary'),
  saveTerm: (term: TermDto) => invoke<TermDto>('save_term', { term }),
  policies: () => invoke<PolicyDto[]>('policies'),
  setPolicy: (policy: PolicyInputDto) => invoke<PolicyDto[]>('set_policy', { policy }),
  crises: () => invoke<CrisisDto[]>('crises'),
  saveSchedule: (exportTo: ScheduleExportDto) => invoke<null>('save_schedule', { export: exportTo }),
  // Reports (#14): the core's numbers, their CSV saved where the person chose, engagement exports read in.
  report: (request: ReportRequestDto) => invoke<ReportDto>('report', { request }),
  saveReport: (request: ReportRequestDto, path: string) => invoke<null>('save_report', { request, path }),
  importEngagement: (mission: string, text: string) =>
    invoke<EngagementImportDto>('import_engagement', { mission, text }),
  // The world's calendar (#14): a day's Hijri date (the core's), the ministry's own days (administrators replace them from CSV).
  hijriDate: (date: string) => invoke<HijriDayDto>('hijri_date', { date }),
  ministryDays: () => invoke<MinistryDayDto[]>('ministry_days'),
  importMinistryDays: (text: string) => invoke<number>('import_ministry_days', { text }),
  saveMinistryDays: (path: string) => invoke<null>('save_ministry_days', { path }),
  lookAtPost: (post: number) => invoke<ChangesSinceDto | null>('look_at_post', { post }),
  declareCrisis: (crisis: NewCrisisDto) => invoke<CrisisDto>('declare_crisis', { crisis }),
  endCrisis: (id: number, end: EndCrisisDto) => invoke<CrisisDto>('end_crisis', { id, end }),
  blackouts: () => invoke<BlackoutDto[]>('blackouts'),
  markBlackout: (blackout: NewBlackoutDto) => invoke<BlackoutDto>('mark_blackout', { blackout }),
  liftBlackout: (id: number) => invoke<void>('lift_blackout', { id }),
  deleteTerm: (id: number) => invoke<null>('delete_term', { id }),
  // The supervisor's queue.
  reviewQueue: () => invoke<ReviewQueueDto>('review_queue'),
  approvePosts: (ids: number[]) => invoke<ApprovalOutcomeDto[]>('approve_posts', { ids }),
  // The audit trail.
  auditLog: (filter: AuditFilterDto) => invoke<AuditLogDto>('audit_log', { filter }),
  /** Verifies the whole trail, telling `onProgress` how far it is; `cancelWork` stops it. */
  verifyAudit: (onProgress: (progress: ProgressDto) => void) => {
    const progress = new Channel<ProgressDto>()
    progress.onmessage = onProgress
    return invoke<number>('verify_audit', { progress })
  },
  cancelWork: () => invoke<void>('cancel_work'),
  // The team hub (#13).
  hubStatus: () => invoke<HubStatusDto>('hub_status'),
  connectHub: (url: string, passphrase: string) => invoke<SyncReportDto>('connect_hub', { url, passphrase }),
  syncHub: () => invoke<SyncReportDto>('sync_hub'),
  refusedChanges: () => invoke<RefusedChangeDto[]>('refused_changes'),
  redoRefusedChange: (key: string) => invoke<PostDto>('redo_refused_change', { key }),
  dropRefusedChange: (key: string) => invoke<void>('drop_refused_change', { key }),
  /** Loads the dictionaries (about 0.7 s of WebKit's main thread): asked once the first screen is drawn. */
  enableSpelling: () => invoke<void>('enable_spelling'),
  comments: (post: number) => invoke<CommentDto[]>('comments', { post }),
  addComment: (post: number, language: string | null, body: string) =>
    invoke<CommentDto[]>('add_comment', { post, language, body }),
  resolveComment: (post: number, comment: number) => invoke<CommentDto[]>('resolve_comment', { post, comment }),
  templates: (category: string | null, language: string | null) =>
    invoke<TemplateDto[]>('templates', { category, language }),
  fillTemplate: (id: number, mission: string, date: string) => invoke<string>('fill_template', { id, mission, date }),
  saveTemplate: (id: number, name: string, body: string) => invoke<TemplateDto>('save_template', { id, name, body }),
  media: (post: number) => invoke<MediaDto[]>('media', { post }),
  // The bytes as the raw body, not a JSON array of numbers (diwan_api::media::Upload).
  attachMedia: (post: number, fileName: string, bytes: Uint8Array) =>
    invoke<MediaDto[]>('attach_media', bytes, {
      headers: { 'diwan-post': String(post), 'diwan-file-name': encodeURIComponent(fileName) },
    }),
  setMediaAlt: (id: number, language: string, text: string) => invoke<MediaDto[]>('set_media_alt', { id, language, text }),
  removeMedia: (id: number) => invoke<MediaDto[]>('remove_media', { id }),
  mediaFile: (id: number) => invoke<ArrayBuffer>('media_file', { id }),
  countText: (platform: string, text: string, limit: number | null) =>
    invoke<CountDto>('count_text', { platform, text, limit }),
}
