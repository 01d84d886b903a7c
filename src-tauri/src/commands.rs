//! Tauri commands: one line each over diwan-api. All are `async`, so
//! Tauri runs them on its thread pool and never on the window's main thread:
//! a long query or a migration never holds up drawing. Their names are declared
//! once, in `command_names.rs`; a test checks this file, the capability and
//! `ui/src/lib/api.ts` against that list.

use diwan_api::dto::{
    AccountDto, AppInfoDto, ApprovalOutcomeDto, AuditFilterDto, AuditLogDto, BackupSettingsDto, BlackoutDto,
    CalendarDto, CalendarRequestDto, ChangesSinceDto, CommentDto, CountDto, CrisisDto, DueDto, EndCrisisDto,
    EngagementImportDto, ErrorDto, HijriDayDto, HubStatusDto, LinkDto, MediaDto, MinistryDayDto, MissionDto,
    NewBlackoutDto, NewCrisisDto, NewMissionDto, NewPostDto, PlaceDto, PolicyDto, PolicyInputDto, PostDto, PostEditDto,
    PreferencesDto, ProgressDto, QaIssueDto, QueueFilterDto, RefusedChangeDto, ReportDto, ReportRequestDto,
    ReviewQueueDto, ScheduleExportDto, SessionDto, SyncReportDto, TemplateDto, TermDto, TranslationItemDto,
    TranslationQueueDto, UpgradeDto, UpgradedDto, UserDto, VocabularyDto,
};
use diwan_api::media::Upload;
use diwan_api::{ApiError, Diwan};
use std::sync::atomic::Ordering;

use tauri::ipc::{Channel, Invoke, InvokeBody, Request, Response};
use tauri::{Runtime, State};

use crate::AppState;

type Reply<T> = Result<T, ErrorDto>;

pub(crate) fn handler<R: Runtime>() -> impl Fn(Invoke<R>) -> bool + Send + Sync + 'static {
    tauri::generate_handler![
        database_opened,
        app_info,
        vocabulary,
        missions,
        add_sample_mission,
        create_mission,
        ui_locale,
        set_ui_locale,
        users,
        session,
        sign_in,
        sign_out,
        lock,
        unlock,
        change_passphrase,
        set_up_first_administrator,
        give_one_time_passphrase,
        set_idle_lock,
        backup_settings,
        set_backup_days,
        encrypt_database,
        check_link,
        open_link,
        place,
        set_place,
        preferences,
        set_preferences,
        accounts,
        calendar,
        post,
        create_post,
        count_text,
        edit_post,
        comments,
        add_comment,
        resolve_comment,
        templates,
        fill_template,
        save_template,
        media,
        attach_media,
        set_media_alt,
        remove_media,
        media_file,
        submit_post,
        approve_post,
        reject_post,
        schedule_post,
        publish_post,
        translation_queue,
        translation_item,
        translation_checks,
        language_check,
        due_now,
        mark_translated,
        glossary,
        save_term,
        policies,
        set_policy,
        crises,
        declare_crisis,
        end_crisis,
        blackouts,
        mark_blackout,
        lift_blackout,
        look_at_post,
        save_schedule,
        report,
        save_report,
        import_engagement,
        hijri_date,
        ministry_days,
        import_ministry_days,
        save_ministry_days,
        delete_term,
        review_queue,
        approve_posts,
        audit_log,
        verify_audit,
        cancel_work,
        enable_spelling,
        hub_status,
        connect_hub,
        sync_hub,
        refused_changes,
        redo_refused_change,
        drop_refused_change
    ]
}

/// Answers once the database is open, sealed, or could not be opened (a
/// large file may be migrating): the window asks once instead of polling.
#[tauri::command]
async fn database_opened(state: State<'_, AppState>, progress: Channel<UpgradeDto>) -> Reply<Option<UpgradedDto>> {
    // A window gone away stops nothing: the file goes on opening.
    state
        .opened(move |upgrade| {
            let _ = progress.send(upgrade);
        })
        .await?;
    // What an older file became; asked once, at start, of whoever opened it.
    Ok(state.upgraded())
}

#[tauri::command]
async fn app_info(state: State<'_, AppState>) -> Reply<AppInfoDto> {
    state.before_sign_in(|d| d.app_info(state.path().map(|p| p.display().to_string())))
}

