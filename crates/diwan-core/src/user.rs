//! People and what they may do, mission by mission.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::str::FromStr;

use crate::language::LanguageCode;
use crate::message::{Localized, MessageArg};
use crate::mission::MissionCode;
use crate::vocabulary::vocabulary;

/// A person's login name: lower-case ASCII letters, digits, `.`, `_`, `-`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct UserName(String);

impl UserName {
    pub fn parse(input: &str) -> Result<Self, UserError> {
        let name = input.trim().to_ascii_lowercase();
        let ok = (1..=64).contains(&name.len())
            && name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'.' | b'_' | b'-'));
        if ok {
            Ok(Self(name))
        } else {
            Err(UserError::NameInvalid { name: input.to_owned() })
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for UserName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

vocabulary! {
    /// What a person may do at a mission; one person may hold several.
    pub enum Role {
        Drafter => "drafter",
        Translator => "translator",
        Supervisor => "supervisor",
        Admin => "admin",
    }
}

impl FromStr for Role {
    type Err = UserError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::from_name(s.trim()).ok_or_else(|| UserError::RoleUnknown { role: s.to_owned() })
    }
}

/// A person and their roles at each mission. One person may hold several
/// roles; holding none anywhere grants nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    pub name: UserName,
    pub display_name: String,
    pub roles: BTreeMap<MissionCode, BTreeSet<Role>>,
    /// The languages they translate into; empty means every language of
    /// the missions where they are translators.
    pub translates: BTreeSet<LanguageCode>,
}

impl User {
    pub fn new(name: UserName, display_name: &str) -> Self {
        let display_name =
            if display_name.trim().is_empty() { name.to_string() } else { display_name.trim().to_owned() };
        Self { name, display_name, roles: BTreeMap::new(), translates: BTreeSet::new() }
    }

    pub fn grant(&mut self, mission: MissionCode, role: Role) {
        self.roles.entry(mission).or_default().insert(role);
    }

    /// Every (mission, role) the person holds, in mission order.
    pub fn role_pairs(&self) -> impl Iterator<Item = (&MissionCode, Role)> {
        self.roles.iter().flat_map(|(mission, roles)| roles.iter().map(move |role| (mission, *role)))
    }

    pub fn has_role(&self, mission: &MissionCode, role: Role) -> bool {
        self.roles.get(mission).is_some_and(|roles| roles.contains(&role))
    }

    /// Whether they administer at least one mission (what desktop-wide
    /// settings, templates and policies ask of a person).
    pub fn administers_any(&self) -> bool {
        self.role_pairs().any(|(_, role)| role == Role::Admin)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum UserError {
    #[error("user name {name:?} is not valid")]
    NameInvalid { name: String },
    #[error("unknown role {role:?}")]
    RoleUnknown { role: String },
}

impl Localized for UserError {
    fn message_id(&self) -> &'static str {
        match self {
            Self::NameInvalid { .. } => "error-user-name-invalid",
            Self::RoleUnknown { .. } => "error-user-role-unknown",
        }
    }

    fn message_args(&self) -> Vec<(&'static str, MessageArg)> {
        match self {
            Self::NameInvalid { name } => vec![("name", name.as_str().into())],
            Self::RoleUnknown { role } => vec![("role", role.as_str().into())],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_are_per_mission() {
        let paris = MissionCode::parse("DZ-FR-PAR").expect("code");
        let geneva = MissionCode::parse("DZ-CH-GVA").expect("code");
        let mut user = User::new(UserName::parse("Amina.B").expect("name"), "");
        assert_eq!(user.name.as_str(), "amina.b");
        assert_eq!(user.display_name, "amina.b");
        user.grant(paris.clone(), Role::Supervisor);
        assert!(user.has_role(&paris, Role::Supervisor));
        assert!(!user.has_role(&geneva, Role::Supervisor));
        assert!(!user.has_role(&paris, Role::Drafter));
    }

    #[test]
    fn names_and_roles_are_checked() {
        assert!(UserName::parse("a b").is_err());
        assert!(UserName::parse("").is_err());
        assert_eq!("supervisor".parse::<Role>(), Ok(Role::Supervisor));
        assert!("boss".parse::<Role>().is_err());
    }
}
