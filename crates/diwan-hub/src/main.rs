//! `diwan-hub`: the team hub's program, run by the ministry's IT on a
//! server beside PostgreSQL (`diwan hub …` on a desktop runs it too).

use std::io::Write;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use diwan_hub::{devices, people, schema, server, HubError};

#[derive(Debug, Parser)]
#[command(name = "diwan-hub", version, about = "Diwan's team hub, on PostgreSQL")]
struct Cli {
    /// The hub's PostgreSQL database, e.g. postgres://diwan@127.0.0.1:5432/diwan
    #[arg(long, env = "DIWAN_HUB_PG", global = true)]
    pg: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Create or update the hub's tables (a database of its own)
    Init,
    /// Serve desktops over HTTP at ADDR (put the ministry's TLS in front)
    Serve {
        #[arg(long, default_value = "127.0.0.1:7878")]
        listen: String,
        /// Serve TLS here (rustls): the certificate chain, PEM (with --tls-key)
        #[arg(long, requires = "tls_key")]
        tls_cert: Option<std::path::PathBuf>,
        /// The certificate's private key, PEM
        #[arg(long, requires = "tls_cert")]
        tls_key: Option<std::path::PathBuf>,
    },
    /// People and their roles (the passphrase comes from DIWAN_HUB_PASSPHRASE or is asked)
    #[command(subcommand)]
    User(UserCommand),
    /// The ministry's missions
    #[command(subcommand)]
    Mission(MissionCommand),
    /// The missions' accounts on the platforms
    #[command(subcommand)]
    Account(AccountCommand),
    /// Devices signed in to the hub
    #[command(subcommand)]
    Device(DeviceCommand),
    /// Check the hub's audit chain
    Verify,
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
    /// Grant a role (ROLE@MISSION); also `user role`
    #[command(alias = "role")]
    Grant { name: String, role: String },
    /// Take a role away (ROLE@MISSION)
    Revoke { name: String, role: String },
}

#[derive(Debug, Subcommand)]
enum MissionCommand {
    /// Add a mission, e.g. DZ-FR-PAR --ar "…" --fr "…" --en "…" --country FR --zone Europe/Paris
    Add {
        code: String,
        #[arg(long)]
        ar: String,
        #[arg(long)]
        fr: String,
        #[arg(long)]
        en: String,
        /// embassy, consulate, permanent-representation or ministry
        #[arg(long, default_value = "embassy")]
        kind: String,
        /// ISO 3166-1 alpha-2
        #[arg(long)]
        country: String,
        /// IANA time zone
        #[arg(long)]
        zone: String,
        #[arg(long, value_delimiter = ',', default_value = "ar,fr,en")]
        languages: Vec<String>,
    },
}

#[derive(Debug, Subcommand)]
enum AccountCommand {
    /// Add an account, e.g. DZ-FR-PAR x AlgerieFrance --languages fr,ar
    Add {
        mission: String,
        platform: String,
        handle: String,
        #[arg(long, value_delimiter = ',', default_value = "ar,fr,en")]
        languages: Vec<String>,
        /// The account's own text limit, where the platform lets it differ
        #[arg(long)]
        limit: Option<u32>,
    },
}

#[derive(Debug, Subcommand)]
enum DeviceCommand {
    /// Every device (or one person's), newest first
    List { person: Option<String> },
    /// Revoke a device: its token opens nothing from now on
    Revoke { id: i64 },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("diwan-hub: {error}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(cli)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("diwan-hub: {error}");
            ExitCode::FAILURE
        }
    }
}

