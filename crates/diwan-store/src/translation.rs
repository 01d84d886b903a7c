//! The translator's tables: the translation memory (units and their
//! full-text index of folded words), the ministry glossary, and the queries
//! behind the translation queue.

use chrono::{DateTime, Utc};
use diwan_core::post::PostId;
use diwan_core::text::fold_for_comparison;
use diwan_core::translation::glossary::{Term, TermId};
use diwan_core::translation::memory::MemoryUnit;
use diwan_core::{LanguageCode, MissionCode};

use rusqlite::OptionalExtension;

use crate::{parse_time, Reader, StoreError, Writer};

/// The words of a folded text as the index's tokenizer (unicode61) cuts
/// them: runs of letters and digits.
fn index_words(folded: &str) -> impl Iterator<Item = &str> {
    folded.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty())
}

/// What to do with a pair the memory already holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnConflict {
    /// A translator just vouched for it again: theirs is the newest word.
    KeepNewest,
    /// An approval or an import only confirms it: the first translator stays.
    KeepExisting,
}

/// What adding units to the memory did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MemoryAdded {
    /// New pairs.
    pub added: usize,
    /// Pairs already remembered: their author and date are now the newest.
    pub refreshed: usize,
}

/// The FTS5 query for a segment's rarest `words`, each quoted (a word is
/// never read as an operator): units holding at least two of them, or, for
/// a segment of one or two words, any of them. A unit that matches a
/// segment well shares most of its words, so it shares two of its rarest;
/// asking for two keeps the index from ranking every unit that merely
/// shares one common-enough word.
pub fn memory_match_query(words: &[String]) -> String {
    let quoted: Vec<String> = words.iter().map(|w| format!("\"{}\"", w.replace('"', "\"\""))).collect();
    if quoted.len() < 3 {
        return quoted.join(" OR ");
    }
    let mut pairs = Vec::new();
    for (i, a) in quoted.iter().enumerate() {
        for b in &quoted[i + 1..] {
            pairs.push(format!("({a} AND {b})"));
        }
    }
    pairs.join(" OR ")
}

/// How many of a segment's words a lookup asks the index for: its rarest.
/// A fuzzy match shares most words with the segment, so it shares rare ones;
/// common words ("في", "the") would only make the index rank half the memory.
pub const LOOKUP_WORDS: usize = 6;

/// The candidates of one lookup, best-ranked by the index first. (A form
/// that ranks in a subquery first and joins after was measured slower: it
/// sorts twice.)
const MEMORY_CANDIDATES_SQL: &str =
    "SELECT u.source_language, u.target_language, u.source, u.target, u.author, u.created_at
FROM memory_index JOIN memory_units u ON u.id = memory_index.rowid
WHERE memory_index MATCH ?1 AND u.source_language = ?2 AND u.target_language = ?3
ORDER BY memory_index.rank LIMIT ?4";

fn unit_from_row(row: &rusqlite::Row<'_>) -> Result<MemoryUnit, StoreError> {
    let language = |index: usize| -> Result<LanguageCode, StoreError> {
        let code: String = row.get(index)?;
        LanguageCode::parse(&code).ok_or_else(|| StoreError::Corrupt { detail: format!("memory language {code:?}") })
    };
    Ok(MemoryUnit {
        source_language: language(0)?,
        target_language: language(1)?,
        source: row.get(2)?,
        target: row.get(3)?,
        author: row.get(4)?,
        at: parse_time(&row.get::<_, String>(5)?)?,
    })
}

