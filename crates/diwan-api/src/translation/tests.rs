//! The translator's use cases over the small demo: Lina translates, Karim
//! drafts, Samir and Nadia supervise, Amina administers.

use super::*;
use crate::dto::{NewPostDto, PostEditDto, QueueFilterDto};
use crate::names::{PostStateName, QaCheckName, TranslationNeedName, VariantStateName};
use crate::testing;

/// The audit trail as (action, detail) pairs.
fn trail(diwan: &Diwan) -> Vec<(String, String)> {
    diwan
        .store
        .read()
        .audit_events()
        .expect("audit")
        .into_iter()
        .map(|e| (e.event.action.as_str().to_owned(), e.event.detail.clone()))
        .collect()
}

/// A post at Paris on 25 November, written in `source`.
fn new_post(source: &str, languages: &[&str], text: &str) -> NewPostDto {
    NewPostDto {
        source_language: source.into(),
        languages: languages.iter().map(|l| (*l).to_owned()).collect(),
        ..crate::testing::paris_post("economy", "2026-11-25 10:00", text)
    }
}

/// A new post in translation at Paris, its source `text`.
fn post_in_translation(diwan: &mut Diwan, text: &str) -> i64 {
    let post = diwan.create_post("karim", new_post("ar", &["fr", "en"], text)).expect("post");
    diwan.submit_post("karim", post.id).expect("submit");
    post.id
}

fn write(diwan: &mut Diwan, post: i64, language: &str, text: &str) {
    let edit = PostEditDto { language: Some(language.into()), text: Some(text.into()), ..PostEditDto::default() };
    diwan.edit_post("lina", post, edit).expect("translate");
}

const SOURCE: &str = "استقبل السفير وفداً من 12 مستثمراً في مقر السفارة.";
const FRENCH: &str = "L’ambassadeur a reçu une délégation de 12 investisseurs à l’ambassade.";
const ENGLISH: &str = "The ambassador received 12 investors at the embassy.";

#[test]
fn the_queue_lists_what_the_translator_translates_soonest_first() {
    let mut diwan = testing::demo();
    let post = post_in_translation(&mut diwan, SOURCE);
    let queue = diwan.translation_queue("lina", &QueueFilterDto::default()).expect("queue");
    let mine: Vec<_> = queue.items.iter().filter(|i| i.post == post).collect();
    assert_eq!(
        mine.iter().map(|i| (i.language.as_str(), i.need)).collect::<Vec<_>>(),
        [("en", TranslationNeedName::Missing), ("fr", TranslationNeedName::Missing)]
    );
    assert!(!mine[0].overdue, "due on 25 November, a week after the tests' today");
    let now = testing::clock().to_rfc3339();
    assert!(queue.items.iter().all(|i| i.overdue == (i.utc < now)), "overdue is due before now and not approved");
    let times: Vec<&str> = queue.items.iter().map(|i| i.utc.as_str()).collect();
    assert!(times.windows(2).all(|w| w[0] <= w[1]), "soonest first");
    // A drafter translates nothing; a filter narrows the list.
    assert!(diwan.translation_queue("karim", &QueueFilterDto::default()).expect("queue").items.is_empty());
    let french = QueueFilterDto { language: Some("fr".into()), ..QueueFilterDto::default() };
    assert!(diwan.translation_queue("lina", &french).expect("queue").items.iter().all(|i| i.language == "fr"));
    let other_mission = QueueFilterDto { mission: Some("IQ-CN-PEK".into()), ..QueueFilterDto::default() };
    assert!(diwan.translation_queue("lina", &other_mission).expect("queue").items.iter().all(|i| i.post != post));
    let culture = QueueFilterDto { category: Some("culture".into()), ..QueueFilterDto::default() };
    assert!(diwan.translation_queue("lina", &culture).expect("queue").items.iter().all(|i| i.post != post));
    let early = QueueFilterDto { due_by: Some("2026-11-24".into()), ..QueueFilterDto::default() };
    assert!(diwan.translation_queue("lina", &early).expect("queue").items.iter().all(|i| i.post != post));
    let bad = QueueFilterDto { category: Some("gossip".into()), ..QueueFilterDto::default() };
    assert!(diwan.translation_queue("lina", &bad).is_err(), "an unknown category is an error, not an empty queue");
}

