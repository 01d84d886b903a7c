//! Who must approve a post before it goes out: a policy per category, as
//! ordered steps. Fail closed: no policy, no role, no right.

use std::collections::BTreeMap;

use crate::mission::MissionCode;
use crate::post::Category;
use crate::user::{Role, User, UserName};

/// Who may approve one step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Approvers {
    /// Anyone holding this role at the post's mission.
    Role(Role),
    /// These people, each of whom must also be a supervisor at the mission.
    Users(Vec<UserName>),
}

/// Whether a step needs one of its approvers or every one of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepMode {
    Any,
    All,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    pub approvers: Approvers,
    pub mode: StepMode,
}

impl Step {
    pub fn any_supervisor() -> Self {
        Self { approvers: Approvers::Role(Role::Supervisor), mode: StepMode::Any }
    }

    /// Whether `user` is one of this step's approvers at `mission`.
    pub fn admits(&self, user: &User, mission: &MissionCode) -> bool {
        match &self.approvers {
            Approvers::Role(role) => user.has_role(mission, *role) && *role != Role::Admin,
            Approvers::Users(names) => names.contains(&user.name) && user.has_role(mission, Role::Supervisor),
        }
    }

    /// How many distinct approvals complete the step.
    pub fn needed(&self) -> usize {
        match (&self.approvers, self.mode) {
            (Approvers::Users(names), StepMode::All) => names.len(),
            _ => 1,
        }
    }
}

/// The approval steps for one category, taken in order; one person approves
/// at most one step of a post, so two steps need two different people.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Policy {
    pub steps: Vec<Step>,
    /// In a crisis one of these may approve every remaining step at once.
    pub fast_track: Option<Approvers>,
}

impl Policy {
    /// A policy with no step would approve everything: refused.
    pub fn is_valid(&self) -> bool {
        !self.steps.is_empty()
            && self.steps.iter().all(|s| match (&s.approvers, s.mode) {
                (Approvers::Users(names), _) => !names.is_empty(),
                (Approvers::Role(role), StepMode::Any) => *role != Role::Admin,
                // "All holders of a role" changes as people join and leave.
                (Approvers::Role(_), StepMode::All) => false,
            })
    }
}

/// The policy for each category. A category missing here cannot be approved.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PolicyBook(BTreeMap<Category, Policy>);

impl PolicyBook {
    pub fn empty() -> Self {
        Self::default()
    }

    /// The ministry's default: one supervisor, two distinct supervisors for
    /// protocol and counter-disinformation, and crisis posts that need two
    /// but may be fast-tracked by one.
    pub fn ministry_default() -> Self {
        let one = || Policy { steps: vec![Step::any_supervisor()], fast_track: None };
        let two = || Policy { steps: vec![Step::any_supervisor(), Step::any_supervisor()], fast_track: None };
        let mut book = Self::empty();
        for category in Category::ALL {
            let policy = match category {
                Category::Protocol | Category::CounterDisinformation => two(),
                Category::Crisis => Policy {
                    steps: vec![Step::any_supervisor(), Step::any_supervisor()],
                    fast_track: Some(Approvers::Role(Role::Supervisor)),
                },
                _ => one(),
            };
            book.set(category, policy);
        }
        book
    }

    /// Sets a category's policy; an invalid one removes the category, which
    /// then cannot be approved at all.
    pub fn set(&mut self, category: Category, policy: Policy) {
        if policy.is_valid() {
            self.0.insert(category, policy);
        } else {
            self.0.remove(&category);
        }
    }

    pub fn get(&self, category: Category) -> Option<&Policy> {
        self.0.get(&category)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_book_covers_every_category() {
        let book = PolicyBook::ministry_default();
        for category in Category::ALL {
            assert!(book.get(category).is_some(), "{category:?}");
        }
        assert_eq!(book.get(Category::Protocol).map(|p| p.steps.len()), Some(2));
        assert_eq!(book.get(Category::CounterDisinformation).map(|p| p.steps.len()), Some(2));
        assert!(book.get(Category::Crisis).is_some_and(|p| p.fast_track.is_some()));
    }

    #[test]
    fn invalid_policies_fail_closed() {
        let mut book = PolicyBook::ministry_default();
        book.set(Category::Culture, Policy { steps: vec![], fast_track: None });
        assert_eq!(book.get(Category::Culture), None);
        let admins = Policy {
            steps: vec![Step { approvers: Approvers::Role(Role::Admin), mode: StepMode::Any }],
            fast_track: None,
        };
        assert!(!admins.is_valid(), "administrators set up, they do not approve");
        let everyone = Policy {
            steps: vec![Step { approvers: Approvers::Role(Role::Supervisor), mode: StepMode::All }],
            fast_track: None,
        };
        assert!(!everyone.is_valid());
    }
}
