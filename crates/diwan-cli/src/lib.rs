//! `diwan`: the headless command line over diwan-api, for scripts, checks and
//! people who live in a terminal. Its commands and `--json` output are a
//! contract (see README): scripts depend on them. Each subcommand lives in
//! its own module under `command/`.
//!
//! A library with one entry point, [`main_with`], so that the packaged app
//! carries the command line in its own binary (`diwan-app --cli ...`, which
//! `/usr/bin/diwan` runs) instead of shipping the same code twice; the
//! `diwan` binary built here is the same entry point.

mod command;
mod error;
mod output;
mod progress;
mod usage;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::error::ErrorKind;
use clap::{Parser, Subcommand};
use diwan_api::i18n::Localizer;

use crate::command::account::AccountCommand;
use crate::command::audit::AuditArgs;
use crate::command::blackout::BlackoutCommand;
use crate::command::calendar::CalendarArgs;
use crate::command::count::CountArgs;
use crate::command::crisis::CrisisCommand;
use crate::command::demo::DemoArgs;
use crate::command::export::ExportArgs;
use crate::command::glossary::GlossaryCommand;
use crate::command::missions::MissionsCommand;
use crate::command::passphrase::PassphraseCommand;
use crate::command::policy::PolicyCommand;
use crate::command::post::PostCommand;
use crate::command::queue::QueueCommand;
use crate::command::tm::TmCommand;
use crate::command::user::UserCommand;
use crate::command::xliff::XliffCommand;
use crate::command::Context;
use crate::error::CliError;

#[derive(Debug, Parser)]
#[command(name = "diwan", version, about = "Diwan: content planning for diplomatic missions")]
struct Cli {
    /// The database file [default: $DIWAN_DB, else $XDG_DATA_HOME/diwan/diwan.db]
    #[arg(long, global = true, value_name = "FILE")]
    db: Option<PathBuf>,

    /// Language of messages: ar, fr or en [default: from LANG]
    #[arg(long, global = true, value_name = "LANG")]
    lang: Option<String>,

    /// The person acting, signed in with their passphrase ($DIWAN_PASSPHRASE, or asked without echo)
    #[arg(long = "as", global = true, value_name = "USER", env = "DIWAN_USER")]
    actor: Option<String>,

    /// Print JSON instead of text
    #[arg(long, global = true)]
    json: bool,

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
    /// Fill the database with realistic sample data in ar, fr and en
    Demo(DemoArgs),
    /// Measure a text as a platform counts it
    Count(CountArgs),
    /// Posts on a mission's local days, in its time zone
    Calendar(CalendarArgs),
    /// Check that the audit trail is intact
    Verify {
        /// Also the team hub's chain: verified there, and holding every head this desktop saw
        #[arg(long)]
        hub: bool,
    },
    /// Who did what and when, newest first
    Audit(AuditArgs),
    /// Export everything
    Export(ExportArgs),
    /// Plan, translate, submit, approve, reject and publish posts
    Post {
        #[command(subcommand)]
        command: PostCommand,
    },
    /// People and their roles
    User {
        #[command(subcommand)]
        command: UserCommand,
    },
    /// A mission's platform accounts
    Account {
        #[command(subcommand)]
        command: AccountCommand,
    },
    /// What is due to publish now (or at --at), what is overdue, and what was held back
    Due(crate::command::due::DueArgs),
    /// Islamic observances (Umm al-Qura), the host's and the home country's public holidays on a mission's days
    Observances(crate::command::observances::ObservancesArgs),
    /// A mission's posts planned, approved and published by week or month, language coverage, time to approval, overdue approvals, reach and engagement
    Report(crate::command::report::ReportArgs),
    /// Work queues: what waits for the acting person
    Queue {
        #[command(subcommand)]
        command: QueueCommand,
    },
    /// The translation memory (TMX)
    Tm {
        #[command(subcommand)]
        command: TmCommand,
    },
    /// The ministry glossary (CSV)
    Glossary {
        #[command(subcommand)]
        command: GlossaryCommand,
    },
    /// Texts to translate out to a CAT tool and back (XLIFF 2.1)
    Xliff {
        #[command(subcommand)]
        command: XliffCommand,
    },
    /// Copy the database to FILE, even while the app is open; the copy is checked
    Backup {
        #[arg(required_unless_present = "daily")]
        file: Option<std::path::PathBuf>,
        /// Instead of FILE: today's copy into F.backups/ (unless taken), the ones past the kept days removed
        #[arg(long, conflicts_with = "file")]
        daily: bool,
    },
    /// Replace the database with the copy FILE once it is checked (close the app first); the old one is kept aside
    Restore { file: std::path::PathBuf },
    /// A mission's blackouts: days of mourning or silence on which every post planned is flagged
    Blackout {
        #[command(subcommand)]
        command: BlackoutCommand,
    },
    /// Crisis mode: pause routine posts over a window, then resolve each
    Crisis {
        #[command(subcommand)]
        command: CrisisCommand,
    },
    /// Who approves each category's posts
    Policy {
        #[command(subcommand)]
        command: PolicyCommand,
    },
    /// Encrypt a database in clear (administrators, with --as); the clear file is kept aside
    Encrypt,
    /// Passphrases: the first administrator, one-time passphrases, your own
    Passphrase {
        #[command(subcommand)]
        command: PassphraseCommand,
    },
    /// Connect this database to the team hub at URL: sign in there, pull your missions and colleagues
    Connect(crate::command::sync::ConnectArgs),
    /// Exchange with the team hub: what it has for you comes here (--json: {"pushed","pulled","refused"})
    Sync,
    /// Changes the team hub refused, kept here with your text: list them, redo one on the post as it is now, or drop it
    Conflicts {
        #[command(subcommand)]
        command: Option<crate::command::sync::ConflictsCommand>,
    },
    /// The team hub's own program, diwan-hub (init, serve, user, device, verify; see diwan-hub --help)
    #[command(disable_help_flag = true)]
    Hub {
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<std::ffi::OsString>,
    },
}

