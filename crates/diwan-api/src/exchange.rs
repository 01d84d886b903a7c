//! The files Diwan exchanges with other tools: TMX 1.4 for the translation
//! memory, CSV for the glossary, XLIFF 2.1 for translations done in CAT tools. Reading a file either gives every record
//! or one error that names the line and what is wrong; the use cases then
//! write everything in one transaction, so a bad file changes nothing.

pub mod glossary_csv;
pub mod ministry_days_csv;
pub mod tmx;
pub mod xliff;

use diwan_core::{Localized, MessageArg};

/// What is wrong with an imported file, at which line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{format} line {line}: {problem:?} {detail}")]
pub struct ImportError {
    /// "TMX", "CSV", "XLIFF".
    pub format: &'static str,
    /// From 1; 0 when the file as a whole is wrong.
    pub line: u32,
    pub problem: ImportProblem,
    /// The offending value, or the parser's own words for malformed XML.
    pub detail: String,
}

/// The kinds of problem an import reports, each with its own message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportProblem {
    /// Not well-formed XML (or not UTF-8).
    Malformed,
    /// Well-formed, but not the expected kind of document.
    WrongDocument,
    /// A unit without a source-language text, or without any translation.
    UnitIncomplete,
    LanguageInvalid,
    DateInvalid,
    /// A CSV header that lacks a required column.
    HeaderInvalid,
    /// A record the domain refuses (e.g. a glossary term with no form).
    RecordInvalid,
    /// Well-formed XML that its schema refuses.
    SchemaInvalid,
    /// A unit whose id names nothing Diwan exported.
    UnknownUnit,
    /// A unit whose source changed since it was exported.
    SourceChanged,
    /// A file in other languages than the posts it names.
    LanguageMismatch,
    /// A CSV file that is none of the engagement exports Diwan reads.
    UnknownExport,
}

/// One CSV record with its line, or why its line is malformed.
pub(crate) type CsvRecord = Result<(u32, csv::StringRecord), ImportError>;

/// A CSV file (UTF-8, a byte-order mark allowed, a header row): its header,
/// and its records in order, each with its line or the malformed line's
/// error. The glossary's and the ministry's days read through it.
pub(crate) fn csv_records<'t>(
    text: &'t str,
    format: &'static str,
) -> Result<(csv::StringRecord, impl Iterator<Item = CsvRecord> + 't), ImportError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new().flexible(false).from_reader(text.as_bytes());
    let headers =
        reader.headers().map_err(|e| ImportError::new(format, 1, ImportProblem::Malformed, e.to_string()))?.clone();
    let records = reader.into_records().map(move |record| {
        record.map(|record| (csv_line(record.position()), record)).map_err(|e| csv_malformed(format, &e))
    });
    Ok((headers, records))
}

/// The line (from 1) a CSV position is on; 0 when the reader gives none.
pub(crate) fn csv_line(position: Option<&csv::Position>) -> u32 {
    position.map_or(0, |p| u32::try_from(p.line()).unwrap_or(u32::MAX))
}

/// A CSV file the reader cannot read, at the line it stopped.
pub(crate) fn csv_malformed(format: &'static str, error: &csv::Error) -> ImportError {
    ImportError::new(format, csv_line(error.position()), ImportProblem::Malformed, error.to_string())
}

/// A CSV row the domain refuses, named by its line and shown as written:
/// the domain's own words are English and the person reads their language.
pub(crate) fn refused_row(format: &'static str, line: u32, record: &csv::StringRecord) -> ImportError {
    ImportError::new(format, line, ImportProblem::RecordInvalid, record.iter().collect::<Vec<_>>().join(","))
}

/// The position of the column `name` in `headers` (trimmed, any case).
pub(crate) fn csv_column(headers: &csv::StringRecord, name: &str) -> Option<usize> {
    headers.iter().position(|h| h.trim().eq_ignore_ascii_case(name))
}

impl ImportError {
    pub fn new(format: &'static str, line: u32, problem: ImportProblem, detail: impl Into<String>) -> Self {
        Self { format, line, problem, detail: detail.into() }
    }
}

impl Localized for ImportError {
    fn message_id(&self) -> &'static str {
        match self.problem {
            ImportProblem::Malformed => "error-import-malformed",
            ImportProblem::WrongDocument => "error-import-wrong-document",
            ImportProblem::UnitIncomplete => "error-import-unit-incomplete",
            ImportProblem::LanguageInvalid => "error-import-language-invalid",
            ImportProblem::DateInvalid => "error-import-date-invalid",
            ImportProblem::HeaderInvalid => "error-import-header-invalid",
            ImportProblem::RecordInvalid => "error-import-record-invalid",
            ImportProblem::SchemaInvalid => "error-import-schema-invalid",
            ImportProblem::UnknownUnit => "error-import-unknown-unit",
            ImportProblem::SourceChanged => "error-import-source-changed",
            ImportProblem::LanguageMismatch => "error-import-language-mismatch",
            ImportProblem::UnknownExport => "error-import-unknown-export",
        }
    }

    fn message_args(&self) -> Vec<(&'static str, MessageArg)> {
        vec![
            ("format", self.format.into()),
            ("line", i64::from(self.line).into()),
            ("detail", self.detail.as_str().into()),
        ]
    }
}

/// The line (from 1) of a byte offset in a text.
pub(crate) fn line_of(text: &str, offset: usize) -> u32 {
    let end = offset.min(text.len());
    let lines = text.as_bytes()[..end].iter().filter(|b| **b == b'\n').count() + 1;
    u32::try_from(lines).unwrap_or(u32::MAX)
}
