//! Hostile input, by property: every importer (TMX, glossary CSV, XLIFF)
//! and the template text, fed random text and damaged copies of valid
//! files, never panics, and when it refuses it changes nothing at all.
//!
//! `make test` runs a few dozen cases each; `DIWAN_FUZZ_CASES=10000 make
//! test-long` runs the long version.

use std::path::PathBuf;
use std::sync::OnceLock;

use proptest::prelude::*;

use crate::testing;
use crate::Diwan;

fn cases() -> u32 {
    std::env::var("DIWAN_FUZZ_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(24)
}

/// The demo database, made once and copied for each case (making it takes
/// seconds; copying it, a moment), with a valid file of each kind from it.
struct Samples {
    db: PathBuf,
    tmx: String,
    glossary: String,
    xliff: String,
}

fn samples() -> &'static Samples {
    static SAMPLES: OnceLock<Samples> = OnceLock::new();
    SAMPLES.get_or_init(|| {
        let dir = tempfile::tempdir().expect("tempdir").keep();
        let db = dir.join("demo.db");
        let mut diwan = Diwan::open(&db).expect("open");
        diwan.clock = testing::clock;
        diwan.demo(crate::demo::Scale::Small, &mut |_, _| {}).expect("demo");
        let samples = Samples {
            tmx: diwan.export_tmx().expect("tmx"),
            glossary: diwan.export_glossary_csv().expect("glossary"),
            xliff: diwan.export_xliff("DZ-FR-PAR", "fr", None, None).expect("xliff"),
            db: db.clone(),
        };
        drop(diwan);
        samples
    })
}

/// A fresh copy of the demo, for one case.
fn demo() -> (tempfile::TempDir, Diwan) {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("diwan.db");
    std::fs::copy(&samples().db, &db).expect("copy the demo");
    let mut diwan = Diwan::open(&db).expect("open the copy");
    diwan.clock = testing::clock;
    (dir, diwan)
}

/// What an import could change: the audit trail (every write is audited),
/// the memory, the glossary and the texts an XLIFF brings back.
fn fingerprint(diwan: &Diwan) -> (usize, bool, String, String, String) {
    let trail = diwan.audit_log(&crate::dto::AuditFilterDto::default()).expect("trail");
    (
        trail.events.len(),
        trail.truncated,
        diwan.export_tmx().expect("tmx"),
        diwan.export_glossary_csv().expect("glossary"),
        diwan.export_xliff("DZ-FR-PAR", "fr", None, None).expect("xliff"),
    )
}

/// A damaged copy of `valid`: cut short, a piece repeated, or random text
/// put in at a random place (on character boundaries: the input is text).
fn damaged(valid: String) -> impl Strategy<Value = String> {
    let chars: Vec<char> = valid.chars().collect();
    let len = chars.len().max(1);
    prop_oneof![
        (0..len).prop_map({
            let chars = chars.clone();
            move |cut| chars[..cut.min(chars.len())].iter().collect()
        }),
        (0..len, 0..len).prop_map({
            let chars = chars.clone();
            move |(a, b)| {
                let (a, b) = (a.min(b), a.max(b).min(chars.len()));
                let mut out: Vec<char> = chars.clone();
                out.splice(b..b, chars[a..b].iter().copied());
                out.into_iter().collect()
            }
        }),
        (0..len, "\\PC{0,12}|[<>&\"';,\\n\\u{0}\\u{202E}\\u{FEFF}]{1,6}").prop_map(move |(at, junk)| {
            let mut out: Vec<char> = chars.clone();
            let at = at.min(out.len());
            out.splice(at..at, junk.chars());
            out.into_iter().collect()
        }),
    ]
}

/// Imports `input` and checks: no panic (proptest catches one), and a
/// refusal leaves the database exactly as it was.
fn refused_changes_nothing(
    diwan: &mut Diwan,
    import: impl Fn(&mut Diwan, &str) -> Result<(), crate::ApiError>,
    input: &str,
) -> Result<(), TestCaseError> {
    let before = fingerprint(diwan);
    if import(diwan, input).is_err() {
        prop_assert!(fingerprint(diwan) == before, "a refused import changed the database");
    }
    Ok(())
}

fn tmx(diwan: &mut Diwan, text: &str) -> Result<(), crate::ApiError> {
    diwan.import_tmx(Some("lina"), text).map(|_| ())
}

fn glossary(diwan: &mut Diwan, text: &str) -> Result<(), crate::ApiError> {
    diwan.import_glossary_csv("amina", text).map(|_| ())
}

fn xliff(diwan: &mut Diwan, text: &str) -> Result<(), crate::ApiError> {
    diwan.import_xliff("lina", text).map(|_| ())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn random_text_is_refused_cleanly_by_every_importer(text in "\\PC{0,300}") {
        let (_dir, mut diwan) = demo();
        for import in [tmx, glossary, xliff] {
            refused_changes_nothing(&mut diwan, import, &text)?;
        }
    }

    #[test]
    fn a_damaged_tmx_is_all_or_nothing(input in damaged(samples().tmx.clone())) {
        refused_changes_nothing(&mut demo().1, tmx, &input)?;
    }

    #[test]
    fn a_damaged_glossary_is_all_or_nothing(input in damaged(samples().glossary.clone())) {
        refused_changes_nothing(&mut demo().1, glossary, &input)?;
    }

    #[test]
    fn a_damaged_xliff_is_all_or_nothing(input in damaged(samples().xliff.clone())) {
        refused_changes_nothing(&mut demo().1, xliff, &input)?;
    }

    #[test]
    fn any_template_text_is_saved_or_refused_and_fills_without_panic(body in "\\PC{0,200}|\\{ ?\\$[a-z]{0,8} ?\\}[^}]{0,20}") {
        let (_dir, mut diwan) = demo();
        let template = diwan.templates(None, None).expect("templates").remove(0);
        let before = fingerprint(&diwan);
        match diwan.save_template("amina", template.id, &template.name, &body) {
            Ok(_) => {
                let _ = diwan.fill_template(template.id, "DZ-FR-PAR", "2026-12-24");
            }
            Err(_) => prop_assert!(fingerprint(&diwan) == before, "a refused template changed the database"),
        }
    }
}
