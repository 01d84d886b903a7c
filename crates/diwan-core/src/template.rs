//! Post templates: the ministry's wording for recurring posts (national day
//! greetings, condolences, consular advisories), one per category and
//! language, edited by administrators and filled by the core.

use chrono::{DateTime, Utc};

use crate::crisis::Crisis;
use crate::language::LanguageCode;
use crate::message::{Localized, MessageArg};
use crate::mission::MissionCode;
use crate::post::{Category, PostError};
use crate::text::fill_template;
use crate::user::{Role, User};

pub const MAX_TEMPLATE_CHARS: usize = 5_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Template {
    pub id: i64,
    pub category: Category,
    pub language: LanguageCode,
    pub name: String,
    /// Text with `{ $name }` placeholders: `mission`, `date`, and any the
    /// author adds, which stay visible until a person replaces them.
    pub body: String,
}

/// Why `actor` may not edit templates, if they may not. Templates serve the
/// whole ministry, so an administrator at any mission edits them.
pub fn editor_refusal(actor: &User) -> Option<PostError> {
    (!actor.administers_any()).then(|| PostError::RoleMissing { role: Role::Admin, mission: "*".into() })
}

impl Template {
    /// Checks a name and body as typed.
    pub fn validate(name: &str, body: &str) -> Result<(String, String), TemplateError> {
        let name = name.trim();
        let body = body.trim();
        if name.is_empty() || name.chars().count() > 100 {
            return Err(TemplateError::NameInvalid);
        }
        if body.is_empty() {
            return Err(TemplateError::BodyEmpty);
        }
        if body.chars().count() > MAX_TEMPLATE_CHARS {
            return Err(TemplateError::BodyTooLong { max: MAX_TEMPLATE_CHARS });
        }
        Ok((name.to_owned(), body.to_owned()))
    }

    /// Whether its wording celebrates: greetings for national occasions and
    /// cultural events, which read badly while a crisis is declared.
    pub fn is_celebratory(&self) -> bool {
        matches!(self.category, Category::NationalOccasion | Category::Culture)
    }

    /// The active crisis whose window holds `at` at `mission`, if this
    /// template celebrates: a post written from it there is a warning (#14).
    pub fn crisis_clash<'c>(
        &self,
        mission: &MissionCode,
        at: DateTime<Utc>,
        crises: &'c [Crisis],
    ) -> Option<&'c Crisis> {
        if !self.is_celebratory() {
            return None;
        }
        crises.iter().find(|c| c.covers(mission, at))
    }

    /// The text with the known placeholders filled and nothing added: no
    /// bidirectional isolation marks, whatever the language.
    pub fn fill(&self, mission: &str, date: &str) -> String {
        fill_template(&self.body, &[("mission", mission), ("date", date)])
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TemplateError {
    #[error("a template needs a name of at most 100 characters")]
    NameInvalid,
    #[error("the template is empty")]
    BodyEmpty,
    #[error("the template is longer than {max} characters")]
    BodyTooLong { max: usize },
}

impl Localized for TemplateError {
    fn message_id(&self) -> &'static str {
        match self {
            Self::NameInvalid => "error-template-name-invalid",
            Self::BodyEmpty => "error-template-empty",
            Self::BodyTooLong { .. } => "error-template-too-long",
        }
    }

    fn message_args(&self) -> Vec<(&'static str, MessageArg)> {
        match self {
            Self::BodyTooLong { max } => vec![("max", i64::try_from(*max).unwrap_or(i64::MAX).into())],
            _ => Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use chrono::{Duration, TimeZone};

    use super::*;
    use crate::crisis::CrisisId;
    use crate::text::FLUENT_ISOLATION_MARKS;
    use crate::user::UserName;

    fn template(body: &str) -> Template {
        Template {
            id: 1,
            category: Category::NationalOccasion,
            language: LanguageCode::parse("ar").expect("language"),
            name: "تهنئة".into(),
            body: body.into(),
        }
    }

    #[test]
    fn filling_replaces_known_placeholders_and_adds_no_marks() {
        let filled =
            template("تهنئ { $mission } بمناسبة { $occasion } يوم { $date }.").fill("سفارة الجزائر", "2026-11-01");
        assert_eq!(filled, "تهنئ سفارة الجزائر بمناسبة { $occasion } يوم 2026-11-01.");
        assert!(!filled.chars().any(|c| FLUENT_ISOLATION_MARKS.contains(&c)));
    }

    #[test]
    fn names_and_bodies_are_checked() {
        assert_eq!(Template::validate(" ", "x"), Err(TemplateError::NameInvalid));
        assert_eq!(Template::validate("n", " "), Err(TemplateError::BodyEmpty));
        assert_eq!(
            Template::validate("n", &"x".repeat(MAX_TEMPLATE_CHARS + 1)),
            Err(TemplateError::BodyTooLong { max: MAX_TEMPLATE_CHARS })
        );
        assert_eq!(Template::validate(" n ", " b "), Ok(("n".into(), "b".into())));
    }

    fn of(category: Category) -> Template {
        Template {
            id: 1,
            category,
            language: LanguageCode::parse("fr").unwrap(),
            name: "Vœux".into(),
            body: "Joyeuse fête nationale".into(),
        }
    }

    fn crisis(mission: &str, from: DateTime<Utc>, hours: i64, ended: bool) -> Crisis {
        let by = UserName::parse("samir").unwrap();
        Crisis {
            id: CrisisId(7),
            missions: [MissionCode::parse(mission).unwrap()].into(),
            from,
            to: from + Duration::hours(hours),
            reason: "séisme".into(),
            declared_by: by.clone(),
            declared_at: from,
            ended: ended.then_some((by, from)),
        }
    }

    #[test]
    fn a_celebratory_template_in_a_crisis_window_clashes() {
        let paris = MissionCode::parse("DZ-FR-PAR").unwrap();
        let start = Utc.with_ymd_and_hms(2026, 12, 5, 8, 0, 0).unwrap();
        let crises = [crisis("DZ-TN-TUN", start, 48, false), crisis("DZ-FR-PAR", start, 48, false)];
        let inside = start + Duration::hours(10);
        let greeting = of(Category::NationalOccasion);
        assert_eq!(greeting.crisis_clash(&paris, inside, &crises).map(|c| c.reason.as_str()), Some("séisme"));
        assert!(of(Category::Culture).crisis_clash(&paris, inside, &crises).is_some());
        // Not a celebration, outside the window (its end excluded), another mission, an ended crisis.
        assert!(of(Category::Consular).crisis_clash(&paris, inside, &crises).is_none());
        assert!(greeting.crisis_clash(&paris, start + Duration::hours(48), &crises).is_none());
        assert!(greeting.crisis_clash(&paris, start - Duration::minutes(1), &crises).is_none());
        assert!(greeting.crisis_clash(&MissionCode::parse("DZ-US-WAS").unwrap(), inside, &crises).is_none());
        assert!(greeting.crisis_clash(&paris, inside, &[crisis("DZ-FR-PAR", start, 48, true)]).is_none());
    }
}
