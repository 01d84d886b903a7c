//! The wire's types to and from `diwan-core`'s. Accounts travel by
//! platform and handle; each side numbers them its own way, so each
//! conversion takes the side's own lookup. Everything read off the wire is
//! parsed with the core's own parsers: a field that does not parse is an
//! [`Unreadable`], never a guess.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use diwan_core::account::{Account, AccountId};
use diwan_core::crisis::{Crisis, CrisisId, Resolution};
use diwan_core::hash::ContentHash;
use diwan_core::post::{self, Category, PostId, PostStage, PostState};
use diwan_core::sync::Change as CoreChange;
use diwan_core::translation::qa::QaCheck;
use diwan_core::user::UserName;
use diwan_core::{LanguageCode, MissionCode};

use crate::{AccountKey, Approval, Change, Media, NewPost, Post, QaOverride, Variant};

/// A field of what came over the wire that the core does not accept.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {value:?} cannot be read")]
pub struct Unreadable {
    pub field: &'static str,
    pub value: String,
}

fn unreadable(field: &'static str, value: &str) -> Unreadable {
    Unreadable { field, value: value.chars().take(80).collect() }
}

pub fn time(at: &str) -> Result<DateTime<Utc>, Unreadable> {
    DateTime::parse_from_rfc3339(at).map(|t| t.with_timezone(&Utc)).map_err(|_| unreadable("time", at))
}

pub fn time_out(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(chrono::SecondsFormat::Micros, true)
}

pub fn language(code: &str) -> Result<LanguageCode, Unreadable> {
    LanguageCode::parse(code).ok_or_else(|| unreadable("language", code))
}

fn name(name: &str) -> Result<UserName, Unreadable> {
    UserName::parse(name).map_err(|_| unreadable("name", name))
}

fn zone(zone: &str) -> Result<Tz, Unreadable> {
    zone.parse().map_err(|_| unreadable("time zone", zone))
}

/// Looks accounts up both ways on one side (the hub's, or a desktop's).
pub trait Accounts {
    fn id(&self, key: &AccountKey) -> Option<AccountId>;
    fn key(&self, id: AccountId) -> Option<AccountKey>;
}

/// Looks crises up both ways on one side: each side numbers them its own way too.
pub trait Crises {
    fn id(&self, uid: &str) -> Option<CrisisId>;
    fn uid(&self, id: CrisisId) -> Option<String>;
}

/// The crises one side knows, with their uids.
#[derive(Debug, Clone, Default)]
pub struct CrisisList(pub Vec<(CrisisId, String)>);

impl Crises for CrisisList {
    fn id(&self, uid: &str) -> Option<CrisisId> {
        self.0.iter().find(|(_, u)| u == uid).map(|(id, _)| *id)
    }

    fn uid(&self, id: CrisisId) -> Option<String> {
        self.0.iter().find(|(i, _)| *i == id).map(|(_, uid)| uid.clone())
    }
}

/// A crisis for the wire.
pub fn crisis_out(crisis: &Crisis, uid: &str) -> crate::Crisis {
    crate::Crisis {
        uid: uid.to_owned(),
        missions: crisis.missions.iter().map(ToString::to_string).collect(),
        from: time_out(crisis.from),
        to: time_out(crisis.to),
        reason: crisis.reason.clone(),
        declared_by: crisis.declared_by.to_string(),
        declared_at: time_out(crisis.declared_at),
        ended_by: crisis.ended.as_ref().map(|(by, _)| by.to_string()),
        ended_at: crisis.ended.as_ref().map(|(_, at)| time_out(*at)),
    }
}

/// A crisis off the wire, under this side's `id`.
pub fn crisis(wire: &crate::Crisis, id: CrisisId) -> Result<Crisis, Unreadable> {
    let ended = match (&wire.ended_by, &wire.ended_at) {
        (Some(by), Some(at)) => Some((name(by)?, time(at)?)),
        _ => None,
    };
    Ok(Crisis {
        id,
        missions: wire
            .missions
            .iter()
            .map(|m| MissionCode::parse(m).map_err(|_| unreadable("mission", m)))
            .collect::<Result<_, _>>()?,
        from: time(&wire.from)?,
        to: time(&wire.to)?,
        reason: wire.reason.clone(),
        declared_by: name(&wire.declared_by)?,
        declared_at: time(&wire.declared_at)?,
        ended,
    })
}

