//! `diwan xliff`: a mission's texts to translate out to a CAT tool as XLIFF
//! 2.1, and the translated file back in.

use std::io::Write;
use std::path::PathBuf;

use clap::Subcommand;

use super::Context;
use crate::error::CliError;
use crate::output;
use crate::progress::with_bar;

#[derive(Debug, Subcommand)]
pub enum XliffCommand {
    /// The language versions of a mission that need translating, as XLIFF 2.1
    Export {
        #[arg(long)]
        mission: String,
        /// The language to translate into (`--lang` is taken: it is the
        /// language of Diwan's own messages, for every command)
        #[arg(long = "language")]
        language: String,
        /// The source language of the file [default: the mission's first working language]
        #[arg(long)]
        source: Option<String>,
        /// Only the missing or only the stale versions
        #[arg(long, value_name = "missing|stale")]
        only: Option<String>,
        /// Write to FILE instead of standard output
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
    /// Bring back a translated XLIFF file (checked against the XLIFF schema; all units or none)
    Import { file: PathBuf },
}

pub fn run(command: XliffCommand, ctx: &Context<'_>) -> Result<(), CliError> {
    let mut diwan = ctx.open()?;
    match command {
        XliffCommand::Export { mission, language, source, only, output } => {
            let text = diwan.export_xliff(&mission, &language, source.as_deref(), only.as_deref())?;
            output::to_file_or_stdout(&text, output.as_deref())
        }
        XliffCommand::Import { file } => {
            let (actor, text) = (ctx.actor()?, output::read_file(&file)?);
            let report = with_bar(ctx.localizer, "cli-import-progress", |step| {
                diwan.import_xliff_with(actor, &text, &mut |done, total| _ = step(done, total))
            })?;
            let args = [
                ("written", i64::from(report.written).into()),
                ("done", i64::from(report.done).into()),
                ("drafts", i64::from(report.drafts).into()),
            ];
            writeln!(std::io::stdout().lock(), "{}", ctx.localizer.message("cli-xliff-imported", &args))?;
            Ok(())
        }
    }
}
