//! People and roles.

use diwan_core::audit::{AuditAction, NewAuditEvent};
use diwan_core::user::{Role, User, UserName};
use diwan_core::{template, MissionCode};
use diwan_store::StoreError;

use crate::dto::{RoleDto, UserDto};
use crate::{ApiError, Diwan};

/// The setting that holds who is using the desktop app.
const CURRENT_USER_SETTING: &str = "current-user";

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
                display_name: user.display_name,
            })
            .collect())
    }

    /// Who the desktop app acts for, if someone was chosen and still exists.
    pub fn current_user(&self) -> Result<Option<String>, ApiError> {
        let Some(name) = self.store.setting(CURRENT_USER_SETTING)? else { return Ok(None) };
        Ok(self.user(&name).ok().map(|u| u.name.to_string()))
    }

    pub fn set_current_user(&mut self, name: &str) -> Result<(), ApiError> {
        let user = self.user(name)?;
        self.store.set_setting(CURRENT_USER_SETTING, user.name.as_str())?;
        Ok(())
    }

    /// The current user's name, or an error that asks the person to choose.
    pub fn acting_user(&self) -> Result<String, ApiError> {
        self.current_user()?.ok_or(ApiError::NoCurrentUser)
    }

    /// Adds a person with roles given as `role@MISSION` (e.g. `supervisor@DZ-FR-PAR`).
    pub fn add_user(&mut self, name: &str, display_name: &str, roles: &[String]) -> Result<(), ApiError> {
        let mut user = User::new(UserName::parse(name)?, display_name);
        for spec in roles {
            let (role, mission) = spec.split_once('@').unwrap_or((spec, ""));
            user.grant(MissionCode::parse(mission)?, role.parse::<Role>()?);
        }
        let now = self.now();
        let detail = roles.join(" ");
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
