use chrono::TimeZone;
use diwan_core::translation::glossary::NewTerm;
use diwan_core::translation::memory::query_words;

use super::*;
use crate::Store;

fn lang(code: &str) -> LanguageCode {
    LanguageCode::parse(code).expect("language")
}

fn at(day: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, day, 9, 0, 0).single().expect("time")
}

fn unit(source: &str, target: &str, author: &str, day: u32) -> MemoryUnit {
    MemoryUnit {
        source_language: lang("ar"),
        target_language: lang("fr"),
        source: source.into(),
        target: target.into(),
        author: author.into(),
        at: at(day),
    }
}

fn candidates(store: &Store, segment: &str) -> Vec<String> {
    store
        .read()
        .memory_candidates(&lang("ar"), &lang("fr"), &query_words(segment), 10)
        .expect("lookup")
        .into_iter()
        .map(|u| u.target)
        .collect()
}

#[test]
fn a_large_import_tells_how_many_pairs_are_in() {
    let mut store = Store::open_in_memory().expect("open");
    let units: Vec<MemoryUnit> =
        (0..3000).map(|n| unit(&format!("جملة {n}"), &format!("phrase {n}"), "lina", 1)).collect();
    let mut seen = Vec::new();
    store
        .write(|w| {
            w.add_memory_units_with(&units, OnConflict::KeepExisting, &mut |done, total| seen.push((done, total)))
        })
        .expect("add");
    assert_eq!(seen, vec![(0, 3000), (1024, 3000), (2048, 3000), (3000, 3000)]);
}

#[test]
fn the_memory_finds_pairs_by_folded_words_and_keeps_each_pair_once() {
    let mut store = Store::open_in_memory().expect("open");
    let added = store
        .write(|w| {
            w.add_memory_units(
                &[
                    unit("استقبل السفيرُ وفداً اقتصادياً", "L’ambassadeur a reçu une délégation économique", "lina", 1),
                    unit("الطقس جميل", "Il fait beau", "lina", 1),
                ],
                OnConflict::KeepNewest,
            )
        })
        .expect("add");
    assert_eq!(added, MemoryAdded { added: 2, refreshed: 0 });
    // Without tashkeel, with another alef: still found; an unrelated pair is not.
    assert_eq!(candidates(&store, "أستقبل السفير الوفد"), ["L’ambassadeur a reçu une délégation économique"]);
    assert!(candidates(&store, "مؤتمر صحفي").is_empty());
    // Only the asked language pair.
    let english = store.read().memory_candidates(&lang("ar"), &lang("en"), &query_words("السفير"), 10).expect("lookup");
    assert!(english.is_empty());

    let again = store
        .write(|w| w.add_memory_units(&[unit("الطقس جميل", "Il fait beau", "omar", 3)], OnConflict::KeepNewest))
        .expect("add again");
    assert_eq!(again, MemoryAdded { added: 0, refreshed: 1 });
    let units = store.read().memory_units().expect("all");
    assert_eq!(units.len(), 2, "one row per pair");
    assert_eq!(units[1].author, "omar", "the newest author");
    // An import or an approval only confirms a pair: its translator stays.
    store
        .write(|w| w.add_memory_units(&[unit("الطقس جميل", "Il fait beau", "approver", 4)], OnConflict::KeepExisting))
        .expect("confirm");
    assert_eq!(store.read().memory_units().expect("all")[1].author, "omar");
    // An older copy of a pair does not overwrite a newer one.
    store
        .write(|w| w.add_memory_units(&[unit("الطقس جميل", "Il fait beau", "old", 2)], OnConflict::KeepNewest))
        .expect("add older");
    assert_eq!(store.read().memory_units().expect("all")[1].author, "omar");
}

#[test]
fn a_word_that_looks_like_an_operator_is_only_a_word() {
    let mut store = Store::open_in_memory().expect("open");
    store
        .write(|w| w.add_memory_units(&[unit("OR NOT \"x\" NEAR", "mots", "lina", 1)], OnConflict::KeepNewest))
        .expect("add");
    assert_eq!(candidates(&store, "OR NOT \"x\" NEAR"), ["mots"]);
}

#[test]
fn glossary_terms_are_added_changed_and_removed() {
    let mut store = Store::open_in_memory().expect("open");
    let new = NewTerm { ar: "سفارة".into(), fr: "ambassade".into(), en: "embassy".into(), ..NewTerm::default() };
    let id = store
        .write(|w| {
            let term = new.validate(w.next_term_id()?).map_err(StoreError::invalid)?;
            w.insert_term(&term, at(1))?;
            Ok::<_, StoreError>(term.id)
        })
        .expect("insert");
    let mut term = store.read().glossary().expect("read").remove(0);
    assert_eq!((term.id, term.fr.as_str()), (id, "ambassade"));
    term.do_not_translate = true;
    store.write(|w| w.update_term(&term, at(2))).expect("update");
    assert!(store.read().glossary().expect("read")[0].do_not_translate);
    store.write(|w| w.delete_term(id)).expect("delete");
    assert!(store.read().glossary().expect("read").is_empty());
    assert!(matches!(store.write(|w| w.delete_term(id)), Err(StoreError::NotFound { .. })));
}

#[test]
fn a_lookup_asks_the_index_for_the_segments_rarest_words_only() {
    let mut store = Store::open_in_memory().expect("open");
    let mut units: Vec<MemoryUnit> =
        (0..30).map(|n| unit(&format!("في السفارة خبر رقم {n}"), &format!("n{n}"), "lina", 1)).collect();
    units.push(unit("في السفارة معرض للخط العربي", "exposition", "lina", 2));
    store.write(|w| w.add_memory_units(&units, OnConflict::KeepNewest)).expect("add");
    let words: Vec<String> = ["في", "السفارة", "معرض", "غائب"].iter().map(|w| (*w).to_owned()).collect();
    // "معرض" is in one unit, the others in all; "غائب" in none.
    assert_eq!(store.read().rarest_words(&words, 2).expect("words"), ["معرض", "في"]);
    assert_eq!(candidates(&store, "معرض في السفارة")[0], "exposition", "the unit with the rare word ranks first");
}

#[test]
fn a_lookup_of_three_or_more_words_asks_for_units_that_share_two() {
    let words = |list: &[&str]| list.iter().map(|w| (*w).to_owned()).collect::<Vec<_>>();
    assert_eq!(memory_match_query(&words(&["a", "b"])), "\"a\" OR \"b\"");
    assert_eq!(
        memory_match_query(&words(&["a", "b", "c"])),
        "(\"a\" AND \"b\") OR (\"a\" AND \"c\") OR (\"b\" AND \"c\")"
    );
    let mut store = Store::open_in_memory().expect("open");
    let units = [unit("خبر عاجل من السفارة", "both", "lina", 1), unit("خبر عن الطقس", "one", "lina", 1)];
    store.write(|w| w.add_memory_units(&units, OnConflict::KeepNewest)).expect("add");
    assert_eq!(candidates(&store, "عاجل من السفارة اليوم"), ["both"], "one shared word is not enough");
}
