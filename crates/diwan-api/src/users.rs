//! People and roles.

use diwan_core::audit::NewAuditEvent;
use diwan_core::user::{Role, User, UserName};
use diwan_core::MissionCode;
use diwan_store::StoreError;

use crate::{ApiError, Diwan};

impl Diwan {
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
            w.append_audit(NewAuditEvent {
                at: now,
                actor: "system".into(),
                action: "user.added".into(),
                subject: format!("user:{}", user.name),
                before: None,
                after: None,
                detail,
            })?;
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
            w.append_audit(NewAuditEvent {
                at: now,
                actor: "system".into(),
                action: "user.role-granted".into(),
                subject: format!("user:{user}"),
                before: None,
                after: None,
                detail: format!("{}@{}", role.as_str(), mission),
            })?;
            Ok(())
        })
    }
}
