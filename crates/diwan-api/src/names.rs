//! The core's closed lists of names as they cross IPC: string unions in
//! TypeScript (ts-rs), one serde name per value. Each DTO enum converts from
//! its core vocabulary with an exhaustive match, so a value added in the core
//! breaks the build here until it is named; a test checks that the names are
//! the core's own.

use diwan_core::crisis::Resolution;
use diwan_core::mission::MissionKind;
use diwan_core::observance::Layer;
use diwan_core::platform::Platform;
use diwan_core::post::{Category, PostStage, VariantState};
use diwan_core::preferences::Digits;
use diwan_core::translation::qa::QaCheck;
use diwan_core::translation::TranslationNeed;
use diwan_core::user::Role;
use diwan_core::workspace::Workspace;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::dto::VocabularyDto;
use crate::Diwan;

macro_rules! names {
    ($(#[$meta:meta])* $name:ident from $core:ident { $($variant:ident),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
        #[serde(rename_all = "kebab-case")]
        pub enum $name {
            $($variant),+
        }

        impl From<$core> for $name {
            fn from(value: $core) -> Self {
                match value {
                    $($core::$variant => Self::$variant),+
                }
            }
        }

        impl From<$name> for $core {
            fn from(value: $name) -> Self {
                match value {
                    $($name::$variant => Self::$variant),+
                }
            }
        }

        /// The core's name, as the CLI prints it.
        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str($core::from(*self).as_str())
            }
        }

        impl $name {
            /// Every value, in the core's order.
            pub fn all() -> Vec<Self> {
                $core::ALL.into_iter().map(Self::from).collect()
            }
        }
    };
}

names! {
    /// Where a post is in its workflow.
    PostStateName from PostStage { Draft, InTranslation, InReview, Approved, Scheduled, Published, Rejected }
}

names! {
    /// What a post is about.
    CategoryName from Category {
        Announcement, Protocol, NationalOccasion, Culture, Consular, Economy, Crisis, CounterDisinformation,
        InteractiveSession,
    }
}

names! {
    PlatformName from Platform { X, Facebook, Instagram, Linkedin, Threads, Bluesky, Mastodon, Telegram, Weibo, Youtube }
}

names! {
    /// What a person may do at a mission.
    RoleName from Role { Drafter, Translator, Supervisor, Admin }
}

names! {
    /// One of the app's views.
    WorkspaceName from Workspace { Desk, Translation, Approvals, Audit, Reports, Settings }
}

names! {
    /// The digits of the Arabic interface.
    DigitsName from Digits { Latin, ArabicIndic }
}

names! {
    /// A language version's state: missing, draft, translated, stale or approved.
    VariantStateName from VariantState { Missing, Draft, Translated, Stale, Approved }
}

names! {
    /// Why a language version is in a translator's queue.
    TranslationNeedName from TranslationNeed { Missing, Draft, Stale, SentBack }
}

names! {
    /// One quality check of a translation.
    QaCheckName from QaCheck {
        Links, Hashtags, Mentions, Numbers, Glossary, Limit, SameAsSource, FrenchSpacing, ArabicPunctuation, Tatweel,
        BidiControls, Digits, Language,
    }
}

names! {
    /// What kind of post a mission is.
    MissionKindName from MissionKind { Ministry, Embassy, Consulate, PermanentRepresentation }
}

names! {
    /// A layer of the world's calendar behind a mission's plan.
    LayerName from Layer { Religious, Host, Home, Ministry }
}

names! {
    /// What becomes of a paused post when its crisis ends.
    ResolutionName from Resolution { Resume, Reschedule, ToDraft }
}

impl Diwan {
    /// The lists the UI offers (filters, legends, pickers), in the core's order.
    pub fn vocabulary() -> VocabularyDto {
        VocabularyDto {
            post_states: PostStateName::all(),
            categories: CategoryName::all(),
            platforms: PlatformName::all(),
            roles: RoleName::all(),
            approver_roles: diwan_core::approval::APPROVER_ROLES.into_iter().map(RoleName::from).collect(),
            resolutions: ResolutionName::all(),
            workspaces: WorkspaceName::all(),
            audit_actions: diwan_core::audit::AuditAction::NAMES.iter().map(|n| (*n).to_owned()).collect(),
            mission_kinds: std::iter::once(MissionKind::USUAL)
                .chain(MissionKind::ALL.into_iter().filter(|kind| *kind != MissionKind::USUAL))
                .map(MissionKindName::from)
                .collect(),
            layers: LayerName::all(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(value: impl Serialize) -> String {
        serde_json::to_value(value).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()
    }

    #[test]
    fn every_name_crossing_ipc_is_the_cores_own() {
        for stage in PostStage::ALL {
            assert_eq!(name(PostStateName::from(stage)), stage.as_str());
        }
        for category in Category::ALL {
            assert_eq!(name(CategoryName::from(category)), category.as_str());
        }
        for platform in Platform::ALL {
            assert_eq!(name(PlatformName::from(platform)), platform.as_str());
        }
        for role in Role::ALL {
            assert_eq!(name(RoleName::from(role)), role.as_str());
        }
        for workspace in Workspace::ALL {
            assert_eq!(name(WorkspaceName::from(workspace)), workspace.as_str());
        }
        for digits in Digits::ALL {
            assert_eq!(name(DigitsName::from(digits)), digits.as_str());
        }
        for kind in MissionKind::ALL {
            assert_eq!(name(MissionKindName::from(kind)), kind.as_str());
        }
        for layer in Layer::ALL {
            assert_eq!(name(LayerName::from(layer)), layer.as_str());
        }
        for state in VariantState::ALL {
            assert_eq!(name(VariantStateName::from(state)), state.as_str());
        }
        for need in TranslationNeed::ALL {
            assert_eq!(name(TranslationNeedName::from(need)), need.as_str());
        }
        for check in QaCheck::ALL {
            assert_eq!(name(QaCheckName::from(check)), check.as_str());
        }
    }

    #[test]
    fn the_vocabulary_offers_every_mission_kind_once_the_usual_first_and_every_layer() {
        let vocabulary = Diwan::vocabulary();
        assert_eq!(vocabulary.mission_kinds.first().copied(), Some(MissionKindName::from(MissionKind::USUAL)));
        let mut kinds: Vec<String> = vocabulary.mission_kinds.iter().map(ToString::to_string).collect();
        kinds.sort();
        let mut all: Vec<String> = MissionKind::NAMES.iter().map(|n| (*n).to_owned()).collect();
        all.sort();
        assert_eq!(kinds, all);
        assert_eq!(vocabulary.layers.iter().map(ToString::to_string).collect::<Vec<_>>(), Layer::NAMES);
    }
}