/// A resolution's name off the wire.
pub fn resolution(name: &str) -> Result<Resolution, Unreadable> {
    Resolution::from_name(name).ok_or_else(|| unreadable("resolution", name))
}

/// A mission's accounts as one side numbers them.
#[derive(Debug, Clone, Default)]
pub struct AccountList(pub Vec<Account>);

impl Accounts for AccountList {
    fn id(&self, key: &AccountKey) -> Option<AccountId> {
        self.0.iter().find(|a| a.platform.as_str() == key.platform && a.handle.as_str() == key.handle).map(|a| a.id)
    }

    fn key(&self, id: AccountId) -> Option<AccountKey> {
        self.0
            .iter()
            .find(|a| a.id == id)
            .map(|a| AccountKey { platform: a.platform.as_str().to_owned(), handle: a.handle.as_str().to_owned() })
    }
}

impl AccountList {
    /// The accounts `post` goes out on, for the core's fit checks.
    pub fn targets(&self, post: &post::Post) -> post::Targets {
        let accounts = self.0.iter().filter(|a| post.targets.contains(&a.id)).cloned().collect();
        post::Targets { accounts, has_media: !post.media.is_empty() }
    }
}

fn targets_in(keys: &[AccountKey], accounts: &impl Accounts) -> Result<BTreeSet<AccountId>, Unreadable> {
    keys.iter()
        .map(|k| accounts.id(k).ok_or_else(|| unreadable("account", &format!("{}:{}", k.platform, k.handle))))
        .collect()
}

fn targets_out(ids: &BTreeSet<AccountId>, accounts: &impl Accounts) -> Vec<AccountKey> {
    ids.iter().filter_map(|id| accounts.key(*id)).collect()
}

/// A new post off the wire.
pub fn new_post(wire: &NewPost, accounts: &impl Accounts) -> Result<post::NewPost, Unreadable> {
    Ok(post::NewPost {
        mission: MissionCode::parse(&wire.mission).map_err(|_| unreadable("mission", &wire.mission))?,
        time_zone: zone(&wire.time_zone)?,
        targets: targets_in(&wire.targets, accounts)?,
        category: wire.category.parse().map_err(|_| unreadable("category", &wire.category))?,
        source_language: language(&wire.source_language)?,
        languages: wire.languages.iter().map(|l| language(l)).collect::<Result<_, _>>()?,
        at: time(&wire.at)?,
        text: wire.text.clone(),
        note: wire.note.clone(),
        crisis_priority: wire.crisis_priority,
    })
}

/// A post as it was started, for the wire.
pub fn new_post_out(post: &post::Post, languages: &[LanguageCode], accounts: &impl Accounts) -> NewPost {
    NewPost {
        mission: post.mission.to_string(),
        time_zone: post.time_zone.name().to_owned(),
        targets: targets_out(&post.targets, accounts),
        category: post.category.as_str().to_owned(),
        source_language: post.source_language.to_string(),
        languages: languages.iter().map(ToString::to_string).collect(),
        at: time_out(post.at),
        text: post.source_text().to_owned(),
        note: post.note.clone(),
        crisis_priority: post.crisis_priority,
    }
}

/// A change off the wire; `None` for a creation, a crisis, a policy or a
/// comment, which are no change of one post's content or state.
pub fn change(wire: &Change, accounts: &impl Accounts) -> Result<Option<CoreChange>, Unreadable> {
    Ok(Some(match wire {
        Change::Create { .. }
        | Change::DeclareCrisis { .. }
        | Change::EndCrisis { .. }
        | Change::SetPolicy { .. }
        | Change::AddComment { .. }
        | Change::ResolveComment { .. } => return Ok(None),
        Change::EditText { language: l, text } => CoreChange::EditText { language: language(l)?, text: text.clone() },
        Change::Reschedule { at } => CoreChange::Reschedule { at: time(at)? },
        Change::Retarget { targets } => CoreChange::Retarget { targets: targets_in(targets, accounts)? },
        Change::Submit => CoreChange::Submit,
        Change::MarkTranslated { language: l, override_reason } => {
            CoreChange::MarkTranslated { language: language(l)?, override_reason: override_reason.clone() }
        }
        Change::Approve { fast_track } => CoreChange::Approve { fast_track: *fast_track },
        Change::Reject { reason } => CoreChange::Reject { reason: reason.clone() },
        Change::Schedule => CoreChange::Schedule,
        Change::Publish { url } => CoreChange::Publish { url: url.clone() },
        Change::AttachMedia { content } => CoreChange::Attach { content: hash(content)? },
        Change::RemoveMedia { content } => CoreChange::Detach { content: hash(content)? },
        Change::SetMediaAlt { content, language: l, text } => {
            CoreChange::SetAlt { content: hash(content)?, language: language(l)?, text: text.clone() }
        }
    }))
}