async fn run(cli: Cli) -> Result<(), HubError> {
    let url = cli.pg.filter(|url| !url.is_empty()).ok_or(HubError::NoDatabaseUrl)?;
    let mut client = diwan_hub::connect(&url).await?;
    let mut out = std::io::stdout().lock();
    let say = |out: &mut std::io::StdoutLock<'_>, line: String| {
        let _ = writeln!(out, "{line}");
    };
    match cli.command {
        Command::Init => {
            let found = schema::migrate(&mut client).await?;
            say(&mut out, format!("hub schema {} (was {found})", schema::SCHEMA_VERSION));
        }
        Command::Serve { listen, tls_cert, tls_key } => {
            let found = schema::version(&client).await?;
            if found != schema::SCHEMA_VERSION {
                return Err(HubError::NotInitialised { found, supported: schema::SCHEMA_VERSION });
            }
            drop(client);
            let pool = diwan_hub::pool(&url)?;
            // A certificate that will not do is said before anything listens.
            let tls = match (tls_cert, tls_key) {
                (Some(cert), Some(key)) => Some(server::tls_config(&cert, &key).await?),
                _ => None,
            };
            let listen_error = |e: std::io::Error| HubError::Listen { address: listen.clone(), detail: e.to_string() };
            let listener = std::net::TcpListener::bind(&listen).map_err(listen_error)?;
            let address = listener.local_addr().map(|a| a.to_string()).unwrap_or_else(|_| listen.clone());
            let served = match tls {
                Some(tls) => {
                    say(&mut out, format!("serving on https://{address}"));
                    drop(out);
                    server::serve_tls(listener, pool, tls, stopped()).await
                }
                None => {
                    say(&mut out, format!("serving on http://{address}"));
                    drop(out);
                    listener.set_nonblocking(true).map_err(listen_error)?;
                    let listener = tokio::net::TcpListener::from_std(listener).map_err(listen_error)?;
                    server::serve(listener, pool, stopped()).await
                }
            };
            served.map_err(|e| HubError::Listen { address, detail: e.to_string() })?;
        }
        Command::User(UserCommand::Add { name, display_name, roles }) => {
            let roles = roles.iter().map(|spec| people::parse_role(spec)).collect::<Result<Vec<_>, _>>()?;
            let passphrase = passphrase(&name)?;
            let user = people::add(&mut client, &name, &display_name, &passphrase, &roles, diwan_hub::now()).await?;
            say(&mut out, format!("added {} ({})", user.name, user.display_name));
        }
        Command::User(UserCommand::Grant { name, role }) => {
            let (role, mission) = people::parse_role(&role)?;
            people::grant(&mut client, &name, role, &mission, diwan_hub::now()).await?;
            say(&mut out, format!("{name}: {role}@{mission}"));
        }
        Command::User(UserCommand::Revoke { name, role }) => {
            let (role, mission) = people::parse_role(&role)?;
            people::revoke(&mut client, &name, role, &mission, diwan_hub::now()).await?;
            say(&mut out, format!("{name}: no longer {role}@{mission}"));
        }
        Command::Mission(MissionCommand::Add { code, ar, fr, en, kind, country, zone, languages }) => {
            let new = diwan_core::NewMission {
                code,
                names: diwan_core::MissionNames { ar, fr, en },
                kind,
                host_country: country,
                time_zone: zone,
                working_languages: languages,
            };
            let mission = diwan_hub::missions::add(&mut client, &new, diwan_hub::now()).await?;
            say(&mut out, format!("added {} ({})", mission.code, mission.time_zone.name()));
        }
        Command::Account(AccountCommand::Add { mission, platform, handle, languages, limit }) => {
            let new = diwan_core::account::NewAccount {
                mission: diwan_core::MissionCode::parse(&mission)?,
                platform: platform.parse()?,
                handle,
                languages,
                limit_override: limit,
            };
            diwan_hub::missions::add_account(&mut client, &new, diwan_hub::now()).await?;
            say(&mut out, format!("added {}:{} at {}", new.platform, new.handle, new.mission));
        }
        Command::Device(DeviceCommand::List { person }) => {
            for device in devices::list(&client, person.as_deref()).await? {
                let seen = device.last_seen.map_or_else(|| "-".to_owned(), |at| at.to_rfc3339());
                let state = if device.revoked { "revoked" } else { "active" };
                say(
                    &mut out,
                    format!(
                        "{}\t{}\t{}\t{}\t{seen}\t{state}",
                        device.id,
                        device.person,
                        device.label,
                        device.created_at.to_rfc3339()
                    ),
                );
            }
        }
        Command::Device(DeviceCommand::Revoke { id }) => {
            let revoked = devices::revoke(&mut client, id, "system", diwan_hub::now()).await?;
            say(&mut out, if revoked { format!("device {id} revoked") } else { format!("device {id} was not active") });
        }
        Command::Verify => {
            let events = diwan_hub::audit::verify(&client).await?;
            say(&mut out, format!("the hub's audit chain is intact: {events} events"));
        }
    }
    Ok(())
}

/// A new person's passphrase: DIWAN_HUB_PASSPHRASE, or asked twice on the terminal.
fn passphrase(name: &str) -> Result<String, HubError> {
    if let Ok(given) = std::env::var("DIWAN_HUB_PASSPHRASE") {
        return Ok(given);
    }
    let io = |e: std::io::Error| HubError::NoPassphrase { detail: e.to_string() };
    let first = rpassword::prompt_password(format!("Passphrase for {name}: ")).map_err(io)?;
    let again = rpassword::prompt_password("Again: ").map_err(io)?;
    if first != again {
        return Err(HubError::PassphrasesDiffer);
    }
    Ok(first)
}

/// Resolves on Ctrl+C or SIGTERM: the requests under way finish first.
async fn stopped() {
    let interrupt = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => {}
        () = terminate => {}
    }
}
