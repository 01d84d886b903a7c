//! TMX 1.4, the translation-memory exchange format of every CAT tool
//! (memoQ, Trados, OmegaT, Weblate): one `<tu>` per remembered pair, one
//! `<tuv xml:lang>` per language, the text in `<seg>`. Read with roxmltree
//! (inline markup such as `<ph>` or `<bpt>` holds native codes, not text,
//! and is left out); written with quick-xml's escaping.

use chrono::{DateTime, NaiveDateTime, Utc};
use diwan_core::translation::memory::MemoryUnit;
use diwan_core::LanguageCode;
use quick_xml::escape::escape;

use super::{line_of, ImportError, ImportProblem};

const FORMAT: &str = "TMX";

/// TMX dates: `YYYYMMDDThhmmssZ`.
const DATE: &str = "%Y%m%dT%H%M%SZ";

/// A TMX 1.4 document with every unit, oldest first.
pub fn write(units: &[MemoryUnit], tool_version: &str) -> String {
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n");
    out.push_str(&format!(
        "  <header creationtool=\"Diwan\" creationtoolversion=\"{}\" segtype=\"sentence\" o-tmf=\"diwan\" \
         adminlang=\"en\" srclang=\"*all*\" datatype=\"plaintext\"/>\n  <body>\n",
        escape(tool_version)
    ));
    for unit in units {
        out.push_str(&format!(
            "    <tu srclang=\"{}\" creationid=\"{}\" creationdate=\"{}\">\n",
            escape(unit.source_language.as_str()),
            escape(unit.author.as_str()),
            unit.at.format(DATE)
        ));
        for (language, text) in [(&unit.source_language, &unit.source), (&unit.target_language, &unit.target)] {
            out.push_str(&format!(
                "      <tuv xml:lang=\"{}\"><seg>{}</seg></tuv>\n",
                escape(language.as_str()),
                escape(text.as_str())
            ));
        }
        out.push_str("    </tu>\n");
    }
    out.push_str("  </body>\n</tmx>\n");
    out
}

/// Every pair of a TMX file: the source text of each `<tu>` with each of its
/// other languages. `now` dates units that carry no date; `default_author`
/// names those that carry no creator.
pub fn read(text: &str, now: DateTime<Utc>, default_author: &str) -> Result<Vec<MemoryUnit>, ImportError> {
    let document = roxmltree::Document::parse(text)
        .map_err(|e| ImportError::new(FORMAT, e.pos().row, ImportProblem::Malformed, e.to_string()))?;
    let at = |node: roxmltree::Node<'_, '_>| line_of(text, node.range().start);
    let root = document.root_element();
    if root.tag_name().name() != "tmx" {
        return Err(ImportError::new(FORMAT, at(root), ImportProblem::WrongDocument, root.tag_name().name()));
    }
    let header = root.children().find(|n| n.has_tag_name("header"));
    let header_source = header.and_then(|h| h.attribute("srclang")).filter(|l| *l != "*all*");
    let header_author = header.and_then(|h| h.attribute("creationid"));
    let body = root
        .children()
        .find(|n| n.has_tag_name("body"))
        .ok_or_else(|| ImportError::new(FORMAT, at(root), ImportProblem::WrongDocument, "<body>"))?;
    let mut units = Vec::new();
    for tu in body.children().filter(|n| n.has_tag_name("tu")) {
        let line = at(tu);
        let source_code = tu
            .attribute("srclang")
            .or(header_source)
            .ok_or_else(|| ImportError::new(FORMAT, line, ImportProblem::UnitIncomplete, "srclang"))?;
        let source_language = primary_language(source_code, line)?;
        let author = tu
            .attribute("changeid")
            .or_else(|| tu.attribute("creationid"))
            .or(header_author)
            .unwrap_or(default_author)
            .to_owned();
        let date = tu.attribute("changedate").or_else(|| tu.attribute("creationdate"));
        let when = match date {
            Some(date) => NaiveDateTime::parse_from_str(date, DATE)
                .map(|d| d.and_utc())
                .map_err(|_| ImportError::new(FORMAT, line, ImportProblem::DateInvalid, date))?,
            None => now,
        };
        let mut variants = Vec::new();
        for tuv in tu.children().filter(|n| n.has_tag_name("tuv")) {
            // TMX 1.4 names the language xml:lang; 1.1 named it lang.
            let code = tuv
                .attribute(("http://www.w3.org/XML/1998/namespace", "lang"))
                .or_else(|| tuv.attribute("lang"))
                .ok_or_else(|| ImportError::new(FORMAT, at(tuv), ImportProblem::LanguageInvalid, "xml:lang"))?;
            let language = primary_language(code, at(tuv))?;
            let seg = tuv.children().find(|n| n.has_tag_name("seg"));
            let text: String = seg.map(segment_text).unwrap_or_default();
            if !text.trim().is_empty() {
                variants.push((language, text.trim().to_owned()));
            }
        }
        let source = variants.iter().find(|(l, _)| *l == source_language).map(|(_, t)| t.clone());
        let Some(source) = source else {
            return Err(ImportError::new(FORMAT, line, ImportProblem::UnitIncomplete, source_language.as_str()));
        };
        for (language, target) in variants.into_iter().filter(|(l, _)| *l != source_language) {
            units.push(MemoryUnit {
                source_language: source_language.clone(),
                target_language: language,
                source: source.clone(),
                target,
                author: author.clone(),
                at: when,
            });
        }
    }
    Ok(units)
}

