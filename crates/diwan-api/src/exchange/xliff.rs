//! XLIFF 2.1, the exchange format of CAT tools (memoQ, Trados, OmegaT,
//! Weblate): the variants of a mission to translate go out as one `<unit>`
//! each, with an id that brings the text back to its post and a note with
//! the hash of the source as exported; a translated file comes back
//! validated against the OASIS core schema (shipped in `schemas/xliff/`,
//! checked by libxml2) before anything is read.

use diwan_core::LanguageCode;
use quick_xml::escape::escape;

use super::{line_of, ImportError, ImportProblem};

const FORMAT: &str = "XLIFF";
pub const NAMESPACE: &str = "urn:oasis:names:tc:xliff:document:2.0";
/// The note that carries the source's hash, so a changed source is refused.
const SOURCE_HASH_NOTE: &str = "diwan-source-hash";

const CORE_SCHEMA: &str = include_str!("../../schemas/xliff/xliff_core_2.0.xsd");
const XML_SCHEMA: &str = include_str!("../../schemas/xliff/w3c/xml.xsd");

/// One language version to translate, as it goes out and comes back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct XliffUnit {
    pub post: i64,
    pub source: String,
    /// Hex SHA-256 of the source as exported.
    pub source_hash: String,
    /// Empty when there is no translation yet.
    pub target: String,
    /// The CAT tool's word for the segment: initial, translated, reviewed or final.
    pub state: String,
}

/// A whole file: one mission's units, one source and one target language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct XliffFile {
    pub mission: String,
    pub source_language: LanguageCode,
    pub target_language: LanguageCode,
    pub units: Vec<XliffUnit>,
}

/// The file as XLIFF 2.1 text.
pub fn write(file: &XliffFile) -> String {
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xliff xmlns=\"{NAMESPACE}\" version=\"2.1\" srcLang=\"{}\" trgLang=\"{}\">\n  <file id=\"f1\" original=\"diwan:{}\">\n",
        escape(file.source_language.as_str()),
        escape(file.target_language.as_str()),
        escape(file.mission.as_str()),
    );
    for unit in &file.units {
        out.push_str(&format!(
            "    <unit id=\"post-{}\">\n      <notes><note category=\"{SOURCE_HASH_NOTE}\">{}</note></notes>\n      <segment state=\"{}\">\n        <source>{}</source>\n",
            unit.post,
            escape(unit.source_hash.as_str()),
            if unit.target.is_empty() { "initial" } else { unit.state.as_str() },
            escape(unit.source.as_str()),
        ));
        if !unit.target.is_empty() {
            out.push_str(&format!("        <target>{}</target>\n", escape(unit.target.as_str())));
        }
        out.push_str("      </segment>\n    </unit>\n");
    }
    out.push_str("  </file>\n</xliff>\n");
    out
}

/// Checks `text` against the XLIFF 2 core schema. The schema and the W3C
/// schema it imports are written to a private folder for libxml2, which
/// resolves the import by path.
pub fn validate(text: &str) -> Result<(), ImportError> {
    // Well-formedness first, with roxmltree's line numbers.
    roxmltree::Document::parse(text)
        .map_err(|e| ImportError::new(FORMAT, e.pos().row, ImportProblem::Malformed, e.to_string()))?;
    let folder =
        SchemaFolder::new().map_err(|e| ImportError::new(FORMAT, 0, ImportProblem::Malformed, e.to_string()))?;
    let document = libxml::parser::Parser::default()
        .parse_string(text)
        .map_err(|e| ImportError::new(FORMAT, 0, ImportProblem::Malformed, format!("{e:?}")))?;
    let mut parser = libxml::schemas::SchemaParserContext::from_file(&folder.core.to_string_lossy());
    let mut schema = libxml::schemas::SchemaValidationContext::from_parser(&mut parser).map_err(|errors| {
        let detail =
            errors.first().map_or_else(String::new, |e| e.message.as_deref().unwrap_or_default().trim().to_owned());
        ImportError::new(FORMAT, 0, ImportProblem::Malformed, format!("schema: {detail}"))
    })?;
    schema.validate_document(&document).map_err(|errors| {
        let first = errors.first();
        let line = first.and_then(|e| e.line).and_then(|l| u32::try_from(l).ok()).unwrap_or(0);
        let detail = first.map_or_else(String::new, |e| e.message.as_deref().unwrap_or_default().trim().to_owned());
        ImportError::new(FORMAT, line, ImportProblem::SchemaInvalid, detail)
    })
}

