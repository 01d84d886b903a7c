//! One `check` helper, one case per rule: what the check finds, and what it
//! leaves alone.

use super::*;
use crate::account::AccountId;
use crate::platform::{Platform, TextProblem};
use crate::translation::glossary::{NewTerm, TermId};

fn lang(code: &str) -> LanguageCode {
    LanguageCode::parse(code).expect("language")
}

/// The issues of translating `source` (in `from`) as `target` (in `to`), as
/// `(check, detail, position)` triples.
fn issues(from: &str, source: &str, to: &str, target: &str) -> Vec<(&'static str, String, Option<usize>)> {
    issues_with(from, source, to, target, &QaContext::default())
}

fn issues_with(
    from: &str,
    source: &str,
    to: &str,
    target: &str,
    context: &QaContext<'_>,
) -> Vec<(&'static str, String, Option<usize>)> {
    check(source, &lang(from), target, &lang(to), context)
        .into_iter()
        .map(|i| (i.check.as_str(), i.detail, i.position))
        .collect()
}

fn checks(found: &[(&'static str, String, Option<usize>)]) -> Vec<&'static str> {
    found.iter().map(|(check, _, _)| *check).collect()
}

#[test]
fn a_faithful_french_translation_passes() {
    let source = "استقبل السفير وفد #الجزائر_فرنسا يوم 12 ديسمبر: https://example.org/a?b=1 @AlgerieFrance";
    let target = "L’ambassadeur a reçu la délégation #الجزائر_فرنسا le 12\u{a0}décembre\u{202f}: https://example.org/a?b=1 @AlgerieFrance";
    assert_eq!(issues("ar", source, "fr", target), []);
}

#[test]
fn links_hashtags_and_mentions_must_be_carried_over() {
    let found = issues("fr", "Voir https://gov.dz/x #Diplomatie @ONU", "en", "See the page");
    assert_eq!(checks(&found), ["links", "hashtags", "mentions"]);
    assert_eq!(found[0].1, "https://gov.dz/x");
    // Case and accents of a hashtag or mention do not matter.
    assert_eq!(issues("fr", "Voir #Diplomatie @ONU", "en", "See #diplomatie @onu"), []);
}

#[test]
fn arabic_indic_and_latin_digits_are_the_same_number() {
    assert_eq!(issues("ar", "في عام ٢٠٢٤ وصل ١٥ وفداً", "en", "In 2024, 15 delegations came"), []);
    let found = issues("ar", "في عام ٢٠٢٤ وصل ١٥ وفداً", "en", "In 2025, 15 delegations came");
    assert_eq!(found, [("numbers", "2024".to_owned(), None)]);
    // A number inside a link is the link's business.
    assert_eq!(checks(&issues("en", "See https://x.com/s/123", "fr", "Voir https://x.com/s/123")), Vec::<&str>::new());
}

#[test]
fn glossary_terms_found_in_the_source_must_be_respected() {
    let terms = [
        NewTerm {
            ar: "أوراق الاعتماد".into(),
            fr: "lettres de créance".into(),
            en: "letters of credence".into(),
            ..NewTerm::default()
        }
        .validate(TermId(1))
        .expect("term"),
        NewTerm {
            ar: "ديوان".into(),
            fr: "Diwan".into(),
            en: "Diwan".into(),
            do_not_translate: true,
            ..NewTerm::default()
        }
        .validate(TermId(2))
        .expect("term"),
    ];
    let context = QaContext { glossary: &terms, ..QaContext::default() };
    let source = "قدّم السفير أوراق الاعتماد عبر ديوان";
    let wrong = issues_with("ar", source, "en", "The ambassador presented his credentials via the registry", &context);
    assert_eq!(checks(&wrong), ["glossary", "glossary"]);
    assert_eq!((wrong[0].1.as_str(), wrong[1].1.as_str()), ("letters of credence", "ديوان"));
    let right = "The ambassador presented his Letters of Credence via ديوان";
    assert_eq!(issues_with("ar", source, "en", right, &context), []);
}

#[test]
fn a_target_over_an_accounts_limit_is_named() {
    let misfit = Misfit {
        account: AccountId(1),
        handle: "AlgerieFrance".into(),
        platform: Platform::X,
        language: lang("fr"),
        problem: TextProblem::OverLimit { length: 290, limit: 280 },
    };
    let context = QaContext { misfits: vec![misfit], ..QaContext::default() };
    let found = issues_with("ar", "نص", "fr", "Texte", &context);
    assert_eq!(checks(&found), ["limit"]);
    assert!(found[0].1.contains("@AlgerieFrance"));
    assert_eq!(issues_with("ar", "نص", "en", "Text", &context), [], "another language's misfit is not this one's");
}

#[test]
fn a_target_not_written_yet_has_nothing_to_check() {
    assert_eq!(issues("ar", "زار المعرض 12 ألف شخص https://a.dz #معرض", "fr", "  "), []);
}

#[test]
fn a_target_identical_to_the_source_is_flagged() {
    // Left in French, it is also not English.
    assert_eq!(
        checks(&issues("fr", "Communiqué de presse", "en", "Communiqué de presse")),
        ["same-as-source", "language"]
    );
}

#[test]
fn french_wants_a_no_break_space_before_high_punctuation_and_inside_guillemets() {
    let found = issues("ar", "هل؟", "fr", "Vraiment ? Oui! «Non» 14:30 https://a.fr/x?y");
    assert_eq!(
        found,
        [
            ("french-spacing", "?".to_owned(), Some(10)),
            ("french-spacing", "!".to_owned(), Some(15)),
            ("french-spacing", "«".to_owned(), Some(17)),
            ("french-spacing", "»".to_owned(), Some(21)),
        ]
    );
    assert_eq!(issues("ar", "هل؟", "fr", "Vraiment\u{202f}? «\u{a0}Non\u{a0}»\u{202f}!?"), []);
}

#[test]
fn arabic_wants_arabic_punctuation_except_inside_numbers() {
    let found = issues("fr", "Quoi ? Oui, 1,5 million", "ar", "ماذا? نعم, 1,5 مليون");
    assert_eq!(
        found,
        [("arabic-punctuation", "? → ؟".to_owned(), Some(5)), ("arabic-punctuation", ", → ،".to_owned(), Some(10))]
    );
    assert_eq!(issues("fr", "Quoi ? Oui, 1,5", "ar", "ماذا؟ نعم، 1,5"), []);
}

#[test]
fn tatweel_runs_and_bidi_controls_are_flagged_where_they_are() {
    let found = issues("fr", "Beau", "ar", "جميـــل \u{200f}جدا");
    assert_eq!(found, [("tatweel", String::new(), Some(4)), ("bidi-controls", "U+200F".to_owned(), Some(9))]);
}

#[test]
fn arabic_digits_follow_the_missions_setting() {
    let latin = QaContext { digits: Some(Digits::Latin), ..QaContext::default() };
    assert_eq!(checks(&issues_with("fr", "En 2024", "ar", "في ٢٠٢٤", &latin)), ["digits"]);
    let arabic = QaContext { digits: Some(Digits::ArabicIndic), ..QaContext::default() };
    assert_eq!(checks(&issues_with("fr", "En 2024", "ar", "في 2024", &arabic)), ["digits"]);
    assert_eq!(issues("fr", "En 2024", "ar", "في 2024"), [], "no setting, no check");
}

#[test]
fn every_issue_has_a_message_id_named_after_its_check() {
    for check in QaCheck::ALL {
        let issue = QaIssue { check, detail: String::new(), position: None, found: None };
        assert_eq!(issue.message_id(), format!("qa-{}", check.as_str()));
    }
}

#[test]
fn a_translation_pasted_in_another_language_is_flagged_by_its_sentence() {
    let source = "يرحب بلدنا باتفاق وقف إطلاق النار الموقع أمس.";
    let english = "Our country welcomes the ceasefire agreement signed yesterday.";
    let found = check(source, &lang("ar"), english, &lang("fr"), &QaContext::default());
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!((found[0].check, found[0].detail.as_str(), found[0].position), (QaCheck::Language, english, Some(1)));
    assert_eq!(found[0].found, Some(lang("en")));
    assert_eq!(found[0].message_args()[2].0, "found");
    // A glossary name in another language is not a sentence in that language.
    let term = NewTerm {
        ar: String::new(),
        fr: String::new(),
        en: "The Friends of the Embassy Society".into(),
        note: None,
        do_not_translate: true,
    }
    .validate(TermId(1))
    .unwrap();
    let glossary = [term];
    let with_name = QaContext { glossary: &glossary, ..QaContext::default() };
    let named = "The Friends of the Embassy Society remercie ses membres.";
    assert!(check(named, &lang("fr"), named, &lang("fr"), &with_name).is_empty());
    assert_eq!(
        checks(&issues("fr", named, "fr", named)),
        ["language"],
        "without the glossary, the name reads as English"
    );
    let french = "Notre pays salue l'accord de cessez-le-feu signé hier.";
    assert!(check(source, &lang("ar"), french, &lang("fr"), &QaContext::default()).is_empty());
}
