//! What a desktop and the team hub say to each other over HTTP: the JSON of
//! each request and answer, shared by both sides so they cannot drift.
//! Plain data: whoever receives it checks it again with `diwan-core`'s
//! rules (a mission's fields, a name, a role) before using it; `convert`
//! reads it into core's types (and writes them out) on either side.

pub mod convert;

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

/// An account a post goes out on, known within the post's mission by
/// platform and handle (each desktop numbers accounts its own way).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct AccountKey {
    pub platform: String,
    pub handle: String,
}

/// A post as a drafter starts it (`diwan_core::post::NewPost`). Times are
/// RFC 3339 in UTC; language codes as `ar`, `fr`, `en`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct NewPost {
    pub mission: String,
    pub time_zone: String,
    pub targets: Vec<AccountKey>,
    pub category: String,
    pub source_language: String,
    pub languages: Vec<String>,
    pub at: String,
    pub text: String,
    pub note: Option<String>,
    pub crisis_priority: bool,
}

/// One use case a desktop ran (`diwan_core::sync::Change`, or creating a post).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case", rename_all_fields = "camelCase")]
pub enum Change {
    Create {
        post: NewPost,
    },
    EditText {
        language: String,
        text: String,
    },
    Reschedule {
        at: String,
    },
    Retarget {
        targets: Vec<AccountKey>,
    },
    Submit,
    MarkTranslated {
        language: String,
        override_reason: Option<String>,
    },
    Approve {
        fast_track: bool,
    },
    Reject {
        reason: String,
    },
    Schedule,
    Publish {
        url: String,
    },
    /// A crisis declared: the hub pauses its window's routine posts there.
    DeclareCrisis {
        missions: Vec<String>,
        from: String,
        to: String,
        reason: String,
    },
    /// A crisis ended: each post it paused resumed, rescheduled or back to
    /// draft (`resume`, `reschedule`, `to-draft`), by post uid, else `resolution`.
    EndCrisis {
        resolution: String,
        posts: BTreeMap<String, String>,
    },
    /// A category's approval policy set by an administrator, for the whole
    /// ministry (steps and fast track as `diwan_core::approval` writes them).
    SetPolicy {
        category: String,
        steps: Vec<String>,
        fast_track: Option<String>,
    },
    /// An image attached, by the SHA-256 (hex) of its bytes, which a desktop
    /// sends first (`PUT /v1/media/{hash}`).
    AttachMedia {
        content: String,
    },
    /// An image removed from the post.
    RemoveMedia {
        content: String,
    },
    /// One language's alt text of an image (empty removes it).
    SetMediaAlt {
        content: String,
        language: String,
        text: String,
    },
    /// A comment on the post (or on one language's variant), under the uid
    /// its desktop gave it. Comments leave the post's version as it is:
    /// they never conflict with its text or its decisions.
    AddComment {
        uid: String,
        language: Option<String>,
        body: String,
    },
    /// A comment marked resolved (once: resolving it again changes nothing).
    ResolveComment {
        uid: String,
    },
}

impl Change {
    /// A comment's change: beside the post, never a change of its content or state.
    pub fn is_comment(&self) -> bool {
        matches!(self, Self::AddComment { .. } | Self::ResolveComment { .. })
    }

    /// A crisis change: its `Pushed::post` is the crisis's uid.
    pub fn is_crisis(&self) -> bool {
        matches!(self, Self::DeclareCrisis { .. } | Self::EndCrisis { .. })
    }

    /// A change of no post (a crisis, a policy): nothing to redo on a post.
    pub fn is_of_a_post(&self) -> bool {
        !self.is_crisis() && !matches!(self, Self::SetPolicy { .. })
    }
}

/// One change as a desktop pushes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Pushed {
    /// Chosen by the desktop when the change was made: a change pushed
    /// twice (a retry after a lost answer) runs once, and gets its first answer.
    pub key: String,
    /// The post's uid (the crisis's, for a crisis change).
    pub post: String,
    /// The hub's version of the post the change was made from (none for a new post).
    pub base_version: Option<i64>,
    pub change: Change,
    /// The event of the desktop's audit chain the change was made under:
    /// the hub writes it into its own event for the change, linking the
    /// two chains (none from a desktop before links, or for an old change).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<ChainHead>,
}

/// `POST /v1/push`: changes in the order they were made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Push {
    pub changes: Vec<Pushed>,
}

/// What became of one pushed change.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "outcome", rename_all = "kebab-case", rename_all_fields = "camelCase")]
pub enum Outcome {
    /// Run and kept: the post is at `version` now, and `recorded` is the
    /// event of the hub's chain that records it.
    Accepted {
        key: String,
        version: i64,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        recorded: Option<ChainHead>,
    },
    /// Not run: someone changed the post meanwhile (`code` says how), or
    /// the post's rules refused it. Its author redoes or drops it.
    Refused { key: String, refusal: Refusal, conflict: bool },
}

