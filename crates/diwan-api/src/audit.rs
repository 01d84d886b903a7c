//! Checking the audit trail.

use diwan_core::audit::{self, AuditAction};
use diwan_core::calendar;
use diwan_core::user::UserName;
use diwan_store::{AuditEntry, AuditQuery};

use crate::dto::{AuditEventDto, AuditFilterDto, AuditLogDto};
use crate::progress::{Counter, Progress, Unwatched};
use crate::{ApiError, Diwan};

/// How many events one search shows.
const LOG_EVENTS: usize = 1000;

impl Diwan {
    /// The audit trail's events that match `filter`, newest first.
    pub fn audit_log(&self, filter: &AuditFilterDto) -> Result<AuditLogDto, ApiError> {
        let action = filter
            .action
            .as_deref()
            .map(|name| {
                AuditAction::from_name(name).map(|a| a.as_str().to_owned()).ok_or_else(|| ApiError::FilterInvalid {
                    value: name.to_owned(),
                    valid: AuditAction::NAMES.join(", "),
                })
            })
            .transpose()?;
        let actor = filter.user.as_deref().map(|name| UserName::parse(name).map(|n| n.to_string())).transpose()?;
        let day = |d: &str, next: bool| -> Result<String, ApiError> {
            let date = calendar::parse_date(d)?;
            let date = if next { date.succ_opt().unwrap_or(date) } else { date };
            Ok(date.and_hms_opt(0, 0, 0).unwrap_or_default().and_utc().to_rfc3339())
        };
        let query = AuditQuery {
            subject: filter.post.map(|id| format!("post:{id}")),
            actor,
            action,
            from: filter.from.as_deref().map(|d| day(d, false)).transpose()?,
            to: filter.to.as_deref().map(|d| day(d, true)).transpose()?,
        };
        let mut entries = self.store.read().audit_log(&query, LOG_EVENTS + 1)?;
        let truncated = entries.len() > LOG_EVENTS;
        entries.truncate(LOG_EVENTS);
        let events = entries
            .into_iter()
            .map(|AuditEntry { seq, at, actor, action, subject, detail }| AuditEventDto {
                seq,
                at,
                actor,
                action,
                subject,
                detail,
            })
            .collect();
        Ok(AuditLogDto { events, truncated })
    }

    /// Verifies the whole chain; returns how many events it holds, or the
    /// first bad event as [`ApiError::AuditBroken`].
    pub fn verify_audit(&self) -> Result<u64, ApiError> {
        self.verify_audit_with(&mut Unwatched)
    }

    /// [`Diwan::verify_audit`], reading the trail as a stream (constant
    /// memory whatever its length) and telling `progress` how far it is.
    pub fn verify_audit_with(&self, progress: &mut impl Progress) -> Result<u64, ApiError> {
        // The head and the events must come from one snapshot: read apart,
        // a writer committing between them looks like a truncated trail.
        self.store.snapshot(|read| {
            let head = read.audit_head()?;
            let mut counter = Counter::new(progress, head.map_or(0, |h| h.seq));
            let mut verifier = audit::Verifier::default();
            read.each_audit_event(|event| {
                verifier.push(&event);
                counter.tick()
            })?;
            counter.report()?;
            Ok(verifier.finish(head)?)
        })
    }
}

/// Failures found by running Diwan as people do, named after what broke.
#[cfg(test)]
mod regression {
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::Arc;

    use diwan_core::audit::{AuditAction, NewAuditEvent};
    use diwan_store::{Store, StoreError};

    use crate::Diwan;

    #[test]
    fn verify_reported_a_broken_trail_while_other_processes_wrote() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("diwan.db");
        drop(Store::open(&path).expect("create"));
        let done = Arc::new(AtomicBool::new(false));
        // Four writers, each with its own connection as another process has.
        let writers: Vec<_> = (0..4)
            .map(|writer| {
                let (path, done) = (path.clone(), Arc::clone(&done));
                std::thread::spawn(move || {
                    let mut store = Store::open(&path).expect("writer opens");
                    let mut written = 0_u32;
                    while !done.load(Ordering::Relaxed) || written < 20 {
                        store
                            .write(|w| {
                                w.append_audit(NewAuditEvent::new(
                                    chrono::DateTime::from_timestamp(1_795_000_000, 0).unwrap_or_default(),
                                    format!("writer{writer}"),
                                    AuditAction::DemoGenerated,
                                    format!("n:{written}"),
                                ))?;
                                Ok::<_, StoreError>(())
                            })
                            .expect("append");
                        written += 1;
                    }
                    written
                })
            })
            .collect();
        let diwan = Diwan::open(&path).expect("reader opens");
        let mut checks = 0;
        let mut last = 0;
        while checks < 60 {
            let count = diwan.verify_audit().expect("the trail is intact at every moment");
            assert!(count >= last, "a later check never sees fewer events");
            last = count;
            checks += 1;
        }
        done.store(true, Ordering::Relaxed);
        let written: u32 = writers.into_iter().map(|w| w.join().expect("writer")).sum();
        assert_eq!(diwan.verify_audit().expect("final"), u64::from(written));
    }
}