/// The schemas on disk for the time of one validation.
struct SchemaFolder {
    dir: std::path::PathBuf,
    core: std::path::PathBuf,
}

impl SchemaFolder {
    fn new() -> std::io::Result<Self> {
        use std::sync::atomic::{AtomicU64, Ordering};
        static NEXT: AtomicU64 = AtomicU64::new(0);
        let dir = std::env::temp_dir().join(format!(
            "diwan-xliff-{}-{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        ));
        std::fs::create_dir_all(dir.join("w3c"))?;
        let core = dir.join("xliff_core_2.0.xsd");
        std::fs::write(&core, CORE_SCHEMA)?;
        std::fs::write(dir.join("w3c").join("xml.xsd"), XML_SCHEMA)?;
        Ok(Self { dir, core })
    }
}

impl Drop for SchemaFolder {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// Reads a file that `validate` accepted: its languages, its mission and
/// each unit's post, source hash and target.
pub fn read(text: &str) -> Result<XliffFile, ImportError> {
    validate(text)?;
    let document = roxmltree::Document::parse(text)
        .map_err(|e| ImportError::new(FORMAT, e.pos().row, ImportProblem::Malformed, e.to_string()))?;
    let at = |node: roxmltree::Node<'_, '_>| line_of(text, node.range().start);
    let root = document.root_element();
    let language = |name: &str| -> Result<LanguageCode, ImportError> {
        let code = root.attribute(name).unwrap_or_default();
        LanguageCode::parse(code)
            .ok_or_else(|| ImportError::new(FORMAT, at(root), ImportProblem::LanguageInvalid, code))
    };
    let source_language = language("srcLang")?;
    let target_language = language("trgLang")?;
    let mut mission = String::new();
    let mut units = Vec::new();
    for file in root.children().filter(|n| n.has_tag_name((NAMESPACE, "file"))) {
        let original = file.attribute("original").unwrap_or_default();
        let Some(code) = original.strip_prefix("diwan:") else {
            return Err(ImportError::new(FORMAT, at(file), ImportProblem::WrongDocument, original));
        };
        mission = code.to_owned();
        for unit in file.descendants().filter(|n| n.has_tag_name((NAMESPACE, "unit"))) {
            let id = unit.attribute("id").unwrap_or_default();
            let post = id
                .strip_prefix("post-")
                .and_then(|n| n.parse::<i64>().ok())
                .ok_or_else(|| ImportError::new(FORMAT, at(unit), ImportProblem::UnknownUnit, id))?;
            let source_hash = unit
                .descendants()
                .find(|n| n.has_tag_name((NAMESPACE, "note")) && n.attribute("category") == Some(SOURCE_HASH_NOTE))
                .and_then(|n| n.text())
                .unwrap_or_default()
                .trim()
                .to_owned();
            let segments: Vec<_> = unit.children().filter(|n| n.has_tag_name((NAMESPACE, "segment"))).collect();
            let [segment] = segments.as_slice() else {
                // Diwan writes one segment per unit; a tool that split it cannot be brought back whole.
                return Err(ImportError::new(FORMAT, at(unit), ImportProblem::UnitIncomplete, id));
            };
            let text_of = |name: &str| {
                segment.children().find(|n| n.has_tag_name((NAMESPACE, name))).map(inline_text).unwrap_or_default()
            };
            units.push(XliffUnit {
                post,
                source: text_of("source"),
                source_hash,
                target: text_of("target").trim().to_owned(),
                state: segment.attribute("state").unwrap_or("initial").to_owned(),
            });
        }
    }
    Ok(XliffFile { mission, source_language, target_language, units })
}

/// The text of a `<source>` or `<target>`, inline codes left out but the
/// text of paired codes and markers kept.
fn inline_text(node: roxmltree::Node<'_, '_>) -> String {
    let mut out = String::new();
    for child in node.children() {
        if child.is_text() {
            out.push_str(child.text().unwrap_or_default());
        } else if child.has_tag_name((NAMESPACE, "pc")) || child.has_tag_name((NAMESPACE, "mrk")) {
            out.push_str(&inline_text(child));
        }
    }
    out
}

#[cfg(test)]
mod tests;
