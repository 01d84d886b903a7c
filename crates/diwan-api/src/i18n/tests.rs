use std::collections::BTreeSet;
use std::path::Path;

use fluent_syntax::ast::{self, Entry, Expression, PatternElement, VariantKey};

use super::*;

const PLURAL_CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

fn parse(locale: UiLocale) -> ast::Resource<&'static str> {
    let source = SOURCES.iter().find(|(l, _)| *l == locale).map(|(_, s)| *s).unwrap_or_default();
    fluent_syntax::parser::parse(source).unwrap_or_else(|(_, errors)| panic!("{locale}: {errors:?}"))
}

fn message_ids(resource: &ast::Resource<&str>) -> BTreeSet<String> {
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

/// The variant keys of every select expression in a pattern, nested ones too.
fn select_keys<'s>(pattern: &ast::Pattern<&'s str>, out: &mut Vec<Vec<&'s str>>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression: Expression::Select { variants, .. } } = element {
            out.push(
                variants
                    .iter()
                    .map(|v| match &v.key {
                        VariantKey::Identifier { name } => *name,
                        VariantKey::NumberLiteral { value } => *value,
                    })
                    .collect(),
            );
            for variant in variants {
                select_keys(&variant.value, out);
            }
        }
    }
}

fn plural_selects(resource: &ast::Resource<&'static str>) -> Vec<(String, Vec<&'static str>)> {
    let mut found = Vec::new();
    for entry in &resource.body {
        if let Entry::Message(ast::Message { id, value: Some(pattern), .. }) = entry {
            let mut selects = Vec::new();
            select_keys(pattern, &mut selects);
            for keys in selects {
                // A select on a number uses CLDR category names as keys.
                if keys.iter().any(|k| PLURAL_CATEGORIES.contains(k)) {
                    found.push((id.name.to_owned(), keys));
                }
            }
        }
    }
    found
}

#[test]
fn every_locale_parses_without_errors() {
    for locale in UiLocale::ALL {
        parse(locale);
    }
}

#[test]
fn every_message_id_exists_in_ar_fr_and_en() {
    let en = message_ids(&parse(UiLocale::En));
    for locale in [UiLocale::Ar, UiLocale::Fr] {
        let other = message_ids(&parse(locale));
        let missing: Vec<_> = en.difference(&other).collect();
        let extra: Vec<_> = other.difference(&en).collect();
        assert!(missing.is_empty() && extra.is_empty(), "{locale}: missing {missing:?}, extra {extra:?}");
    }
}

#[test]
fn arabic_plurals_cover_every_cldr_category() {
    let selects = plural_selects(&parse(UiLocale::Ar));
    assert!(!selects.is_empty(), "the test must see at least one plural");
    for (id, keys) in selects {
        for category in PLURAL_CATEGORIES {
            assert!(keys.contains(&category), "ar {id}: plural lacks [{category}]");
        }
    }
}

#[test]
fn a_plural_in_english_or_french_is_a_plural_in_arabic_too() {
    let arabic: BTreeSet<String> = plural_selects(&parse(UiLocale::Ar)).into_iter().map(|(id, _)| id).collect();
    for locale in [UiLocale::En, UiLocale::Fr] {
        for (id, keys) in plural_selects(&parse(locale)) {
            assert!(keys.contains(&"one") && keys.contains(&"other"), "{locale} {id}: needs [one] and [other]");
            assert!(arabic.contains(&id), "{id} counts something in {locale} but not in ar");
        }
    }
}

#[test]
fn arabic_picks_a_different_form_for_each_category() {
    let ar = Localizer::new(UiLocale::Ar);
    let form = |n: i64| ar.message("missions-count", &[("count", MessageArg::Number(n))]);
    assert_eq!(form(0), "لا توجد بعثات");
    assert_eq!(form(1), "بعثة واحدة");
    assert_eq!(form(2), "بعثتان");
    assert_eq!(form(3), "3 بعثات");
    assert_eq!(form(11), "11 بعثة");
    assert_eq!(form(100), "100 بعثة");
    let en = Localizer::new(UiLocale::En);
    assert_eq!(en.message("missions-count", &[("count", MessageArg::Number(1))]), "1 mission");
}

#[test]
fn every_message_id_named_in_rust_exists() {
    // Ids are string literals such as "error-mission-exists" or "cli-init-done"
    // in the crates' sources; each must be in the English file (and so in all).
    let en = message_ids(&parse(UiLocale::En));
    let crates = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut checked = 0;
    let mut stack = vec![crates];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("read dir").filter_map(Result::ok) {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let source = std::fs::read_to_string(&path).expect("read source");
                for literal in source.split('"').skip(1).step_by(2) {
                    let is_id = ["error-", "cli-", "audit-", "qa-"].iter().any(|prefix| literal.starts_with(prefix))
                        && literal.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
                    if is_id {
                        checked += 1;
                        assert!(en.contains(literal), "{} names {literal:?}, which no .ftl has", path.display());
                    }
                }
            }
        }
    }
    assert!(checked > 10, "found only {checked} ids: the scan is broken");
}

#[test]
fn negotiation_maps_posix_locales_to_ours() {
    assert_eq!(Localizer::negotiate(&["fr-CA"]), UiLocale::Fr);
    assert_eq!(Localizer::negotiate(&["de", "ar-DZ"]), UiLocale::Ar);
    assert_eq!(Localizer::negotiate(&["de"]), UiLocale::En);
    assert_eq!(posix_to_bcp47("ar_DZ.UTF-8@latin"), "ar-DZ");
    assert_eq!(Localizer::locale_from_env(Some("fr")), UiLocale::Fr);
}

#[test]
fn messages_are_formatted_without_isolation_marks_for_terminals() {
    let fr = Localizer::new(UiLocale::Fr);
    let text = fr.message("error-mission-exists", &[("code", "DZ-FR-PAR".into())]);
    assert_eq!(text, "Une mission de code DZ-FR-PAR existe déjà.");
    assert_eq!(fr.message("no-such-id", &[]), "no-such-id");
}

/// The UI shows the core's lists (through the `vocabulary` command) by
/// these ids: every value of each has its message in every language.
#[test]
fn every_name_the_core_lists_has_a_message() {
    use diwan_core::post::{Category, PostStage, VariantState};
    use diwan_core::preferences::Digits;
    use diwan_core::translation::qa::QaCheck;
    use diwan_core::translation::TranslationNeed;
    use diwan_core::user::Role;

    for locale in UiLocale::ALL {
        let ids = message_ids(&parse(locale));
        let wanted = PostStage::ALL
            .iter()
            .map(|s| format!("post-state-{s}"))
            .chain(Category::ALL.iter().map(|c| format!("category-{c}")))
            .chain(Role::ALL.iter().map(|r| format!("role-{r}")))
            .chain(VariantState::ALL.iter().map(|v| format!("variant-state-{v}")))
            .chain(TranslationNeed::ALL.iter().map(|n| format!("translation-need-{n}")))
            .chain(QaCheck::ALL.iter().map(|c| format!("qa-check-{c}")))
            .chain(Digits::ALL.iter().map(|d| format!("settings-digits-{d}")))
            .chain(
                diwan_core::audit::AuditAction::NAMES.iter().map(|a| format!("audit-action-{}", a.replace('.', "-"))),
            );
        let missing: Vec<String> = wanted.filter(|id| !ids.contains(id)).collect();
        assert!(missing.is_empty(), "{locale}: {missing:?}");
    }
}