/// The closed lists (states, categories, platforms, roles) the UI offers.
#[tauri::command]
async fn vocabulary() -> VocabularyDto {
    diwan_api::Diwan::vocabulary()
}

#[tauri::command]
async fn missions(state: State<'_, AppState>) -> Reply<Vec<MissionDto>> {
    state.with(|d| d.missions())
}

#[tauri::command]
async fn add_sample_mission(state: State<'_, AppState>) -> Reply<MissionDto> {
    state.with(|d| d.add_sample_mission())
}

#[tauri::command]
async fn create_mission(state: State<'_, AppState>, input: NewMissionDto) -> Reply<MissionDto> {
    state.with(|d| d.create_mission(input))
}

#[tauri::command]
async fn ui_locale(state: State<'_, AppState>) -> Reply<Option<String>> {
    state.before_sign_in(|d| d.ui_locale())
}

#[tauri::command]
async fn set_ui_locale(state: State<'_, AppState>, locale: String) -> Reply<()> {
    state.before_sign_in(|d| d.set_ui_locale(&locale))
}

#[tauri::command]
async fn users(state: State<'_, AppState>) -> Reply<Vec<UserDto>> {
    state.with(|d| d.users())
}

/// Who is signed in, whether the app is locked, or that the first
/// administrator must be made. Like the other sign-in commands, it works
/// before anyone is signed in; every other command needs someone.
#[tauri::command]
async fn session(state: State<'_, AppState>) -> Reply<SessionDto> {
    state.session()
}

#[tauri::command]
async fn sign_in(state: State<'_, AppState>, name: String, passphrase: String) -> Reply<SessionDto> {
    state.sign_in(&name, &passphrase)
}

#[tauri::command]
async fn sign_out(state: State<'_, AppState>) -> Reply<SessionDto> {
    state.before_sign_in(|d| (d.sign_out(), d.session()).1)
}

#[tauri::command]
async fn lock(state: State<'_, AppState>) -> Reply<SessionDto> {
    state.before_sign_in(|d| d.lock())
}

#[tauri::command]
async fn unlock(state: State<'_, AppState>, passphrase: String) -> Reply<SessionDto> {
    state.before_sign_in(|d| d.unlock(&passphrase))
}

#[tauri::command]
async fn change_passphrase(state: State<'_, AppState>, old: String, new: String) -> Reply<SessionDto> {
    state.before_sign_in(|d| d.change_passphrase(&old, &new))
}

#[tauri::command]
async fn set_up_first_administrator(
    state: State<'_, AppState>,
    name: String,
    display_name: String,
    passphrase: String,
) -> Reply<SessionDto> {
    state.before_sign_in(|d| d.set_up_first_administrator(&name, &display_name, &passphrase))
}

#[tauri::command]
async fn give_one_time_passphrase(state: State<'_, AppState>, name: String, passphrase: String) -> Reply<()> {
    state.with(|d| d.give_one_time_passphrase(&d.acting_user()?, &name, &passphrase))
}

#[tauri::command]
async fn set_idle_lock(state: State<'_, AppState>, minutes: u32) -> Reply<SessionDto> {
    state.with(|d| d.set_idle_lock(&d.acting_user()?, minutes))
}

/// The daily backups beside the database: how long they are kept, where, the newest.
#[tauri::command]
async fn backup_settings(state: State<'_, AppState>) -> Reply<BackupSettingsDto> {
    state.with(|d| d.backup_settings())
}

#[tauri::command]
async fn set_backup_days(state: State<'_, AppState>, days: u32) -> Reply<BackupSettingsDto> {
    state.with(|d| d.set_backup_days(&d.acting_user()?, days))
}

/// An administrator encrypts a database in clear; returns where the clear copy is kept.
#[tauri::command]
async fn encrypt_database(state: State<'_, AppState>, passphrase: String) -> Reply<String> {
    state.with(|d| d.encrypt(&passphrase).map(|aside| aside.display().to_string()))
}

/// A link from a post as it would open (the core refuses all but web addresses).
#[tauri::command]
async fn check_link(link: String) -> Reply<LinkDto> {
    diwan_api::links::check(&link).map_err(|e| e.to_dto())
}

