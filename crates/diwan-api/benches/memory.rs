//! A translation-memory lookup against 1,000,000 remembered segments: a
//! 20-word Arabic segment (an exact one and a fuzzy one, two words changed),
//! through `Diwan::memory_search` (the rarest words asked of the FTS5 index,
//! the candidates read and scored), against the bare FTS5 `MATCH` of the same
//! words on the same index through rusqlite. Targets: median ≤ 20 ms and
//! ≤ 1.5× the bare MATCH, measured side by side in the same run.
//!
//! The memory is generated once (a few minutes) into
//! `$CARGO_TARGET_DIR/diwan-bench/` (or `$DIWAN_BENCH_MEMORY_DB`), from the
//! words of the Arabic seed texts in their attached forms, drawn so that a few
//! words are everywhere and most are rare. Run with `cargo bench -p diwan-api --bench
//! memory` (or `make bench`); the last lines print the ratios.
#![allow(clippy::expect_used, reason = "a benchmark that cannot set up must stop")]

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use chrono::{TimeZone, Utc};
use criterion::{criterion_group, criterion_main, Criterion};
use diwan_api::Diwan;
use diwan_core::translation::memory::{query_words, MemoryUnit};
use diwan_core::LanguageCode;
use diwan_store::{memory_match_query, OnConflict, Store, LOOKUP_WORDS, SCHEMA_VERSION};
use rusqlite::Connection;

const UNITS: usize = 1_000_000;
const BATCH: usize = 50_000;
const TARGET: Duration = Duration::from_millis(20);
const MAX_RATIO: f64 = 1.5;

fn database() -> PathBuf {
    if let Some(path) = std::env::var_os("DIWAN_BENCH_MEMORY_DB") {
        return PathBuf::from(path);
    }
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target"));
    // "g2": the second way of generating it (the seeds' words in their forms).
    target.join("diwan-bench").join(format!("memory-{UNITS}-v{SCHEMA_VERSION}-g2.db"))
}

/// The words of the Arabic seed texts (all of `shared/seeds/` when it is
/// beside the repository, else the copy in the core's test data), each once
/// in order of first use, with the forms Arabic gives a word by its attached
/// conjunctions, prepositions and pronouns (و ب ل before it, ه ها after
/// it): a ministry's memory holds each word in many forms.
fn vocabulary() -> Vec<String> {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seeds");
    let mut text = include_str!("../../diwan-core/testdata/seed-recommendations.txt").to_owned();
    if let Ok(entries) = std::fs::read_dir(&seeds) {
        let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for path in paths {
            text.push_str(&std::fs::read_to_string(path).unwrap_or_default());
        }
    }
    let mut seen = std::collections::HashSet::new();
    let mut words: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        let word: String = word.chars().filter(|c| c.is_alphabetic()).collect();
        if word.chars().count() < 2 || !word.chars().any(|c| ('\u{0621}'..='\u{064A}').contains(&c)) {
            continue;
        }
        for form in [
            word.clone(),
            format!("و{word}"),
            format!("ب{word}"),
            format!("ل{word}"),
            format!("{word}ه"),
            format!("{word}ها"),
        ] {
            if seen.insert(form.clone()) {
                words.push(form);
            }
        }
    }
    words
}

/// A small deterministic generator (xorshift), so every run builds the same memory.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// Skewed towards the start of the list, as word use is: a few words are
    /// everywhere, most are rare.
    fn word<'a>(&mut self, words: &'a [String]) -> &'a str {
        let u = (self.next() % 1_000_000) as f64 / 1_000_000.0;
        &words[((u * u * u) * words.len() as f64) as usize % words.len()]
    }
}

fn sentence(random: &mut Random, words: &[String], length: usize) -> String {
    let mut out: Vec<&str> = (0..length).map(|_| random.word(words)).collect();
    out.push(".");
    out.join(" ")
}

fn lang(code: &str) -> LanguageCode {
    LanguageCode::parse(code).expect("language")
}

/// Makes the memory once: UNITS pairs of 8 to 30 words, Arabic to French.
fn ensure_database(path: &Path, words: &[String]) {
    if path.exists() {
        return;
    }
    std::fs::create_dir_all(path.parent().expect("parent")).expect("bench dir");
    let partial = path.with_extension("partial");
    let _ = std::fs::remove_file(&partial);
    eprintln!("Generating {UNITS} memory units at {} (a few minutes, once)...", path.display());
    let started = Instant::now();
    let mut store = Store::open(&partial).expect("open");
    let mut random = Random(0x9E37_79B9_7F4A_7C15);
    let at = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).single().expect("time");
    for batch in 0..UNITS / BATCH {
        let units: Vec<MemoryUnit> = (0..BATCH)
            .map(|n| {
                let length = 8 + (random.next() % 23) as usize;
                MemoryUnit {
                    source_language: lang("ar"),
                    target_language: lang("fr"),
                    source: sentence(&mut random, words, length),
                    target: format!("Traduction {}", batch * BATCH + n),
                    author: "bench".into(),
                    at,
                }
            })
            .collect();
        store.write(|w| w.add_memory_units(&units, OnConflict::KeepExisting)).expect("add");
        eprintln!("  {} units", (batch + 1) * BATCH);
    }
    drop(store);
    Connection::open(&partial).expect("open").execute_batch("PRAGMA wal_checkpoint(TRUNCATE);").expect("checkpoint");
    std::fs::rename(&partial, path).expect("rename");
    for suffix in ["-wal", "-shm"] {
        let _ = std::fs::rename(format!("{}{suffix}", partial.display()), format!("{}{suffix}", path.display()));
    }
    eprintln!("Generated in {:.0?}.", started.elapsed());
}

