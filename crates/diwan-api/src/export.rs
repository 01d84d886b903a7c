//! `diwan export json`: everything in the database as one JSON document.
//!
//! The format is stable and documented in `docs/export-format.md`: top-level
//! keys in a fixed order, every list sorted by id or code, times in RFC 3339.
//! Posts and audit events are written one at a time, so a ministry-sized
//! database is exported without holding it in memory.

use std::io::Write;

use diwan_store::Reader;
use serde::Serialize;

use crate::dto::{AccountDto, CommentDto, MediaDto, MissionDto, PostDto, TermDto};
use crate::posts::post_dto;
use crate::progress::{Counter, Progress, Unwatched};
use crate::{ApiError, Diwan};

/// The export format's version; bumped when a field changes meaning.
pub const EXPORT_VERSION: u32 = 1;

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Header {
    format: &'static str,
    version: u32,
    schema_version: u32,
    exported_at: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct UserExport {
    name: String,
    display_name: String,
    roles: Vec<RoleExport>,
    /// The languages they translate into; empty: all.
    translates: Vec<String>,
}

#[derive(Serialize)]
struct RoleExport {
    mission: String,
    role: &'static str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PostExport {
    #[serde(flatten)]
    post: PostDto,
    comments: Vec<CommentDto>,
    media: Vec<MediaDto>,
    /// Reach and engagement from each platform's export, as imported.
    engagement: Vec<EngagementExport>,
    /// The template its text was last filled from, if any.
    template: Option<i64>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct EngagementExport {
    platform: String,
    url: String,
    reach: i64,
    engagement: i64,
    imported_at: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct BlackoutExport {
    mission: String,
    start: String,
    end: String,
    reason: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct AuditExport {
    seq: u64,
    at: String,
    actor: String,
    action: String,
    subject: String,
    before: Option<String>,
    after: Option<String>,
    detail: String,
    prev: String,
    hash: String,
}

fn io(error: impl std::fmt::Display) -> ApiError {
    ApiError::Io { path: "-".into(), detail: error.to_string() }
}

fn field<T: Serialize>(out: &mut dyn Write, name: &str, value: &T, last: bool) -> Result<(), ApiError> {
    write!(out, "\"{name}\":").map_err(io)?;
    serde_json::to_writer(&mut *out, value).map_err(io)?;
    out.write_all(if last { b"\n" } else { b",\n" }).map_err(io)
}

/// A list written one item at a time (`"name":[` item, item… `]`), each on
/// its own line: posts and audit events are streamed, never collected.
struct List {
    first: bool,
}

impl List {
    fn open(out: &mut dyn Write, name: &str) -> Result<Self, ApiError> {
        write!(out, "\"{name}\":[").map_err(io)?;
        Ok(Self { first: true })
    }

    fn item<T: Serialize>(&mut self, out: &mut dyn Write, value: &T) -> Result<(), ApiError> {
        out.write_all(if self.first { b"\n" } else { b",\n" }).map_err(io)?;
        self.first = false;
        serde_json::to_writer(&mut *out, value).map_err(io)
    }

    fn close(self, out: &mut dyn Write, last: bool) -> Result<(), ApiError> {
        out.write_all(if last { b"\n]\n" } else { b"\n],\n" }).map_err(io)
    }
}

impl Diwan {
    /// Writes everything as one consistent snapshot: a writer beside the
    /// export (the app, another CLI) cannot make it half old, half new.
    pub fn export_json(&self, out: &mut dyn Write) -> Result<(), ApiError> {
        self.export_json_with(out, &mut Unwatched)
    }

    /// [`Diwan::export_json`], telling `progress` how far it is (posts and
    /// audit events written, of all there are). Posts and events are
    /// written as they are read: memory stays flat at a ministry's scale.
    pub fn export_json_with(&self, out: &mut dyn Write, progress: &mut impl Progress) -> Result<(), ApiError> {
        self.store.snapshot(|read| self.export_snapshot(read, out, progress))
    }

    fn export_snapshot(
        &self,
        read: Reader<'_>,
        out: &mut dyn Write,
        progress: &mut impl Progress,
    ) -> Result<(), ApiError> {
        let header = Header {
            format: "diwan-export",
            version: EXPORT_VERSION,
            schema_version: self.schema_version()?,
            exported_at: self.now().to_rfc3339(),
        };
        let header = serde_json::to_string(&header).map_err(io)?;
        // The header's fields open the document; the lists follow.
        writeln!(out, "{},", header.trim_end_matches('}')).map_err(io)?;

        let missions: Vec<MissionDto> = read.missions()?.iter().map(MissionDto::from).collect();
        field(out, "missions", &missions, false)?;
        let accounts: Vec<AccountDto> = read.accounts(None)?.iter().map(AccountDto::from).collect();
        field(out, "accounts", &accounts, false)?;
        let users: Vec<UserExport> = read
            .users()?
            .into_iter()
            .map(|user| UserExport {
                name: user.name.to_string(),
                roles: user
                    .role_pairs()
                    .map(|(mission, role)| RoleExport { mission: mission.to_string(), role: role.as_str() })
                    .collect(),
                display_name: user.display_name,
                translates: user.translates.iter().map(ToString::to_string).collect(),
            })
            .collect();
        field(out, "users", &users, false)?;

        let far = chrono::DateTime::<chrono::Utc>::MAX_UTC;
        let blackouts: Vec<BlackoutExport> = read
            .blackouts(None, chrono::DateTime::<chrono::Utc>::MIN_UTC, far)?
            .into_iter()
            .map(|(_, b)| BlackoutExport {
                mission: b.mission.to_string(),
                start: b.start.to_rfc3339(),
                end: b.end.to_rfc3339(),
                reason: b.reason,
            })
            .collect();
        field(out, "blackouts", &blackouts, false)?;
        let glossary: Vec<TermDto> = read.glossary()?.iter().map(crate::translation::term_dto).collect();
        field(out, "glossary", &glossary, false)?;
        field(out, "policies", &self.policies_from(read)?, false)?;
        let crises =
            read.crises()?.iter().map(|c| crate::crisis::crisis_dto(read, c)).collect::<Result<Vec<_>, _>>()?;
        field(out, "crises", &crises, false)?;
        field(out, "homeCountry", &self.home_country()?, false)?;
        field(out, "ministryDays", &self.ministry_days()?, false)?;

        let post_ids = read.post_ids()?;
        let events = read.audit_head()?.map_or(0, |head| head.seq);
        let mut counter = Counter::new(progress, post_ids.len() as u64 + events);
        let mut posts = List::open(out, "posts")?;
        for id in post_ids {
            counter.tick()?;
            let Some(post) = read.post(id)? else { continue };
            let export = PostExport {
                post: post_dto(&post, Vec::new()),
                comments: self.comments(id.0)?,
                media: self.media(id.0)?,
                engagement: read
                    .engagement_rows(id)?
                    .into_iter()
                    .map(|r| EngagementExport {
                        platform: r.platform,
                        url: r.url,
                        reach: r.reach,
                        engagement: r.engagement,
                        imported_at: r.imported_at,
                    })
                    .collect(),
                template: read.post_template(id)?.map(|t| t.id),
            };
            posts.item(out, &export)?;
        }
        posts.close(out, false)?;

        let mut audit = List::open(out, "audit")?;
        read.each_audit_event(|e| {
            counter.tick()?;
            let event = AuditExport {
                seq: e.seq,
                at: e.event.at.to_rfc3339(),
                actor: e.event.actor,
                action: e.event.action,
                subject: e.event.subject,
                before: e.event.before.map(|h| h.to_hex()),
                after: e.event.after.map(|h| h.to_hex()),
                detail: e.event.detail,
                prev: e.prev.to_hex(),
                hash: e.hash.to_hex(),
            };
            audit.item(out, &event)
        })?;
        audit.close(out, true)?;
        counter.report()?;
        out.write_all(b"}\n").map_err(io)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use crate::{testing, ApiError};

    #[test]
    fn the_export_counts_posts_and_events_as_it_writes_them_and_stops_when_asked() {
        let diwan = testing::demo();
        let mut bytes = Vec::new();
        let mut last = (0, 0);
        let mut watch = |done, total| {
            last = (done, total);
            true
        };
        diwan.export_json_with(&mut bytes, &mut watch).expect("export");
        let export: serde_json::Value = serde_json::from_slice(&bytes).expect("the export parses");
        let count = |key: &str| export[key].as_array().map_or(0, Vec::len) as u64;
        let units = count("posts") + count("audit");
        assert!(count("posts") > 0 && count("audit") > 0);
        assert_eq!(last, (units, units), "the last report is the whole of it");

        let stopped = diwan.export_json_with(&mut Vec::new(), &mut |_, _| false);
        assert!(matches!(stopped, Err(ApiError::Cancelled)), "{stopped:?}");
    }
}
