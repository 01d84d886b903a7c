// The commands of src-tauri/src/commands.rs (declared in command_names.rs),
// typed with the generated DTOs.
// A rejected promise carries an ErrorDto (a Fluent message id and its args).
import { invoke } from '@tauri-apps/api/core'

import type {
  AccountDto,
  AppInfoDto,
  ApprovalOutcomeDto,
  AuditFilterDto,
  AuditLogDto,
  CalendarDto,
  CalendarRequestDto,
  CommentDto,
  MediaDto,
  CountDto,
  MissionDto,
  NewMissionDto,
  NewPostDto,
  PlaceDto,
  PostDto,
  PostEditDto,
  PreferencesDto,
  QaIssueDto,
  QueueFilterDto,
  ReviewQueueDto,
  TermDto,
  TranslationItemDto,
  TranslationQueueDto,
  TemplateDto,
  UserDto,
  VocabularyDto,
} from './bindings'

export const api = {
  databaseReady: () => invoke<boolean>('database_ready'),
  appInfo: () => invoke<AppInfoDto>('app_info'),
  vocabulary: () => invoke<VocabularyDto>('vocabulary'),
  missions: () => invoke<MissionDto[]>('missions'),
  addSampleMission: () => invoke<MissionDto>('add_sample_mission'),
  createMission: (input: NewMissionDto) => invoke<MissionDto>('create_mission', { input }),
  uiLocale: () => invoke<string | null>('ui_locale'),
  setUiLocale: (locale: string) => invoke<null>('set_ui_locale', { locale }),
  users: () => invoke<UserDto[]>('users'),
  currentUser: () => invoke<string | null>('current_user'),
  setCurrentUser: (name: string) => invoke<null>('set_current_user', { name }),
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
  markTranslated: (post: number, language: string, overrideReason: string | null) =>
    invoke<PostDto>('mark_translated', { post, language, overrideReason }),
  glossary: () => invoke<TermDto[]>('glossary'),
  saveTerm: (term: TermDto) => invoke<TermDto>('save_term', { term }),
  deleteTerm: (id: number) => invoke<null>('delete_term', { id }),
  // The supervisor's queue.
  reviewQueue: () => invoke<ReviewQueueDto>('review_queue'),
  approvePosts: (ids: number[]) => invoke<ApprovalOutcomeDto[]>('approve_posts', { ids }),
  // The audit trail.
  auditLog: (filter: AuditFilterDto) => invoke<AuditLogDto>('audit_log', { filter }),
  verifyAudit: () => invoke<number>('verify_audit'),
  comments: (post: number) => invoke<CommentDto[]>('comments', { post }),
  addComment: (post: number, language: string | null, body: string) =>
    invoke<CommentDto[]>('add_comment', { post, language, body }),
  resolveComment: (post: number, comment: number) => invoke<CommentDto[]>('resolve_comment', { post, comment }),
  templates: (category: string | null, language: string | null) =>
    invoke<TemplateDto[]>('templates', { category, language }),
  fillTemplate: (id: number, mission: string, date: string) => invoke<string>('fill_template', { id, mission, date }),
  saveTemplate: (id: number, name: string, body: string) => invoke<TemplateDto>('save_template', { id, name, body }),
  media: (post: number) => invoke<MediaDto[]>('media', { post }),
  attachMedia: (post: number, fileName: string, bytes: Uint8Array) =>
    invoke<MediaDto[]>('attach_media', { post, fileName, bytes: Array.from(bytes) }),
  setMediaAlt: (id: number, language: string, text: string) => invoke<MediaDto[]>('set_media_alt', { id, language, text }),
  mediaFile: (id: number) => invoke<ArrayBuffer>('media_file', { id }),
  countText: (platform: string, text: string, limit: number | null) =>
    invoke<CountDto>('count_text', { platform, text, limit }),
}
