//! Who must approve a post before it goes out: a policy per category, as
//! ordered steps. Fail closed: no policy, no role, no right.
//!
//! Each step and fast track has a text form, which `diwan policy` reads and
//! writes and the store keeps: a role name (`supervisor`: any one person
//! holding it at the post's mission), `any:nadia,samir` (one of these
//! people) or `all:nadia,samir` (every one of them).

use std::collections::BTreeMap;

use crate::message::{Localized, MessageArg};
use crate::mission::MissionCode;
use crate::post::{Category, PostError};
use crate::user::{Role, User, UserName};

/// The roles a step or fast track may name, the usual one first.
/// Administrators set up; they do not approve.
pub const APPROVER_ROLES: [Role; 3] = [Role::Supervisor, Role::Drafter, Role::Translator];

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

impl Approvers {
    /// Reads `supervisor` (a role) or `any:nadia,samir` (these people).
    pub fn parse(spec: &str) -> Result<Self, PolicyError> {
        let spec = spec.trim();
        let invalid = || PolicyError::SpecInvalid { spec: spec.to_owned() };
        match spec.split_once(':') {
            Some(("any", names)) => Ok(Self::Users(parse_names(names).ok_or_else(invalid)?)),
            Some(_) => Err(invalid()),
            None => Role::from_name(spec).map(Self::Role).ok_or_else(invalid),
        }
    }

    pub fn spec(&self) -> String {
        match self {
            Self::Role(role) => role.as_str().to_owned(),
            Self::Users(names) => format!("any:{}", join(names)),
        }
    }

    /// The people named, if any.
    pub fn names(&self) -> &[UserName] {
        match self {
            Self::Role(_) => &[],
            Self::Users(names) => names,
        }
    }
}

fn join(names: &[UserName]) -> String {
    names.iter().map(UserName::as_str).collect::<Vec<_>>().join(",")
}

/// `a, b,a` as [a, b]: each person once, in the order given.
fn parse_names(names: &str) -> Option<Vec<UserName>> {
    let mut out: Vec<UserName> = Vec::new();
    for name in names.split(',').map(str::trim).filter(|n| !n.is_empty()) {
        let name = UserName::parse(name).ok()?;
        if !out.contains(&name) {
            out.push(name);
        }
    }
    Some(out)
}

impl Step {
    /// Reads a step's text form: `supervisor`, `any:nadia,samir` or `all:nadia,samir`.
    pub fn parse(spec: &str) -> Result<Self, PolicyError> {
        let trimmed = spec.trim();
        match trimmed.split_once(':') {
            Some(("all", names)) => {
                let names = parse_names(names).ok_or_else(|| PolicyError::SpecInvalid { spec: trimmed.to_owned() })?;
                Ok(Self { approvers: Approvers::Users(names), mode: StepMode::All })
            }
            _ => Ok(Self { approvers: Approvers::parse(trimmed)?, mode: StepMode::Any }),
        }
    }

    pub fn spec(&self) -> String {
        match (&self.approvers, self.mode) {
            (Approvers::Users(names), StepMode::All) => format!("all:{}", join(names)),
            (approvers, _) => approvers.spec(),
        }
    }

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
    /// Reads a policy from its steps' text forms and an optional fast track.
    pub fn parse(steps: &[impl AsRef<str>], fast_track: Option<&str>) -> Result<Self, PolicyError> {
        let steps = steps.iter().map(|s| Step::parse(s.as_ref())).collect::<Result<_, _>>()?;
        let fast_track = fast_track.map(str::trim).filter(|f| !f.is_empty()).map(Approvers::parse).transpose()?;
        let policy = Self { steps, fast_track };
        policy.validate()?;
        Ok(policy)
    }

