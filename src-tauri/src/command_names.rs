// The app's commands, declared once. `build.rs` includes this file to give
// each command its own permission; a test (`crates/diwan-api/tests/tidy.rs`)
// checks that `commands.rs` defines and registers exactly these, that
// `capabilities/main.json` grants exactly these, and that `ui/src/lib/api.ts`
// calls nothing else. A command missing here cannot be called.

pub const COMMANDS: &[&str] = &[
    "database_ready",
    "app_info",
    "vocabulary",
    "missions",
    "add_sample_mission",
    "create_mission",
    "ui_locale",
    "set_ui_locale",
    "users",
    "current_user",
    "set_current_user",
    "place",
    "set_place",
    "preferences",
    "set_preferences",
    "accounts",
    "calendar",
    "post",
    "create_post",
    "count_text",
    "edit_post",
    "comments",
    "add_comment",
    "resolve_comment",
    "templates",
    "fill_template",
    "save_template",
    "media",
    "attach_media",
    "set_media_alt",
    "media_file",
    "submit_post",
    "approve_post",
    "reject_post",
    "schedule_post",
    "publish_post",
];
