//! What a desktop and the team hub say to each other over HTTP: the JSON of
//! each request and answer, shared by both sides so they cannot drift.
//! Plain data: whoever receives it checks it again with `diwan-core`'s
//! rules (a mission's fields, a name, a role) before using it.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// The version of this protocol; a hub answers `/v1/...`.
pub const VERSION: &str = "v1";

/// `POST /v1/sign-in`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignIn {
    pub name: String,
    pub passphrase: String,
    /// What the person calls this computer ("Paris, press office").
    pub device: String,
}

/// The answer to a sign-in: the device's token, shown this once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SignedIn {
    pub token: String,
    pub device: i64,
    pub person: Person,
}

/// A person and their roles, mission by mission.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Person {
    pub name: String,
    pub display_name: String,
    /// Mission code → the roles held there (`drafter`, `supervisor`, ...).
    pub roles: BTreeMap<String, Vec<String>>,
}

/// A mission's names in the three interface languages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Names {
    pub ar: String,
    pub fr: String,
    pub en: String,
}

/// A mission as the hub keeps it (the fields of `diwan_core::NewMission`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Mission {
    pub code: String,
    pub names: Names,
    pub kind: String,
    pub host_country: String,
    pub time_zone: String,
    pub working_languages: Vec<String>,
}

/// An account of a mission on a platform, known by those three.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Account {
    pub mission: String,
    pub platform: String,
    pub handle: String,
    pub languages: Vec<String>,
    pub limit_override: Option<u32>,
}

/// `GET /v1/directory`: the missions the asking person belongs to, their
/// accounts, and everyone holding a role at one of them (with those roles only).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Directory {
    pub missions: Vec<Mission>,
    #[serde(default)]
    pub accounts: Vec<Account>,
    pub people: Vec<Person>,
}

/// `GET /v1/health`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Health {
    pub schema_version: u32,
}

/// Any refusal: a message id of `locales/*/diwan.ftl` and its arguments,
/// which the desktop shows in its person's language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Refusal {
    pub code: String,
    #[serde(default)]
    pub args: BTreeMap<String, serde_json::Value>,
}
