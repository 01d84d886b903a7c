//! `diwan export json`: everything, in the format of `docs/export-format.md`;
//! `diwan export ics|csv`: a mission's approved schedule, for publishing.

use std::io::Write;
use std::path::PathBuf;

use clap::{Args, ValueEnum};
use diwan_api::ApiError;

use super::Context;
use crate::error::CliError;
use crate::output;
use crate::progress::with_bar;

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ExportFormat {
    /// Everything (docs/export-format.md)
    Json,
    /// The approved schedule as iCalendar (RFC 5545)
    Ics,
    /// The approved schedule as CSV (UTF-8 with a byte-order mark)
    Csv,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[arg(value_enum)]
    format: ExportFormat,
    /// Write to FILE instead of standard output
    #[arg(long, short)]
    output: Option<PathBuf>,
    /// The mission (ics, csv)
    #[arg(long, required_if_eq_any = [("format", "ics"), ("format", "csv")])]
    mission: Option<String>,
    /// First local day, YYYY-MM-DD (ics, csv)
    #[arg(long, required_if_eq_any = [("format", "ics"), ("format", "csv")])]
    from: Option<String>,
    /// Last local day, included (ics, csv)
    #[arg(long, required_if_eq_any = [("format", "ics"), ("format", "csv")])]
    to: Option<String>,
}

pub fn run(args: &ExportArgs, ctx: &Context<'_>) -> Result<(), CliError> {
    let diwan = ctx.open()?;
    let schedule = |mission: &Option<String>, from: &Option<String>, to: &Option<String>| {
        (mission.clone().unwrap_or_default(), from.clone().unwrap_or_default(), to.clone().unwrap_or_default())
    };
    match args.format {
        ExportFormat::Json => {}
        ExportFormat::Ics => {
            let (mission, from, to) = schedule(&args.mission, &args.from, &args.to);
            return output::to_file_or_stdout(&diwan.export_ics(&mission, &from, &to)?, args.output.as_deref());
        }
        ExportFormat::Csv => {
            let (mission, from, to) = schedule(&args.mission, &args.from, &args.to);
            return output::to_file_or_stdout(&diwan.export_csv(&mission, &from, &to)?, args.output.as_deref());
        }
    }
    match &args.output {
        Some(file) => {
            // Written beside the target and renamed, so a failed export leaves no half file.
            let partial = file.with_extension("partial");
            let io = |e: std::io::Error| ApiError::Io { path: file.display().to_string(), detail: e.to_string() };
            let mut writer = std::io::BufWriter::new(std::fs::File::create(&partial).map_err(io)?);
            let exported = with_bar(ctx.localizer, "cli-export-progress", |mut step| {
                diwan.export_json_with(&mut writer, &mut step)
            });
            if let Err(error) = exported {
                // Nothing half written is left behind.
                drop(writer);
                let _ = std::fs::remove_file(&partial);
                return Err(error.into());
            }
            writer.flush().map_err(io)?;
            std::fs::rename(&partial, file).map_err(io)?;
        }
        None => {
            let mut writer = std::io::BufWriter::new(std::io::stdout().lock());
            with_bar(ctx.localizer, "cli-export-progress", |mut step| diwan.export_json_with(&mut writer, &mut step))?;
            writer.flush()?;
        }
    }
    Ok(())
}
