//! What tests and the load benchmark put on a hub: a mission, its account,
//! and a new post as a desktop pushes it. One place, so that the hub's
//! tests, the desktop's and the benchmark speak of the same plan.

use diwan_core::account::NewAccount;
use diwan_core::{MissionCode, MissionNames, NewMission};
use diwan_protocol::{AccountKey, Change, NewPost};

/// An embassy working in Arabic, at `code` on `zone`'s clock.
pub fn mission(code: &str, zone: &str) -> NewMission {
    NewMission {
        code: code.into(),
        names: MissionNames {
            ar: "سفارة الجزائر".into(),
            fr: "Ambassade d'Algérie".into(),
            en: "Embassy of Algeria".into(),
        },
        kind: "embassy".into(),
        host_country: code[3..5].into(),
        time_zone: zone.into(),
        working_languages: vec!["ar".into()],
    }
}

/// The mission's X account `handle`, posting in Arabic.
pub fn account(code: &str, handle: &str) -> NewAccount {
    NewAccount {
        mission: MissionCode::parse(code).expect("a mission code"),
        platform: diwan_core::platform::Platform::X,
        handle: handle.into(),
        languages: vec!["ar".into()],
        limit_override: None,
    }
}

/// A new Arabic culture post at `mission` on its X account `handle`, for 5 December.
pub fn creation(mission: &str, handle: &str, text: &str) -> Change {
    Change::Create {
        post: NewPost {
            mission: mission.into(),
            time_zone: "Europe/Paris".into(),
            targets: vec![AccountKey { platform: "x".into(), handle: handle.into() }],
            category: "culture".into(),
            source_language: "ar".into(),
            languages: vec![],
            at: "2026-12-05T09:00:00Z".into(),
            text: text.into(),
            note: None,
            crisis_priority: false,
        },
    }
}
