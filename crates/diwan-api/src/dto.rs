//! Data that crosses to a front end. Converted by hand from core types so the
//! core never learns about serde or TypeScript. `bindings.ts` in the UI is
//! generated from these types (see the `bindings` test).

use std::collections::BTreeMap;

use diwan_core::{LanguageCode, Localized, MessageArg, Mission, MissionNames, NewMission};

pub use crate::names::{CategoryName, PlatformName, PostStateName, RoleName};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A mission's name in the app's three languages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct NamesDto {
    pub ar: String,
    pub fr: String,
    pub en: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MissionDto {
    pub code: String,
    pub names: NamesDto,
    /// One of `ministry`, `embassy`, `consulate`, `permanent-representation`.
    pub kind: String,
    /// ISO 3166-1 alpha-2.
    pub host_country: String,
    /// IANA time zone, e.g. `Europe/Paris`.
    pub time_zone: String,
    pub working_languages: Vec<String>,
}

/// A mission as typed in "set up my mission".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NewMissionDto {
    pub code: String,
    pub names: NamesDto,
    pub kind: String,
    pub host_country: String,
    pub time_zone: String,
    pub working_languages: Vec<String>,
}

/// What the app shows about itself and where its data lives.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AppInfoDto {
    pub version: String,
    pub schema_version: u32,
    pub database_path: Option<String>,
}

/// A platform account of a mission.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AccountDto {
    pub id: i64,
    pub mission: String,
    pub platform: PlatformName,
    pub handle: String,
    pub languages: Vec<String>,
    /// `unverified`, `verified` or `revoked`.
    pub verification: String,
    pub verified_on: Option<String>,
    pub verification_evidence: Option<String>,
    pub active: bool,
    pub limit_override: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NewAccountDto {
    pub mission: String,
    pub platform: String,
    pub handle: String,
    pub languages: Vec<String>,
    pub limit_override: Option<u32>,
}

/// A post as a drafter starts it. `localTime` is in the mission's zone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NewPostDto {
    pub mission: String,
    pub accounts: Vec<i64>,
    pub category: String,
    pub source_language: String,
    /// Extra languages; the target accounts' languages are added anyway.
    pub languages: Vec<String>,
    /// `YYYY-MM-DD HH:MM` in the mission's time zone.
    pub local_time: String,
    pub text: String,
    pub note: Option<String>,
    pub crisis_priority: bool,
}

/// One change to a post; fields left out stay as they are.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PostEditDto {
    /// With `text`: which language's text to write (default: the source).
    pub language: Option<String>,
    pub text: Option<String>,
    pub local_time: Option<String>,
    pub accounts: Option<Vec<i64>>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct VariantDto {
    pub language: String,
    pub text: String,
    /// missing, draft, translated, stale or approved.
    pub state: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ApprovalDto {
    pub user: String,
    pub step: u32,
    pub at: String,
    pub fast_track: bool,
}

/// What the rules say about a post's place in the calendar.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", tag = "kind")]
pub enum WarningDto {
    /// Another post on the same account too close in time.
    Conflict { account: i64, post: i64, minutes: i64 },
    /// Inside a blackout period of the mission.
    Blackout { reason: String, start: String, end: String },
    /// The same text already planned or published on the same account recently.
    Duplicate { account: i64, post: i64 },
    /// The time has passed without full approval.
    Overdue,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PostDto {
    pub id: i64,
    pub mission: String,
    pub time_zone: String,
    /// RFC 3339 in the mission's zone, e.g. `2026-12-01T10:00:00+01:00`.
    pub local_time: String,
    pub utc: String,
    pub accounts: Vec<i64>,
    pub category: CategoryName,
    pub source_language: String,
    pub state: PostStateName,
    pub published_url: Option<String>,
    pub rejection_reason: Option<String>,
    pub note: Option<String>,
    pub crisis_priority: bool,
    pub drafter: String,
    pub variants: Vec<VariantDto>,
    pub approvals: Vec<ApprovalDto>,
    /// Hex SHA-256 of everything that goes out.
    pub content_hash: String,
    pub approved_content_hash: Option<String>,
    pub warnings: Vec<WarningDto>,
    /// What the person viewing it may do now, as the core decided; absent
    /// when nobody is viewing (the export, `diwan post show` without `--as`).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    #[ts(optional)]
    pub can: Option<PostAbilitiesDto>,
}

/// One action on a post: allowed, or refused with the reason a person reads.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AbilityDto {
    pub allowed: bool,
    pub reason: Option<ErrorDto>,
}

/// Each action the workflow offers, for the person viewing the post.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PostAbilitiesDto {
    pub edit: AbilityDto,
    pub reschedule: AbilityDto,
    pub submit: AbilityDto,
    pub approve: AbilityDto,
    pub fast_track: AbilityDto,
    pub reject: AbilityDto,
    pub schedule: AbilityDto,
    pub publish: AbilityDto,
}