impl Writer<'_> {
    /// Remembers pairs; a pair already there keeps one row, with the
    /// newest author and date.
    pub fn add_memory_units(
        &mut self,
        units: &[MemoryUnit],
        on_conflict: OnConflict,
    ) -> Result<MemoryAdded, StoreError> {
        self.add_memory_units_with(units, on_conflict, &mut |_, _| {})
    }

    /// [`Writer::add_memory_units`], telling `progress` how many units are
    /// in (every 1,024, and at the end): a ministry's memory runs to a
    /// million pairs.
    pub fn add_memory_units_with(
        &mut self,
        units: &[MemoryUnit],
        on_conflict: OnConflict,
        progress: &mut dyn FnMut(u64, u64),
    ) -> Result<MemoryAdded, StoreError> {
        let total = units.len() as u64;
        let mut added = MemoryAdded::default();
        let mut insert = self.tx.prepare_cached(
            "INSERT INTO memory_units (source_language, target_language, source, target, source_folded, author, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
             ON CONFLICT (source_language, target_language, source, target)
             DO UPDATE SET author = excluded.author, created_at = excluded.created_at
             WHERE excluded.created_at >= memory_units.created_at",
        )?;
        let mut count_word = self.tx.prepare_cached(
            "INSERT INTO memory_words (word, units) VALUES (?1, 1)
             ON CONFLICT (word) DO UPDATE SET units = units + 1",
        )?;
        let mut exists = self.tx.prepare_cached(
            "SELECT 1 FROM memory_units WHERE source_language = ?1 AND target_language = ?2 AND source = ?3 AND target = ?4",
        )?;
        for (index, unit) in units.iter().enumerate() {
            if index % 1024 == 0 {
                progress(index as u64, total);
            }
            let key = (unit.source_language.as_str(), unit.target_language.as_str(), &unit.source, &unit.target);
            let known = exists.exists(key)?;
            if known && on_conflict == OnConflict::KeepExisting {
                added.refreshed += 1;
                continue;
            }
            let folded = fold_for_comparison(&unit.source);
            insert.execute((key.0, key.1, key.2, key.3, &folded, &unit.author, unit.at.to_rfc3339()))?;
            if !known {
                let mut seen: Vec<&str> = Vec::new();
                for word in index_words(&folded) {
                    if !seen.contains(&word) {
                        seen.push(word);
                        count_word.execute([word])?;
                    }
                }
            }
            if known {
                added.refreshed += 1;
            } else {
                added.added += 1;
            }
        }
        progress(total, total);
        Ok(added)
    }

    /// The id the next new term gets (safe inside the write transaction).
    pub fn next_term_id(&self) -> Result<TermId, StoreError> {
        Ok(TermId(self.tx.query_row("SELECT coalesce(max(id), 0) + 1 FROM glossary_terms", [], |r| r.get(0))?))
    }

    pub fn insert_term(&mut self, term: &Term, at: DateTime<Utc>) -> Result<(), StoreError> {
        self.tx
            .prepare_cached(
                "INSERT INTO glossary_terms (id, ar, fr, en, note, do_not_translate, updated_at) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )?
            .execute((term.id.0, &term.ar, &term.fr, &term.en, &term.note, term.do_not_translate, at.to_rfc3339()))?;
        Ok(())
    }

    pub fn update_term(&mut self, term: &Term, at: DateTime<Utc>) -> Result<(), StoreError> {
        let changed = self
            .tx
            .prepare_cached(
                "UPDATE glossary_terms SET ar = ?2, fr = ?3, en = ?4, note = ?5, do_not_translate = ?6, updated_at = ?7
                 WHERE id = ?1",
            )?
            .execute((term.id.0, &term.ar, &term.fr, &term.en, &term.note, term.do_not_translate, at.to_rfc3339()))?;
        if changed == 0 {
            return Err(StoreError::NotFound { kind: "glossary term", id: term.id.0.to_string() });
        }
        Ok(())
    }

    pub fn delete_term(&mut self, id: TermId) -> Result<(), StoreError> {
        if self.tx.execute("DELETE FROM glossary_terms WHERE id = ?1", [id.0])? == 0 {
            return Err(StoreError::NotFound { kind: "glossary term", id: id.0.to_string() });
        }
        Ok(())
    }

    /// Empties the glossary (an import that replaces it, inside its transaction).
    pub fn clear_glossary(&mut self) -> Result<(), StoreError> {
        self.tx.execute("DELETE FROM glossary_terms", [])?;
        Ok(())
    }
}

