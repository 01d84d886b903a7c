//! `diwan`: the headless command line over diwan-api, for scripts, checks and
//! people who live in a terminal.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use diwan_api::i18n::Localizer;
use diwan_api::{paths, ApiError, Diwan};
use diwan_core::{Localized, UiLocale};

#[derive(Debug, Parser)]
#[command(name = "diwan", version, about = "Diwan: content planning for diplomatic missions")]
struct Cli {
    /// The database file [default: $DIWAN_DB, else $XDG_DATA_HOME/diwan/diwan.db]
    #[arg(long, global = true, value_name = "FILE")]
    db: Option<PathBuf>,

    /// Language of messages: ar, fr or en [default: from LANG]
    #[arg(long, global = true, value_name = "LANG")]
    lang: Option<String>,

    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Create the database, or bring an older one up to date
    Init,
    /// Missions: the ministry and its embassies, consulates and representations
    Missions {
        #[command(subcommand)]
        command: MissionsCommand,
    },
}

#[derive(Debug, Subcommand)]
enum MissionsCommand {
    /// List every mission
    List {
        /// Print JSON instead of a table
        #[arg(long)]
        json: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let localizer = Localizer::new(Localizer::locale_from_env(cli.lang.as_deref()));
    match run(cli, &localizer) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            let message = localizer.error(&error);
            eprintln!("{}", localizer.message("cli-error", &[("message", message.into())]));
            ExitCode::FAILURE
        }
    }
}

/// Errors of the command line itself, beside those of the API.
#[derive(Debug)]
enum CliError {
    Api(ApiError),
    /// No database path could be found: no `--db`, no `$DIWAN_DB`, no home.
    NoDatabasePath,
    Io(std::io::Error),
}

impl From<ApiError> for CliError {
    fn from(error: ApiError) -> Self {
        Self::Api(error)
    }
}

impl From<std::io::Error> for CliError {
    fn from(error: std::io::Error) -> Self {
        Self::Io(error)
    }
}

impl Localized for CliError {
    fn message_id(&self) -> &'static str {
        match self {
            Self::Api(error) => error.message_id(),
            Self::NoDatabasePath => "cli-no-database-path",
            Self::Io(_) => "error-unexpected",
        }
    }

    fn message_args(&self) -> Vec<(&'static str, diwan_core::MessageArg)> {
        match self {
            Self::Api(error) => error.message_args(),
            Self::NoDatabasePath => Vec::new(),
            Self::Io(error) => vec![("detail", error.to_string().into())],
        }
    }
}

fn run(cli: Cli, localizer: &Localizer) -> Result<(), CliError> {
    let path = paths::database_path(cli.db).ok_or(CliError::NoDatabasePath)?;
    let diwan = Diwan::open(&path)?;
    let mut out = std::io::stdout().lock();
    match cli.command {
        Command::Init => {
            let version = i64::from(diwan.schema_version()?);
            let text = localizer
                .message("cli-init-done", &[("path", path.display().to_string().into()), ("version", version.into())]);
            writeln!(out, "{text}")?;
        }
        Command::Missions { command: MissionsCommand::List { json } } => {
            let missions = diwan.missions()?;
            if json {
                let text = serde_json::to_string_pretty(&missions).map_err(std::io::Error::from)?;
                writeln!(out, "{text}")?;
            } else if missions.is_empty() {
                writeln!(out, "{}", localizer.message("cli-missions-empty", &[]))?;
            } else {
                for mission in missions {
                    let name = match localizer.locale() {
                        UiLocale::Ar => mission.names.ar,
                        UiLocale::Fr => mission.names.fr,
                        UiLocale::En => mission.names.en,
                    };
                    writeln!(out, "{}\t{}\t{}\t{}", mission.code, mission.host_country, mission.time_zone, name)?;
                }
            }
        }
    }
    Ok(())
}
