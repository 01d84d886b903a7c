//! The app's workspaces and where each person left off: the desk (the
//! attaché's calendar), translation, approvals, the audit trail, settings.
//! The last four fill in with their issues; the shell offers them now so each
//! lands as a folder, not a patch.

use crate::mission::MissionCode;
use crate::vocabulary::vocabulary;

vocabulary! {
    /// One of the app's views.
    pub enum Workspace {
        Desk => "desk",
        Translation => "translation",
        Approvals => "approvals",
        Audit => "audit",
        Reports => "reports",
        Settings => "settings",
    }
}

/// Where a person left off: the workspace and the mission they had open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub workspace: Workspace,
    pub mission: Option<MissionCode>,
}

impl Default for Place {
    fn default() -> Self {
        Self { workspace: Workspace::Desk, mission: None }
    }
}

impl Place {
    /// The stored form: `desk` or `approvals DZ-FR-PAR`.
    pub fn to_stored(&self) -> String {
        match &self.mission {
            Some(mission) => format!("{} {mission}", self.workspace),
            None => self.workspace.to_string(),
        }
    }

    /// Reads the stored form back; what cannot be read is the default place
    /// (the desk), since losing a remembered view loses nothing.
    pub fn from_stored(stored: &str) -> Self {
        let mut parts = stored.split_whitespace();
        let workspace = parts.next().and_then(Workspace::from_name).unwrap_or(Workspace::Desk);
        let mission = parts.next().and_then(|code| MissionCode::parse(code).ok());
        Self { workspace, mission }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_place_round_trips_and_anything_else_is_the_desk() {
        let place = Place { workspace: Workspace::Approvals, mission: MissionCode::parse("DZ-FR-PAR").ok() };
        assert_eq!(Place::from_stored(&place.to_stored()), place);
        let desk = Place { workspace: Workspace::Desk, mission: None };
        assert_eq!(Place::from_stored(&desk.to_stored()), desk);
        assert_eq!(Place::from_stored("nowhere ?!"), Place::default());
        assert_eq!(Place::from_stored(""), Place::default());
    }
}