/// Runs the command line on `args` (the program's name first), printing
/// its results and messages; returns how the process should exit.
pub fn main_with(args: Vec<std::ffi::OsString>) -> ExitCode {
    let cli = match Cli::try_parse_from(&args) {
        Ok(cli) => cli,
        // Help and --version are not mistakes: clap prints them and exits 0.
        Err(error) if matches!(error.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) => error.exit(),
        Err(error) => {
            let localizer = Localizer::new(Localizer::locale_from_env(usage::lang_flag(&args).as_deref()));
            let message = localizer.error(&usage::UsageError::new(&error));
            eprintln!("{}", localizer.message("cli-error", &[("message", message.into())]));
            eprintln!("{}", localizer.message("cli-usage-hint", &[]));
            return ExitCode::FAILURE;
        }
    };
    let localizer = Localizer::new(Localizer::locale_from_env(cli.lang.as_deref()));
    let ctx = Context { db: cli.db, actor: cli.actor, json: cli.json, localizer: &localizer };
    match run(cli.command, &ctx) {
        Ok(()) => ExitCode::SUCCESS,
        // `diwan calendar ... | head` closes the pipe early: not an error.
        Err(CliError::Io(error)) if error.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(error) => {
            let message = localizer.error(&error);
            eprintln!("{}", localizer.message("cli-error", &[("message", message.into())]));
            ExitCode::FAILURE
        }
    }
}

fn run(command: Command, ctx: &Context<'_>) -> Result<(), CliError> {
    match command {
        Command::Init => crate::command::init::run(ctx),
        Command::Missions { command } => crate::command::missions::run(&command, ctx),
        Command::Demo(args) => crate::command::demo::run(&args, ctx),
        Command::Count(args) => crate::command::count::run(&args, ctx),
        Command::Calendar(args) => crate::command::calendar::run(args, ctx),
        Command::Verify { hub } => crate::command::verify::run(hub, ctx),
        Command::Audit(args) => crate::command::audit::run(args, ctx),
        Command::Export(args) => crate::command::export::run(&args, ctx),
        Command::Post { command } => crate::command::post::run(command, ctx),
        Command::User { command } => crate::command::user::run(&command, ctx),
        Command::Account { command } => crate::command::account::run(command, ctx),
        Command::Due(args) => crate::command::due::run(&args, ctx),
        Command::Observances(args) => crate::command::observances::run(&args, ctx),
        Command::Report(args) => crate::command::report::run(&args, ctx),
        Command::Queue { command } => crate::command::queue::run(command, ctx),
        Command::Tm { command } => crate::command::tm::run(command, ctx),
        Command::Glossary { command } => crate::command::glossary::run(command, ctx),
        Command::Xliff { command } => crate::command::xliff::run(command, ctx),
        Command::Policy { command } => crate::command::policy::run(command, ctx),
        Command::Blackout { command } => crate::command::blackout::run(command, ctx),
        Command::Crisis { command } => crate::command::crisis::run(command, ctx),
        Command::Encrypt => crate::command::backup::encrypt(ctx),
        Command::Passphrase { command } => crate::command::passphrase::run(&command, ctx),
        Command::Backup { file: Some(file), .. } => crate::command::backup::backup(&file, ctx),
        Command::Backup { file: None, .. } => crate::command::backup::daily(ctx),
        Command::Restore { file } => crate::command::backup::restore(&file, ctx),
        Command::Hub { args } => crate::command::hub::run(&args),
        Command::Connect(args) => crate::command::sync::connect(&args, ctx),
        Command::Sync => crate::command::sync::sync(ctx),
        Command::Conflicts { command } => crate::command::sync::conflicts(command, ctx),
    }
}
