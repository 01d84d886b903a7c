//! The language check measured on real sentences: `tests/language/{ar,fr,en}.txt`
//! (what they are: `tests/language/README.md`). For each language, the
//! precision (of the sentences identified as it, how many are) and the recall
//! (of its sentences, how many are identified as it; a sentence not judged
//! counts against recall, never against precision). The README's figures come
//! from `cargo test -p diwan-core --test language_corpus -- --nocapture`.

use diwan_core::language_check::identify;

const LANGUAGES: [&str; 3] = ["ar", "fr", "en"];

fn corpus(language: &str) -> Vec<String> {
    let path = format!("{}/tests/language/{language}.txt", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    text.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_owned).collect()
}

#[test]
fn each_language_is_identified_precisely_on_real_sentences() {
    let mut identified_as = std::collections::HashMap::<(&str, String), usize>::new();
    let mut totals = std::collections::HashMap::new();
    for language in LANGUAGES {
        let sentences = corpus(language);
        assert!(sentences.len() >= 200, "{language}: {} sentences, the corpus needs 200", sentences.len());
        totals.insert(language, sentences.len());
        for sentence in sentences {
            let found = identify(&sentence).map_or("none".to_owned(), |l| l.as_str().to_owned());
            if found != language && found != "none" {
                eprintln!("{language} sentence read as {found}: {sentence}");
            }
            *identified_as.entry((language, found)).or_default() += 1;
        }
    }
    let count = |truth: &str, found: &str| identified_as.get(&(truth, found.to_owned())).copied().unwrap_or(0);
    println!("language  sentences  precision  recall  not judged");
    for language in LANGUAGES {
        let right = count(language, language);
        let claimed: usize = LANGUAGES.iter().map(|truth| count(truth, language)).sum();
        let precision = right as f64 / claimed.max(1) as f64;
        let recall = right as f64 / totals[language] as f64;
        println!(
            "{language:<8}  {:>9}  {precision:>9.3}  {recall:>6.3}  {:>10}",
            totals[language],
            count(language, "none")
        );
        // A wrong flag makes a translator override a check: precision first.
        assert!(precision >= 0.99, "{language}: precision {precision:.3}");
        assert!(recall >= 0.9, "{language}: recall {recall:.3}");
    }
}
