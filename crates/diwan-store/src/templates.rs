//! Post templates.

use chrono::{DateTime, Utc};
use diwan_core::post::{Category, PostId};
use diwan_core::template::Template;
use diwan_core::LanguageCode;
use rusqlite::{OptionalExtension, Row};

use crate::{Reader, StoreError, Writer};

impl Reader<'_> {
    /// Templates for a category and language (either may be left open), by name.
    pub fn templates(
        &self,
        category: Option<Category>,
        language: Option<&LanguageCode>,
    ) -> Result<Vec<Template>, StoreError> {
        let mut statement = self.conn.prepare_cached(
            "SELECT id, category, language, name, body FROM templates \
             WHERE (?1 IS NULL OR category = ?1) AND (?2 IS NULL OR language = ?2) ORDER BY category, language, name",
        )?;
        let rows =
            statement.query_map((category.map(Category::as_str), language.map(LanguageCode::as_str)), read_row)?;
        rows.map(|row| row?).collect()
    }

    pub fn template(&self, id: i64) -> Result<Option<Template>, StoreError> {
        let mut statement =
            self.conn.prepare_cached("SELECT id, category, language, name, body FROM templates WHERE id = ?1")?;
        statement.query_row([id], read_row).optional()?.transpose()
    }

    /// The template `post`'s text was written from, if it was.
    pub fn post_template(&self, post: PostId) -> Result<Option<Template>, StoreError> {
        let mut statement = self.conn.prepare_cached(
            "SELECT t.id, t.category, t.language, t.name, t.body FROM post_templates p
             JOIN templates t ON t.id = p.template_id WHERE p.post_id = ?1",
        )?;
        statement.query_row([post.0], read_row).optional()?.transpose()
    }
}

impl Writer<'_> {
    /// Records that `post`'s text was written from `template` (the latest one used).
    pub fn set_post_template(&mut self, post: PostId, template: i64) -> Result<(), StoreError> {
        self.tx
            .prepare_cached(
                "INSERT INTO post_templates (post_id, template_id) VALUES (?1, ?2)
                 ON CONFLICT (post_id) DO UPDATE SET template_id = excluded.template_id",
            )?
            .execute((post.0, template))?;
        Ok(())
    }

    /// Saves a template's name and body.
    pub fn update_template(&mut self, template: &Template, by: &str, at: DateTime<Utc>) -> Result<(), StoreError> {
        let changed = self.tx.execute(
            "UPDATE templates SET name = ?2, body = ?3, updated_at = ?4, updated_by = ?5 WHERE id = ?1",
            (template.id, &template.name, &template.body, at.to_rfc3339(), by),
        )?;
        if changed == 0 {
            return Err(StoreError::NotFound { kind: "template", id: template.id.to_string() });
        }
        Ok(())
    }
}

fn read_row(row: &Row<'_>) -> rusqlite::Result<Result<Template, StoreError>> {
    let id: i64 = row.get(0)?;
    let category: String = row.get(1)?;
    let language: String = row.get(2)?;
    let corrupt = |what: &str| StoreError::Corrupt { detail: format!("template {id}: {what}") };
    Ok((|| {
        Ok(Template {
            id,
            category: category.parse().map_err(|_| corrupt("category"))?,
            language: LanguageCode::parse(&language).ok_or_else(|| corrupt("language"))?,
            name: row.get(3).map_err(StoreError::from)?,
            body: row.get(4).map_err(StoreError::from)?,
        })
    })())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Store;

    #[test]
    fn the_starter_templates_cover_ar_fr_and_en() {
        let store = Store::open_in_memory().expect("open");
        for language in ["ar", "fr", "en"] {
            let language = LanguageCode::parse(language).expect("language");
            let found = store.read().templates(Some(Category::NationalOccasion), Some(&language)).expect("read");
            assert_eq!(found.len(), 1, "{language}");
            assert!(found[0].body.contains("{ $mission }"));
        }
        assert_eq!(store.read().templates(None, None).expect("read").len(), 9);
    }
}
