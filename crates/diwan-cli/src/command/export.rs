//! `diwan export json`: everything, in the format of `docs/export-format.md`.

use std::io::Write;
use std::path::PathBuf;

use clap::{Args, ValueEnum};
use diwan_api::ApiError;

use super::Context;
use crate::error::CliError;

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ExportFormat {
    Json,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[arg(value_enum)]
    format: ExportFormat,
    /// Write to FILE instead of standard output
    #[arg(long, short)]
    output: Option<PathBuf>,
}

pub fn run(args: &ExportArgs, ctx: &Context<'_>) -> Result<(), CliError> {
    let diwan = ctx.open()?;
    let ExportFormat::Json = args.format;
    match &args.output {
        Some(file) => {
            // Written beside the target and renamed, so a failed export leaves no half file.
            let partial = file.with_extension("partial");
            let io = |e: std::io::Error| ApiError::Io { path: file.display().to_string(), detail: e.to_string() };
            let mut writer = std::io::BufWriter::new(std::fs::File::create(&partial).map_err(io)?);
            diwan.export_json(&mut writer)?;
            writer.flush().map_err(io)?;
            std::fs::rename(&partial, file).map_err(io)?;
        }
        None => {
            let mut writer = std::io::BufWriter::new(std::io::stdout().lock());
            diwan.export_json(&mut writer)?;
            writer.flush()?;
        }
    }
    Ok(())
}
