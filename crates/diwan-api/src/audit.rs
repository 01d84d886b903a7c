//! Checking the audit trail.

use diwan_core::audit;

use crate::{ApiError, Diwan};

impl Diwan {
    /// Verifies the whole chain; returns how many events it holds, or the
    /// first bad event as [`ApiError::AuditBroken`].
    pub fn verify_audit(&self) -> Result<u64, ApiError> {
        // The head and the events must come from one snapshot: read apart,
        // a writer committing between them looks like a truncated trail.
        let (events, head) =
            self.store.snapshot(|read| Ok::<_, ApiError>((read.audit_events()?, read.audit_head()?)))?;
        Ok(audit::verify(&events, head)?)
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
