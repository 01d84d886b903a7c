//! The hub under load, on loopback, bounded: N simulated desktops (300 by
//! default) push and pull against `diwan-hub serve`'s routes for a while
//! (60 s by default), each a drafter at one of ten missions making a post
//! and then editing it, pulling between pushes. Reported: accepted changes
//! per second, and p50/p99 latency of a push and of a pull. Then, in the
//! same run and against the same PostgreSQL, the same number of rows of the
//! same size go in by plain INSERTs through the same driver and pool size,
//! from as many workers: the floor a push is measured against.
//!
//! `make bench-hub` (DIWAN_LOAD_DESKTOPS, DIWAN_LOAD_SECONDS to change the load).
#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::print_stdout,
    reason = "a benchmark fails loudly and prints"
)]

#[path = "../tests/support/mod.rs"]
mod support;

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use diwan_core::user::Role;
use diwan_core::MissionCode;
use diwan_protocol::{Change, Outcome, Pulled, Push, PushAnswer, Pushed};
use sha2::{Digest, Sha256};
use support::{plan, PgCluster};

const MISSIONS: usize = 10;
const PASSPHRASE: &str = "a long road to Tamanrasset";

fn setting(name: &str, default: u64) -> u64 {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// Ten embassies of one ministry: DZ-AA-BEN … DZ-AJ-BEN.
fn mission_code(n: usize) -> String {
    format!("DZ-A{}-BEN", char::from(b'A' + u8::try_from(n).unwrap()))
}

/// Ten missions with an account each, a drafter per mission, and a device
/// token per simulated desktop (written directly: 300 Argon2 sign-ins
/// would only measure Argon2). Returns the tokens, desktop by desktop.
async fn prepare(url: &str, desktops: usize) -> Vec<String> {
    let mut client = diwan_hub::connect(url).await.unwrap();
    diwan_hub::schema::migrate(&mut client).await.unwrap();
    let now = diwan_hub::now();
    for n in 0..MISSIONS {
        let code = mission_code(n);
        let mut mission = plan::mission(&code, "Africa/Porto-Novo");
        mission.host_country = "BJ".into();
        diwan_hub::missions::add(&mut client, &mission, now).await.unwrap();
        diwan_hub::missions::add_account(&mut client, &plan::account(&code, &format!("dz_{n}")), now).await.unwrap();
        let role = [(Role::Drafter, MissionCode::parse(&code).unwrap())];
        diwan_hub::people::add(&mut client, &format!("drafter{n}"), "Drafter", PASSPHRASE, &role, now).await.unwrap();
    }
    let mut tokens = Vec::with_capacity(desktops);
    for d in 0..desktops {
        let token = format!("bench-token-{d:04}");
        let digest = Sha256::digest(token.as_bytes()).to_vec();
        client
            .execute(
                "INSERT INTO devices (person, label, token_sha256, created_at) VALUES ($1, $2, $3, $4)",
                &[&format!("drafter{}", d % MISSIONS), &format!("desk {d}"), &digest, &now],
            )
            .await
            .unwrap();
        tokens.push(token);
    }
    tokens
}

fn new_post(desktop: usize) -> Change {
    let mission = desktop % MISSIONS;
    let text = "تحتفل سفارة الجزائر بيوم الثقافة العربية وتدعو الجالية إلى الحضور";
    plan::creation(&mission_code(mission), &format!("dz_{mission}"), text)
}

#[derive(Default)]
struct Measured {
    push: Vec<Duration>,
    pull: Vec<Duration>,
    accepted: u64,
    refused: u64,
}

/// One desktop: make a post, then edit it again and again, pulling between pushes.
fn desktop(base: &str, token: &str, desktop: usize, stop: &AtomicBool) -> Measured {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(60)))
        .build()
        .into();
    let bearer = format!("Bearer {token}");
    let uid = format!("bench-{desktop:04}");
    let mut measured = Measured::default();
    let mut version: Option<i64> = None;
    let mut cursor = 0_i64;
    let mut n = 0_u64;
    while !stop.load(Ordering::Relaxed) {
        n += 1;
        let change = match version {
            None => new_post(desktop),
            Some(_) => Change::EditText {
                language: "ar".into(), text: format!("نص معدل رقم {n} للمنشور {desktop}")
            },
        };
        let push = Push {
            changes: vec![Pushed {
                key: format!("{uid}-{n}"),
                post: uid.clone(),
                base_version: version,
                change,
                event: None,
            }],
        };
        let started = Instant::now();
        let answer: PushAnswer = agent
            .post(&format!("{base}/v1/push"))
            .header("Authorization", &bearer)
            .send_json(&push)
            .unwrap()
            .body_mut()
            .read_json()
            .unwrap();
        measured.push.push(started.elapsed());
        match &answer.outcomes[0] {
            Outcome::Accepted { version: v, .. } => {
                version = Some(*v);
                measured.accepted += 1;
            }
            Outcome::Refused { .. } => measured.refused += 1,
        }
        let started = Instant::now();
        let pulled: Pulled = agent
            .get(&format!("{base}/v1/pull?after={cursor}"))
            .header("Authorization", &bearer)
            .call()
            .unwrap()
            .body_mut()
            .read_json()
            .unwrap();
        measured.pull.push(started.elapsed());
        cursor = pulled.cursor;
    }
    measured
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    #[allow(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        clippy::cast_precision_loss,
        reason = "an index into the sorted list"
    )]
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index]
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

