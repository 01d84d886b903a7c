//! People, their roles, and the closed lists of names.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::names::{
    CategoryName, DigitsName, LayerName, MissionKindName, PlatformName, PostStateName, ResolutionName, RoleName,
    WorkspaceName,
};

/// A person and their roles, `role@MISSION`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct UserDto {
    pub name: String,
    pub display_name: String,
    pub roles: Vec<RoleDto>,
    /// Whether they may edit the ministry's templates, as the core decided.
    pub can_edit_templates: bool,
    /// Whether they may edit the ministry's glossary, as the core decided.
    pub can_edit_glossary: bool,
    /// Whether they may change approval policies, as the core decided.
    pub can_edit_policies: bool,
}

/// The closed lists the UI offers, served by one command.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct VocabularyDto {
    pub post_states: Vec<PostStateName>,
    pub categories: Vec<CategoryName>,
    pub platforms: Vec<PlatformName>,
    pub roles: Vec<RoleName>,
    /// The roles an approval step or fast track may name, the usual one first.
    pub approver_roles: Vec<RoleName>,
    /// What may become of a paused post when its crisis ends, the usual first.
    pub resolutions: Vec<ResolutionName>,
    pub workspaces: Vec<WorkspaceName>,
    /// Every audit action's stored name (`post.approved`, ...), for the audit view's filter.
    pub audit_actions: Vec<String>,
    /// The kinds of mission, the usual one first.
    pub mission_kinds: Vec<MissionKindName>,
    /// The layers of the world's calendar, each toggled on its own.
    pub layers: Vec<LayerName>,
}

/// Where a person left off: the workspace and the mission they had open.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PlaceDto {
    pub workspace: WorkspaceName,
    pub mission: Option<String>,
}

/// A person's own preferences.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PreferencesDto {
    /// The digits of the Arabic interface.
    pub digits: DigitsName,
    /// Whether the calendar and the composer show Hijri dates; `None` until
    /// chosen (the interface shows them in Arabic, not in French or English).
    pub hijri_dates: Option<bool>,
    /// Whether fields where text is written are spell-checked.
    pub spell_check: bool,
    /// The layers of the calendar the person hid (`religious`, `host`,
    /// `home`, `ministry`); a name that is no layer is left out.
    #[serde(default)]
    pub hidden_layers: Vec<String>,
}

/// One role a person holds at one mission.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RoleDto {
    pub mission: String,
    pub role: RoleName,
}

/// Who is signed in, as the sign-in and lock screens need it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SessionDto {
    /// Nobody has a passphrase yet: the first administrator must be made.
    pub set_up_needed: bool,
    pub user: Option<String>,
    pub display_name: Option<String>,
    /// Signed in with a one-time passphrase that must be changed first.
    pub must_change: bool,
    pub locked: bool,
    pub idle_lock_minutes: u32,
    /// The database is encrypted (SQLCipher); administrators may encrypt one in clear.
    pub encrypted: bool,
}

/// The daily backups kept beside the database, as Settings shows them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BackupSettingsDto {
    /// How many days of daily copies are kept.
    pub days: u32,
    /// Where they are (none for a database in memory).
    pub folder: Option<String>,
    /// The newest day there is a copy of, as YYYY-MM-DD.
    pub newest: Option<String>,
}

/// A link from a post, as it would open: the whole address and its host.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LinkDto {
    pub href: String,
    pub host: String,
}
