//! The hub over HTTP (JSON). Stateless: everything lives in PostgreSQL, so
//! several hubs can serve one database behind the ministry's TLS proxy.
//!
//! - `GET /v1/health`: the schema version (no sign-in needed).
//! - `POST /v1/sign-in` `{name, passphrase, device}`: a token for the device.
//! - `GET /v1/me` (`Authorization: Bearer TOKEN`): who, and their roles.
//! - `POST /v1/sign-out` (bearer): revokes this device's token.
//! - `GET /v1/directory` (bearer): the person's missions and who works there.
//! - `POST /v1/push` (bearer): the changes a desktop made, run again here
//!   as the token's person; one outcome each (`posts.rs`).
//! - `GET /v1/pull?after=CURSOR` (bearer): the person's missions' posts
//!   changed since, and the audit chain's head.
//! - `POST /v1/audit/check` (bearer): the hub verifies its whole chain and
//!   says the hash each asked event has now.
//! - `PUT /v1/media/{sha256}` (bearer, the image's bytes as the body): kept
//!   once checked; `GET` the same: the bytes, with their type.
//!
//! Plain HTTP behind the ministry's TLS proxy, or TLS here (rustls) with
//! `serve --tls-cert --tls-key`.
//!
//! A refusal is `{code, args}`: the message id and arguments a desktop
//! shows in its person's language, as it shows its own errors.

use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use axum::{Json, Router};
use axum_server::tls_rustls::RustlsConfig;
use deadpool_postgres::Pool;
use diwan_core::sign_in::SignInError;
use diwan_core::user::User;
use diwan_protocol as protocol;

use crate::{devices, missions, posts, schema, HubError};

/// The routes, over `pool`.
pub fn router(pool: Pool) -> Router {
    Router::new()
        .route("/v1/health", get(health))
        .route("/v1/sign-in", post(sign_in))
        .route("/v1/me", get(me))
        .route("/v1/sign-out", post(sign_out))
        .route("/v1/directory", get(directory))
        .route("/v1/push", post(push))
        .route("/v1/pull", get(pull))
        .route("/v1/audit/check", post(check_chain))
        // An image's bytes are the body itself, up to the core's limit (and a little over, to refuse in words).
        .route(
            "/v1/media/{content}",
            put(put_media).get(get_media).layer(DefaultBodyLimit::max(diwan_core::media::MAX_MEDIA_BYTES + 1024)),
        )
        .with_state(pool)
}

/// The certificate chain and private key (PEM files) a hub serves TLS with.
pub async fn tls_config(cert: &std::path::Path, key: &std::path::Path) -> Result<RustlsConfig, HubError> {
    RustlsConfig::from_pem_file(cert, key).await.map_err(|e| HubError::Tls { detail: e.to_string() })
}

/// Serves over TLS (rustls) on `listener` until `shutdown` resolves; the
/// requests under way are given ten seconds to finish.
pub async fn serve_tls(
    listener: std::net::TcpListener,
    pool: Pool,
    tls: RustlsConfig,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let handle = axum_server::Handle::new();
    let stopper = handle.clone();
    tokio::spawn(async move {
        shutdown.await;
        stopper.graceful_shutdown(Some(std::time::Duration::from_secs(10)));
    });
    listener.set_nonblocking(true)?;
    axum_server::from_tcp_rustls(listener, tls)?.handle(handle).serve(router(pool).into_make_service()).await
}

/// Serves on `listener` until `shutdown` resolves (Ctrl+C, SIGTERM).
pub async fn serve(
    listener: tokio::net::TcpListener,
    pool: Pool,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(listener, router(pool)).with_graceful_shutdown(shutdown).await
}

fn person(user: &User) -> protocol::Person {
    protocol::Person {
        name: user.name.to_string(),
        display_name: user.display_name.clone(),
        roles: user
            .roles
            .iter()
            .map(|(mission, roles)| (mission.to_string(), roles.iter().map(ToString::to_string).collect()))
            .collect(),
    }
}

impl IntoResponse for HubError {
    fn into_response(self) -> Response {
        let status = match &self {
            Self::SignIn(SignInError::WrongPassphrase) | Self::TokenRefused => StatusCode::UNAUTHORIZED,
            Self::SignIn(_)
            | Self::User(_)
            | Self::Invalid(_)
            | Self::PersonExists { .. }
            | Self::MissionExists { .. }
            | Self::AccountExists { .. }
            | Self::Account(_)
            | Self::Platform(_)
            | Self::Unreadable(_)
            | Self::KeyTaken { .. }
            | Self::PostExists { .. }
            | Self::Media(_)
            | Self::MediaMismatch { .. }
            | Self::VersionUnknown { .. } => StatusCode::BAD_REQUEST,
            Self::PostUnknown { .. }
            | Self::CrisisUnknown { .. }
            | Self::CommentUnknown { .. }
            | Self::MediaMissing { .. } => StatusCode::NOT_FOUND,
            Self::NotAtMission { .. } => StatusCode::FORBIDDEN,
            Self::MissionUnknown { .. } => StatusCode::NOT_FOUND,
            Self::PersonUnknown { .. } => StatusCode::NOT_FOUND,
            Self::Database { .. }
            | Self::NotHub
            | Self::TooNew { .. }
            | Self::NotInitialised { .. }
            | Self::AuditBroken { .. }
            | Self::NoRandomness => StatusCode::SERVICE_UNAVAILABLE,
            // The program's own troubles, never a request's.
            Self::NoDatabaseUrl
            | Self::Listen { .. }
            | Self::Tls { .. }
            | Self::NoPassphrase { .. }
            | Self::PassphrasesDiffer => StatusCode::INTERNAL_SERVER_ERROR,
        };
        (status, Json(crate::error::refusal(&self))).into_response()
    }
}