#[cfg(test)]
mod tests {
    use diwan_core::audit::NewAuditEvent;

    use super::*;
    use crate::testing;

    #[test]
    fn the_log_finds_a_posts_events_newest_first_and_narrows_by_person_action_and_day() {
        let diwan = testing::demo();
        let all = diwan.audit_log(&AuditFilterDto::default()).expect("log");
        assert!(all.events.windows(2).all(|w| w[0].seq > w[1].seq), "newest first");
        let post = all.events.iter().find(|e| e.action == "post.published").expect("a publication").subject.clone();
        let id: i64 = post.trim_start_matches("post:").parse().expect("id");
        let its = diwan.audit_log(&AuditFilterDto { post: Some(id), ..AuditFilterDto::default() }).expect("log");
        assert!(its.events.iter().all(|e| e.subject == post));
        assert_eq!(its.events.last().map(|e| e.action.as_str()), Some("post.created"), "created first, listed last");
        let samir =
            diwan.audit_log(&AuditFilterDto { user: Some("samir".into()), ..AuditFilterDto::default() }).expect("log");
        assert!(!samir.events.is_empty() && samir.events.iter().all(|e| e.actor == "samir"));
        let approvals = diwan
            .audit_log(&AuditFilterDto { action: Some("post.approved".into()), ..AuditFilterDto::default() })
            .expect("log");
        assert!(approvals.events.iter().all(|e| e.action == "post.approved"));
        let bad = diwan.audit_log(&AuditFilterDto { action: Some("post.stolen".into()), ..AuditFilterDto::default() });
        assert!(bad.is_err(), "an unknown action is an error that lists the valid ones, not an empty log");
        // The demo is made over the two days before the tests' clock (2026-11-18
        // noon): nothing before 16 November; the published post's events all
        // fall from then to the 18th, and its first day alone holds only some
        // of them (written on the 16th, approved hours later, published on the 18th).
        let before = AuditFilterDto { to: Some("2026-11-15".into()), ..AuditFilterDto::default() };
        assert!(diwan.audit_log(&before).expect("log").events.is_empty());
        let days = |from: &str, to: &str| {
            let filter = AuditFilterDto {
                post: Some(id),
                from: Some(from.into()),
                to: Some(to.into()),
                ..AuditFilterDto::default()
            };
            diwan.audit_log(&filter).expect("log").events
        };
        assert_eq!(days("2026-11-16", "2026-11-18").len(), its.events.len());
        let first_day = days("2026-11-16", "2026-11-16");
        assert!(!first_day.is_empty() && first_day.len() < its.events.len(), "one day is part of the post's trail");
        assert!(first_day.iter().any(|e| e.action == "post.created"));
    }

    fn with_events(n: u32) -> Diwan {
        let mut diwan = Diwan::open_in_memory(chrono::Utc::now).expect("open");
        let at = chrono::DateTime::from_timestamp(1_795_000_000, 0).unwrap_or_default();
        let events = (0..n).map(|i| NewAuditEvent::new(at, "karim", AuditAction::PostEdited, format!("post:{i}")));
        diwan.store.write(|w| w.append_audits(events)).expect("append");
        diwan
    }

    #[test]
    fn verify_tells_how_far_it_is_and_stops_when_asked() {
        let diwan = with_events(10_000);
        let mut seen = Vec::new();
        let count = diwan.verify_audit_with(&mut |done, total| {
            seen.push((done, total));
            true
        });
        assert_eq!(count.expect("intact"), 10_000);
        assert_eq!(seen, vec![(4096, 10_000), (8192, 10_000), (10_000, 10_000)]);

        let stopped = diwan.verify_audit_with(&mut |done, _| done < 4096);
        assert!(matches!(stopped, Err(ApiError::Cancelled)), "{stopped:?}");
        assert_eq!(diwan.verify_audit().expect("still intact"), 10_000);
    }
}