#[test]
fn done_runs_the_checks_feeds_the_memory_and_sends_the_post_to_review() {
    let mut diwan = testing::demo();
    let post = post_in_translation(&mut diwan, SOURCE);
    write(&mut diwan, post, "fr", "L’ambassadeur a reçu une délégation de 13 investisseurs.");
    let audit_before = trail(&diwan).len();
    let refused = diwan.mark_translated("lina", post, "fr", None).expect_err("13 is not 12");
    let issues = refused.qa_issues().expect("the failed checks");
    assert_eq!(issues.iter().map(|i| i.check).collect::<Vec<_>>(), [QaCheckName::Numbers]);
    assert_eq!(issues[0].message.code, "qa-numbers");
    assert_eq!(trail(&diwan).len(), audit_before, "a refusal records nothing");
    let item = diwan.translation_item("lina", post, "fr").expect("item");
    assert_eq!(item.state, VariantStateName::Draft);

    write(&mut diwan, post, "fr", FRENCH);
    diwan.mark_translated("lina", post, "fr", None).expect("fr done");
    write(&mut diwan, post, "en", ENGLISH);
    let done = diwan.mark_translated("lina", post, "en", None).expect("en done");
    assert_eq!(done.state, PostStateName::InReview, "the last language done sends it to review");
    assert!(trail(&diwan).iter().any(|(action, detail)| action == "post.translated" && detail.contains("in review")));

    // The pair is remembered: the next post with the same sentence finds it at 100.
    let hits = diwan.memory_search("ar", "fr", SOURCE).expect("search");
    assert_eq!((hits[0].target.as_str(), hits[0].score), (FRENCH, 100));
    let next = post_in_translation(&mut diwan, "استقبل السفير وفداً من 12 مستثمراً في مقر السفارة. شكراً.");
    let item = diwan.translation_item("lina", next, "fr").expect("item");
    assert_eq!(item.memory.len(), 2, "two sentences");
    assert_eq!(item.memory[0].matches[0].target, FRENCH);
    assert_eq!(item.memory[0].matches[0].score, 100);
}

#[test]
fn an_overridden_check_is_kept_with_the_variant_and_audited() {
    let mut diwan = testing::demo();
    let post = post_in_translation(&mut diwan, SOURCE);
    write(&mut diwan, post, "fr", "Une délégation d’investisseurs à l’ambassade.");
    let shown = diwan.translation_item("lina", post, "fr").expect("item");
    assert_eq!(shown.checks.iter().map(|c| c.check).collect::<Vec<_>>(), [QaCheckName::Numbers]);
    diwan.mark_translated("lina", post, "fr", Some("Le nombre est confidentiel")).expect("overridden");
    let item = diwan.translation_item("samir", post, "fr").expect("item");
    let kept = item.qa_override.expect("shown to the supervisor");
    assert_eq!(
        (kept.checks, kept.reason.as_str(), kept.by.as_str()),
        (vec![QaCheckName::Numbers], "Le nombre est confidentiel", "lina")
    );
    assert!(!item.can_translate, "a supervisor does not translate here");
    assert!(trail(&diwan)
        .iter()
        .any(|(action, detail)| action == "post.translated" && detail.contains("overriding numbers")));
}

#[test]
fn a_stale_translation_shows_what_changed_in_the_source() {
    let mut diwan = testing::demo();
    let post = post_in_translation(&mut diwan, SOURCE);
    write(&mut diwan, post, "fr", FRENCH);
    diwan.mark_translated("lina", post, "fr", None).expect("done");
    let edit = PostEditDto { text: Some(SOURCE.replace("12", "15")), ..PostEditDto::default() };
    diwan.edit_post("karim", post, edit).expect("source changed");
    let item = diwan.translation_item("lina", post, "fr").expect("item");
    assert_eq!(item.state, VariantStateName::Stale);
    assert_eq!(item.need, Some(TranslationNeedName::Stale));
    let changes = item.source_changes.expect("a diff");
    let removed: String =
        changes.iter().filter(|p| p.change == DiffChangeDto::Removed).map(|p| p.text.as_str()).collect();
    let added: String = changes.iter().filter(|p| p.change == DiffChangeDto::Added).map(|p| p.text.as_str()).collect();
    assert_eq!((removed.trim(), added.trim()), ("12", "15"));
}