/// Opens a link in the system browser, once the person saw it whole and
/// confirmed; checked again here, whatever the webview sends.
#[tauri::command]
async fn open_link<R: Runtime>(app: tauri::AppHandle<R>, link: String) -> Reply<()> {
    use tauri_plugin_opener::OpenerExt;
    let checked = diwan_api::links::check(&link).map_err(|e| e.to_dto())?;
    app.opener()
        .open_url(checked.href, None::<&str>)
        .map_err(|e| diwan_api::ApiError::Io { path: link, detail: e.to_string() }.to_dto())
}

/// Where the acting person left off.
#[tauri::command]
async fn place(state: State<'_, AppState>) -> Reply<PlaceDto> {
    state.with(|d| d.place(&d.acting_user()?))
}

#[tauri::command]
async fn set_place(state: State<'_, AppState>, place: PlaceDto) -> Reply<()> {
    state.with(|d| d.set_place(&d.acting_user()?, &place))
}

/// How the acting person likes the interface.
#[tauri::command]
async fn preferences(state: State<'_, AppState>) -> Reply<PreferencesDto> {
    state.with(|d| d.preferences(&d.acting_user()?))
}

#[tauri::command]
async fn set_preferences(state: State<'_, AppState>, preferences: PreferencesDto) -> Reply<()> {
    state.with(|d| d.set_preferences(&d.acting_user()?, &preferences))
}

#[tauri::command]
async fn accounts(state: State<'_, AppState>, mission: Option<String>) -> Reply<Vec<AccountDto>> {
    state.with(|d| d.accounts(mission.as_deref()))
}

#[tauri::command]
async fn calendar(state: State<'_, AppState>, request: CalendarRequestDto) -> Reply<CalendarDto> {
    state.with(|d| d.calendar_for(&request, Some(&d.acting_user()?)))
}

#[tauri::command]
async fn post(state: State<'_, AppState>, id: i64) -> Reply<PostDto> {
    state.with(|d| d.post_for(id, Some(&d.acting_user()?)))
}

#[tauri::command]
async fn create_post(state: State<'_, AppState>, input: NewPostDto) -> Reply<PostDto> {
    state.with(|d| d.create_post(&d.acting_user()?, input))
}

#[tauri::command]
async fn count_text(platform: String, text: String, limit: Option<u32>) -> Reply<CountDto> {
    diwan_api::text::count(&platform, &text, limit, false).map_err(|e| e.to_dto())
}

#[tauri::command]
async fn edit_post(state: State<'_, AppState>, id: i64, edit: PostEditDto) -> Reply<PostDto> {
    state.with(|d| d.edit_post(&d.acting_user()?, id, edit))
}

#[tauri::command]
async fn submit_post(state: State<'_, AppState>, id: i64) -> Reply<PostDto> {
    state.with(|d| d.submit_post(&d.acting_user()?, id))
}

#[tauri::command]
async fn approve_post(state: State<'_, AppState>, id: i64, fast_track: bool) -> Reply<PostDto> {
    state.with(|d| d.approve_post(&d.acting_user()?, id, fast_track))
}

#[tauri::command]
async fn reject_post(state: State<'_, AppState>, id: i64, reason: String) -> Reply<PostDto> {
    state.with(|d| d.reject_post(&d.acting_user()?, id, &reason))
}

#[tauri::command]
async fn schedule_post(state: State<'_, AppState>, id: i64) -> Reply<PostDto> {
    state.with(|d| d.schedule_post(&d.acting_user()?, id))
}

#[tauri::command]
async fn publish_post(state: State<'_, AppState>, id: i64, url: String) -> Reply<PostDto> {
    state.with(|d| d.publish_post(&d.acting_user()?, id, &url))
}

/// What waits for the acting translator.
#[tauri::command]
async fn translation_queue(state: State<'_, AppState>, filter: QueueFilterDto) -> Reply<TranslationQueueDto> {
    state.with(|d| d.translation_queue(&d.acting_user()?, &filter))
}

#[tauri::command]
async fn translation_item(state: State<'_, AppState>, post: i64, language: String) -> Reply<TranslationItemDto> {
    state.with(|d| d.translation_item(&d.acting_user()?, post, &language))
}

