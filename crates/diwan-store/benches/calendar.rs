//! The calendar query on ministry-scale data (300 missions × 5 accounts ×
//! 10 years, about a million posts with three variants each), against the
//! same SQL run by hand through rusqlite as the floor.
//!
//! The database is made once by `diwan demo --scale ministry` and kept in
//! `$CARGO_TARGET_DIR/diwan-bench/` (or `$DIWAN_BENCH_DB`). Run with
//! `cargo bench -p diwan-store`; the last lines print the ratios measured
//! side by side, interleaved, in the same run.
#![allow(clippy::expect_used, reason = "a benchmark that cannot set up must stop")]

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, Criterion};
use diwan_core::calendar::local_days_to_utc;
use diwan_core::MissionCode;
use diwan_store::{CalendarQuery, Store, CALENDAR_SQL, MISSION_CALENDAR_SQL, SCHEMA_VERSION};
use rusqlite::Connection;

// The first generated mission: in Europe/Paris, like every 24th.
const MISSION: &str = "DZ-AD-000";

fn database() -> PathBuf {
    if let Some(path) = std::env::var_os("DIWAN_BENCH_DB") {
        return PathBuf::from(path);
    }
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target"));
    target.join("diwan-bench").join(format!("ministry-v{SCHEMA_VERSION}.db"))
}

/// Makes the ministry-scale database with the real CLI, once.
fn ensure_database(path: &Path) {
    if path.exists() {
        return;
    }
    std::fs::create_dir_all(path.parent().expect("parent")).expect("bench dir");
    let partial = path.with_extension("partial");
    let _ = std::fs::remove_file(&partial);
    eprintln!("Generating the ministry-scale database at {} (a few minutes, once)...", path.display());
    let started = Instant::now();
    let status = Command::new(env!("CARGO"))
        .args(["run", "--quiet", "--release", "-p", "diwan-cli", "--", "--db"])
        .arg(&partial)
        .args(["demo", "--scale", "ministry"])
        .status()
        .expect("run diwan demo");
    assert!(status.success(), "diwan demo --scale ministry failed");
    // Fold the WAL into the file so the copy stands alone.
    Connection::open(&partial).expect("open").execute_batch("PRAGMA wal_checkpoint(TRUNCATE);").expect("checkpoint");
    std::fs::rename(&partial, path).expect("rename");
    for suffix in ["-wal", "-shm"] {
        let _ = std::fs::rename(format!("{}{suffix}", partial.display()), format!("{}{suffix}", path.display()));
    }
    eprintln!("Generated in {:.0?}.", started.elapsed());
}

struct Case {
    name: &'static str,
    query: CalendarQuery,
    sql: &'static str,
}

fn cases(store: &Store) -> Vec<Case> {
    let code = MissionCode::parse(MISSION).expect("code");
    let zone = store.read().mission(&code).expect("read").expect("mission exists").time_zone;
    let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date");
    // October 2026 has a clock change in most of the zones.
    let (from, to) = local_days_to_utc(zone, day("2026-10-01"), day("2026-10-31")).expect("month");
    let (week_from, week_to) = local_days_to_utc(chrono_tz::UTC, day("2026-10-19"), day("2026-10-25")).expect("week");
    vec![
        Case {
            name: "mission_month",
            query: CalendarQuery { mission: Some(code), from, to, ..Default::default() },
            sql: MISSION_CALENDAR_SQL,
        },
        Case {
            name: "all_missions_week",
            query: CalendarQuery { from: week_from, to: week_to, ..Default::default() },
            sql: CALENDAR_SQL,
        },
    ]
}

/// The floor: the same statement through rusqlite, every column read, nothing kept.
fn raw(conn: &Connection, case: &Case) -> usize {
    let mut statement = conn.prepare_cached(case.sql).expect("prepare");
    let params = rusqlite::params![
        case.query.from.timestamp(),
        case.query.to.timestamp(),
        case.query.mission.as_ref().map(MissionCode::as_str),
        None::<i64>,
        None::<&str>,
        None::<&str>,
        None::<&str>,
        None::<&str>,
        None::<&str>
    ];
    let mut rows = statement.query(params).expect("query");
    let mut count = 0;
    while let Some(row) = rows.next().expect("row") {
        for column in 0..11 {
            black_box(row.get_ref(column).expect("column"));
        }
        count += 1;
    }
    count
}

fn api(store: &Store, case: &Case) -> usize {
    store.read().calendar(&case.query).expect("calendar").len()
}

fn bench(c: &mut Criterion) {
    let path = database();
    ensure_database(&path);
    let store = Store::open(&path).expect("open store");
    let conn = Connection::open(&path).expect("open raw");
    let cases = cases(&store);
    let mut group = c.benchmark_group("calendar");
    group.sample_size(30).measurement_time(Duration::from_secs(4));
    for case in &cases {
        assert_eq!(api(&store, case), raw(&conn, case), "both sides return the same rows");
        group.bench_function(format!("{}/store", case.name), |b| b.iter(|| black_box(api(&store, case))));
        group.bench_function(format!("{}/raw_sql", case.name), |b| b.iter(|| black_box(raw(&conn, case))));
    }
    group.finish();

    // Side by side in one loop, so both see the same machine load.
    for case in &cases {
        let (mut store_times, mut raw_times) = (Vec::new(), Vec::new());
        for _ in 0..40 {
            let t = Instant::now();
            black_box(api(&store, case));
            store_times.push(t.elapsed());
            let t = Instant::now();
            black_box(raw(&conn, case));
            raw_times.push(t.elapsed());
        }
        store_times.sort();
        raw_times.sort();
        let (s, r) = (store_times[20], raw_times[20]);
        println!(
            "ratio {}: store {:.2} ms / raw SQL {:.2} ms = {:.2}x ({} posts)",
            case.name,
            s.as_secs_f64() * 1e3,
            r.as_secs_f64() * 1e3,
            s.as_secs_f64() / r.as_secs_f64(),
            api(&store, case)
        );
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
