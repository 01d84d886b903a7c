//! People and roles.

use diwan_core::audit::{AuditAction, NewAuditEvent};
use diwan_core::user::{Role, User, UserName};
use diwan_core::{template, MissionCode};
use diwan_store::StoreError;

use diwan_core::observance::Layer;
use diwan_core::preferences::Preferences;
use diwan_core::workspace::Place;

use crate::dto::{PlaceDto, PreferencesDto, RoleDto, UserDto};
use crate::{ApiError, Diwan};

impl Diwan {
    pub fn users(&self) -> Result<Vec<UserDto>, ApiError> {
        Ok(self
            .store
            .read()
            .users()?
            .into_iter()
            .map(|user| UserDto {
                name: user.name.to_string(),
                roles: user
                    .role_pairs()
                    .map(|(mission, role)| RoleDto { mission: mission.to_string(), role: role.into() })
                    .collect(),
                can_edit_templates: template::editor_refusal(&user).is_none(),
                can_edit_glossary: diwan_core::translation::glossary::editor_refusal(&user).is_none(),
                can_edit_policies: diwan_core::approval::editor_refusal(&user).is_none(),
                display_name: user.display_name,
            })
            .collect())
    }

    /// Where `name` left off (the desk, with no mission, the first time).
    pub fn place(&self, name: &str) -> Result<PlaceDto, ApiError> {
        let user = self.user(name)?;
        let stored = self.store.setting(&place_key(&user))?.unwrap_or_default();
        let Place { workspace, mission } = Place::from_stored(&stored);
        Ok(PlaceDto { workspace: workspace.into(), mission: mission.map(|m| m.to_string()) })
    }

    /// Remembers where `name` is: the workspace, and the mission if it exists.
    pub fn set_place(&mut self, name: &str, place: &PlaceDto) -> Result<(), ApiError> {
        let user = self.user(name)?;
        let mission = place.mission.as_deref().map(MissionCode::parse).transpose()?;
        if let Some(code) = &mission {
            self.store.mission(code)?.ok_or_else(|| ApiError::MissionNotFound { code: code.to_string() })?;
        }
        let place = Place { workspace: place.workspace.into(), mission };
        self.store.set_setting(&place_key(&user), &place.to_stored())?;
        Ok(())
    }

    /// How `name` likes the interface (Arabic-Indic digits until they choose).
    pub fn preferences(&self, name: &str) -> Result<PreferencesDto, ApiError> {
        let user = self.user(name)?;
        let stored = self.store.setting(&preferences_key(&user))?.unwrap_or_default();
        let Preferences { digits, hijri_dates, spell_check, hidden_layers } = Preferences::from_stored(&stored);
        let hidden_layers = hidden_layers.into_iter().map(|l| l.as_str().to_owned()).collect();
        Ok(PreferencesDto { digits: digits.into(), hijri_dates, spell_check, hidden_layers })
    }

    pub fn set_preferences(&mut self, name: &str, preferences: &PreferencesDto) -> Result<(), ApiError> {
        let user = self.user(name)?;
        let PreferencesDto { digits, hijri_dates, spell_check, hidden_layers } = preferences;
        let hidden_layers = hidden_layers.iter().filter_map(|l| Layer::from_name(l)).collect();
        let preferences = Preferences {
            digits: (*digits).into(),
            hijri_dates: *hijri_dates,
            spell_check: *spell_check,
            hidden_layers,
        };
        self.store.set_setting(&preferences_key(&user), &preferences.to_stored())?;
        Ok(())
    }

    /// Adds a person with roles given as `role@MISSION` (e.g.
    /// `supervisor@DZ-FR-PAR`) and, for a translator, the languages they
    /// translate into (none: every language of their missions).
    pub fn add_user(
        &mut self,
        name: &str,
        display_name: &str,
        roles: &[String],
        translates: &[String],
    ) -> Result<(), ApiError> {
        let mut user = User::new(UserName::parse(name)?, display_name);
        for spec in roles {
            let (role, mission) = spec.split_once('@').unwrap_or((spec, ""));
            user.grant(MissionCode::parse(mission)?, role.parse::<Role>()?);
        }
        for code in translates {
            user.translates.insert(crate::posts::language(code)?);
        }
        let now = self.now();
        let mut detail = roles.join(" ");
        if !translates.is_empty() {
            detail.push_str(&format!(" translates:{}", translates.join(",")));
        }
        self.store.write(|w| {
            w.insert_user(&user, now)?;
            w.append_audit(
                NewAuditEvent::new(now, "system", AuditAction::UserAdded, format!("user:{}", user.name))
                    .with_detail(detail),
            )?;
            Ok::<_, ApiError>(())
        })
    }

