//! `diwan`: the headless command line over diwan-api, for scripts, checks and
//! people who live in a terminal. Its commands and `--json` output are a
//! contract (see README): scripts depend on them.

mod output;
mod usage;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::error::ErrorKind;
use clap::{Args, Parser, Subcommand, ValueEnum};
use diwan_api::demo::Scale;
use diwan_api::dto::{CalendarRequestDto, NewAccountDto, NewPostDto, PostEditDto};
use diwan_api::i18n::Localizer;
use diwan_api::{paths, ApiError, Diwan};
use diwan_core::{Localized, MessageArg};

#[derive(Debug, Parser)]
#[command(name = "diwan", version, about = "Diwan: content planning for diplomatic missions")]
struct Cli {
    /// The database file [default: $DIWAN_DB, else $XDG_DATA_HOME/diwan/diwan.db]
    #[arg(long, global = true, value_name = "FILE")]
    db: Option<PathBuf>,

    /// Language of messages: ar, fr or en [default: from LANG]
    #[arg(long, global = true, value_name = "LANG")]
    lang: Option<String>,

    /// The person acting, for commands that change posts and accounts
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
    Demo {
        #[arg(long, value_enum, default_value = "small")]
        scale: DemoScale,
    },
    /// Measure a text as a platform counts it
    Count {
        #[arg(long)]
        platform: String,
        /// The account's own limit (X premium, a Mastodon instance)
        #[arg(long)]
        limit: Option<u32>,
        /// The text goes with media (Telegram counts it as a caption)
        #[arg(long)]
        media: bool,
        text: String,
    },
    /// Posts on a mission's local days, in its time zone
    Calendar(CalendarArgs),
    /// Check that the audit trail is intact
    Verify,
    /// Export everything
    Export {
        #[arg(value_enum)]
        format: ExportFormat,
        /// Write to FILE instead of standard output
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
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
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum DemoScale {
    Small,
    Ministry,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum ExportFormat {
    Json,
}

#[derive(Debug, Subcommand)]
enum MissionsCommand {
    /// List every mission
    List,
}

#[derive(Debug, Args)]
struct CalendarArgs {
    #[arg(long)]
    mission: String,
    /// First day, YYYY-MM-DD
    #[arg(long)]
    from: String,
    /// Last day (included), YYYY-MM-DD
    #[arg(long)]
    to: String,
    #[arg(long)]
    account: Option<i64>,
    #[arg(long)]
    platform: Option<String>,
    #[arg(long)]
    language: Option<String>,
    #[arg(long)]
    state: Option<String>,
    #[arg(long)]
    category: Option<String>,
}

#[derive(Debug, Subcommand)]
enum PostCommand {
    /// Start a post (as a drafter)
    Add {
        #[arg(long)]
        mission: String,
        /// Account ids, comma-separated
        #[arg(long, value_delimiter = ',', required = true)]
        accounts: Vec<i64>,
        #[arg(long)]
        category: String,
        /// The source language
        #[arg(long = "lang-source", alias = "source", default_value = "ar")]
        source: String,
        /// More languages, comma-separated (the accounts' languages are added)
        #[arg(long, value_delimiter = ',')]
        languages: Vec<String>,
        /// Local time in the mission's zone: "YYYY-MM-DD HH:MM"
        #[arg(long)]
        at: String,
        #[arg(long)]
        text: String,
        #[arg(long)]
        note: Option<String>,
        #[arg(long)]
        crisis: bool,
    },
    /// Change a post's text (of one language), time or accounts
    Edit {
        id: i64,
        /// Which language's text (default: the source)
        #[arg(long = "language")]
        language: Option<String>,
        #[arg(long)]
        text: Option<String>,
        #[arg(long)]
        at: Option<String>,
        #[arg(long, value_delimiter = ',')]
        accounts: Option<Vec<i64>>,
    },
    /// Hand on to translation or review
    Submit { id: i64 },
    /// Approve the current step (or every step, with --fast-track, in a crisis)
    Approve {
        id: i64,
        #[arg(long)]
        fast_track: bool,
    },
    /// Send back to the drafter with a reason
    Reject {
        id: i64,
        #[arg(long)]
        reason: String,
    },
    /// Put an approved post in the publishing queue
    Schedule { id: i64 },
    /// Record the published post's URL
    Publish {
        id: i64,
        #[arg(long)]
        url: String,
    },
    /// Show a post with its variants, approvals and warnings
    Show { id: i64 },
}

#[derive(Debug, Subcommand)]
enum UserCommand {
    /// Add a person with roles such as supervisor@DZ-FR-PAR
    Add {
        name: String,
        #[arg(long, default_value = "")]
        display_name: String,
        #[arg(long = "role", value_name = "ROLE@MISSION")]
        roles: Vec<String>,
    },
    /// Grant one more role
    Grant { name: String, role: String, mission: String },
}

#[derive(Debug, Subcommand)]
enum AccountCommand {
    Add {
        #[arg(long)]
        mission: String,
        #[arg(long)]
        platform: String,
        #[arg(long)]
        handle: String,
        #[arg(long, value_delimiter = ',', required = true)]
        languages: Vec<String>,
        #[arg(long)]
        limit: Option<u32>,
    },
    List {
        #[arg(long)]
        mission: Option<String>,
    },
    /// Record the platform's verification mark, with evidence
    Verify {
        id: i64,
        /// YYYY-MM-DD
        #[arg(long)]
        on: String,
        #[arg(long)]
        evidence: String,
        /// The mark was withdrawn
        #[arg(long)]
        revoke: bool,
    },
}

fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
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
    match run(cli, &localizer) {
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

/// Errors of the command line itself, beside those of the API.
#[derive(Debug)]
enum CliError {
    Api(ApiError),
    /// No database path could be found: no `--db`, no `$DIWAN_DB`, no home.
    NoDatabasePath,
    /// A command that acts for someone was run without `--as`.
    ActorMissing,
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
            Self::ActorMissing => "cli-actor-missing",
            Self::Io(_) => "error-unexpected",
        }
    }

    fn message_args(&self) -> Vec<(&'static str, MessageArg)> {
        match self {
            Self::Api(error) => error.message_args(),
            Self::NoDatabasePath | Self::ActorMissing => Vec::new(),
            Self::Io(error) => vec![("detail", error.to_string().into())],
        }
    }
}

fn run(cli: Cli, localizer: &Localizer) -> Result<(), CliError> {
    // Counting needs no database: it must work before `init` too.
    if let Command::Count { platform, limit, media, text } = &cli.command {
        let count = diwan_api::text::count(platform, text, *limit, *media)?;
        return output::count(&count, cli.json);
    }
    let path = paths::database_path(cli.db.clone()).ok_or(CliError::NoDatabasePath)?;
    let mut diwan = Diwan::open(&path)?;
    let actor = || cli.actor.clone().ok_or(CliError::ActorMissing);
    let json = cli.json;
    let mut out = std::io::stdout().lock();
    match cli.command {
        Command::Count { .. } => unreachable!("handled above"),
        Command::Init => {
            let version = i64::from(diwan.schema_version()?);
            let text = localizer
                .message("cli-init-done", &[("path", path.display().to_string().into()), ("version", version.into())]);
            writeln!(out, "{text}")?;
        }
        Command::Missions { command: MissionsCommand::List } => output::missions(&diwan.missions()?, json, localizer)?,
        Command::Demo { scale } => {
            let scale = match scale {
                DemoScale::Small => Scale::Small,
                DemoScale::Ministry => Scale::Ministry,
            };
            let mut last_percent = u64::MAX;
            let show = std::io::IsTerminal::is_terminal(&std::io::stderr());
            let mut progress = |done: u64, total: u64| {
                let percent = done * 100 / total.max(1);
                if show && percent != last_percent {
                    last_percent = percent;
                    eprint!(
                        "\r{}",
                        localizer
                            .message("cli-demo-progress", &[("percent", i64::try_from(percent).unwrap_or(0).into())])
                    );
                }
            };
            let report = diwan.demo(scale, &mut progress)?;
            if show {
                eprintln!();
            }
            let n = |v: u64| MessageArg::Number(i64::try_from(v).unwrap_or(i64::MAX));
            let text = localizer.message(
                "cli-demo-done",
                &[
                    ("missions", n(report.missions)),
                    ("accounts", n(report.accounts)),
                    ("users", n(report.users)),
                    ("posts", n(report.posts)),
                ],
            );
            writeln!(out, "{text}")?;
        }
        Command::Calendar(args) => {
            let request = CalendarRequestDto {
                mission: Some(args.mission),
                from: args.from,
                to: args.to,
                account: args.account,
                platform: args.platform,
                language: args.language,
                state: args.state,
                category: args.category,
            };
            output::calendar(&diwan.calendar(&request)?, json, localizer)?;
        }
        Command::Verify => {
            let count = MessageArg::Number(i64::try_from(diwan.verify_audit()?).unwrap_or(i64::MAX));
            writeln!(out, "{}", localizer.message("cli-verify-ok", &[("count", count)]))?;
        }
        Command::Export { format: ExportFormat::Json, output } => match output {
            Some(file) => {
                // Written beside the target and renamed, so a failed export leaves no half file.
                let partial = file.with_extension("partial");
                let io = |e: std::io::Error| ApiError::Io { path: file.display().to_string(), detail: e.to_string() };
                let mut writer = std::io::BufWriter::new(std::fs::File::create(&partial).map_err(io)?);
                diwan.export_json(&mut writer)?;
                writer.flush().map_err(io)?;
                std::fs::rename(&partial, &file).map_err(io)?;
            }
            None => {
                let mut writer = std::io::BufWriter::new(out);
                diwan.export_json(&mut writer)?;
                writer.flush()?;
                return Ok(());
            }
        },
        Command::Post { command } => {
            let post = match command {
                PostCommand::Add { mission, accounts, category, source, languages, at, text, note, crisis } => diwan
                    .create_post(
                        &actor()?,
                        NewPostDto {
                            mission,
                            accounts,
                            category,
                            source_language: source,
                            languages,
                            local_time: at,
                            text,
                            note,
                            crisis_priority: crisis,
                        },
                    )?,
                PostCommand::Edit { id, language, text, at, accounts } => {
                    diwan.edit_post(&actor()?, id, PostEditDto { language, text, local_time: at, accounts })?
                }
                PostCommand::Submit { id } => diwan.submit_post(&actor()?, id)?,
                PostCommand::Approve { id, fast_track } => diwan.approve_post(&actor()?, id, fast_track)?,
                PostCommand::Reject { id, reason } => diwan.reject_post(&actor()?, id, &reason)?,
                PostCommand::Schedule { id } => diwan.schedule_post(&actor()?, id)?,
                PostCommand::Publish { id, url } => diwan.publish_post(&actor()?, id, &url)?,
                PostCommand::Show { id } => diwan.post(id)?,
            };
            output::post(&post, json)?;
        }
        Command::User { command } => {
            match command {
                UserCommand::Add { name, display_name, roles } => diwan.add_user(&name, &display_name, &roles)?,
                UserCommand::Grant { name, role, mission } => diwan.grant_role(&name, &role, &mission)?,
            }
            writeln!(out, "{}", localizer.message("cli-done", &[]))?;
        }
        Command::Account { command } => match command {
            AccountCommand::Add { mission, platform, handle, languages, limit } => {
                let account =
                    diwan.add_account(NewAccountDto { mission, platform, handle, languages, limit_override: limit })?;
                output::accounts(&[account], json)?;
            }
            AccountCommand::List { mission } => output::accounts(&diwan.accounts(mission.as_deref())?, json)?,
            AccountCommand::Verify { id, on, evidence, revoke } => {
                let account = diwan.verify_account(&actor()?, id, &on, &evidence, revoke)?;
                output::accounts(&[account], json)?;
            }
        },
    }
    Ok(())
}
