//! `diwan glossary`: the ministry glossary, in and out as CSV.

use std::io::Write;
use std::path::PathBuf;

use clap::Subcommand;

use super::Context;
use crate::error::CliError;
use crate::output;
use crate::progress::with_bar;

#[derive(Debug, Subcommand)]
pub enum GlossaryCommand {
    /// Merge a CSV file (columns ar, fr, en[, note, do_not_translate]) into the glossary (all rows or none)
    Import { file: PathBuf },
    /// The glossary as CSV
    Export {
        /// Write to FILE instead of standard output
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
}

pub fn run(command: GlossaryCommand, ctx: &Context<'_>) -> Result<(), CliError> {
    let mut diwan = ctx.open()?;
    match command {
        GlossaryCommand::Import { file } => {
            let (actor, text) = (ctx.actor()?, output::read_file(&file)?);
            let report = with_bar(ctx.localizer, "cli-import-progress", |step| {
                diwan.import_glossary_csv_with(actor, &text, &mut |done, total| _ = step(done, total))
            })?;
            let args = [("added", i64::from(report.added).into()), ("updated", i64::from(report.updated).into())];
            writeln!(std::io::stdout().lock(), "{}", ctx.localizer.message("cli-glossary-imported", &args))?;
            Ok(())
        }
        GlossaryCommand::Export { output } => {
            output::to_file_or_stdout(&diwan.export_glossary_csv()?, output.as_deref())
        }
    }
}