#[test]
fn the_glossary_is_edited_by_administrators_and_shown_beside_the_source() {
    let mut diwan = testing::demo();
    let term = TermDto {
        id: None,
        ar: "السفارة".into(),
        fr: "l’ambassade".into(),
        en: "the embassy".into(),
        note: Some("Toujours avec l’article".into()),
        do_not_translate: false,
    };
    assert!(diwan.save_term("lina", &term).is_err(), "a translator does not edit the glossary");
    let can_edit =
        |name: &str| diwan.users().expect("users").into_iter().any(|u| u.name == name && u.can_edit_glossary);
    assert!(can_edit("amina") && !can_edit("lina"), "the UI is told who may");
    let saved = diwan.save_term("amina", &term).expect("saved");
    let post = post_in_translation(&mut diwan, SOURCE);
    let item = diwan.translation_item("lina", post, "en").expect("item");
    assert_eq!(item.glossary.len(), 1);
    assert_eq!(item.glossary[0].target.as_deref(), Some("the embassy"));
    write(&mut diwan, post, "en", "The ambassador received 12 investors at the residence.");
    let refused = diwan.mark_translated("lina", post, "en", None).expect_err("the glossary says embassy");
    assert_eq!(refused.qa_issues().expect("issues")[0].check, QaCheckName::Glossary);
    diwan.delete_term("amina", saved.id.expect("id")).expect("deleted");
    assert!(diwan.glossary().expect("glossary").is_empty());
}

#[test]
fn glossary_csv_imports_all_rows_or_none() {
    let mut diwan = testing::demo();
    let csv = "ar,fr,en,note,do_not_translate\nسفارة,ambassade,embassy,,no\nديوان,Diwan,Diwan,,yes\n";
    let mut told = Vec::new();
    let report =
        diwan.import_glossary_csv_with("amina", csv, &mut |done, total| told.push((done, total))).expect("import");
    assert_eq!((report.added, report.updated), (2, 0));
    assert_eq!(told, [(0, 2), (1, 2), (2, 2)], "each row told, then the end");
    let again = diwan.import_glossary_csv("amina", &csv.replace(",,no", ",Note,no")).expect("again");
    assert_eq!((again.added, again.updated), (0, 2), "the same terms are updated, not doubled");
    let before = diwan.glossary().expect("glossary");
    let broken = "ar,fr,en\nقنصلية,consulat,consulate\n,,\n";
    let error = diwan.import_glossary_csv("amina", broken).expect_err("an empty row");
    assert_eq!(ErrorDto::from_localized(&error).code, "error-import-record-invalid");
    assert_eq!(diwan.glossary().expect("glossary"), before, "nothing of a refused file is kept");
    assert!(diwan.export_glossary_csv().expect("csv").starts_with("ar,fr,en,note,do_not_translate\n"));
}

#[test]
fn tmx_comes_in_and_goes_out_and_a_broken_file_changes_nothing() {
    let diwan = testing::demo();
    let exported = diwan.export_tmx().expect("export");
    let remembered = diwan.memory_search("ar", "fr", "").expect("nothing asked, nothing found");
    assert!(remembered.is_empty());
    let mut fresh = Diwan::open_in_memory(testing::clock).expect("open");
    let report = fresh.import_tmx(None, &exported).expect("import");
    assert!(report.added > 0, "the demo's translations came in");
    assert_eq!(fresh.export_tmx().expect("export"), exported, "what went out comes back the same");
    let events = trail(&fresh).len();
    let broken = exported.replace("</body>", "");
    let error = fresh.import_tmx(None, &broken).expect_err("malformed");
    let dto = ErrorDto::from_localized(&error);
    assert_eq!(dto.code, "error-import-malformed");
    assert!(matches!(dto.args.get("line"), Some(crate::dto::ArgDto::Number(n)) if *n > 1));
    assert_eq!(trail(&fresh).len(), events, "nothing recorded");
}