    /// Why this policy cannot be used, if it cannot.
    pub fn validate(&self) -> Result<(), PolicyError> {
        // A policy with no step would approve everything.
        if self.steps.is_empty() {
            return Err(PolicyError::NoSteps);
        }
        let approvers =
            self.steps.iter().map(|s| (&s.approvers, s.mode)).chain(self.fast_track.iter().map(|f| (f, StepMode::Any)));
        for (approvers, mode) in approvers {
            match (approvers, mode) {
                (Approvers::Users(names), _) if names.is_empty() => return Err(PolicyError::NoNames),
                (Approvers::Role(role), _) if !APPROVER_ROLES.contains(role) => return Err(PolicyError::AdminApproves),
                // "All holders of a role" changes as people join and leave.
                (Approvers::Role(role), StepMode::All) => return Err(PolicyError::AllOfRole { role: *role }),
                _ => {}
            }
        }
        Ok(())
    }

    /// A policy with no step would approve everything: refused.
    pub fn is_valid(&self) -> bool {
        self.validate().is_ok()
    }

    pub fn step_specs(&self) -> Vec<String> {
        self.steps.iter().map(Step::spec).collect()
    }
}

/// Why a policy as written cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PolicyError {
    #[error("{spec:?} is not a step: write a role (supervisor), any:NAME,NAME or all:NAME,NAME")]
    SpecInvalid { spec: String },
    #[error("a policy needs at least one step")]
    NoSteps,
    #[error("a step that names people needs at least one name")]
    NoNames,
    #[error("administrators set policies up; they do not approve")]
    AdminApproves,
    #[error("\"all {role}s\" changes as people come and go: name them instead")]
    AllOfRole { role: Role },
}

impl Localized for PolicyError {
    fn message_id(&self) -> &'static str {
        match self {
            Self::SpecInvalid { .. } => "error-policy-spec-invalid",
            Self::NoSteps => "error-policy-no-steps",
            Self::NoNames => "error-policy-no-names",
            Self::AdminApproves => "error-policy-admin-approves",
            Self::AllOfRole { .. } => "error-policy-all-of-role",
        }
    }

    fn message_args(&self) -> Vec<(&'static str, MessageArg)> {
        match self {
            Self::SpecInvalid { spec } => vec![("spec", spec.as_str().into())],
            Self::AllOfRole { role } => vec![("role", role.as_str().into())],
            _ => Vec::new(),
        }
    }
}

/// Why `actor` may not change approval policies, if they may not: they
/// serve the whole ministry, so an administrator at any mission edits them.
pub fn editor_refusal(actor: &User) -> Option<PostError> {
    crate::template::editor_refusal(actor)
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

    /// Every category with a policy, in category order.
    pub fn iter(&self) -> impl Iterator<Item = (Category, &Policy)> {
        self.0.iter().map(|(c, p)| (*c, p))
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

    #[test]
    fn steps_read_and_write_their_text_form() {
        for spec in ["supervisor", "any:nadia,samir", "all:nadia,samir", "drafter"] {
            assert_eq!(Step::parse(spec).map(|s| s.spec()), Ok(spec.to_owned()), "{spec}");
        }
        assert_eq!(Step::parse(" any: Nadia , samir,nadia ").map(|s| s.spec()), Ok("any:nadia,samir".to_owned()));
        for bad in ["", "chief", "some:nadia", "any:na dia", "all"] {
            assert!(matches!(Step::parse(bad), Err(PolicyError::SpecInvalid { .. })), "{bad:?}");
        }
        let crisis = Policy::parse(&["supervisor", "supervisor"], Some("supervisor")).expect("crisis");
        assert_eq!(crisis, PolicyBook::ministry_default().get(Category::Crisis).cloned().expect("default"));
        assert_eq!(Policy::parse(&["all:"], None), Err(PolicyError::NoNames));
        assert_eq!(
            Policy::parse(&["all:supervisor"], None).map(|p| p.step_specs()),
            Ok(vec!["all:supervisor".to_owned()]),
            "a person may be called supervisor"
        );
        assert_eq!(Policy::parse(&[] as &[&str], None), Err(PolicyError::NoSteps));
        assert_eq!(Policy::parse(&["admin"], None), Err(PolicyError::AdminApproves));
        assert_eq!(Policy::parse(&["supervisor"], Some("admin")), Err(PolicyError::AdminApproves));
    }
}