fn hash(hex: &str) -> Result<ContentHash, Unreadable> {
    ContentHash::from_hex(hex).ok_or_else(|| unreadable("hash", hex))
}

/// A change for the wire.
pub fn change_out(change: &CoreChange, accounts: &impl Accounts) -> Change {
    match change {
        CoreChange::EditText { language, text } => {
            Change::EditText { language: language.to_string(), text: text.clone() }
        }
        CoreChange::Reschedule { at } => Change::Reschedule { at: time_out(*at) },
        CoreChange::Retarget { targets } => Change::Retarget { targets: targets_out(targets, accounts) },
        CoreChange::Submit => Change::Submit,
        CoreChange::MarkTranslated { language, override_reason } => {
            Change::MarkTranslated { language: language.to_string(), override_reason: override_reason.clone() }
        }
        CoreChange::Approve { fast_track } => Change::Approve { fast_track: *fast_track },
        CoreChange::Reject { reason } => Change::Reject { reason: reason.clone() },
        CoreChange::Schedule => Change::Schedule,
        CoreChange::Publish { url } => Change::Publish { url: url.clone() },
        CoreChange::Attach { content } => Change::AttachMedia { content: content.to_hex() },
        CoreChange::Detach { content } => Change::RemoveMedia { content: content.to_hex() },
        CoreChange::SetAlt { content, language, text } => {
            Change::SetMediaAlt { content: content.to_hex(), language: language.to_string(), text: text.clone() }
        }
    }
}

/// A post for the wire, at the hub's `version`.
pub fn post_out(post: &post::Post, uid: &str, version: i64, accounts: &impl Accounts, crises: &impl Crises) -> Post {
    let (state_detail, state) = match &post.state {
        PostState::Published { url } => (Some(url.clone()), post.state.as_str()),
        PostState::Rejected { reason } => (Some(reason.clone()), post.state.as_str()),
        other => (None, other.as_str()),
    };
    Post {
        uid: uid.to_owned(),
        version,
        mission: post.mission.to_string(),
        time_zone: post.time_zone.name().to_owned(),
        targets: targets_out(&post.targets, accounts),
        category: post.category.as_str().to_owned(),
        source_language: post.source_language.to_string(),
        at: time_out(post.at),
        note: post.note.clone(),
        crisis_priority: post.crisis_priority,
        state: state.to_owned(),
        state_detail,
        variants: post
            .variants
            .iter()
            .map(|(language, v)| {
                let wire = Variant {
                    text: v.text.clone(),
                    translated_from: v.translated_from.map(|h| h.to_hex()),
                    source_seen: v.source_seen.clone(),
                    qa_override: v.qa_override.as_ref().map(|o| QaOverride {
                        checks: o.checks.iter().map(|c| c.as_str().to_owned()).collect(),
                        reason: o.reason.clone(),
                        by: o.by.to_string(),
                        at: time_out(o.at),
                    }),
                };
                (language.to_string(), wire)
            })
            .collect(),
        drafter: post.drafter.to_string(),
        contributors: post.contributors.iter().map(ToString::to_string).collect(),
        approvals: post
            .approvals
            .iter()
            .map(|a| Approval {
                user: a.user.to_string(),
                step: u32::try_from(a.step).unwrap_or(u32::MAX),
                at: time_out(a.at),
                fast_track: a.fast_track,
            })
            .collect(),
        approved: post.approved_content.is_some_and(|h| h == post.content_hash()),
        paused_by: post.paused_by.and_then(|id| crises.uid(id)),
        media: post
            .media
            .iter()
            .map(|a| Media {
                content: a.content.to_hex(),
                alt: a.alt.iter().map(|(l, t)| (l.to_string(), t.clone())).collect(),
            })
            .collect(),
        // Comments are kept beside the post on both sides, and added by whoever sends it.
        comments: Vec::new(),
    }
}

