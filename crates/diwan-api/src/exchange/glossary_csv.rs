//! The glossary as CSV (UTF-8, a header row), as a spreadsheet saves it:
//! columns `ar`, `fr`, `en`, `note`, `do_not_translate`, in any order
//! (`note` and `do_not_translate` may be left out).

use diwan_core::translation::glossary::{NewTerm, Term, TermId};

use super::{csv_column, csv_records, ImportError, ImportProblem};

const FORMAT: &str = "CSV";
const COLUMNS: [&str; 5] = ["ar", "fr", "en", "note", "do_not_translate"];

/// The glossary as CSV, a header row first.
pub fn write(terms: &[Term]) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    // Writing to memory cannot fail; a record of plain strings always encodes.
    let _ = writer.write_record(COLUMNS);
    for term in terms {
        let flag = if term.do_not_translate { "yes" } else { "no" };
        let _ = writer.write_record([&term.ar, &term.fr, &term.en, term.note.as_deref().unwrap_or(""), flag]);
    }
    writer.into_inner().map(|bytes| String::from_utf8_lossy(&bytes).into_owned()).unwrap_or_default()
}

/// Every row as a checked term (ids are given by the store later), or the
/// first problem with its line.
pub fn read(text: &str) -> Result<Vec<NewTerm>, ImportError> {
    let (headers, records) = csv_records(text, FORMAT)?;
    let column = |name: &str| csv_column(&headers, name);
    let (ar, fr, en) = match (column("ar"), column("fr"), column("en")) {
        (Some(ar), Some(fr), Some(en)) => (ar, fr, en),
        _ => return Err(ImportError::new(FORMAT, 1, ImportProblem::HeaderInvalid, "ar, fr, en")),
    };
    let (note, flag) = (column("note"), column("do_not_translate"));
    let mut terms = Vec::new();
    for record in records {
        let (line, record) = record?;
        let field = |index: Option<usize>| index.and_then(|i| record.get(i)).unwrap_or("").to_owned();
        let do_not_translate = match field(flag).trim().to_lowercase().as_str() {
            "" | "no" | "false" | "0" | "non" | "لا" => false,
            "yes" | "true" | "1" | "oui" | "نعم" => true,
            other => return Err(ImportError::new(FORMAT, line, ImportProblem::RecordInvalid, other)),
        };
        let new = NewTerm {
            ar: field(Some(ar)),
            fr: field(Some(fr)),
            en: field(Some(en)),
            note: Some(field(note)),
            do_not_translate,
        };
        // Checked now so that the line can be named; the store gives the id.
        let checked = new.clone().validate(TermId(0)).map_err(|_| super::refused_row(FORMAT, line, &record))?;
        terms.push(NewTerm {
            ar: checked.ar,
            fr: checked.fr,
            en: checked.en,
            note: checked.note,
            do_not_translate: checked.do_not_translate,
        });
    }
    Ok(terms)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn the_glossary_round_trips_through_csv_with_commas_quotes_and_arabic() {
        let terms = vec![
            Term {
                id: TermId(1),
                ar: "وزارة الشؤون الخارجية".into(),
                fr: "ministère des Affaires étrangères".into(),
                en: "Ministry of Foreign Affairs".into(),
                note: Some("Majuscule à « Affaires », pas à « étrangères »".into()),
                do_not_translate: false,
            },
            Term {
                id: TermId(2),
                ar: "ديوان".into(),
                fr: "Diwan".into(),
                en: "Diwan, the app".into(),
                note: None,
                do_not_translate: true,
            },
        ];
        let read_back = read(&write(&terms)).expect("read");
        assert_eq!(read_back.len(), 2);
        assert_eq!(read_back[0].note.as_deref(), terms[0].note.as_deref());
        assert_eq!((read_back[1].en.as_str(), read_back[1].do_not_translate), ("Diwan, the app", true));
    }

    #[test]
    fn columns_may_come_in_any_order_and_a_spreadsheets_bom_is_skipped() {
        let csv = "\u{feff}EN,ar,Fr\nembassy,سفارة,ambassade\n";
        let terms = read(csv).expect("read");
        assert_eq!(
            (terms[0].ar.as_str(), terms[0].fr.as_str(), terms[0].en.as_str()),
            ("سفارة", "ambassade", "embassy")
        );
    }

    #[test]
    fn a_bad_file_names_its_line() {
        assert_eq!(read("arabic,french\nx,y\n").expect_err("header").problem, ImportProblem::HeaderInvalid);
        let error = read("ar,fr,en\nسفارة,ambassade,embassy\n,,\n").expect_err("empty term");
        assert_eq!((error.problem, error.line), (ImportProblem::RecordInvalid, 3));
        let error = read("ar,fr,en\nسفارة,ambassade\n").expect_err("short row");
        assert_eq!((error.problem, error.line), (ImportProblem::Malformed, 2));
        let error = read("ar,fr,en,do_not_translate\nسفارة,ambassade,embassy,maybe\n").expect_err("flag");
        assert_eq!((error.problem, error.line, error.detail.as_str()), (ImportProblem::RecordInvalid, 2, "maybe"));
    }

    proptest! {
        #[test]
        fn no_input_makes_the_reader_panic(text in "[a-z,\"\n بت]{0,120}") {
            let _ = read(&text);
        }
    }
}