#[test]
fn xliff_goes_out_to_a_cat_tool_and_comes_back_all_or_nothing() {
    let mut diwan = testing::demo();
    let post = post_in_translation(&mut diwan, SOURCE);
    let exported = diwan.export_xliff("DZ-FR-PAR", "fr", None, Some("missing")).expect("export");
    assert!(exported.contains(&format!("<unit id=\"post-{post}\">")), "{exported}");
    assert!(diwan.export_xliff("DZ-FR-PAR", "fr", None, Some("everything")).is_err(), "--only takes missing or stale");

    // The CAT tool translates our post's unit and marks it translated.
    let unit_start = exported.find(&format!("<unit id=\"post-{post}\">")).expect("unit");
    let source_end = unit_start + exported[unit_start..].find("</source>").expect("source") + "</source>".len();
    let mut translated = exported.clone();
    translated.insert_str(source_end, &format!("\n        <target>{FRENCH}</target>"));
    let translated = {
        let at = unit_start + translated[unit_start..].find("state=\"initial\"").expect("state");
        format!("{}state=\"translated\"{}", &translated[..at], &translated[at + "state=\"initial\"".len()..])
    };
    let events = trail(&diwan).len();

    // A source changed since the export refuses the whole file.
    diwan
        .edit_post("karim", post, PostEditDto { text: Some(SOURCE.replace("12", "13")), ..PostEditDto::default() })
        .expect("edit");
    let refused = diwan.import_xliff("lina", &translated).expect_err("the source changed");
    assert_eq!(ErrorDto::from_localized(&refused).code, "error-import-source-changed");
    assert_eq!(trail(&diwan).len(), events + 1, "only the source edit was recorded");
    diwan.edit_post("karim", post, PostEditDto { text: Some(SOURCE.into()), ..PostEditDto::default() }).expect("back");

    let mut told = Vec::new();
    let report =
        diwan.import_xliff_with("lina", &translated, &mut |done, total| told.push((done, total))).expect("import");
    assert_eq!((report.written, report.done), (1, 1));
    assert_eq!(told.last(), Some(&(1, 1)), "told to the end: {told:?}");
    let item = diwan.translation_item("lina", post, "fr").expect("item");
    assert_eq!((item.target.as_str(), item.state), (FRENCH, VariantStateName::Translated));
    // A file naming a post that is not there changes nothing.
    let unknown = translated.replace(&format!("post-{post}"), "post-999999");
    assert_eq!(
        ErrorDto::from_localized(&diwan.import_xliff("lina", &unknown).expect_err("unknown")).code,
        "error-import-unknown-unit"
    );
}

#[test]
fn a_missions_digits_hold_its_arabic_translations() {
    let mut diwan = testing::demo();
    assert!(diwan.set_mission_digits("lina", "DZ-FR-PAR", Some("latin")).is_err(), "administrators only");
    assert!(diwan.set_mission_digits("amina", "DZ-FR-PAR", Some("roman")).is_err(), "latin or arabic-indic");
    let mission = diwan.set_mission_digits("amina", "DZ-FR-PAR", Some("latin")).expect("set");
    assert_eq!(mission.arabic_digits, Some(crate::names::DigitsName::Latin));
    let post =
        diwan.create_post("karim", new_post("fr", &["ar"], "L’exposition a reçu 12 000 visiteurs.")).expect("post").id;
    write(&mut diwan, post, "ar", "استقبل المعرض ١٢ ٠٠٠ زائر.");
    let refused =
        diwan.mark_translated("lina", post, "ar", None).expect_err("Arabic-Indic digits at a Latin-digit mission");
    assert_eq!(refused.qa_issues().expect("issues")[0].check, QaCheckName::Digits);
    write(&mut diwan, post, "ar", "استقبل المعرض 12 000 زائر.");
    diwan.mark_translated("lina", post, "ar", None).expect("Latin digits pass");
}