/// A post off the wire, under this side's `id`. Its approvals are bound to
/// the content as this side hashes it (account numbers are part of the
/// hash, and differ from side to side) when the wire says they cover it.
pub fn post(wire: &Post, id: PostId, accounts: &impl Accounts, crises: &impl Crises) -> Result<post::Post, Unreadable> {
    // Numbered 1, 2, … in order: each side keeps its own attachment ids
    // (the content hash leaves them out) and renumbers as it stores them.
    let mut media = Vec::with_capacity(wire.media.len());
    for (n, m) in wire.media.iter().enumerate() {
        let mut alt = BTreeMap::new();
        for (code, text) in &m.alt {
            alt.insert(language(code)?, text.clone());
        }
        media.push(post::Attachment { id: i64::try_from(n).unwrap_or(i64::MAX) + 1, content: hash(&m.content)?, alt });
    }
    let stage = PostStage::from_name(&wire.state).ok_or_else(|| unreadable("state", &wire.state))?;
    let detail = || wire.state_detail.clone().unwrap_or_default();
    let state = match stage {
        PostStage::Draft => PostState::Draft,
        PostStage::InTranslation => PostState::InTranslation,
        PostStage::InReview => PostState::InReview,
        PostStage::Approved => PostState::Approved,
        PostStage::Scheduled => PostState::Scheduled,
        PostStage::Published => PostState::Published { url: detail() },
        PostStage::Rejected => PostState::Rejected { reason: detail() },
    };
    let mut variants = BTreeMap::new();
    for (code, v) in &wire.variants {
        let qa_override = match &v.qa_override {
            None => None,
            Some(o) => Some(post::QaOverride {
                checks: o
                    .checks
                    .iter()
                    .map(|c| QaCheck::from_name(c).ok_or_else(|| unreadable("check", c)))
                    .collect::<Result<_, _>>()?,
                reason: o.reason.clone(),
                by: name(&o.by)?,
                at: time(&o.at)?,
            }),
        };
        let translated_from = match &v.translated_from {
            None => None,
            Some(hex) => Some(ContentHash::from_hex(hex).ok_or_else(|| unreadable("hash", hex))?),
        };
        variants.insert(
            language(code)?,
            post::Variant { text: v.text.clone(), translated_from, source_seen: v.source_seen.clone(), qa_override },
        );
    }
    let mut post = post::Post {
        id,
        mission: MissionCode::parse(&wire.mission).map_err(|_| unreadable("mission", &wire.mission))?,
        time_zone: zone(&wire.time_zone)?,
        targets: targets_in(&wire.targets, accounts)?,
        category: wire.category.parse::<Category>().map_err(|_| unreadable("category", &wire.category))?,
        source_language: language(&wire.source_language)?,
        at: time(&wire.at)?,
        note: wire.note.clone(),
        crisis_priority: wire.crisis_priority,
        state,
        variants,
        media,
        drafter: name(&wire.drafter)?,
        contributors: wire.contributors.iter().map(|n| name(n)).collect::<Result<_, _>>()?,
        approvals: Vec::new(),
        approved_content: None,
        paused_by: match &wire.paused_by {
            None => None,
            Some(uid) => Some(crises.id(uid).ok_or_else(|| unreadable("crisis", uid))?),
        },
    };
    let content = post.content_hash();
    for a in &wire.approvals {
        post.approvals.push(post::Approval {
            user: name(&a.user)?,
            step: usize::try_from(a.step).map_err(|_| unreadable("step", &a.step.to_string()))?,
            content,
            at: time(&a.at)?,
            fast_track: a.fast_track,
        });
    }
    if wire.approved {
        post.approved_content = Some(content);
    }
    Ok(post)
}

#[cfg(test)]
mod tests {
    use super::*;
    use diwan_core::user::{Role, User};