    /// Grants one more role.
    pub fn grant_role(&mut self, name: &str, role: &str, mission: &str) -> Result<(), ApiError> {
        let user = UserName::parse(name)?;
        let role = role.parse::<Role>()?;
        let mission = MissionCode::parse(mission)?;
        let now = self.now();
        self.store.write(|w| {
            w.grant(&user, &mission, role).map_err(|e| match e {
                StoreError::NotFound { kind: "user", .. } => ApiError::UserNotFound { name: user.to_string() },
                other => ApiError::from(other),
            })?;
            w.append_audit(
                NewAuditEvent::new(now, "system", AuditAction::UserRoleGranted, format!("user:{user}"))
                    .with_detail(format!("{}@{}", role.as_str(), mission)),
            )?;
            Ok(())
        })
    }
}

/// The setting that holds one person's preferences.
fn preferences_key(user: &User) -> String {
    format!("preferences:{}", user.name)
}

/// The setting that holds where one person left off.
fn place_key(user: &User) -> String {
    format!("place:{}", user.name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::names::{DigitsName, WorkspaceName};

    #[test]
    fn each_person_keeps_their_own_digits() {
        let mut diwan = crate::testing::demo();
        assert_eq!(diwan.preferences("samir").expect("read").digits, DigitsName::ArabicIndic, "Arabic-Indic at first");
        diwan
            .set_preferences(
                "samir",
                &PreferencesDto {
                    digits: DigitsName::Latin,
                    hijri_dates: None,
                    spell_check: true,
                    hidden_layers: vec![],
                },
            )
            .expect("set");
        assert_eq!(diwan.preferences("samir").expect("read").digits, DigitsName::Latin);
        assert_eq!(diwan.preferences("karim").expect("read").digits, DigitsName::ArabicIndic, "per person");
        assert!(diwan.preferences("samir").expect("read").spell_check, "spell-checking is on at first");
        diwan
            .set_preferences(
                "samir",
                &PreferencesDto {
                    digits: DigitsName::Latin,
                    hijri_dates: Some(false),
                    spell_check: false,
                    hidden_layers: vec!["host".into(), "moon".into()],
                },
            )
            .expect("set");
        let samir = diwan.preferences("samir").expect("read");
        assert_eq!((samir.digits, samir.hijri_dates, samir.spell_check), (DigitsName::Latin, Some(false), false));
        assert_eq!(samir.hidden_layers, ["host"], "the calendar's layers hidden, a name that is no layer left out");
        assert!(diwan.preferences("karim").expect("read").spell_check, "per person");
        assert!(diwan
            .set_preferences(
                "nobody",
                &PreferencesDto {
                    digits: DigitsName::Latin,
                    hijri_dates: None,
                    spell_check: true,
                    hidden_layers: vec![]
                }
            )
            .is_err());
    }

    #[test]
    fn each_person_comes_back_to_the_workspace_and_mission_they_left() {
        let mut diwan = crate::testing::demo();
        let first = diwan.place("samir").expect("place");
        assert_eq!((first.workspace, first.mission), (WorkspaceName::Desk, None), "the desk the first time");
        let approvals = PlaceDto { workspace: WorkspaceName::Approvals, mission: Some("DZ-FR-PAR".into()) };
        diwan.set_place("samir", &approvals).expect("set");
        assert_eq!(diwan.place("samir").expect("place"), approvals);
        assert_eq!(diwan.place("karim").expect("place").workspace, WorkspaceName::Desk, "a place is per person");
        let nowhere = PlaceDto { workspace: WorkspaceName::Audit, mission: Some("XX-YY-ZZZ".into()) };
        assert!(diwan.set_place("samir", &nowhere).is_err(), "a mission that does not exist is refused");
        assert_eq!(diwan.place("samir").expect("place"), approvals, "and changes nothing");
        assert!(diwan.place("nobody").is_err());
    }
}
