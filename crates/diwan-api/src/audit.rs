//! Checking the audit trail.

use diwan_core::audit;

use crate::{ApiError, Diwan};

impl Diwan {
    /// Verifies the whole chain; returns how many events it holds, or the
    /// first bad event as [`ApiError::AuditBroken`].
    pub fn verify_audit(&self) -> Result<u64, ApiError> {
        let read = self.store.read();
        Ok(audit::verify(&read.audit_events()?, read.audit_head()?)?)
    }
}