type Reply<T> = Result<Json<T>, HubError>;

async fn health(State(pool): State<Pool>) -> Reply<protocol::Health> {
    let client = pool.get().await?;
    Ok(Json(protocol::Health { schema_version: schema::version(&client).await? }))
}

async fn sign_in(State(pool): State<Pool>, Json(asked): Json<protocol::SignIn>) -> Reply<protocol::SignedIn> {
    let mut client = pool.get().await?;
    let issued = devices::sign_in(&mut client, &asked.name, &asked.passphrase, &asked.device, crate::now()).await?;
    Ok(Json(protocol::SignedIn { token: issued.token, device: issued.device, person: person(&issued.user) }))
}

fn bearer(headers: &HeaderMap) -> Result<&str, HubError> {
    headers
        .get(axum::http::header::AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.strip_prefix("Bearer "))
        .ok_or(HubError::TokenRefused)
}

async fn me(State(pool): State<Pool>, headers: HeaderMap) -> Reply<protocol::Person> {
    let client = pool.get().await?;
    let (_, user) = devices::authenticate(&**client, bearer(&headers)?, crate::now()).await?;
    Ok(Json(person(&user)))
}

async fn directory(State(pool): State<Pool>, headers: HeaderMap) -> Reply<protocol::Directory> {
    let client = pool.get().await?;
    let (_, user) = devices::authenticate(&**client, bearer(&headers)?, crate::now()).await?;
    Ok(Json(missions::directory(&**client, &user).await?))
}

async fn push(
    State(pool): State<Pool>,
    headers: HeaderMap,
    Json(pushed): Json<protocol::Push>,
) -> Reply<protocol::PushAnswer> {
    let mut client = pool.get().await?;
    let (device, user) = devices::authenticate(&**client, bearer(&headers)?, crate::now()).await?;
    let outcomes = posts::push(&mut client, device, &user, &pushed.changes, crate::now()).await?;
    Ok(Json(protocol::PushAnswer { outcomes }))
}

#[derive(serde::Deserialize)]
struct PullQuery {
    #[serde(default)]
    after: i64,
}

async fn pull(State(pool): State<Pool>, headers: HeaderMap, Query(query): Query<PullQuery>) -> Reply<protocol::Pulled> {
    let client = pool.get().await?;
    let (_, user) = devices::authenticate(&**client, bearer(&headers)?, crate::now()).await?;
    Ok(Json(posts::pull(&**client, &user, query.after).await?))
}

async fn check_chain(
    State(pool): State<Pool>,
    headers: HeaderMap,
    Json(asked): Json<protocol::ChainCheck>,
) -> Reply<protocol::ChainChecked> {
    let client = pool.get().await?;
    devices::authenticate(&**client, bearer(&headers)?, crate::now()).await?;
    Ok(Json(crate::audit::check(&**client, &asked.seqs).await?))
}

async fn put_media(
    State(pool): State<Pool>,
    headers: HeaderMap,
    Path(content): Path<String>,
    body: Bytes,
) -> Result<StatusCode, HubError> {
    let client = pool.get().await?;
    let (_, user) = devices::authenticate(&**client, bearer(&headers)?, crate::now()).await?;
    crate::media::put(&**client, &user, &content, &body, crate::now()).await?;
    Ok(StatusCode::NO_CONTENT)
}

async fn get_media(
    State(pool): State<Pool>,
    headers: HeaderMap,
    Path(content): Path<String>,
) -> Result<Response, HubError> {
    let client = pool.get().await?;
    devices::authenticate(&**client, bearer(&headers)?, crate::now()).await?;
    let (media_type, bytes) = crate::media::get(&**client, &content).await?;
    Ok(([(axum::http::header::CONTENT_TYPE, media_type)], bytes).into_response())
}

async fn sign_out(State(pool): State<Pool>, headers: HeaderMap) -> Result<StatusCode, HubError> {
    let mut client = pool.get().await?;
    let (device, user) = devices::authenticate(&**client, bearer(&headers)?, crate::now()).await?;
    devices::revoke(&mut client, device, user.name.as_str(), crate::now()).await?;
    Ok(StatusCode::NO_CONTENT)
}