impl Reader<'_> {
    /// Up to `limit` remembered pairs of the language pair whose source
    /// shares a word with `words` (folded), best-ranked first.
    pub fn memory_candidates(
        &self,
        source_language: &LanguageCode,
        target_language: &LanguageCode,
        words: &[String],
        limit: usize,
    ) -> Result<Vec<MemoryUnit>, StoreError> {
        let words = self.rarest_words(words, LOOKUP_WORDS)?;
        if words.is_empty() {
            return Ok(Vec::new());
        }
        let mut statement = self.conn.prepare_cached(MEMORY_CANDIDATES_SQL)?;
        let mut rows = statement.query((
            memory_match_query(&words),
            source_language.as_str(),
            target_language.as_str(),
            i64::try_from(limit).unwrap_or(i64::MAX),
        ))?;
        let mut units = Vec::new();
        while let Some(row) = rows.next()? {
            units.push(unit_from_row(row)?);
        }
        Ok(units)
    }

    /// The `limit` words of `words` that the fewest units hold, rarest
    /// first; words no unit holds are left out (they cannot match).
    pub fn rarest_words(&self, words: &[String], limit: usize) -> Result<Vec<String>, StoreError> {
        let mut statement = self.conn.prepare_cached("SELECT units FROM memory_words WHERE word = ?1")?;
        let mut counted = Vec::with_capacity(words.len());
        for word in words {
            // A word the index's tokenizer would split (e.g. "a-b") is looked up as it splits.
            for token in index_words(word) {
                let units: Option<i64> = statement.query_row([token], |r| r.get(0)).optional()?;
                if let Some(units) = units {
                    if !counted.iter().any(|(t, _): &(String, i64)| t == token) {
                        counted.push((token.to_owned(), units));
                    }
                }
            }
        }
        counted.sort_by_key(|(_, docs)| *docs);
        Ok(counted.into_iter().take(limit).map(|(token, _)| token).collect())
    }

    /// Every remembered pair, oldest first, for export.
    pub fn memory_units(&self) -> Result<Vec<MemoryUnit>, StoreError> {
        let mut statement = self.conn.prepare_cached(
            "SELECT source_language, target_language, source, target, author, created_at FROM memory_units ORDER BY id",
        )?;
        let mut rows = statement.query([])?;
        let mut units = Vec::new();
        while let Some(row) = rows.next()? {
            units.push(unit_from_row(row)?);
        }
        Ok(units)
    }

    pub fn memory_size(&self) -> Result<usize, StoreError> {
        let count: i64 = self.conn.query_row("SELECT count(*) FROM memory_units", [], |r| r.get(0))?;
        Ok(usize::try_from(count).unwrap_or(0))
    }

    /// The glossary, in the order terms were added.
    pub fn glossary(&self) -> Result<Vec<Term>, StoreError> {
        let mut statement = self
            .conn
            .prepare_cached("SELECT id, ar, fr, en, note, do_not_translate FROM glossary_terms ORDER BY id")?;
        let rows = statement.query_map([], |r| {
            Ok(Term {
                id: TermId(r.get(0)?),
                ar: r.get(1)?,
                fr: r.get(2)?,
                en: r.get(3)?,
                note: r.get(4)?,
                do_not_translate: r.get(5)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Posts that may have language versions for a translator, soonest
    /// first: those in translation or sent back, and any with an open
    /// comment on a language. The core decides which versions need work.
    pub fn translation_candidates(&self, missions: &[MissionCode], limit: usize) -> Result<Vec<PostId>, StoreError> {
        if missions.is_empty() {
            return Ok(Vec::new());
        }
        let codes = missions.iter().map(MissionCode::as_str).collect::<Vec<_>>().join(",");
        // Two seeks (by state, and by open comment) rather than one scan.
        let mut statement = self.conn.prepare_cached(
            "WITH chosen AS (SELECT id FROM missions WHERE instr(',' || ?1 || ',', ',' || code || ',') > 0)
             SELECT id FROM (
                 SELECT p.id, p.at_utc, (p.crisis_priority OR p.category = 'crisis') AS crisis FROM posts p
                 WHERE p.state IN ('in-translation', 'rejected') AND p.mission_id IN chosen
                 UNION
                 SELECT p.id, p.at_utc, (p.crisis_priority OR p.category = 'crisis') FROM comments c
                 JOIN posts p ON p.id = c.post_id
                 WHERE c.language IS NOT NULL AND c.resolved_by IS NULL
                   AND p.state <> 'published' AND p.mission_id IN chosen)
             ORDER BY crisis DESC, at_utc, id LIMIT ?2",
        )?;
        let rows = statement.query_map((codes, i64::try_from(limit).unwrap_or(i64::MAX)), |r| r.get::<_, i64>(0))?;
        rows.map(|id| Ok(PostId(id?))).collect()
    }

    /// The languages of a post with an open (unresolved) comment.
    pub fn commented_languages(&self, post: PostId) -> Result<Vec<LanguageCode>, StoreError> {
        let mut statement = self.conn.prepare_cached(
            "SELECT DISTINCT language FROM comments WHERE post_id = ?1 AND language IS NOT NULL AND resolved_by IS NULL",
        )?;
        let rows = statement.query_map([post.0], |r| r.get::<_, String>(0))?;
        let mut languages = Vec::new();
        for code in rows {
            let code = code?;
            languages.push(
                LanguageCode::parse(&code)
                    .ok_or_else(|| StoreError::Corrupt { detail: format!("comment language {code:?}") })?,
            );
        }
        Ok(languages)
    }
}

#[cfg(test)]
mod tests;

/// Counts again, from the memory itself, how many units hold each word
/// (for databases whose memory predates the counts).
pub(crate) fn count_memory_words(w: &mut Writer<'_>) -> Result<(), StoreError> {
    let folded: Vec<String> =
        w.tx.prepare("SELECT source_folded FROM memory_units")?
            .query_map([], |row| row.get(0))?
            .collect::<Result<_, _>>()?;
    let mut count_word = w.tx.prepare_cached(
        "INSERT INTO memory_words (word, units) VALUES (?1, 1) ON CONFLICT (word) DO UPDATE SET units = units + 1",
    )?;
    for text in &folded {
        let mut seen: Vec<&str> = Vec::new();
        for word in index_words(text) {
            if !seen.contains(&word) {
                seen.push(word);
                count_word.execute([word])?;
            }
        }
    }
    Ok(())
}