/// A segment's text: its own text and that of `<hi>` and `<sub>`, without
/// the native codes of `<bpt>`, `<ept>`, `<ph>`, `<it>` and `<ut>`.
fn segment_text(seg: roxmltree::Node<'_, '_>) -> String {
    let mut out = String::new();
    for child in seg.children() {
        if child.is_text() {
            out.push_str(child.text().unwrap_or_default());
        } else if child.has_tag_name("hi") || child.has_tag_name("sub") {
            out.push_str(&segment_text(child));
        }
    }
    out
}

/// `fr-FR` is French to Diwan, whose posts are in `fr`, `ar`, `en`...
fn primary_language(code: &str, line: u32) -> Result<LanguageCode, ImportError> {
    let primary = code.split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
    LanguageCode::parse(&primary).ok_or_else(|| ImportError::new(FORMAT, line, ImportProblem::LanguageInvalid, code))
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;
    use proptest::prelude::*;

    use super::*;

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 12, 1, 9, 0, 0).single().expect("time")
    }

    fn unit(source: &str, target: &str) -> MemoryUnit {
        MemoryUnit {
            source_language: LanguageCode::parse("ar").expect("ar"),
            target_language: LanguageCode::parse("fr").expect("fr"),
            source: source.into(),
            target: target.into(),
            author: "lina".into(),
            at: now(),
        }
    }

    #[test]
    fn units_round_trip_through_tmx_with_arabic_and_markup_characters() {
        let units = vec![
            unit("قدّم السفير أوراق اعتماده", "L’ambassadeur a présenté ses lettres de créance"),
            unit("<b> & \"إعلان\"", "<b> & « annonce »"),
        ];
        let written = write(&units, "0.1.0");
        assert_eq!(read(&written, now(), "import").expect("read"), units);
    }

    #[test]
    fn a_file_from_another_tool_reads_with_its_regions_dates_and_inline_codes() {
        let tmx = r#"<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header creationtool="memoQ" segtype="sentence" o-tmf="x" adminlang="en-US" srclang="fr-FR" datatype="plaintext" creationid="ministere"/>
  <body>
    <tu changedate="20250103T101500Z">
      <tuv xml:lang="fr-FR"><seg>Bonjour <ph x="1">&lt;br/&gt;</ph>Paris</seg></tuv>
      <tuv xml:lang="ar-DZ"><seg>مرحباً <ph x="1">&lt;br/&gt;</ph>باريس</seg></tuv>
      <tuv xml:lang="en-GB"><seg>Hello Paris</seg></tuv>
    </tu>
  </body>
</tmx>"#;
        let units = read(tmx, now(), "import").expect("read");
        assert_eq!(units.len(), 2, "French to Arabic and French to English");
        assert_eq!((units[0].source.as_str(), units[0].target.as_str()), ("Bonjour Paris", "مرحباً باريس"));
        assert_eq!(units[0].target_language.as_str(), "ar");
        assert_eq!(units[0].author, "ministere");
        assert_eq!(units[0].at, Utc.with_ymd_and_hms(2025, 1, 3, 10, 15, 0).single().expect("time"));
    }

    #[test]
    fn a_malformed_file_is_refused_with_its_line() {
        let broken = "<tmx version=\"1.4\">\n<body>\n<tu>\n</body>";
        let error = read(broken, now(), "x").expect_err("malformed");
        assert_eq!((error.problem, error.line), (ImportProblem::Malformed, 4));
        let other = read("<html/>", now(), "x").expect_err("not tmx");
        assert_eq!(other.problem, ImportProblem::WrongDocument);
        let no_source =
            "<tmx><header srclang=\"ar\"/><body>\n<tu><tuv xml:lang=\"fr\"><seg>x</seg></tuv></tu></body></tmx>";
        let error = read(no_source, now(), "x").expect_err("no source");
        assert_eq!((error.problem, error.line), (ImportProblem::UnitIncomplete, 2));
        let bad_date = "<tmx><body><tu srclang=\"ar\" creationdate=\"yesterday\"><tuv xml:lang=\"ar\"><seg>x</seg></tuv></tu></body></tmx>";
        assert_eq!(read(bad_date, now(), "x").expect_err("date").problem, ImportProblem::DateInvalid);
    }

    proptest! {
        #[test]
        fn no_input_makes_the_reader_panic(text in ".{0,200}") {
            let _ = read(&text, now(), "x");
        }

        #[test]
        fn no_tmx_like_input_makes_the_reader_panic(body in "(<tu( srclang=\"(ar|x y|)\")?>|<tuv xml:lang=\"(fr|ar)\">|<seg>|</seg>|</tuv>|</tu>|[a-zب ]){0,30}") {
            let _ = read(&format!("<tmx><body>{body}</body></tmx>"), now(), "x");
        }
    }
}
