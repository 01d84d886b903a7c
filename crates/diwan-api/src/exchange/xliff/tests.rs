use proptest::prelude::*;

use super::*;

fn lang(code: &str) -> LanguageCode {
    LanguageCode::parse(code).expect("language")
}

fn file() -> XliffFile {
    XliffFile {
        mission: "DZ-FR-PAR".into(),
        source_language: lang("ar"),
        target_language: lang("fr"),
        units: vec![
            XliffUnit {
                post: 42,
                source: "قدّم السفير أوراق اعتماده <رسمياً> & شكراً".into(),
                source_hash: "ab".repeat(32),
                target: String::new(),
                state: "initial".into(),
            },
            XliffUnit {
                post: 43,
                source: "زار المعرض 12 ألف شخص.".into(),
                source_hash: "cd".repeat(32),
                target: "12 000 personnes ont visité l’exposition.".into(),
                state: "translated".into(),
            },
        ],
    }
}

#[test]
fn what_diwan_writes_is_valid_xliff_and_reads_back_the_same() {
    let written = write(&file());
    validate(&written).expect("valid against the OASIS core schema");
    assert_eq!(read(&written).expect("read"), file());
}

#[test]
fn a_file_the_schema_refuses_is_refused_with_its_line() {
    // The first <segment> (line 6) without its <source> (line 7).
    let written = write(&file());
    let broken: String = written.lines().enumerate().filter(|(i, _)| *i != 6).map(|(_, l)| format!("{l}\n")).collect();
    let error = validate(&broken).expect_err("invalid");
    assert_eq!(error.problem, ImportProblem::SchemaInvalid, "{error:?}");
    assert_eq!(error.line, 6, "{error:?}");
    let not_xliff = "<xliff xmlns=\"urn:other\" version=\"2.1\" srcLang=\"ar\"/>";
    assert_eq!(validate(not_xliff).expect_err("other namespace").problem, ImportProblem::SchemaInvalid);
    assert_eq!(validate("<xliff").expect_err("malformed").problem, ImportProblem::Malformed);
}

#[test]
fn a_unit_id_diwan_did_not_write_is_refused() {
    let renamed = write(&file()).replace("post-42", "p42");
    assert_eq!(read(&renamed).expect_err("unknown").problem, ImportProblem::UnknownUnit);
}

#[test]
fn a_cat_tools_inline_markup_keeps_its_text() {
    let tool = write(&file()).replace(
        "<target>12 000 personnes ont visité l’exposition.</target>",
        "<target><pc id=\"1\">12 000</pc> personnes ont visité <ph id=\"2\"/>l’exposition.</target>",
    );
    assert_eq!(read(&tool).expect("read").units[1].target, "12 000 personnes ont visité l’exposition.");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn no_cut_of_a_valid_file_makes_the_reader_panic(cut in 0usize..2000) {
        let written = write(&file());
        let end = written.char_indices().map(|(i, _)| i).nth(cut).unwrap_or(written.len());
        let _ = read(&written[..end]);
    }
}