    /// Two sides numbering the same two accounts differently.
    struct Side(Vec<(i64, &'static str)>);

    impl Accounts for Side {
        fn id(&self, key: &AccountKey) -> Option<AccountId> {
            self.0.iter().find(|(_, h)| *h == key.handle).map(|(id, _)| AccountId(*id))
        }
        fn key(&self, id: AccountId) -> Option<AccountKey> {
            self.0
                .iter()
                .find(|(n, _)| *n == id.0)
                .map(|(_, h)| AccountKey { platform: "x".into(), handle: (*h).to_owned() })
        }
    }

    fn people() -> (User, User) {
        let mission = MissionCode::parse("DZ-FR-PAR").unwrap();
        let mut drafter = User::new(UserName::parse("karim").unwrap(), "Karim");
        drafter.grant(mission.clone(), Role::Drafter);
        let mut supervisor = User::new(UserName::parse("samir").unwrap(), "Samir");
        supervisor.grant(mission, Role::Supervisor);
        (drafter, supervisor)
    }

    #[test]
    fn a_post_crosses_between_sides_that_number_accounts_differently_and_stays_approved() {
        let (here, there) = (Side(vec![(1, "dz_paris"), (2, "dz_fr")]), Side(vec![(7, "dz_fr"), (9, "dz_paris")]));
        let (drafter, supervisor) = people();
        let new = post::NewPost {
            mission: MissionCode::parse("DZ-FR-PAR").unwrap(),
            time_zone: chrono_tz::Europe::Paris,
            targets: BTreeSet::from([AccountId(1), AccountId(2)]),
            category: Category::Culture,
            source_language: language("ar").unwrap(),
            languages: Vec::new(),
            at: time("2026-12-05T09:00:00Z").unwrap(),
            text: "تهنئ سفارة الجزائر".into(),
            note: Some("للسفير".into()),
            crisis_priority: false,
        };
        let mut original = post::Post::create(PostId(4), new, &drafter).unwrap();
        original.state = PostState::InReview;
        // With an image (by its hash) and its Arabic alt text.
        let ar = diwan_core::LanguageCode::parse("ar").unwrap();
        original.media.push(post::Attachment {
            id: 1,
            content: ContentHash([5; 32]),
            alt: BTreeMap::from([(ar, "السفير في المركز الثقافي".to_owned())]),
        });
        // An approved post, as the store would load it.
        original.approvals.push(post::Approval {
            user: supervisor.name.clone(),
            step: 0,
            content: original.content_hash(),
            at: time("2026-12-02T10:00:00Z").unwrap(),
            fast_track: false,
        });
        original.state = PostState::Approved;
        original.approved_content = Some(original.content_hash());

        // Paused by a crisis each side numbers its own way.
        original.paused_by = Some(CrisisId(2));
        let (crises_here, crises_there) =
            (CrisisList(vec![(CrisisId(2), "c-uid".into())]), CrisisList(vec![(CrisisId(11), "c-uid".into())]));
        let wire = post_out(&original, "0190-uid", 3, &here, &crises_here);
        let json = serde_json::to_string(&wire).unwrap();
        let read: Post = serde_json::from_str(&json).unwrap();
        let there_post = post(&read, PostId(80), &there, &crises_there).unwrap();
        assert_eq!(there_post.paused_by, Some(CrisisId(11)));
        assert_eq!(there_post.targets, BTreeSet::from([AccountId(7), AccountId(9)]));
        assert_ne!(there_post.content_hash(), original.content_hash(), "the numbers are part of the hash");
        assert_eq!(there_post.approved_content, Some(there_post.content_hash()), "still bound, in its own terms");
        // And back: the same post as it left.
        let back =
            post(&post_out(&there_post, "0190-uid", 3, &there, &crises_there), PostId(4), &here, &crises_here).unwrap();
        assert_eq!(back, original);
    }

    #[test]
    fn what_does_not_parse_is_unreadable_never_guessed() {
        let wire = Change::EditText { language: "klingon-ish".into(), text: "x".into() };
        assert_eq!(change(&wire, &Side(vec![])).unwrap_err().field, "language");
        let wire = Change::Reschedule { at: "tomorrow".into() };
        assert_eq!(change(&wire, &Side(vec![])).unwrap_err().field, "time");
        let wire = Change::Retarget { targets: vec![AccountKey { platform: "x".into(), handle: "gone".into() }] };
        assert_eq!(change(&wire, &Side(vec![])).unwrap_err().field, "account");
    }

    #[test]
    fn every_change_survives_the_wire() {
        let side = Side(vec![(1, "dz_paris")]);
        for core in [
            CoreChange::EditText { language: language("fr").unwrap(), text: "Bonjour".into() },
            CoreChange::Reschedule { at: time("2026-12-05T09:00:00.123456Z").unwrap() },
            CoreChange::Retarget { targets: BTreeSet::from([AccountId(1)]) },
            CoreChange::Submit,
            CoreChange::MarkTranslated { language: language("en").unwrap(), override_reason: Some("names".into()) },
            CoreChange::Approve { fast_track: true },
            CoreChange::Reject { reason: "ton".into() },
            CoreChange::Schedule,
            CoreChange::Publish { url: "https://x.com/1".into() },
        ] {
            let json = serde_json::to_string(&change_out(&core, &side)).unwrap();
            let back: Change = serde_json::from_str(&json).unwrap();
            assert_eq!(change(&back, &side).unwrap(), Some(core), "{json}");
        }
    }
}
