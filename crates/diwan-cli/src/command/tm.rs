//! `diwan tm`: the translation memory, in and out as TMX 1.4, and searched.

use std::io::Write;
use std::path::PathBuf;

use clap::Subcommand;

use super::Context;
use crate::error::CliError;
use crate::output;
use crate::progress::with_bar;

#[derive(Debug, Subcommand)]
pub enum TmCommand {
    /// Add a TMX file's pairs to the memory (all or none)
    Import { file: PathBuf },
    /// The whole memory as TMX 1.4
    Export {
        /// Write to FILE instead of standard output
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
    /// Remembered translations of TEXT, best first
    Search {
        #[arg(long)]
        from: String,
        #[arg(long)]
        to: String,
        text: String,
    },
}

pub fn run(command: TmCommand, ctx: &Context<'_>) -> Result<(), CliError> {
    let mut diwan = ctx.open()?;
    match command {
        TmCommand::Import { file } => {
            let text = output::read_file(&file)?;
            let report = with_bar(ctx.localizer, "cli-import-progress", |step| {
                diwan.import_tmx_with(ctx.actor.as_deref(), &text, &mut |done, total| _ = step(done, total))
            })?;
            let args = [("added", i64::from(report.added).into()), ("known", i64::from(report.updated).into())];
            writeln!(std::io::stdout().lock(), "{}", ctx.localizer.message("cli-tm-imported", &args))?;
            Ok(())
        }
        TmCommand::Export { output } => output::to_file_or_stdout(&diwan.export_tmx()?, output.as_deref()),
        TmCommand::Search { from, to, text } => output::memory_hits(&diwan.memory_search(&from, &to, &text)?, ctx.json),
    }
}
