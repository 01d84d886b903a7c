//! Long work (verifying a trail of millions of events, exporting a
//! ministry's plan, generating the demo) tells how far it is and can be
//! stopped. The front end decides how to show it: a bar on a terminal, a
//! progress bar in the window.

use crate::ApiError;

/// How far opening an older database has got: its copy, then its upgrade.
pub use diwan_store::Upgrade;

/// How often long work reports: every this many units (events, posts).
pub const REPORT_EVERY: u64 = 4096;

/// Told how far long work is; answers whether to go on.
pub trait Progress {
    /// `done` of `total` units (`total` is 0 when not known). Returning
    /// `false` stops the work, which then changes nothing and fails with
    /// [`ApiError::Cancelled`].
    fn step(&mut self, done: u64, total: u64) -> bool;
}

/// Nobody watching: the work runs to its end.
#[derive(Debug, Clone, Copy, Default)]
pub struct Unwatched;

impl Progress for Unwatched {
    fn step(&mut self, _done: u64, _total: u64) -> bool {
        true
    }
}

impl<F: FnMut(u64, u64) -> bool> Progress for F {
    fn step(&mut self, done: u64, total: u64) -> bool {
        self(done, total)
    }
}

/// Counts units of work and reports every [`REPORT_EVERY`] of them.
#[derive(Debug)]
pub(crate) struct Counter<'p, P: Progress + ?Sized> {
    progress: &'p mut P,
    done: u64,
    total: u64,
}

impl<'p, P: Progress + ?Sized> Counter<'p, P> {
    pub(crate) fn new(progress: &'p mut P, total: u64) -> Self {
        Self { progress, done: 0, total }
    }

    /// One more unit done; `Err(Cancelled)` when asked to stop.
    pub(crate) fn tick(&mut self) -> Result<(), ApiError> {
        self.done += 1;
        if self.done.is_multiple_of(REPORT_EVERY) {
            self.report()?;
        }
        Ok(())
    }

    /// Reports where the work is now (at its end, say).
    pub(crate) fn report(&mut self) -> Result<(), ApiError> {
        if self.progress.step(self.done, self.total.max(self.done)) {
            Ok(())
        } else {
            Err(ApiError::Cancelled)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_counter_reports_every_so_often_and_at_the_end_and_stops_when_told() {
        let mut seen = Vec::new();
        let mut watch = |done, total| {
            seen.push((done, total));
            true
        };
        let mut counter = Counter::new(&mut watch, 10_000);
        for _ in 0..10_000 {
            counter.tick().expect("goes on");
        }
        counter.report().expect("goes on");
        assert_eq!(seen, vec![(4096, 10_000), (8192, 10_000), (10_000, 10_000)]);

        let mut stop = |done: u64, _| done < 8192;
        let mut counter = Counter::new(&mut stop, 0);
        let stopped = (0..10_000).map(|_| counter.tick()).position(|r| r.is_err());
        assert_eq!(stopped, Some(8191), "stopped on the report that said stop");
        assert!(matches!(counter.tick(), Ok(())), "a report comes only every 4096");
    }
}
