//! The ministry's list of days as CSV (UTF-8, a header row): columns
//! `date` (`MM-DD` every year, `YYYY-MM-DD` once), `kind` (`international`,
//! `anniversary`, `mourning`), `ar`, `fr`, `en`, in any order.

use diwan_core::ministry_days::MinistryDay;

use super::{csv_column, csv_records, ImportError, ImportProblem};

const FORMAT: &str = "CSV";
const COLUMNS: [&str; 5] = ["date", "kind", "ar", "fr", "en"];

/// The list as CSV, a header row first.
pub fn write(days: &[MinistryDay]) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    // Writing to memory cannot fail; a record of plain strings always encodes.
    let _ = writer.write_record(COLUMNS);
    for d in days {
        let _ = writer.write_record([d.date_text().as_str(), d.kind.as_str(), &d.ar, &d.fr, &d.en]);
    }
    writer.into_inner().map(|bytes| String::from_utf8_lossy(&bytes).into_owned()).unwrap_or_default()
}

/// Every row as a checked day, or the first problem with its line.
pub fn read(text: &str) -> Result<Vec<MinistryDay>, ImportError> {
    let (headers, records) = csv_records(text, FORMAT)?;
    let [Some(date), Some(kind), Some(ar), Some(fr), Some(en)] = COLUMNS.map(|name| csv_column(&headers, name)) else {
        return Err(ImportError::new(FORMAT, 1, ImportProblem::HeaderInvalid, COLUMNS.join(", ")));
    };
    let mut days = Vec::new();
    for record in records {
        let (line, record) = record?;
        let field = |index: usize| record.get(index).unwrap_or("");
        let day = MinistryDay::parse(field(date), field(kind), [field(ar), field(fr), field(en)])
            .map_err(|_| super::refused_row(FORMAT, line, &record))?;
        days.push(day);
    }
    Ok(days)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_round_trips_with_commas_quotes_and_arabic_and_a_bad_row_is_named() {
        let text = "date,kind,ar,fr,en\n05-03,international,اليوم العالمي لحرية الصحافة,\"Journée mondiale de la liberté de la presse\",World Press Freedom Day\n2026-10-14,anniversary,,\"60 ans de relations, 1966–2026\",\n";
        let days = read(text).expect("read");
        assert_eq!(days.len(), 2);
        assert_eq!(days[1].fr, "60 ans de relations, 1966–2026");
        assert_eq!(read(&write(&days)).expect("again"), days);

        let bad = "date,kind,ar,fr,en\n05-03,international,,,Press\n02-30,international,,,Nowhere\n";
        let error = read(bad).expect_err("refused");
        assert_eq!((error.line, error.problem), (3, ImportProblem::RecordInvalid));
        let header = read("when,what\n05-03,international\n").expect_err("refused");
        assert_eq!(header.problem, ImportProblem::HeaderInvalid);
    }
}
