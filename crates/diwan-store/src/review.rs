//! The supervisor's queue: the posts in review at some missions.

use diwan_core::post::PostId;
use diwan_core::MissionCode;

use crate::{Reader, StoreError};

impl Reader<'_> {
    /// Up to `limit` posts in review at `missions`, crisis posts first, then
    /// the soonest (a seek on `posts_state_at`). The core decides who may act.
    pub fn review_candidates(&self, missions: &[MissionCode], limit: usize) -> Result<Vec<PostId>, StoreError> {
        if missions.is_empty() {
            return Ok(Vec::new());
        }
        let codes = missions.iter().map(MissionCode::as_str).collect::<Vec<_>>().join(",");
        let mut statement = self.conn.prepare_cached(
            "SELECT p.id FROM posts p
             WHERE p.state = 'in-review'
               AND p.mission_id IN (SELECT id FROM missions WHERE instr(',' || ?1 || ',', ',' || code || ',') > 0)
             ORDER BY (p.crisis_priority OR p.category = 'crisis') DESC, p.at_utc, p.id LIMIT ?2",
        )?;
        let rows = statement.query_map((codes, i64::try_from(limit).unwrap_or(i64::MAX)), |r| r.get::<_, i64>(0))?;
        rows.map(|id| Ok(PostId(id?))).collect()
    }
}