impl Outcome {
    pub fn key(&self) -> &str {
        match self {
            Self::Accepted { key, .. } | Self::Refused { key, .. } => key,
        }
    }
}

/// The answer to a push: one outcome per change, in order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PushAnswer {
    pub outcomes: Vec<Outcome>,
}

/// One language's text of a post.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Variant {
    pub text: String,
    /// Hex digest of the source this translation was marked done against.
    pub translated_from: Option<String>,
    pub source_seen: Option<String>,
    pub qa_override: Option<QaOverride>,
}

/// Quality checks a translator overrode, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QaOverride {
    pub checks: Vec<String>,
    pub reason: String,
    pub by: String,
    pub at: String,
}

/// One approval of one step, of the post's current content.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Approval {
    pub user: String,
    pub step: u32,
    pub at: String,
    pub fast_track: bool,
}

/// A post as the hub keeps it and a desktop pulls it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Post {
    pub uid: String,
    /// Counts the changes the hub accepted on this post.
    pub version: i64,
    pub mission: String,
    pub time_zone: String,
    pub targets: Vec<AccountKey>,
    pub category: String,
    pub source_language: String,
    pub at: String,
    pub note: Option<String>,
    pub crisis_priority: bool,
    /// `draft`, `in-review`, ... (`diwan_core::post::PostStage`).
    pub state: String,
    /// The published URL or the rejection reason.
    pub state_detail: Option<String>,
    pub variants: BTreeMap<String, Variant>,
    pub drafter: String,
    pub contributors: Vec<String>,
    pub approvals: Vec<Approval>,
    /// The approval covers the content as it is (the post's invariant).
    pub approved: bool,
    /// The uid of the crisis holding it back, if one does.
    #[serde(default)]
    pub paused_by: Option<String>,
    /// Its images in order, each by the hash of its bytes, with alt texts.
    #[serde(default)]
    pub media: Vec<Media>,
    /// Its comments, oldest first.
    #[serde(default)]
    pub comments: Vec<Comment>,
}

/// An image of a post as it travels: the SHA-256 (hex) of its bytes (which
/// a desktop fetches by it, `GET /v1/media/{hash}`) and its alt texts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Media {
    pub content: String,
    pub alt: BTreeMap<String, String>,
}

/// A comment as it travels (`diwan_core::comment`), by uid.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Comment {
    pub uid: String,
    /// On one language's variant; none: on the post.
    pub language: Option<String>,
    pub author: String,
    pub body: String,
    pub created_at: String,
    pub resolved_by: Option<String>,
    pub resolved_at: Option<String>,
}

/// A crisis as the hub keeps it (`diwan_core::crisis::Crisis`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Crisis {
    pub uid: String,
    pub missions: Vec<String>,
    pub from: String,
    pub to: String,
    pub reason: String,
    pub declared_by: String,
    pub declared_at: String,
    pub ended_by: Option<String>,
    pub ended_at: Option<String>,
}

/// A category's approval policy as the hub keeps it, for every mission.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Policy {
    pub category: String,
    pub steps: Vec<String>,
    pub fast_track: Option<String>,
    pub updated_by: String,
    pub updated_at: String,
}

/// `GET /v1/pull?after=CURSOR`: the posts of the person's missions changed
/// since the cursor, each as it is now, and the cursor to ask from next.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pulled {
    pub posts: Vec<Post>,
    /// The crises of those missions declared or ended since the cursor.
    #[serde(default)]
    pub crises: Vec<Crisis>,
    /// The approval policies set since the cursor (the ministry's, for all).
    #[serde(default)]
    pub policies: Vec<Policy>,
    pub cursor: i64,
    /// More changed than one answer holds: ask again from `cursor`.
    pub more: bool,
    /// The hub's audit chain as it stood: a desktop keeps these heads and
    /// later asks whether the chain still holds them (`ChainCheck`).
    #[serde(default)]
    pub head: Option<ChainHead>,
}

/// The last event of the hub's audit chain: its number and hash (hex).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChainHead {
    pub seq: i64,
    pub hash: String,
}

/// `POST /v1/audit/check`: the heads a desktop saw, and the events that
/// record its changes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChainCheck {
    pub seqs: Vec<i64>,
}

/// The answer: the hub verified its whole chain (how many events), and the
/// hash and detail each asked event has now (none for an event the chain
/// lacks): a desktop finds its own event's link in the detail.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChainChecked {
    pub events: u64,
    pub hashes: BTreeMap<i64, Option<String>>,
    #[serde(default)]
    pub details: BTreeMap<i64, String>,
}

/// How a hub's event for a pushed change names the desktop event it links
/// (written into the event's detail, so the hub's chain hashes the link).
pub fn desktop_event_link(event: &ChainHead) -> String {
    format!("desktop event {} {}", event.seq, event.hash)
}