/// A post as the calendar shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CalendarPostDto {
    pub id: i64,
    pub mission: String,
    pub local_time: String,
    pub utc: String,
    pub category: CategoryName,
    pub state: PostStateName,
    pub source_language: String,
    pub crisis_priority: bool,
    pub preview: String,
    pub accounts: Vec<i64>,
    /// `language:state` pairs, e.g. `fr:stale`.
    pub variants: Vec<String>,
    pub overdue: bool,
    /// Whether the person viewing the calendar may move it (drag, Alt+arrow).
    pub can_move: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CalendarDto {
    pub mission: Option<String>,
    pub time_zone: String,
    pub from: String,
    pub to: String,
    pub posts: Vec<CalendarPostDto>,
    pub warnings: Vec<CalendarWarningDto>,
    /// Blackout periods overlapping the range, to shade on the grid.
    pub blackouts: Vec<BlackoutDto>,
}

/// A period in which a mission posts nothing routine.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BlackoutDto {
    pub mission: String,
    /// RFC 3339 in the mission's zone.
    pub start: String,
    pub end: String,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CalendarWarningDto {
    pub post: i64,
    pub warning: WarningDto,
}

/// Which posts the calendar shows; dates are local days of the mission.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CalendarRequestDto {
    pub mission: Option<String>,
    /// `YYYY-MM-DD`, first day shown.
    pub from: String,
    /// `YYYY-MM-DD`, last day shown (inclusive).
    pub to: String,
    pub account: Option<i64>,
    pub platform: Option<String>,
    pub language: Option<String>,
    pub state: Option<String>,
    pub category: Option<String>,
}

/// A text measured as a platform measures it. Field order is part of the
/// CLI contract (`diwan count --json`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CountDto {
    pub platform: String,
    pub length: u32,
    pub limit: u32,
    pub valid: bool,
    pub problems: Vec<String>,
    /// How much of the text fits, in UTF-16 units (JavaScript string indices).
    pub fits: u32,
    /// Hashtags, mentions and links, in UTF-16 units, for highlighting.
    pub entities: Vec<EntityDto>,
}

/// A hashtag, mention or link in a text; offsets in UTF-16 units.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct EntityDto {
    /// `hashtag`, `mention` or `url`.
    pub kind: String,
    pub start: u32,
    pub end: u32,
}

/// A person and their roles, `role@MISSION`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct UserDto {
    pub name: String,
    pub display_name: String,
    pub roles: Vec<RoleDto>,
    /// Whether they may edit the ministry's templates, as the core decided.
    pub can_edit_templates: bool,
}

/// The closed lists the UI offers, served by one command.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct VocabularyDto {
    pub post_states: Vec<PostStateName>,
    pub categories: Vec<CategoryName>,
    pub platforms: Vec<PlatformName>,
    pub roles: Vec<RoleName>,
}

/// One role a person holds at one mission.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RoleDto {
    pub mission: String,
    pub role: RoleName,
}

/// A comment on a post, or on one language's variant of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CommentDto {
    pub id: i64,
    pub post: i64,
    pub language: Option<String>,
    pub author: String,
    pub body: String,
    pub created_at: String,
    pub resolved_by: Option<String>,
}

/// A post template in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TemplateDto {
    pub id: i64,
    pub category: String,
    pub language: String,
    pub name: String,
    pub body: String,
}

/// An image attached to a post.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MediaDto {
    pub id: i64,
    pub post: i64,
    /// Hex SHA-256 of the file, which names it in the media folder.
    pub content_hash: String,
    pub file_name: String,
    pub media_type: String,
    /// Alt text by language code.
    pub alt: BTreeMap<String, String>,
}

/// One argument of an error message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(untagged)]
pub enum ArgDto {
    Text(String),
    Number(#[ts(type = "number")] i64),
}

/// An error as a front end receives it: a Fluent message id and its arguments.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ErrorDto {
    pub code: String,
    pub args: BTreeMap<String, ArgDto>,
}

