//! Approval policies, one row per category, as administrators set them.
//! A category without a row cannot be approved: the book fails closed.

use chrono::{DateTime, Utc};
use diwan_core::approval::{Policy, PolicyBook};
use diwan_core::post::Category;

use crate::{Reader, StoreError, Writer};

/// A category's policy with who last set it and when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredPolicy {
    pub category: Category,
    pub policy: Policy,
    pub updated_by: String,
    /// RFC 3339, UTC.
    pub updated_at: String,
}

/// Steps are kept in their text form, in order, separated by `;` (which
/// no step's text form contains).
const STEP_SEPARATOR: char = ';';

impl Writer<'_> {
    pub fn set_policy(
        &mut self,
        category: Category,
        policy: &Policy,
        by: &str,
        at: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let steps = policy.step_specs().join(&STEP_SEPARATOR.to_string());
        self.tx
            .prepare_cached(
                "INSERT INTO approval_policies (category, steps, fast_track, updated_by, updated_at) \
                 VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (category) DO UPDATE SET steps = excluded.steps, \
                 fast_track = excluded.fast_track, updated_by = excluded.updated_by, updated_at = excluded.updated_at",
            )?
            .execute((category.as_str(), steps, policy.fast_track.as_ref().map(|f| f.spec()), by, at.to_rfc3339()))?;
        Ok(())
    }
}

/// The repair of schema 6: today's ministry default becomes the first row
/// of every category, so that approving works as it did before.
pub(crate) fn write_default_policies(w: &mut Writer<'_>) -> Result<(), StoreError> {
    let now = Utc::now();
    for (category, policy) in PolicyBook::ministry_default().iter() {
        w.set_policy(category, policy, "system", now)?;
    }
    Ok(())
}

impl Reader<'_> {
    /// Every stored policy, in category order.
    pub fn policies(&self) -> Result<Vec<StoredPolicy>, StoreError> {
        let mut statement = self
            .conn
            .prepare_cached("SELECT category, steps, fast_track, updated_by, updated_at FROM approval_policies")?;
        let rows = statement.query_map([], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, Option<String>>(2)?, r.get(3)?, r.get(4)?))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (category, steps, fast_track, updated_by, updated_at) = row?;
            let corrupt = || StoreError::Corrupt { detail: format!("approval policy {category}") };
            let steps: Vec<&str> = steps.split(STEP_SEPARATOR).collect();
            out.push(StoredPolicy {
                category: Category::from_name(&category).ok_or_else(corrupt)?,
                policy: Policy::parse(&steps, fast_track.as_deref()).map_err(|_| corrupt())?,
                updated_by,
                updated_at,
            });
        }
        out.sort_by_key(|p| p.category);
        Ok(out)
    }

    /// The policies as the core applies them.
    pub fn policy_book(&self) -> Result<PolicyBook, StoreError> {
        let mut book = PolicyBook::empty();
        for stored in self.policies()? {
            book.set(stored.category, stored.policy);
        }
        Ok(book)
    }
}

#[cfg(test)]
mod tests {
    use diwan_core::approval::{Approvers, Step, StepMode};
    use diwan_core::user::UserName;

    use super::*;
    use crate::Store;

    #[test]
    fn a_new_database_starts_with_the_ministry_default_and_keeps_each_change() {
        let mut store = Store::open_in_memory().expect("open");
        assert_eq!(store.read().policy_book().expect("book"), PolicyBook::ministry_default());
        assert!(store.read().policies().expect("rows").iter().all(|p| p.updated_by == "system"));

        let names = ["nadia", "samir"].map(|n| UserName::parse(n).expect("name")).to_vec();
        let policy = Policy {
            steps: vec![Step::any_supervisor(), Step { approvers: Approvers::Users(names), mode: StepMode::All }],
            fast_track: None,
        };
        store.write(|w| w.set_policy(Category::Culture, &policy, "omar", Utc::now())).expect("set");
        let rows = store.read().policies().expect("rows");
        let culture = rows.iter().find(|p| p.category == Category::Culture).expect("culture");
        assert_eq!((&culture.policy, culture.updated_by.as_str()), (&policy, "omar"));
        assert_eq!(store.read().policy_book().expect("book").get(Category::Culture), Some(&policy));
    }

    #[test]
    fn a_category_without_a_row_cannot_be_approved() {
        let mut store = Store::open_in_memory().expect("open");
        store
            .write(|w| {
                w.tx.execute("DELETE FROM approval_policies WHERE category = 'protocol'", [])?;
                Ok::<_, StoreError>(())
            })
            .expect("delete");
        assert_eq!(store.read().policy_book().expect("book").get(Category::Protocol), None);
    }
}