#[tauri::command]
async fn due_now(state: State<'_, AppState>) -> Reply<DueDto> {
    state.with(|d| d.due(None, None, Some(&d.acting_user()?)))
}

#[tauri::command]
async fn language_check(state: State<'_, AppState>, text: String, language: String) -> Reply<Vec<QaIssueDto>> {
    state.with(|d| d.language_check(&text, &language))
}

#[tauri::command]
async fn translation_checks(state: State<'_, AppState>, post: i64, language: String) -> Reply<Vec<QaIssueDto>> {
    state.with(|d| d.translation_checks(post, &language))
}

#[tauri::command]
async fn mark_translated(
    state: State<'_, AppState>,
    post: i64,
    language: String,
    override_reason: Option<String>,
) -> Reply<PostDto> {
    state.with(|d| d.mark_translated(&d.acting_user()?, post, &language, override_reason.as_deref()))
}

#[tauri::command]
async fn glossary(state: State<'_, AppState>) -> Reply<Vec<TermDto>> {
    state.with(|d| d.glossary())
}

#[tauri::command]
async fn policies(state: State<'_, AppState>) -> Reply<Vec<PolicyDto>> {
    state.with(|d| d.policies())
}

#[tauri::command]
async fn set_policy(state: State<'_, AppState>, policy: PolicyInputDto) -> Reply<Vec<PolicyDto>> {
    state.with(|d| d.set_policy(&d.acting_user()?, &policy))
}

#[tauri::command]
async fn crises(state: State<'_, AppState>) -> Reply<Vec<CrisisDto>> {
    state.with(|d| d.crises())
}

#[tauri::command]
async fn declare_crisis(state: State<'_, AppState>, crisis: NewCrisisDto) -> Reply<CrisisDto> {
    state.with(|d| d.declare_crisis(&d.acting_user()?, &crisis))
}

#[tauri::command]
async fn end_crisis(state: State<'_, AppState>, id: i64, end: EndCrisisDto) -> Reply<CrisisDto> {
    state.with(|d| d.end_crisis(&d.acting_user()?, id, &end))
}

#[tauri::command]
async fn blackouts(state: State<'_, AppState>) -> Reply<Vec<BlackoutDto>> {
    state.with(|d| d.blackouts(None))
}

#[tauri::command]
async fn mark_blackout(state: State<'_, AppState>, blackout: NewBlackoutDto) -> Reply<BlackoutDto> {
    state.with(|d| d.mark_blackout(&d.acting_user()?, &blackout))
}

#[tauri::command]
async fn lift_blackout(state: State<'_, AppState>, id: i64) -> Reply<()> {
    state.with(|d| d.lift_blackout(&d.acting_user()?, id))
}

#[tauri::command]
async fn look_at_post(state: State<'_, AppState>, post: i64) -> Reply<Option<ChangesSinceDto>> {
    state.with(|d| d.look_at_post(&d.acting_user()?, post))
}

/// Writes the approved schedule to the file the person chose in the save dialog.
#[tauri::command]
async fn save_schedule(state: State<'_, AppState>, export: ScheduleExportDto) -> Reply<()> {
    state.with(|d| d.save_schedule(&export))
}

#[tauri::command]
async fn report(state: State<'_, AppState>, request: ReportRequestDto) -> Reply<ReportDto> {
    state.with(|d| d.report(&request))
}

/// Writes the report as CSV to the file the person chose in the save dialog.
#[tauri::command]
async fn save_report(state: State<'_, AppState>, request: ReportRequestDto, path: String) -> Reply<()> {
    state.with(|d| d.save_report(&request, &path))
}

/// Reads a platform's engagement export, its text read by the window from the file the person picked.
#[tauri::command]
async fn import_engagement(state: State<'_, AppState>, mission: String, text: String) -> Reply<EngagementImportDto> {
    state.with(|d| d.import_engagement(&d.acting_user()?, &mission, &text))
}

#[tauri::command]
async fn hijri_date(state: State<'_, AppState>, date: String) -> Reply<HijriDayDto> {
    state.with(|d| d.hijri_date(&date))
}

