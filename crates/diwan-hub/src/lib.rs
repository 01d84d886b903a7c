//! The team hub: one plan for a ministry's desktops, on PostgreSQL.
//!
//! The hub is the only writer of the shared plan. It holds who may sign
//! in (people and their roles per mission, the same profiles as on a
//! desktop; the devices they signed in from, a revocable token each), the
//! missions and their accounts, the posts, crises and approval policies
//! desktops push as the use cases they ran (each run again here through
//! `diwan-core`, `posts.rs`), and the ministry's audit chain, hashed by
//! `diwan-core` exactly as a desktop's is (`docs/hub.md`).
//!
//! Dependencies: `diwan-core` and `diwan-protocol`, beside the desktop's store and API;
//! the desktop app never links this crate (`diwan hub …` runs the
//! `diwan-hub` program).

pub mod audit;
mod comments;
mod crises;
pub mod devices;
mod error;
pub mod media;
pub mod missions;
pub mod people;
mod policies;
pub mod posts;
pub mod schema;
pub mod server;

pub(crate) use error::refusal;
pub use error::HubError;

use deadpool_postgres::{Config, Pool, Runtime};
use tokio_postgres::NoTls;

/// Connections one hub keeps to its database (PostgreSQL allows 100 by
/// default: a few hubs side by side fit).
pub const POOL_SIZE: usize = 16;

/// A pool of connections to the hub's database at `url`
/// (`postgres://user@host:port/db`). Connections are made when first used.
pub fn pool(url: &str) -> Result<Pool, HubError> {
    let mut config = Config::new();
    config.url = Some(url.to_owned());
    // Pushes hold a connection while they wait their turn at the end of
    // their transaction; pulls should not wait behind them for one.
    config.pool = Some(deadpool_postgres::PoolConfig::new(POOL_SIZE));
    config.create_pool(Some(Runtime::Tokio1), NoTls).map_err(|e| HubError::Database { detail: e.to_string() })
}

/// One connection to the hub's database at `url`, for the hub's commands;
/// its I/O runs on a task of its own until the client is dropped.
pub async fn connect(url: &str) -> Result<tokio_postgres::Client, HubError> {
    let (client, connection) = tokio_postgres::connect(url, NoTls).await?;
    tokio::spawn(connection);
    Ok(client)
}

/// The time as the hub records it: PostgreSQL keeps microseconds, and the
/// audit chain hashes the time it stores, so nothing finer is ever used.
pub fn now() -> chrono::DateTime<chrono::Utc> {
    use chrono::SubsecRound;
    chrono::Utc::now().trunc_subsecs(6)
}
