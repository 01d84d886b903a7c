//! What reports read (#14): every post of a span, when each was created
//! (the audit trail's first event for it), published addresses, and the
//! engagement figures imported for published posts.

use chrono::{DateTime, Utc};
use diwan_core::audit::AuditAction;
use diwan_core::platform::Platform;
use diwan_core::post::{PostId, PostStage};
use diwan_core::report::Engagement;
use diwan_core::MissionCode;
use rusqlite::OptionalExtension;

use crate::{parse_time, to_unix, Reader, StoreError, Writer};

/// One platform's figures for one post, as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EngagementRow {
    pub platform: String,
    pub url: String,
    pub reach: i64,
    pub engagement: i64,
    pub imported_at: String,
}

impl Reader<'_> {
    /// Every post of `mission` whose hour falls in `[from, to)`, whatever
    /// its state, soonest first.
    pub fn post_ids_between(
        &self,
        mission: &MissionCode,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Result<Vec<PostId>, StoreError> {
        let mut statement = self.conn.prepare_cached(
            "SELECT p.id FROM posts p JOIN missions m ON m.id = p.mission_id
             WHERE m.code = ?1 AND p.at_utc >= ?2 AND p.at_utc < ?3 ORDER BY p.at_utc, p.id",
        )?;
        let rows = statement
            .query_map(rusqlite::params![mission.as_str(), to_unix(from), to_unix(to)], |r| r.get::<_, i64>(0))?;
        rows.map(|id| Ok(PostId(id?))).collect()
    }

    /// When the post was created, by its audit trail.
    pub fn post_created_at(&self, post: PostId) -> Result<Option<DateTime<Utc>>, StoreError> {
        let at: Option<String> = self
            .conn
            .prepare_cached("SELECT min(at) FROM audit_events WHERE subject = ?1 AND action = ?2")?
            .query_row(rusqlite::params![format!("post:{}", post.0), AuditAction::PostCreated.as_str()], |r| r.get(0))
            .optional()?
            .flatten();
        at.as_deref().map(parse_time).transpose()
    }

    /// The published posts of `mission` with their addresses.
    pub fn published_urls(&self, mission: &MissionCode) -> Result<Vec<(PostId, String)>, StoreError> {
        let mut statement = self.conn.prepare_cached(
            "SELECT p.id, p.state_detail FROM posts p JOIN missions m ON m.id = p.mission_id
             WHERE m.code = ?1 AND p.state = ?2 AND p.state_detail IS NOT NULL ORDER BY p.id",
        )?;
        let rows = statement.query_map(rusqlite::params![mission.as_str(), PostStage::Published.as_str()], |r| {
            Ok((PostId(r.get(0)?), r.get(1)?))
        })?;
        rows.map(|row| Ok(row?)).collect()
    }

    /// The post's figures from each platform, as imported, by platform.
    pub fn engagement_rows(&self, post: PostId) -> Result<Vec<EngagementRow>, StoreError> {
        let mut statement = self.conn.prepare_cached(
            "SELECT platform, url, reach, engagement, imported_at FROM engagement WHERE post_id = ?1 ORDER BY platform",
        )?;
        let rows = statement.query_map([post.0], |r| {
            Ok(EngagementRow {
                platform: r.get(0)?,
                url: r.get(1)?,
                reach: r.get(2)?,
                engagement: r.get(3)?,
                imported_at: r.get(4)?,
            })
        })?;
        rows.map(|row| Ok(row?)).collect()
    }

    /// The post's figures, summed over the platforms they came from.
    pub fn engagement(&self, post: PostId) -> Result<Option<Engagement>, StoreError> {
        let sums: Option<(i64, i64)> = self
            .conn
            .prepare_cached(
                "SELECT sum(reach), sum(engagement) FROM engagement WHERE post_id = ?1 HAVING count(*) > 0",
            )?
            .query_row([post.0], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        Ok(sums.map(|(reach, engagement)| Engagement {
            reach: u64::try_from(reach).unwrap_or(0),
            engagement: u64::try_from(engagement).unwrap_or(0),
        }))
    }
}

impl Writer<'_> {
    /// Keeps `figures` for `post` from `platform`'s export, replacing the
    /// ones an earlier import gave.
    pub fn put_engagement(
        &mut self,
        post: PostId,
        platform: Platform,
        url: &str,
        figures: Engagement,
        at: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        self.tx
            .prepare_cached(
                "INSERT INTO engagement (post_id, platform, url, reach, engagement, imported_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                 ON CONFLICT (post_id, platform) DO UPDATE SET url = excluded.url, reach = excluded.reach,
                   engagement = excluded.engagement, imported_at = excluded.imported_at",
            )?
            .execute(rusqlite::params![
                post.0,
                platform.as_str(),
                url,
                i64::try_from(figures.reach).unwrap_or(i64::MAX),
                i64::try_from(figures.engagement).unwrap_or(i64::MAX),
                at.to_rfc3339()
            ])?;
        Ok(())
    }
}
