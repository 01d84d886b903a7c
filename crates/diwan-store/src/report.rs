//! What reports read (#14): every post of a span, when each was created
//! (the audit trail's first event for it), published addresses, and the
//! engagement figures imported for published posts.

use chrono::{DateTime, Utc};
use diwan_core::audit::AuditAction;
use diwan_core::platform::Platform;
use diwan_core::post::{PostId, PostStage};
use diwan_core::report::Engagement;
use diwan_core::MissionCode;

use crate::{parse_time, to_unix, Reader, StoreError, Writer};

/// A post of a report's span, with when it was created and its figures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportFacts {
    pub id: PostId,
    pub created: Option<DateTime<Utc>>,
    pub engagement: Option<Engagement>,
}

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
    /// its state, soonest first, with what a report needs beside the post:
    /// when it was created (its audit trail's first `post.created`) and its
    /// engagement figures summed over the platforms they came from. One
    /// query for the span, not two more per post.
    pub fn report_facts_between(
        &self,
        mission: &MissionCode,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Result<Vec<ReportFacts>, StoreError> {
        type Row = (i64, Option<String>, Option<i64>, Option<i64>);
        let mut statement = self.conn.prepare_cached(
            "SELECT p.id,
                    (SELECT min(a.at) FROM audit_events a WHERE a.subject = 'post:' || p.id AND a.action = ?4),
                    e.reach, e.engagement
             FROM posts p JOIN missions m ON m.id = p.mission_id
             LEFT JOIN (SELECT post_id, sum(reach) AS reach, sum(engagement) AS engagement
                        FROM engagement GROUP BY post_id) e ON e.post_id = p.id
             WHERE m.code = ?1 AND p.at_utc >= ?2 AND p.at_utc < ?3 ORDER BY p.at_utc, p.id",
        )?;
        let rows = statement.query_map(
            rusqlite::params![mission.as_str(), to_unix(from), to_unix(to), AuditAction::PostCreated.as_str()],
            |r| Ok::<Row, _>((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )?;
        rows.map(|row| {
            let (id, created, reach, engagement) = row?;
            Ok(ReportFacts {
                id: PostId(id),
                created: created.as_deref().map(parse_time).transpose()?,
                engagement: reach.zip(engagement).map(|(reach, engagement)| Engagement {
                    reach: u64::try_from(reach).unwrap_or(0),
                    engagement: u64::try_from(engagement).unwrap_or(0),
                }),
            })
        })
        .collect()
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
