//! A progress bar for long work, on standard error and only when it is a
//! terminal: scripts read standard output, and a pipe or a log file gets
//! no bar at all (indicatif hides itself there).

use diwan_api::i18n::Localizer;
use diwan_api::progress::Upgrade;
use indicatif::{ProgressBar, ProgressStyle};

/// Runs `work` with a bar on screen that `work` moves through `step`
/// (`done`, `total`; it always answers "go on": Ctrl+C stops the command,
/// and every write is one transaction, so nothing is left half done). The
/// bar is off the screen before `work`'s result is printed.
pub fn with_bar<T>(
    localizer: &Localizer,
    message_id: &str,
    work: impl FnOnce(&mut dyn FnMut(u64, u64) -> bool) -> T,
) -> T {
    let bar = Bar::new(localizer, message_id);
    let result = work(&mut |done, total| bar.step(done, total));
    bar.bar.finish_and_clear();
    result
}

/// Runs `work`, which opens a database: nothing shows unless the file
/// needs an upgrade, then a bar for its copy and one for its upgrade.
pub fn upgrading<T>(localizer: &Localizer, work: impl FnOnce(&mut dyn FnMut(Upgrade)) -> T) -> T {
    let mut shown: Option<(&str, Bar)> = None;
    let result = work(&mut |upgrade| {
        let (message_id, done, total) = match upgrade {
            Upgrade::Copying { done, total } => ("cli-copying-progress", done, total),
            Upgrade::Upgrading { done, total } => ("cli-upgrading-progress", done, total),
        };
        if shown.as_ref().is_none_or(|(id, _)| *id != message_id) {
            if let Some((_, bar)) = shown.take() {
                bar.bar.finish_and_clear();
            }
            shown = Some((message_id, Bar::new(localizer, message_id)));
        }
        if let Some((_, bar)) = &shown {
            bar.step(done, total);
        }
    });
    if let Some((_, bar)) = shown {
        bar.bar.finish_and_clear();
    }
    result
}

/// One piece of long work on screen: what it is (a message id) and how far.
#[derive(Debug)]
struct Bar {
    bar: ProgressBar,
}

impl Bar {
    fn new(localizer: &Localizer, message_id: &str) -> Self {
        let bar = ProgressBar::new(0);
        let style = ProgressStyle::with_template("{msg} [{bar:32}] {percent:>3}% {human_pos}/{human_len} ({eta})")
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> ");
        bar.set_style(style);
        bar.set_message(localizer.message(message_id, &[]));
        Self { bar }
    }

    fn step(&self, done: u64, total: u64) -> bool {
        self.bar.set_length(total);
        self.bar.set_position(done);
        true
    }
}
