//! Posts with their targets, language variants and approvals, saved and
//! loaded whole: the core decides, the store keeps.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Utc};
use diwan_core::account::AccountId;
use diwan_core::audit::{AuditAction, NewAuditEvent};
use diwan_core::hash::{ContentHash, Hasher};
use diwan_core::post::{Approval, Attachment, Effect, Post, PostId, PostStage, PostState, QaOverride, Variant};
use diwan_core::translation::qa::QaCheck;
use diwan_core::user::UserName;
use diwan_core::{LanguageCode, MissionCode};
use rusqlite::OptionalExtension;

use crate::{from_unix, parse_time, to_unix, Reader, StoreError, Writer};

/// The same digest the core uses for "translated from this source".
fn source_hash(text: &str) -> ContentHash {
    Hasher::new().field("source").field(text).finish()
}

fn state_detail(state: &PostState) -> Option<&str> {
    match state {
        PostState::Published { url } => Some(url),
        PostState::Rejected { reason } => Some(reason),
        _ => None,
    }
}

fn join_names(names: &BTreeSet<UserName>) -> String {
    names.iter().map(UserName::as_str).collect::<Vec<_>>().join(",")
}

impl Writer<'_> {
    /// The id the next new post gets. Safe inside the write transaction,
    /// which holds SQLite's write lock.
    pub fn next_post_id(&self) -> Result<PostId, StoreError> {
        Ok(PostId(self.tx.query_row("SELECT coalesce(max(id), 0) + 1 FROM posts", [], |row| row.get(0))?))
    }

    pub fn insert_post(&mut self, post: &Post, now: DateTime<Utc>) -> Result<(), StoreError> {
        self.save_row(post, now)?;
        self.insert_children(post)
    }

    /// Saves every field of an existing post.
    pub fn update_post(&mut self, post: &Post, now: DateTime<Utc>) -> Result<(), StoreError> {
        let exists: bool =
            self.tx.query_row("SELECT count(*) > 0 FROM posts WHERE id = ?1", [post.id.0], |r| r.get(0))?;
        if !exists {
            return Err(StoreError::NotFound { kind: "post", id: post.id.0.to_string() });
        }
        self.save_row(post, now)?;
        for table in ["post_targets", "variants", "approvals"] {
            self.tx.prepare_cached(&format!("DELETE FROM {table} WHERE post_id = ?1"))?.execute([post.id.0])?;
        }
        self.insert_children(post)
    }

    /// Writes the post's own row: inserted, or updated in place so that the
    /// rows hanging off it (comments, media) stay. Mission and drafter never change.
    fn save_row(&mut self, post: &Post, now: DateTime<Utc>) -> Result<(), StoreError> {
        let mission_id = self.read().mission_id(&post.mission)?;
        self.tx
            .prepare_cached(
                "INSERT INTO posts (id, mission_id, time_zone, category, source_language, at_utc, note, crisis_priority, \
                 state, state_detail, drafter, contributors, source_hash, approved_content, updated_at, paused_by, uid) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17) \
                 ON CONFLICT (id) DO UPDATE SET time_zone = excluded.time_zone, category = excluded.category, \
                 source_language = excluded.source_language, at_utc = excluded.at_utc, note = excluded.note, \
                 crisis_priority = excluded.crisis_priority, state = excluded.state, state_detail = excluded.state_detail, \
                 contributors = excluded.contributors, source_hash = excluded.source_hash, \
                 approved_content = excluded.approved_content, updated_at = excluded.updated_at, \
                 paused_by = excluded.paused_by",
            )?
            .execute(rusqlite::params![
                post.id.0,
                mission_id,
                post.time_zone.name(),
                post.category.as_str(),
                post.source_language.as_str(),
                to_unix(post.at),
                post.note,
                post.crisis_priority,
                post.state.as_str(),
                state_detail(&post.state),
                post.drafter.as_str(),
                join_names(&post.contributors),
                source_hash(post.source_text()).to_hex(),
                post.approved_content.map(|h| h.to_hex()),
                now.to_rfc3339(),
                post.paused_by.map(|c| c.0),
                // A new post's uid; an update keeps the one it has (not in the SET above).
                new_uid(),
            ])?;
        Ok(())
    }

    fn insert_children(&mut self, post: &Post) -> Result<(), StoreError> {
        let mut targets = self.tx.prepare_cached("INSERT INTO post_targets (post_id, account_id) VALUES (?1, ?2)")?;
        for target in &post.targets {
            targets.execute((post.id.0, target.0)).map_err(|e| match e {
                rusqlite::Error::SqliteFailure(f, _) if f.code == rusqlite::ErrorCode::ConstraintViolation => {
                    StoreError::NotFound { kind: "account", id: target.0.to_string() }
                }
                other => StoreError::from(other),
            })?;
        }
        let mut variants = self.tx.prepare_cached(
            "INSERT INTO variants (post_id, language, text, translated_from, source_seen, \
                 qa_override_checks, qa_override_reason, qa_override_by, qa_override_at) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        )?;
        for (language, variant) in &post.variants {
            let qa = variant.qa_override.as_ref();
            variants.execute(rusqlite::params![
                post.id.0,
                language.as_str(),
                &variant.text,
                variant.translated_from.map(|h| h.to_hex()),
                variant.source_seen.as_deref(),
                qa.map(|o| o.checks.iter().map(|c| c.as_str()).collect::<Vec<_>>().join(",")),
                qa.map(|o| o.reason.as_str()),
                qa.map(|o| o.by.as_str()),
                qa.map(|o| o.at.to_rfc3339()),
            ])?;
        }
        let mut approvals = self.tx.prepare_cached(
            "INSERT INTO approvals (post_id, user_name, step, content, at, fast_track) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?;
        for a in &post.approvals {
            approvals.execute((
                post.id.0,
                a.user.as_str(),
                i64::try_from(a.step).unwrap_or(i64::MAX),
                a.content.to_hex(),
                a.at.to_rfc3339(),
                a.fast_track,
            ))?;
        }
        Ok(())
    }
}

/// A new post's uid: a UUIDv7, time-ordered and made without asking anyone,
/// so that two desktops creating posts offline never make the same one.
pub(crate) fn new_uid() -> String {
    uuid::Uuid::now_v7().to_string()
}

/// Migration 11's repair: every post from before gets its uid.
pub(crate) fn give_posts_uids(w: &mut Writer<'_>) -> Result<(), StoreError> {
    give_uids(w, "posts")
}

/// Gives every row of `table` (posts, crises) without a uid its own.
pub(crate) fn give_uids(w: &mut Writer<'_>, table: &'static str) -> Result<(), StoreError> {
    let ids: Vec<i64> =
        w.tx.prepare(&format!("SELECT id FROM {table} WHERE uid IS NULL ORDER BY id"))?
            .query_map([], |row| row.get(0))?
            .collect::<Result<_, _>>()?;
    let mut give = w.tx.prepare(&format!("UPDATE {table} SET uid = ?2 WHERE id = ?1"))?;
    for id in ids {
        give.execute(rusqlite::params![id, new_uid()])?;
    }
    Ok(())
}

/// The repair of schema 5, when approvals came to cover images: an
/// approved or scheduled post with images was approved without them in its
/// hash, so nobody can show which images were approved. Its approval is
/// withdrawn (it goes back to review), and the audit trail says why.
pub(crate) fn withdraw_unbound_approvals(w: &mut Writer<'_>) -> Result<(), StoreError> {
    let ids: Vec<i64> =
        w.tx.prepare(
            "SELECT id FROM posts WHERE state IN ('approved', 'scheduled') \
             AND EXISTS (SELECT 1 FROM media WHERE media.post_id = posts.id) ORDER BY id",
        )?
        .query_map([], |r| r.get(0))?
        .collect::<Result<_, _>>()?;
    let now = chrono::Utc::now();
    for id in ids {
        let Some(mut post) = w.read().post(PostId(id))? else { continue };
        if let Effect::ApprovalWithdrawn { reason, approvals } = post.withdraw_unbound_approval() {
            w.update_post(&post, now)?;
            w.append_audit(
                NewAuditEvent::new(now, "system".to_owned(), AuditAction::PostApprovalWithdrawn, format!("post:{id}"))
                    .with_hashes(None, Some(post.content_hash()))
                    .with_detail(format!("{} ({approvals} approvals)", reason.describe())),
            )?;
        }
    }
    Ok(())
}

impl Reader<'_> {
    /// The post's uid, by which desktops and the team hub know it.
    pub fn post_uid(&self, id: PostId) -> Result<Option<String>, StoreError> {
        Ok(self
            .conn
            .prepare_cached("SELECT uid FROM posts WHERE id = ?1")?
            .query_row([id.0], |row| row.get(0))
            .optional()?)
    }

    /// A whole post, or `None`.
    pub fn post(&self, id: PostId) -> Result<Option<Post>, StoreError> {
        type Row = (
            String,
            String,
            String,
            String,
            i64,
            Option<String>,
            bool,
            String,
            Option<String>,
            String,
            String,
            Option<String>,
            Option<i64>,
        );
        let row: Option<Row> = self
            .conn
            .prepare_cached(
                "SELECT m.code, p.time_zone, p.category, p.source_language, p.at_utc, p.note, p.crisis_priority, p.state, \
                 p.state_detail, p.drafter, p.contributors, p.approved_content, p.paused_by \
                 FROM posts p JOIN missions m ON m.id = p.mission_id WHERE p.id = ?1",
            )?
            .query_row([id.0], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?, r.get(7)?, r.get(8)?, r.get(9)?, r.get(10)?, r.get(11)?, r.get(12)?))
            })
            .optional()?;
        let Some((
            code,
            zone,
            category,
            source,
            at,
            note,
            crisis,
            state,
            detail,
            drafter,
            contributors,
            approved,
            paused,
        )) = row
        else {
            return Ok(None);
        };
        let corrupt = |what: &str| StoreError::Corrupt { detail: format!("post {}: {what}", id.0) };
        let name = |n: &str| UserName::parse(n).map_err(|_| corrupt("user name"));
        let hash = |h: &str| ContentHash::from_hex(h).ok_or_else(|| corrupt("hash"));
        let state = match (state.as_str(), detail) {
            ("draft", _) => PostState::Draft,
            ("in-translation", _) => PostState::InTranslation,
            ("in-review", _) => PostState::InReview,
            ("approved", _) => PostState::Approved,
            ("scheduled", _) => PostState::Scheduled,
            ("published", Some(url)) => PostState::Published { url },
            ("rejected", Some(reason)) => PostState::Rejected { reason },
            _ => return Err(corrupt("state")),
        };

        let mut targets = BTreeSet::new();
        let mut statement = self.conn.prepare_cached("SELECT account_id FROM post_targets WHERE post_id = ?1")?;
        for account in statement.query_map([id.0], |r| r.get::<_, i64>(0))? {
            targets.insert(AccountId(account?));
        }
        let mut variants = BTreeMap::new();
        let mut statement = self.conn.prepare_cached(
            "SELECT language, text, translated_from, source_seen, \
                    qa_override_checks, qa_override_reason, qa_override_by, qa_override_at \
             FROM variants WHERE post_id = ?1",
        )?;
        let rows = statement.query_map([id.0], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, Option<String>>(2)?,
                r.get::<_, Option<String>>(3)?,
                [r.get::<_, Option<String>>(4)?, r.get(5)?, r.get(6)?, r.get(7)?],
            ))
        })?;
        for row in rows {
            let (language, text, from, source_seen, qa) = row?;
            let language = LanguageCode::parse(&language).ok_or_else(|| corrupt("language"))?;
            let qa_override = match qa {
                [Some(checks), Some(reason), Some(by), Some(at)] => Some(QaOverride {
                    checks: checks
                        .split(',')
                        .map(|c| QaCheck::from_name(c).ok_or_else(|| corrupt("quality check")))
                        .collect::<Result<_, _>>()?,
                    reason,
                    by: name(&by)?,
                    at: parse_time(&at)?,
                }),
                _ => None,
            };
            let translated_from = from.as_deref().map(hash).transpose()?;
            variants.insert(language, Variant { text, translated_from, source_seen, qa_override });
        }
        let mut approvals = Vec::new();
        let mut statement = self.conn.prepare_cached(
            "SELECT user_name, step, content, at, fast_track FROM approvals WHERE post_id = ?1 ORDER BY at, step",
        )?;
        let rows = statement.query_map([id.0], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, bool>(4)?,
            ))
        })?;
        for row in rows {
            let (user, step, content, at, fast_track) = row?;
            approvals.push(Approval {
                user: name(&user)?,
                step: usize::try_from(step).map_err(|_| corrupt("step"))?,
                content: hash(&content)?,
                at: parse_time(&at)?,
                fast_track,
            });
        }

        Ok(Some(Post {
            id,
            mission: MissionCode::parse(&code).map_err(|_| corrupt("mission"))?,
            time_zone: zone.parse().map_err(|_| corrupt("time zone"))?,
            targets,
            category: category.parse().map_err(|_| corrupt("category"))?,
            source_language: LanguageCode::parse(&source).ok_or_else(|| corrupt("source language"))?,
            at: from_unix(at)?,
            note,
            crisis_priority: crisis,
            state,
            variants,
            media: self
                .media(id)?
                .into_iter()
                .map(|m| Attachment { id: m.id, content: m.content_hash, alt: m.alt.into_iter().collect() })
                .collect(),
            drafter: name(&drafter)?,
            contributors: contributors.split(',').filter(|n| !n.is_empty()).map(name).collect::<Result<_, _>>()?,
            approvals,
            approved_content: approved.as_deref().map(hash).transpose()?,
            paused_by: paused.map(diwan_core::crisis::CrisisId),
        }))
    }

    /// The posts whose hour falls in `from..=to` (at one mission, or all),
    /// soonest first, leaving out the published and rejected ones, for which
    /// nothing is left to do: the candidates for publishing reminders (the
    /// app asks every minute; most past posts are published).
    pub fn open_post_ids_between(
        &self,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        mission: Option<&MissionCode>,
    ) -> Result<Vec<PostId>, StoreError> {
        let mut statement = self.conn.prepare_cached(
            "SELECT p.id FROM posts p JOIN missions m ON m.id = p.mission_id
             WHERE p.at_utc BETWEEN ?1 AND ?2 AND (?3 IS NULL OR m.code = ?3) AND p.state NOT IN (?4, ?5)
             ORDER BY p.at_utc, p.id",
        )?;
        let rows = statement.query_map(
            rusqlite::params![
                to_unix(from),
                to_unix(to),
                mission.map(MissionCode::as_str),
                PostStage::Published.as_str(),
                PostStage::Rejected.as_str()
            ],
            |r| r.get::<_, i64>(0),
        )?;
        rows.map(|id| Ok(PostId(id?))).collect()
    }

    /// Every post id in id order, for export.
    pub fn post_ids(&self) -> Result<Vec<PostId>, StoreError> {
        let mut statement = self.conn.prepare_cached("SELECT id FROM posts ORDER BY id")?;
        let rows = statement.query_map([], |r| r.get::<_, i64>(0))?;
        rows.map(|id| Ok(PostId(id?))).collect()
    }
}
