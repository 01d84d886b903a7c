//! Counting and entity extraction on 100,000-character texts of the shapes a
//! paste can have, through `diwan_api::text::count`: what the composer calls
//! on every pause in typing (count, problems, entities, where the preview
//! cuts). Target: each shape under 50 ms on every platform, in a release
//! build. Run with `cargo bench -p diwan-api --bench counting`; the last
//! lines print the slowest platform per shape against the target.
#![allow(clippy::expect_used, reason = "a benchmark that cannot set up must stop")]

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{criterion_group, criterion_main, Criterion};
use diwan_core::platform::Platform;

const LENGTH: usize = 100_000;
const TARGET: Duration = Duration::from_millis(50);

/// `unit` repeated to exactly `LENGTH` characters.
fn repeat(unit: &str) -> String {
    unit.chars().cycle().take(LENGTH).collect()
}

fn shapes() -> Vec<(&'static str, String)> {
    let seeds = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/seeds/000_429ce50043205d6e.txt");
    let prose = std::fs::read_to_string(seeds).unwrap_or_else(|_| "تؤدي الدبلوماسية الرقمية دورا متزايدا. ".into());
    vec![
        ("one letter, no spaces", repeat("a")),
        ("base64 blob", repeat("QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0NTY3ODkrLw==")),
        ("hashtags glued", repeat("#الجزائر")),
        ("hashtags spaced", repeat("#العيد_الوطني #Algérie ")),
        ("Arabic prose (seeds)", repeat(&prose)),
        ("links spaced", repeat("https://www.mfa.gov.dz/ar/press-releases/2026?id=42 ")),
        ("links glued", repeat("mfa.gov.dz/")),
        ("links without scheme", repeat("www.mfa.gov.dz/ar/press ")),
        ("links in sentences", repeat("Lire le communiqué (https://www.diplomatie.gouv.fr/fr/Actualites). ")),
        ("dots", repeat("a.")),
        ("mentions glued", repeat("@a")),
        ("emoji", repeat("👍🏽🇩🇿")),
        ("Chinese, no spaces", repeat("中华人民共和国外交部")),
    ]
}

fn count(platform: Platform, text: &str) {
    black_box(diwan_api::text::count(platform.as_str(), black_box(text), None, false).expect("count"));
}

fn bench(c: &mut Criterion) {
    let shapes = shapes();
    let mut group = c.benchmark_group("count 100k");
    group.sample_size(10).measurement_time(Duration::from_secs(2)).warm_up_time(Duration::from_millis(200));
    for (name, text) in &shapes {
        for platform in [Platform::X, Platform::Instagram, Platform::Mastodon] {
            group.bench_function(format!("{name} / {platform}"), |b| b.iter(|| count(platform, text)));
        }
    }
    group.finish();

    // The verdict: for each shape, the slowest platform's median of 5.
    println!("\n{:<24} {:>10} {:>12}  target {} ms", "shape", "platform", "median", TARGET.as_millis());
    for (name, text) in &shapes {
        let (platform, time) = Platform::ALL
            .into_iter()
            .map(|platform| {
                let mut times: Vec<Duration> = (0..5)
                    .map(|_| {
                        let start = Instant::now();
                        count(platform, text);
                        start.elapsed()
                    })
                    .collect();
                times.sort();
                (platform, times[2])
            })
            .max_by_key(|(_, t)| *t)
            .expect("platforms");
        let verdict = if time <= TARGET { "ok" } else { "OVER" };
        println!("{name:<24} {platform:>10} {:>9.2} ms  {verdict}", time.as_secs_f64() * 1000.0);
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