impl ErrorDto {
    pub fn from_localized(error: &dyn Localized) -> Self {
        let args = error
            .message_args()
            .into_iter()
            .map(|(name, value)| {
                let value = match value {
                    MessageArg::Text(text) => ArgDto::Text(text),
                    MessageArg::Number(n) => ArgDto::Number(n),
                };
                (name.to_owned(), value)
            })
            .collect();
        Self { code: error.message_id().to_owned(), args }
    }
}

impl From<&MissionNames> for NamesDto {
    fn from(names: &MissionNames) -> Self {
        Self { ar: names.ar.clone(), fr: names.fr.clone(), en: names.en.clone() }
    }
}

impl From<&Mission> for MissionDto {
    fn from(mission: &Mission) -> Self {
        Self {
            code: mission.code.to_string(),
            names: NamesDto::from(&mission.names),
            kind: mission.kind.as_str().to_owned(),
            host_country: mission.host_country.to_string(),
            time_zone: mission.time_zone.name().to_owned(),
            working_languages: mission.working_languages.iter().map(LanguageCode::to_string).collect(),
        }
    }
}

impl From<&NewMission> for NewMissionDto {
    fn from(mission: &NewMission) -> Self {
        Self {
            code: mission.code.clone(),
            names: NamesDto::from(&mission.names),
            kind: mission.kind.clone(),
            host_country: mission.host_country.clone(),
            time_zone: mission.time_zone.clone(),
            working_languages: mission.working_languages.clone(),
        }
    }
}

impl NewMissionDto {
    pub(crate) fn into_core(self) -> NewMission {
        NewMission {
            code: self.code,
            names: MissionNames { ar: self.names.ar, fr: self.names.fr, en: self.names.en },
            kind: self.kind,
            host_country: self.host_country,
            time_zone: self.time_zone,
            working_languages: self.working_languages,
        }
    }
}

/// The TypeScript declarations of every DTO, as committed in
/// `ui/src/lib/bindings.ts`.
pub fn typescript_bindings() -> String {
    // Ids are i64 in Rust but far below 2^53, and serde_json writes them as
    // JSON numbers: `number` is what the UI actually receives.
    let cfg = ts_rs::Config::new().with_large_int("number");
    let declarations = [
        AppInfoDto::decl(&cfg),
        AccountDto::decl(&cfg),
        PostStateName::decl(&cfg),
        CategoryName::decl(&cfg),
        PlatformName::decl(&cfg),
        RoleName::decl(&cfg),
        VocabularyDto::decl(&cfg),
        UserDto::decl(&cfg),
        RoleDto::decl(&cfg),
        CommentDto::decl(&cfg),
        TemplateDto::decl(&cfg),
        MediaDto::decl(&cfg),
        NewAccountDto::decl(&cfg),
        NewPostDto::decl(&cfg),
        PostEditDto::decl(&cfg),
        VariantDto::decl(&cfg),
        ApprovalDto::decl(&cfg),
        WarningDto::decl(&cfg),
        AbilityDto::decl(&cfg),
        PostAbilitiesDto::decl(&cfg),
        PostDto::decl(&cfg),
        CalendarPostDto::decl(&cfg),
        CalendarDto::decl(&cfg),
        CalendarWarningDto::decl(&cfg),
        BlackoutDto::decl(&cfg),
        CalendarRequestDto::decl(&cfg),
        CountDto::decl(&cfg),
        EntityDto::decl(&cfg),
        NamesDto::decl(&cfg),
        MissionDto::decl(&cfg),
        NewMissionDto::decl(&cfg),
        ArgDto::decl(&cfg),
        ErrorDto::decl(&cfg),
    ];
    let mut out = String::from(
        "// Generated from the Rust DTOs in crates/diwan-api/src/dto.rs: do not edit.\n\
         // Regenerate with `make bindings`; a test fails when this file is stale.\n",
    );
    for declaration in declarations {
        out.push_str("\nexport ");
        out.push_str(&declaration);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    #[test]
    fn committed_typescript_bindings_match_the_rust_types() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../ui/src/lib/bindings.ts");
        let generated = typescript_bindings();
        if std::env::var_os("UPDATE_BINDINGS").is_some() {
            std::fs::write(&path, &generated).expect("write bindings");
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == generated,
            "ui/src/lib/bindings.ts is stale: run `make bindings` and commit it.\n--- generated ---\n{generated}"
        );
    }
}
