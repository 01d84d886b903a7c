//! Approval policies: read by every approval, set by administrators,
//! audited, and failing closed (a category without one cannot be approved).

use diwan_core::approval::{self, Policy};
use diwan_core::audit::{AuditAction, NewAuditEvent};
use diwan_core::post::Category;

use diwan_store::Reader;

use crate::dto::{PolicyDto, PolicyInputDto};
use crate::{ApiError, Diwan};

impl Diwan {
    /// Every category, with its policy or none, in category order.
    pub fn policies(&self) -> Result<Vec<PolicyDto>, ApiError> {
        self.policies_from(self.store.read())
    }

    pub(crate) fn policies_from(&self, read: Reader<'_>) -> Result<Vec<PolicyDto>, ApiError> {
        let stored = read.policies()?;
        Ok(Category::ALL
            .iter()
            .map(|category| {
                let found = stored.iter().find(|p| p.category == *category);
                PolicyDto {
                    category: (*category).into(),
                    steps: found.map(|p| p.policy.step_specs()).unwrap_or_default(),
                    fast_track: found.and_then(|p| p.policy.fast_track.as_ref()).map(|f| f.spec()),
                    updated_by: found.map(|p| p.updated_by.clone()),
                    updated_at: found.map(|p| p.updated_at.clone()),
                }
            })
            .collect())
    }

    /// Sets one category's policy: an administrator only; every person it
    /// names must exist. The change and what it replaced go in the trail.
    pub fn set_policy(&mut self, actor: &str, input: &PolicyInputDto) -> Result<Vec<PolicyDto>, ApiError> {
        let actor = self.user(actor)?;
        if let Some(refusal) = approval::editor_refusal(&actor) {
            return Err(refusal.into());
        }
        let category: Category = input.category.parse()?;
        let policy = Policy::parse(&input.steps, input.fast_track.as_deref())?;
        let now = self.now();
        self.store.write(|w| {
            let named = policy.steps.iter().map(|s| &s.approvers).chain(&policy.fast_track).flat_map(|a| a.names());
            for name in named {
                if w.read().user(name)?.is_none() {
                    return Err(ApiError::UserNotFound { name: name.to_string() });
                }
            }
            let before = w.read().policies()?.into_iter().find(|p| p.category == category);
            w.set_policy(category, &policy, actor.name.as_str(), now)?;
            let describe = |p: &Policy| {
                let fast = p.fast_track.as_ref().map_or_else(String::new, |f| format!(" fast-track {}", f.spec()));
                format!("{}{fast}", p.step_specs().join(" > "))
            };
            let was = before.map_or_else(|| "none".to_owned(), |b| describe(&b.policy));
            w.append_audit(
                NewAuditEvent::new(now, actor.name.to_string(), AuditAction::PolicySet, format!("policy:{category}"))
                    .with_detail(format!("{was} => {}", describe(&policy))),
            )?;
            // The ministry's policies live on the hub too: every approval there follows them.
            let shared = diwan_protocol::Change::SetPolicy {
                category: category.as_str().to_owned(),
                steps: policy.step_specs(),
                fast_track: policy.fast_track.as_ref().map(|f| f.spec()),
            };
            crate::hub::queue_other(w, &format!("policy:{category}"), &shared, actor.name.as_str(), now)?;
            Ok::<_, ApiError>(())
        })?;
        self.policies()
    }
}

#[cfg(test)]
mod tests {
    use crate::names::CategoryName;
    use crate::testing;

    use super::*;

    fn culture(steps: &[&str], fast_track: Option<&str>) -> PolicyInputDto {
        PolicyInputDto {
            category: "culture".into(),
            steps: steps.iter().map(|s| (*s).to_owned()).collect(),
            fast_track: fast_track.map(str::to_owned),
        }
    }

    #[test]
    fn an_administrator_sets_a_policy_that_the_next_approval_follows() {
        let mut diwan = testing::demo();
        let shown = diwan.policies().expect("policies");
        assert_eq!(shown.len(), Category::ALL.len());
        let protocol = shown.iter().find(|p| p.category == CategoryName::Protocol).expect("protocol");
        assert_eq!(protocol.steps, ["supervisor", "supervisor"], "the ministry default is the first row");

        let refused = diwan.set_policy("samir", &culture(&["supervisor"], None)).expect_err("a supervisor");
        assert_eq!(diwan_core::Localized::message_id(&refused), "error-post-role-missing");
        let refused = diwan.set_policy("amina", &culture(&["admin"], None)).expect_err("admins approve nothing");
        assert_eq!(diwan_core::Localized::message_id(&refused), "error-policy-admin-approves");
        let refused = diwan.set_policy("amina", &culture(&["any:nobody"], None)).expect_err("unknown person");
        assert_eq!(diwan_core::Localized::message_id(&refused), "error-user-not-found");

        let set = diwan.set_policy("amina", &culture(&["supervisor", "any:nadia"], None)).expect("set");
        let culture_row = set.iter().find(|p| p.category == CategoryName::Culture).expect("culture");
        assert_eq!(culture_row.steps, ["supervisor", "any:nadia"]);
        assert_eq!(culture_row.updated_by.as_deref(), Some("amina"));
        let trail = diwan
            .audit_log(&crate::dto::AuditFilterDto { action: Some("policy.set".into()), ..Default::default() })
            .expect("trail");
        assert_eq!(trail.events[0].detail, "supervisor => supervisor > any:nadia");

        // A culture post now needs Nadia after a first supervisor.
        let post = testing::submitted(&mut diwan, "2026-12-11", "أمسية موسيقية");
        let first = diwan.approve_post("samir", post, false).expect("first step");
        assert_eq!(first.state, crate::names::PostStateName::InReview, "a second step now");
        diwan.approve_post("nadia", post, false).expect("Nadia's step");
        assert_eq!(diwan.post_for(post, None).expect("post").state, crate::names::PostStateName::Approved);
    }
}
