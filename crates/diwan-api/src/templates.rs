//! Templates: listed for the composer, filled by the core, edited by
//! administrators (audited).

use diwan_core::audit::{AuditAction, NewAuditEvent};
use diwan_core::template::{self, Template};
use diwan_core::MissionCode;
use diwan_store::StoreError;

use crate::dto::TemplateDto;
use crate::{ApiError, Diwan};

impl From<&Template> for TemplateDto {
    fn from(template: &Template) -> Self {
        let Template { id, category, language, name, body } = template;
        Self {
            id: *id,
            category: (*category).into(),
            language: language.to_string(),
            name: name.clone(),
            body: body.clone(),
        }
    }
}

fn not_found(id: i64) -> ApiError {
    ApiError::from(StoreError::NotFound { kind: "template", id: id.to_string() })
}

impl Diwan {
    pub fn templates(&self, category: Option<&str>, language: Option<&str>) -> Result<Vec<TemplateDto>, ApiError> {
        let category = category.map(str::parse).transpose()?;
        let language = language.map(crate::posts::language).transpose()?;
        Ok(self.store.read().templates(category, language.as_ref())?.iter().map(TemplateDto::from).collect())
    }

    /// A template's text for a mission and day: the mission's name in the
    /// template's language, the date as given; other placeholders stay.
    pub fn fill_template(&self, id: i64, mission: &str, date: &str) -> Result<String, ApiError> {
        let template = self.store.read().template(id)?.ok_or_else(|| not_found(id))?;
        let code = MissionCode::parse(mission)?;
        let mission =
            self.store.read().mission(&code)?.ok_or_else(|| ApiError::MissionNotFound { code: code.to_string() })?;
        let name = match template.language.as_str() {
            "ar" => &mission.names.ar,
            "fr" => &mission.names.fr,
            _ => &mission.names.en,
        };
        Ok(template.fill(name, date))
    }

    /// Saves a template's name and body; administrators only.
    pub fn save_template(&mut self, actor: &str, id: i64, name: &str, body: &str) -> Result<TemplateDto, ApiError> {
        let actor = self.user(actor)?;
        if let Some(refusal) = template::editor_refusal(&actor) {
            return Err(refusal.into());
        }
        let (name, body) = Template::validate(name, body)?;
        let now = self.now();
        self.store.write(|w| {
            let mut template = w.read().template(id)?.ok_or_else(|| not_found(id))?;
            template.name = name;
            template.body = body;
            w.update_template(&template, actor.name.as_str(), now)?;
            w.append_audit(
                NewAuditEvent::new(now, actor.name.to_string(), AuditAction::TemplateSaved, format!("template:{id}"))
                    .with_detail(format!("{} {}", template.category.as_str(), template.language)),
            )?;
            Ok(TemplateDto::from(&template))
        })
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_drafter_fills_and_only_an_administrator_edits() {
        let mut diwan = crate::testing::demo();
        let template = diwan.templates(Some("national-occasion"), Some("ar")).expect("list").remove(0);
        let text = diwan.fill_template(template.id, "DZ-FR-PAR", "2026-11-01").expect("fill");
        assert!(text.contains("سفارة الجزائر في فرنسا"), "{text}");
        assert!(!text.contains('\u{2068}') && !text.contains('\u{2069}'));

        let refused = diwan.save_template("karim", template.id, "x", "y").expect_err("a drafter cannot edit");
        assert_eq!(diwan_core::Localized::message_id(&refused), "error-post-role-missing");
        let saved =
            diwan.save_template("amina", template.id, " تهنئة ", " تهنئ { $mission } الجميع. ").expect("admin edits");
        assert_eq!(saved.body, "تهنئ { $mission } الجميع.");
        assert_eq!(
            diwan.fill_template(template.id, "DZ-FR-PAR", "x").expect("fill"),
            "تهنئ سفارة الجزائر في فرنسا الجميع."
        );
        let empty = diwan.save_template("amina", template.id, "n", " ").expect_err("empty");
        assert_eq!(diwan_core::Localized::message_id(&empty), "error-template-empty");
        // The UI shows the editor to whom the core lets edit, with roles per mission.
        let users = diwan.users().expect("users");
        let person = |name: &str| users.iter().find(|u| u.name == name).expect(name);
        assert!(person("amina").can_edit_templates);
        assert!(!person("karim").can_edit_templates);
        assert!(person("karim")
            .roles
            .iter()
            .any(|r| r.role == crate::names::RoleName::Drafter && r.mission == "DZ-FR-PAR"));
    }
}