#[tauri::command]
async fn ministry_days(state: State<'_, AppState>) -> Reply<Vec<MinistryDayDto>> {
    state.with(|d| d.ministry_days())
}

/// Replaces the ministry's days with a CSV file's, its text read by the window from the file the person picked.
#[tauri::command]
async fn import_ministry_days(state: State<'_, AppState>, text: String) -> Reply<u32> {
    state.with(|d| d.import_ministry_days_csv(&d.acting_user()?, &text))
}

/// Writes the ministry's days as CSV to the file the person chose in the save dialog.
#[tauri::command]
async fn save_ministry_days(state: State<'_, AppState>, path: String) -> Reply<()> {
    state.with(|d| d.save_ministry_days(&path))
}

#[tauri::command]
async fn save_term(state: State<'_, AppState>, term: TermDto) -> Reply<TermDto> {
    state.with(|d| d.save_term(&d.acting_user()?, &term))
}

#[tauri::command]
async fn delete_term(state: State<'_, AppState>, id: i64) -> Reply<()> {
    state.with(|d| d.delete_term(&d.acting_user()?, id))
}

/// Who did what and when, as the audit view searches it.
#[tauri::command]
async fn audit_log(state: State<'_, AppState>, filter: AuditFilterDto) -> Reply<AuditLogDto> {
    state.with(|d| d.audit_log(&filter))
}

/// Checks the whole chain: how many events it holds, or where it breaks.
/// Tells the window how far it is through `progress`; `cancel_work` stops it.
#[tauri::command]
async fn verify_audit(state: State<'_, AppState>, progress: Channel<ProgressDto>) -> Reply<u64> {
    let cancel = state.start_work();
    let mut watch = move |done, total| {
        // A window gone away stops nothing: the answer is still returned.
        let _ = progress.send(ProgressDto { done, total });
        !cancel.load(Ordering::Relaxed)
    };
    // Ten million events take most of a minute: read over a connection of
    // their own, so that the window's other commands are not held up.
    on_its_own_connection(&state, move |d| d.verify_audit_with(&mut watch)).await
}

/// The team hub this database is connected to, if any.
#[tauri::command]
async fn hub_status(state: State<'_, AppState>) -> Reply<HubStatusDto> {
    state.with(|d| d.hub_status())
}

/// Connects this database to the hub as the signed-in person (their hub
/// passphrase asked again). The network is used over a connection of its
/// own, so the window's other commands go on meanwhile.
#[tauri::command]
async fn connect_hub(state: State<'_, AppState>, url: String, passphrase: String) -> Reply<SyncReportDto> {
    let name = state.with(|d| d.acting_user())?;
    let device = diwan_api::hub::this_device();
    on_its_own_connection(&state, move |d| d.connect_hub(&url, &name, &passphrase, &device)).await
}

/// Brings what the hub has for this desktop (run in the background too).
#[tauri::command]
async fn sync_hub(state: State<'_, AppState>) -> Reply<SyncReportDto> {
    state.with(|d| d.acting_user())?;
    on_its_own_connection(&state, Diwan::sync_hub).await
}

/// The changes the hub refused, kept here with their authors' text.
#[tauri::command]
async fn refused_changes(state: State<'_, AppState>) -> Reply<Vec<RefusedChangeDto>> {
    state.with(|d| d.refused_changes())
}

/// Does a refused change again on the post as it is now, as the signed-in person.
#[tauri::command]
async fn redo_refused_change(state: State<'_, AppState>, key: String) -> Reply<PostDto> {
    state.with(|d| d.redo_refused_change(&d.acting_user()?, &key))
}

/// Forgets a refused change: the hub's version stands.
#[tauri::command]
async fn drop_refused_change(state: State<'_, AppState>, key: String) -> Reply<()> {
    state.with(|d| d.drop_refused_change(&d.acting_user()?, &key))
}

/// Runs `work` on another connection on a blocking thread (the hub may
/// take seconds to answer); in memory, on the window's own.
async fn on_its_own_connection<T: Send + 'static>(
    state: &State<'_, AppState>,
    work: impl FnOnce(&mut Diwan) -> Result<T, ApiError> + Send + 'static,
) -> Reply<T> {
    match state.with(|d| d.another_connection())? {
        Some(mut diwan) => tauri::async_runtime::spawn_blocking(move || work(&mut diwan))
            .await
            .map_err(|_| ApiError::Cancelled.to_dto())?
            .map_err(|e| e.to_dto()),
        None => state.with(work),
    }
}