mod imports {
    use proptest::prelude::*;

    use super::*;

    const TMX: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="ar" creationtool="t" segtype="sentence" o-tmf="t" adminlang="en" datatype="plaintext"/><body>
<tu><tuv xml:lang="ar"><seg>قدّم السفير أوراق اعتماده</seg></tuv><tuv xml:lang="fr"><seg>L’ambassadeur a présenté ses lettres</seg></tuv></tu>
<tu creationdate="20250101T000000Z"><tuv xml:lang="ar"><seg>شكراً</seg></tuv><tuv xml:lang="en"><seg>Thank you</seg></tuv></tu>
</body></tmx>"#;

    const CSV: &str = "ar,fr,en,note,do_not_translate\nسفارة,ambassade,embassy,,no\nديوان,Diwan,Diwan,nom,yes\n";

    /// `text` with a piece cut out or replaced, as a damaged file would be.
    fn damaged(text: &str, at: usize, len: usize, with: &str) -> String {
        let chars: Vec<char> = text.chars().collect();
        let at = at % (chars.len() + 1);
        let end = (at + len).min(chars.len());
        chars[..at].iter().chain(with.chars().collect::<Vec<_>>().iter()).chain(chars[end..].iter()).collect()
    }

    fn state(diwan: &Diwan) -> (usize, usize, usize) {
        let read = diwan.store.read();
        (read.memory_size().expect("size"), read.glossary().expect("glossary").len(), trail(diwan).len())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]

        /// Whatever the damage, an import is whole or changes nothing.
        #[test]
        fn a_damaged_file_is_imported_whole_or_not_at_all(
            at in 0usize..600,
            len in 0usize..40,
            with in prop_oneof![Just(""), Just("<"), Just("&"), Just("\""), Just(","), Just("\n"), Just("</tu>"), Just("xml:lang=\"??\"")],
        ) {
            let mut diwan = Diwan::open_in_memory(testing::clock).expect("open");
            let mission = diwan.add_sample_mission().expect("mission").code;
            diwan.add_user("amina", "Amina", &[format!("admin@{mission}")], &[]).expect("administrator");
            let before = state(&diwan);
            let tmx = damaged(TMX, at, len, with);
            match diwan.import_tmx(None, &tmx) {
                Ok(report) => prop_assert_eq!(state(&diwan).0, before.0 + usize::try_from(report.added).expect("count")),
                Err(_) => prop_assert_eq!(state(&diwan), before),
            }
            let before = state(&diwan);
            let csv = damaged(CSV, at % CSV.chars().count(), len, with);
            match diwan.import_glossary_csv("amina", &csv) {
                Ok(report) => prop_assert_eq!(state(&diwan).1, before.1 + usize::try_from(report.added).expect("count")),
                Err(_) => prop_assert_eq!(state(&diwan), before),
            }
        }
    }
}

#[test]
fn the_language_check_names_each_sentence_in_another_language_and_skips_glossary_names() {
    let mut diwan = testing::demo();
    let text =
        "L’ambassadeur a reçu une délégation d’investisseurs.\nThe ambassador received 12 investors at the embassy.";
    let found = diwan.language_check(text, "fr").expect("checked");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].check, QaCheckName::Language);
    assert_eq!(found[0].message.code, "qa-language");
    assert_eq!(found[0].position, Some(54));
    assert!(diwan.language_check(text.lines().next().unwrap(), "fr").expect("checked").is_empty());
    // A name the glossary keeps in English is not English in a French post.
    let named = "The Friends of the Embassy Society remercie ses membres.";
    assert_eq!(diwan.language_check(named, "fr").expect("checked").len(), 1);
    let term = TermDto {
        id: None,
        ar: String::new(),
        fr: String::new(),
        en: "The Friends of the Embassy Society".into(),
        note: None,
        do_not_translate: true,
    };
    diwan.save_term("amina", &term).expect("saved");
    assert!(diwan.language_check(named, "fr").expect("checked").is_empty());
    assert!(diwan.language_check(text, "xx-not a language").is_err());
}