/// A remembered 20-word segment, exactly, and the same with two words
/// replaced (a fuzzy match).
fn segments(conn: &Connection) -> Vec<(&'static str, String)> {
    // 20 words and the full stop: 20 spaces.
    let exact: String = conn
        .query_row(
            "SELECT source FROM memory_units WHERE id >= 777777
             AND length(source) - length(replace(source, ' ', '')) = 20 ORDER BY id LIMIT 1",
            [],
            |r| r.get(0),
        )
        .expect("a remembered 20-word unit");
    let mut words: Vec<&str> = exact.split(' ').collect();
    words[3] = "المعرض";
    words[11] = "الوطني";
    vec![("exact", exact.clone()), ("fuzzy_two_words_changed", words.join(" "))]
}

/// The floor: the same MATCH, ranked and cut as the lookup's, row ids only.
fn bare_match(conn: &Connection, query: &str) -> usize {
    let mut statement = conn
        .prepare_cached("SELECT rowid FROM memory_index WHERE memory_index MATCH ?1 ORDER BY rank LIMIT 40")
        .expect("prepare");
    let mut rows = statement.query([query]).expect("query");
    let mut count = 0;
    while let Some(row) = rows.next().expect("row") {
        black_box(row.get_ref(0).expect("rowid"));
        count += 1;
    }
    count
}

fn bench(c: &mut Criterion) {
    let words = vocabulary();
    let path = database();
    ensure_database(&path, &words);
    let diwan = Diwan::open(&path).expect("open");
    let conn = Connection::open(&path).expect("open raw");
    let store = Store::open(&path).expect("open store");
    let cases: Vec<(&str, String, String)> = segments(&conn)
        .into_iter()
        .map(|(name, segment)| {
            let rare = store.read().rarest_words(&query_words(&segment), LOOKUP_WORDS).expect("words");
            (name, segment, memory_match_query(&rare))
        })
        .collect();
    let lookup = |segment: &str| diwan.memory_search("ar", "fr", segment).expect("search");

    let mut group = c.benchmark_group("memory");
    group.sample_size(30).measurement_time(Duration::from_secs(4));
    for (name, segment, query) in &cases {
        let found = lookup(segment);
        assert!(!found.is_empty(), "{name}: the remembered unit is found");
        assert!(found[0].score >= 85, "{name}: the remembered unit comes first ({})", found[0].score);
        group.bench_function(format!("{name}/lookup"), |b| b.iter(|| black_box(lookup(segment))));
        group.bench_function(format!("{name}/bare_match"), |b| b.iter(|| black_box(bare_match(&conn, query))));
    }
    group.finish();

    // Where a lookup's time goes: choosing the words, the index and rows, the scores.
    for (name, segment, _) in &cases {
        let words = query_words(segment);
        let (ar, fr) = (LanguageCode::parse("ar").expect("ar"), LanguageCode::parse("fr").expect("fr"));
        let median = |f: &dyn Fn()| {
            let mut times: Vec<Duration> = (0..21)
                .map(|_| {
                    let t = Instant::now();
                    f();
                    t.elapsed()
                })
                .collect();
            times.sort();
            times[10].as_secs_f64() * 1e3
        };
        let choose = median(&|| {
            black_box(store.read().rarest_words(&words, LOOKUP_WORDS).expect("words"));
        });
        let fetch = median(&|| {
            black_box(store.read().memory_candidates(&ar, &fr, &words, 40).expect("candidates"));
        });
        let candidates = store.read().memory_candidates(&ar, &fr, &words, 40).expect("candidates");
        let score = median(&|| {
            black_box(diwan_core::translation::memory::best(segment, candidates.clone(), 40));
        });
        println!(
            "breakdown {name}: rarest words {choose:.2} ms, words + index + rows {fetch:.2} ms, scoring {} candidates {score:.2} ms",
            candidates.len()
        );
    }

    // Side by side in one loop, so both see the same machine load.
    for (name, segment, query) in &cases {
        let (mut ours, mut floor) = (Vec::new(), Vec::new());
        for _ in 0..41 {
            let t = Instant::now();
            black_box(lookup(segment));
            ours.push(t.elapsed());
            let t = Instant::now();
            black_box(bare_match(&conn, query));
            floor.push(t.elapsed());
        }
        ours.sort();
        floor.sort();
        let (o, f) = (ours[20], floor[20]);
        let ratio = o.as_secs_f64() / f.as_secs_f64();
        println!(
            "ratio {name}: lookup {:.2} ms / bare MATCH {:.2} ms = {ratio:.2}x (targets: {} ms, {MAX_RATIO}x) {}",
            o.as_secs_f64() * 1e3,
            f.as_secs_f64() * 1e3,
            TARGET.as_millis(),
            if o <= TARGET && ratio <= MAX_RATIO { "met" } else { "MISSED" }
        );
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