/// Turns spell-checking on, once the first screen is drawn (see `spelling.rs`).
#[tauri::command]
async fn enable_spelling<R: Runtime>(window: tauri::WebviewWindow<R>) -> Reply<()> {
    crate::spelling::enable(&window)
        .map_err(|e| diwan_api::ApiError::Io { path: "spelling".into(), detail: e.to_string() }.to_dto())
}

/// Stops the long work under way (it then changes nothing).
#[tauri::command]
async fn cancel_work(state: State<'_, AppState>) -> Reply<()> {
    state.cancel_work();
    Ok(())
}

/// Approves several posts, each checked on its own by the core.
#[tauri::command]
async fn approve_posts(state: State<'_, AppState>, ids: Vec<i64>) -> Reply<Vec<ApprovalOutcomeDto>> {
    state.with(|d| Ok(d.approve_posts(&d.acting_user()?, &ids)))
}

/// What waits for the acting supervisor.
#[tauri::command]
async fn review_queue(state: State<'_, AppState>) -> Reply<ReviewQueueDto> {
    state.with(|d| d.review_queue(&d.acting_user()?))
}

#[tauri::command]
async fn comments(state: State<'_, AppState>, post: i64) -> Reply<Vec<CommentDto>> {
    state.with(|d| d.comments(post))
}

#[tauri::command]
async fn add_comment(
    state: State<'_, AppState>,
    post: i64,
    language: Option<String>,
    body: String,
) -> Reply<Vec<CommentDto>> {
    state.with(|d| d.add_comment(&d.acting_user()?, post, language.as_deref(), &body))
}

#[tauri::command]
async fn resolve_comment(state: State<'_, AppState>, post: i64, comment: i64) -> Reply<Vec<CommentDto>> {
    state.with(|d| d.resolve_comment(&d.acting_user()?, post, comment))
}

#[tauri::command]
async fn templates(
    state: State<'_, AppState>,
    category: Option<String>,
    language: Option<String>,
) -> Reply<Vec<TemplateDto>> {
    state.with(|d| d.templates(category.as_deref(), language.as_deref()))
}

#[tauri::command]
async fn fill_template(state: State<'_, AppState>, id: i64, mission: String, date: String) -> Reply<String> {
    state.with(|d| d.fill_template(id, &mission, &date))
}

#[tauri::command]
async fn save_template(state: State<'_, AppState>, id: i64, name: String, body: String) -> Reply<TemplateDto> {
    state.with(|d| d.save_template(&d.acting_user()?, id, &name, &body))
}

#[tauri::command]
async fn media(state: State<'_, AppState>, post: i64) -> Reply<Vec<MediaDto>> {
    state.with(|d| d.media(post))
}

#[tauri::command]
async fn attach_media(state: State<'_, AppState>, request: Request<'_>) -> Reply<Vec<MediaDto>> {
    let header = |name: &str| request.headers().get(name).map(|v| v.as_bytes());
    let Upload { post, file_name } =
        Upload::from_headers(header("diwan-post"), header("diwan-file-name")).map_err(|e| e.to_dto())?;
    let InvokeBody::Raw(bytes) = request.body() else { return Err(ApiError::UploadMalformed.to_dto()) };
    state.with(|d| d.attach_media(&d.acting_user()?, post, &file_name, bytes))
}

#[tauri::command]
async fn set_media_alt(state: State<'_, AppState>, id: i64, language: String, text: String) -> Reply<Vec<MediaDto>> {
    state.with(|d| d.set_media_alt(&d.acting_user()?, id, &language, &text))
}

#[tauri::command]
async fn remove_media(state: State<'_, AppState>, id: i64) -> Reply<Vec<MediaDto>> {
    state.with(|d| d.remove_media(&d.acting_user()?, id))
}

/// The image's bytes as a raw IPC response (an ArrayBuffer in the UI).
#[tauri::command]
async fn media_file(state: State<'_, AppState>, id: i64) -> Reply<Response> {
    state.with(|d| d.media_file(id)).map(Response::new)
}