/// The same number of rows, of the same size, by plain INSERTs from as many
/// workers through a pool of the hub's size: rows per second and latencies.
async fn plain_inserts(url: &str, rows: u64, workers: usize, size: usize) -> (f64, Vec<Duration>) {
    let pool = diwan_hub::pool(url).unwrap();
    let client = pool.get().await.unwrap();
    client.batch_execute("CREATE TABLE plain (uid text PRIMARY KEY, body text NOT NULL)").await.unwrap();
    drop(client);
    let body = "ن".repeat(size.max(1));
    let next = Arc::new(AtomicU64::new(0));
    let started = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..workers {
        let (pool, next, body) = (pool.clone(), next.clone(), body.clone());
        tasks.push(tokio::spawn(async move {
            let mut latencies = Vec::new();
            loop {
                let n = next.fetch_add(1, Ordering::Relaxed);
                if n >= rows {
                    return latencies;
                }
                let began = Instant::now();
                let client = pool.get().await.unwrap();
                client
                    .execute("INSERT INTO plain (uid, body) VALUES ($1, $2)", &[&format!("row-{n}"), &body])
                    .await
                    .unwrap();
                latencies.push(began.elapsed());
            }
        }));
    }
    let mut latencies = Vec::new();
    for task in tasks {
        latencies.extend(task.await.unwrap());
    }
    #[allow(clippy::cast_precision_loss, reason = "a rate")]
    let rate = rows as f64 / started.elapsed().as_secs_f64();
    (rate, latencies)
}

fn main() {
    let desktops = usize::try_from(setting("DIWAN_LOAD_DESKTOPS", 300)).unwrap();
    let seconds = setting("DIWAN_LOAD_SECONDS", 60);
    let cluster = PgCluster::start();
    let url = cluster.database("hub");
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let tokens = runtime.block_on(prepare(&url, desktops));
    let base = runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        tokio::spawn(diwan_hub::server::serve(listener, diwan_hub::pool(&url).unwrap(), std::future::pending()));
        base
    });
    println!("{desktops} desktops pushing and pulling for {seconds} s against one hub on loopback…");
    let stop = Arc::new(AtomicBool::new(false));
    let started = Instant::now();
    let threads: Vec<_> = tokens
        .into_iter()
        .enumerate()
        .map(|(d, token)| {
            let (base, stop) = (base.clone(), stop.clone());
            std::thread::spawn(move || desktop(&base, &token, d, &stop))
        })
        .collect();
    std::thread::sleep(Duration::from_secs(seconds));
    stop.store(true, Ordering::Relaxed);
    let mut all = Measured::default();
    for thread in threads {
        let m = thread.join().unwrap();
        all.push.extend(m.push);
        all.pull.extend(m.pull);
        all.accepted += m.accepted;
        all.refused += m.refused;
    }
    let elapsed = started.elapsed().as_secs_f64();
    all.push.sort_unstable();
    all.pull.sort_unstable();
    #[allow(clippy::cast_precision_loss, reason = "a rate")]
    let rate = all.accepted as f64 / elapsed;
    println!(
        "hub: {} changes accepted ({rate:.0}/s), {} refused; push p50 {} p99 {}; pull p50 {} p99 {} ({} pulls)",
        all.accepted,
        all.refused,
        ms(percentile(&all.push, 0.5)),
        ms(percentile(&all.push, 0.99)),
        ms(percentile(&all.pull, 0.5)),
        ms(percentile(&all.pull, 0.99)),
        all.pull.len()
    );
    // The same rows, of the size the hub keeps of a post, by plain INSERTs.
    let size = runtime.block_on(async {
        let client = diwan_hub::connect(&url).await.unwrap();
        let row = client.query_one("SELECT coalesce(avg(length(body)), 0)::bigint FROM posts", &[]).await.unwrap();
        usize::try_from(row.get::<_, i64>(0)).unwrap_or(0)
    });
    let (plain_rate, mut plain) = runtime.block_on(plain_inserts(&url, all.accepted, desktops, size));
    plain.sort_unstable();
    println!(
        "plain INSERTs of the same {} rows ({size} characters each), {desktops} workers: {plain_rate:.0}/s; p50 {} p99 {}",
        all.accepted,
        ms(percentile(&plain, 0.5)),
        ms(percentile(&plain, 0.99))
    );
    println!(
        "ratio: the hub accepts changes at {:.2}× the plain INSERT rate; a push's p50 is {:.1}× an INSERT's",
        rate / plain_rate,
        percentile(&all.push, 0.5).as_secs_f64() / percentile(&plain, 0.5).as_secs_f64().max(f64::EPSILON)
    );
}
