//! The translator's workspace as use cases: the queue, one language version
//! side by side with its source (what changed, memory matches, glossary
//! terms, the checks), marking it done (which feeds the memory), memory
//! search and the glossary. The core decides; this module loads and saves.

use diwan_core::audit::{AuditAction, NewAuditEvent};
use diwan_core::calendar;
use diwan_core::post::{source_hash, Post, PostId, QaOverride, TranslationCheck};
use diwan_core::translation::diff::{self, Change, DiffPart};
use diwan_core::translation::glossary::{self, NewTerm, Term, TermId};
use diwan_core::translation::memory::{self, MemoryUnit};
use diwan_core::translation::qa::{self, QaContext, QaIssue};
use diwan_core::translation::segment::segments;
use diwan_core::translation::{self, TranslationNeed};
use diwan_core::user::User;
use diwan_core::{LanguageCode, MissionCode};
use diwan_store::{OnConflict, Reader, Writer};

use crate::dto::{
    DiffChangeDto, DiffPartDto, ErrorDto, GlossaryHitDto, ImportReportDto, MemoryHitDto, MemoryMatchDto, PostDto,
    QaIssueDto, QaOverrideDto, QueueFilterDto, QueueItemDto, SegmentMatchesDto, TermDto, TranslationItemDto,
    TranslationQueueDto, XliffImportDto,
};
use crate::exchange::xliff::{self, XliffFile, XliffUnit};
use crate::exchange::{glossary_csv, tmx, ImportError, ImportProblem};
use crate::posts::{language, targets};
use crate::{ApiError, Diwan};

/// How many posts one look at the queue reads: the soonest are what a
/// translator needs; the rest show as "more".
const QUEUE_POSTS: usize = 500;
/// Candidates the index gives for one segment, and matches shown.
const MEMORY_CANDIDATES: usize = 40;
const MEMORY_MATCHES: usize = 5;

pub(crate) fn diff_dto(parts: Vec<DiffPart>) -> Vec<DiffPartDto> {
    parts
        .into_iter()
        .map(|DiffPart { change, text }| DiffPartDto {
            change: match change {
                Change::Same => DiffChangeDto::Same,
                Change::Removed => DiffChangeDto::Removed,
                Change::Added => DiffChangeDto::Added,
            },
            text,
        })
        .collect()
}

pub(crate) fn issue_dto(issue: &QaIssue) -> QaIssueDto {
    QaIssueDto {
        check: issue.check.into(),
        message: ErrorDto::from_localized(issue),
        position: issue.position.and_then(|p| u32::try_from(p).ok()),
    }
}

pub(crate) fn override_dto(qa: &QaOverride) -> QaOverrideDto {
    let QaOverride { checks, reason, by, at } = qa;
    QaOverrideDto {
        checks: checks.iter().map(|c| (*c).into()).collect(),
        reason: reason.clone(),
        by: by.to_string(),
        at: at.to_rfc3339(),
    }
}

pub(crate) fn term_dto(term: &Term) -> TermDto {
    let Term { id, ar, fr, en, note, do_not_translate } = term;
    TermDto {
        id: Some(id.0),
        ar: ar.clone(),
        fr: fr.clone(),
        en: en.clone(),
        note: note.clone(),
        do_not_translate: *do_not_translate,
    }
}

/// The pairs a done (or approved) language version adds to the memory.
fn memory_units(
    post: &Post,
    language: &LanguageCode,
    author: &str,
    at: chrono::DateTime<chrono::Utc>,
) -> Vec<MemoryUnit> {
    let Some(variant) = post.variants.get(language) else { return Vec::new() };
    memory::pairs(post.source_text(), &variant.text)
        .into_iter()
        .map(|(source, target)| MemoryUnit {
            source_language: post.source_language.clone(),
            target_language: language.clone(),
            source,
            target,
            author: author.to_owned(),
            at,
        })
        .collect()
}

/// The digits the post's mission writes Arabic with, for the checks.
fn mission_digits(read: Reader<'_>, post: &Post) -> Result<Option<diwan_core::preferences::Digits>, ApiError> {
    Ok(read.mission(&post.mission)?.and_then(|m| m.arabic_digits))
}

/// Feeds the memory with every done translation of a post that was just
/// approved; pairs already remembered keep their translator and date.
pub(crate) fn remember_approved(w: &mut Writer<'_>, post: &Post, approver: &User) -> Result<(), ApiError> {
    let now = post.approvals.last().map(|a| a.at).unwrap_or(post.at);
    for language in post.variants.keys().filter(|l| **l != post.source_language) {
        let units = memory_units(post, language, approver.name.as_str(), now);
        w.add_memory_units(&units, OnConflict::KeepExisting)?;
    }
    Ok(())
}

impl Diwan {
    /// The language versions waiting for `viewer`, soonest first: missing,
    /// unfinished, stale or sent back, in the missions and languages they
    /// translate, with the filter's mission, language, category and due day.
    pub fn translation_queue(&self, viewer: &str, filter: &QueueFilterDto) -> Result<TranslationQueueDto, ApiError> {
        let viewer = self.user(viewer)?;
        let mission = filter.mission.as_deref().map(MissionCode::parse).transpose()?;
        let only_language = filter.language.as_deref().map(language).transpose()?;
        let category: Option<diwan_core::post::Category> = filter.category.as_deref().map(str::parse).transpose()?;
        let due_by = filter.due_by.as_deref().map(calendar::parse_date).transpose()?;
        let missions: Vec<MissionCode> = viewer
            .role_pairs()
            .filter(|(code, role)| {
                *role == diwan_core::user::Role::Translator && mission.as_ref().is_none_or(|m| m == *code)
            })
            .map(|(code, _)| code.clone())
            .collect();
        let now = self.now();
        self.store.snapshot(|read| {
            let ids = read.translation_candidates(&missions, QUEUE_POSTS + 1)?;
            let truncated = ids.len() > QUEUE_POSTS;
            let mut items = Vec::new();
            for id in ids.into_iter().take(QUEUE_POSTS) {
                let Some(post) = read.post(id)? else { continue };
                if category.is_some_and(|c| c != post.category) {
                    continue;
                }
                if let Some(day) = due_by {
                    let (_, end) = calendar::local_days_to_utc(post.time_zone, day, day)?;
                    if post.at >= end {
                        continue;
                    }
                }
                let commented = read.commented_languages(post.id)?;
                for language in post.variants.keys() {
                    if only_language.as_ref().is_some_and(|l| l != language) {
                        continue;
                    }
                    let Some(need) = post.translation_need(language, &commented) else { continue };
                    if !translation::translates(&viewer, &post, language) {
                        continue;
                    }
                    items.push(QueueItemDto {
                        post: post.id.0,
                        mission: post.mission.to_string(),
                        language: language.to_string(),
                        need: need.into(),
                        category: post.category.into(),
                        local_time: post.at.with_timezone(&post.time_zone).to_rfc3339(),
                        utc: post.at.to_rfc3339(),
                        overdue: post.is_overdue(now),
                        source_language: post.source_language.to_string(),
                        preview: post.source_text().chars().take(diwan_store::PREVIEW_CHARS).collect(),
                    });
                }
            }
            Ok(TranslationQueueDto { items, truncated })
        })
    }

    /// One language version as `viewer` translates it: both texts, what
    /// changed in the source since it was last done, memory matches for
    /// each source sentence, the glossary terms of the source and the
    /// checks as the target stands.
    pub fn translation_item(
        &self,
        viewer: &str,
        post: i64,
        language_code: &str,
    ) -> Result<TranslationItemDto, ApiError> {
        let viewer = self.user(viewer)?;
        let target_language = language(language_code)?;
        let dto = self.post_for(post, Some(viewer.name.as_str()))?;
        self.store.snapshot(|read| {
            let post = read.post(PostId(post))?.ok_or(ApiError::PostNotFound { id: post })?;
            let variant = post
                .variants
                .get(&target_language)
                .ok_or_else(|| diwan_core::post::PostError::LanguageNotInPost { language: target_language.clone() })?;
            let source = post.source_text().to_owned();
            let source_changes = variant
                .source_seen
                .as_deref()
                .filter(|seen| *seen != source)
                .map(|seen| diff_dto(diff::word_diff(seen, &source)));
            let mut memory = Vec::new();
            for segment in segments(&source) {
                let words = memory::query_words(segment.text);
                let candidates =
                    read.memory_candidates(&post.source_language, &target_language, &words, MEMORY_CANDIDATES)?;
                let matches = memory::rank(segment.text, candidates, MEMORY_MATCHES)
                    .into_iter()
                    .map(|m| MemoryMatchDto {
                        source: m.unit.source,
                        target: m.unit.target,
                        score: m.score,
                        diff: diff_dto(m.diff),
                        author: m.unit.author,
                        at: m.unit.at.to_rfc3339(),
                    })
                    .collect();
                memory.push(SegmentMatchesDto { segment: segment.text.to_owned(), matches });
            }
            let terms = read.glossary()?;
            let glossary = glossary::terms_in(&source, &post.source_language, &terms)
                .into_iter()
                .map(|term| GlossaryHitDto {
                    term: term.id.0,
                    source: term.form(&post.source_language).unwrap_or_default().to_owned(),
                    target: if term.do_not_translate {
                        term.form(&post.source_language).map(str::to_owned)
                    } else {
                        term.form(&target_language).map(str::to_owned)
                    },
                    note: term.note.clone(),
                    do_not_translate: term.do_not_translate,
                })
                .collect();
            let checks = self.checks_of(read, &post, &target_language, &terms)?.iter().map(issue_dto).collect();
            let commented = read.commented_languages(post.id)?;
            Ok(TranslationItemDto {
                post: dto,
                language: target_language.to_string(),
                source_language: post.source_language.to_string(),
                source,
                target: variant.text.clone(),
                state: post.variant_state(&target_language).into(),
                need: post.translation_need(&target_language, &commented).map(TranslationNeed::into),
                source_changes,
                memory,
                glossary,
                checks,
                qa_override: variant.qa_override.as_ref().map(override_dto),
                can_translate: translation::translates(&viewer, &post, &target_language),
            })
        })
    }

    fn checks_of(
        &self,
        read: Reader<'_>,
        post: &Post,
        language: &LanguageCode,
        glossary: &[Term],
    ) -> Result<Vec<QaIssue>, ApiError> {
        let targets = targets(read, post)?;
        let context = QaContext {
            glossary,
            digits: mission_digits(read, post)?,
            misfits: post.misfits(&targets).filter(|m| m.language == *language).collect(),
        };
        let target = post.variants.get(language).map(|v| v.text.as_str()).unwrap_or_default();
        Ok(qa::check(post.source_text(), &post.source_language, target, language, &context))
    }

    /// The quality checks of one language version as it stands.
    pub fn translation_checks(&self, post: i64, language_code: &str) -> Result<Vec<QaIssueDto>, ApiError> {
        let target_language = language(language_code)?;
        self.store.snapshot(|read| {
            let post = read.post(PostId(post))?.ok_or(ApiError::PostNotFound { id: post })?;
            if !post.variants.contains_key(&target_language) {
                return Err(diwan_core::post::PostError::LanguageNotInPost { language: target_language.clone() }.into());
            }
            Ok(self.checks_of(read, &post, &target_language, &read.glossary()?)?.iter().map(issue_dto).collect())
        })
    }

    /// The language check of a text being written (the composer's source):
    /// each sentence that reads as another language than `language_code`,
    /// glossary names left out.
    pub fn language_check(&self, text: &str, language_code: &str) -> Result<Vec<QaIssueDto>, ApiError> {
        let language = language(language_code)?;
        let glossary = self.store.read().glossary()?;
        Ok(qa::language_issues(text, &language, &glossary).iter().map(issue_dto).collect())
    }

    /// Marks a language version done as `actor`, after its checks pass or
    /// with `override_reason` for those that fail; the pairs go into the
    /// memory and the post goes on to review when every language is ready.
    pub fn mark_translated(
        &mut self,
        actor: &str,
        post: i64,
        language_code: &str,
        override_reason: Option<&str>,
    ) -> Result<PostDto, ApiError> {
        let actor = self.user(actor)?;
        let target_language = language(language_code)?;
        let now = self.now();
        let redone = self.redoing.as_deref();
        self.store.write(|w| {
            let mut post = w.read().post(PostId(post))?.ok_or(ApiError::PostNotFound { id: post })?;
            let before = post.content_hash();
            let targets = targets(w.read(), &post)?;
            let glossary = w.read().glossary()?;
            let digits = mission_digits(w.read(), &post)?;
            let check = TranslationCheck { targets: &targets, glossary: &glossary, digits };
            let outcome = post.mark_translated(&actor, &target_language, check, override_reason, now)?;
            w.update_post(&post, now)?;
            let done = diwan_core::sync::Change::MarkTranslated {
                language: target_language.clone(),
                override_reason: override_reason.map(str::to_owned),
            };
            crate::hub::queue(w, &post, actor.name.as_str(), &[done], redone, now)?;
            w.add_memory_units(
                &memory_units(&post, &target_language, actor.name.as_str(), now),
                OnConflict::KeepNewest,
            )?;
            let mut detail = target_language.to_string();
            if !outcome.overridden.is_empty() {
                let names: Vec<&str> = outcome.overridden.iter().map(|c| c.as_str()).collect();
                detail.push_str(&format!(
                    " overriding {}: {}",
                    names.join(","),
                    override_reason.unwrap_or_default().trim()
                ));
            }
            if outcome.moved_to_review {
                detail.push_str(", in review");
            }
            w.append_audit(
                NewAuditEvent::new(
                    now,
                    actor.name.to_string(),
                    AuditAction::PostTranslated,
                    format!("post:{}", post.id.0),
                )
                .with_hashes(Some(before), Some(post.content_hash()))
                .with_detail(detail),
            )?;
            Ok::<_, ApiError>(())
        })?;
        self.post_for(post, Some(actor.name.as_str()))
    }

    /// The remembered pairs of a language pair that match `text`, best first.
    pub fn memory_search(&self, from: &str, to: &str, text: &str) -> Result<Vec<MemoryHitDto>, ApiError> {
        let (from, to) = (language(from)?, language(to)?);
        let read = self.store.read();
        let candidates = read.memory_candidates(&from, &to, &memory::query_words(text), MEMORY_CANDIDATES)?;
        Ok(memory::best(text, candidates, MEMORY_CANDIDATES)
            .into_iter()
            .map(|m| MemoryHitDto { source: m.unit.source, target: m.unit.target, score: m.score })
            .collect())
    }

    pub fn glossary(&self) -> Result<Vec<TermDto>, ApiError> {
        Ok(self.store.read().glossary()?.iter().map(term_dto).collect())
    }

    /// Adds or changes a glossary term; administrators only (audited).
    pub fn save_term(&mut self, actor: &str, input: &TermDto) -> Result<TermDto, ApiError> {
        let actor = self.user(actor)?;
        if let Some(refusal) = glossary::editor_refusal(&actor) {
            return Err(refusal.into());
        }
        let TermDto { id, ar, fr, en, note, do_not_translate } = input.clone();
        let new = NewTerm { ar, fr, en, note, do_not_translate };
        let now = self.now();
        let saved = self.store.write(|w| {
            let (term, action) = match id {
                Some(id) => {
                    let term = new.validate(TermId(id))?;
                    w.update_term(&term, now)?;
                    (term, AuditAction::GlossaryTermChanged)
                }
                None => {
                    let term = new.validate(w.next_term_id()?)?;
                    w.insert_term(&term, now)?;
                    (term, AuditAction::GlossaryTermAdded)
                }
            };
            w.append_audit(
                NewAuditEvent::new(now, actor.name.to_string(), action, format!("glossary:{}", term.id.0))
                    .with_detail(format!("{} | {} | {}", term.ar, term.fr, term.en)),
            )?;
            Ok::<_, ApiError>(term)
        })?;
        Ok(term_dto(&saved))
    }

    /// Adds a TMX file's pairs to the memory, all or none; pairs already
    /// remembered keep their translator. Audited as `actor` (or the system).
    pub fn import_tmx(&mut self, actor: Option<&str>, text: &str) -> Result<ImportReportDto, ApiError> {
        self.import_tmx_with(actor, text, &mut |_, _| {})
    }

    /// [`Diwan::import_tmx`], telling `progress` how many pairs are in.
    pub fn import_tmx_with(
        &mut self,
        actor: Option<&str>,
        text: &str,
        progress: &mut dyn FnMut(u64, u64),
    ) -> Result<ImportReportDto, ApiError> {
        let actor = actor.map(|name| self.user(name)).transpose()?;
        let who = actor.as_ref().map_or_else(|| "system".to_owned(), |u| u.name.to_string());
        let now = self.now();
        let units = tmx::read(text, now, "tmx")?;
        self.store.write(|w| {
            let added = w.add_memory_units_with(&units, OnConflict::KeepExisting, progress)?;
            w.append_audit(
                NewAuditEvent::new(now, who.clone(), AuditAction::MemoryImported, "memory".to_owned())
                    .with_detail(format!("{} added, {} already known", added.added, added.refreshed)),
            )?;
            Ok::<_, ApiError>(ImportReportDto {
                added: u32::try_from(added.added).unwrap_or(u32::MAX),
                updated: u32::try_from(added.refreshed).unwrap_or(u32::MAX),
            })
        })
    }

    /// The whole memory as TMX 1.4.
    pub fn export_tmx(&self) -> Result<String, ApiError> {
        Ok(tmx::write(&self.store.read().memory_units()?, env!("CARGO_PKG_VERSION")))
    }

    /// Merges a CSV glossary: a row whose three forms match a term updates
    /// its note and flag, any other row is a new term. All rows or none;
    /// administrators only.
    pub fn import_glossary_csv(&mut self, actor: &str, text: &str) -> Result<ImportReportDto, ApiError> {
        self.import_glossary_csv_with(actor, text, &mut |_, _| {})
    }

    /// [`Diwan::import_glossary_csv`], telling `progress` how many rows are in.
    pub fn import_glossary_csv_with(
        &mut self,
        actor: &str,
        text: &str,
        progress: &mut dyn FnMut(u64, u64),
    ) -> Result<ImportReportDto, ApiError> {
        let actor = self.user(actor)?;
        if let Some(refusal) = glossary::editor_refusal(&actor) {
            return Err(refusal.into());
        }
        let rows = glossary_csv::read(text)?;
        let now = self.now();
        self.store.write(|w| {
            let mut report = ImportReportDto { added: 0, updated: 0 };
            // Read once; rows added here join it, so a file that names a term twice updates it.
            let mut glossary = w.read().glossary()?;
            let total = rows.len() as u64;
            for (done, row) in rows.into_iter().enumerate() {
                progress(done as u64, total);
                match glossary.iter_mut().find(|t| t.ar == row.ar && t.fr == row.fr && t.en == row.en) {
                    Some(term) => {
                        term.note = row.note;
                        term.do_not_translate = row.do_not_translate;
                        w.update_term(term, now)?;
                        report.updated += 1;
                    }
                    None => {
                        let term = row.validate(w.next_term_id()?)?;
                        w.insert_term(&term, now)?;
                        glossary.push(term);
                        report.added += 1;
                    }
                }
            }
            w.append_audit(
                NewAuditEvent::new(now, actor.name.to_string(), AuditAction::GlossaryImported, "glossary".to_owned())
                    .with_detail(format!("{} added, {} updated", report.added, report.updated)),
            )?;
            progress(total, total);
            Ok::<_, ApiError>(report)
        })
    }

    pub fn export_glossary_csv(&self) -> Result<String, ApiError> {
        Ok(glossary_csv::write(&self.store.read().glossary()?))
    }

    /// The language versions of a mission's posts that need translating
    /// into `language` as XLIFF 2.1 (`only`: just the missing or just the
    /// stale ones). One file has one source language: the mission's first
    /// working language (`source` picks another); posts written in another
    /// are left for another file.
    pub fn export_xliff(
        &self,
        mission: &str,
        language_code: &str,
        source: Option<&str>,
        only: Option<&str>,
    ) -> Result<String, ApiError> {
        let code = MissionCode::parse(mission)?;
        let target_language = language(language_code)?;
        let only = only
            .map(|name| {
                TranslationNeed::from_name(name)
                    .filter(|n| matches!(n, TranslationNeed::Missing | TranslationNeed::Stale))
                    .ok_or_else(|| ApiError::FilterInvalid { value: name.to_owned(), valid: "missing, stale".into() })
            })
            .transpose()?;
        self.store.snapshot(|read| {
            let mission = read.mission(&code)?.ok_or_else(|| ApiError::MissionNotFound { code: code.to_string() })?;
            let source_language = match source {
                Some(s) => language(s)?,
                None => mission.working_languages.first().cloned().unwrap_or_else(|| target_language.clone()),
            };
            let mut units = Vec::new();
            for id in read.translation_candidates(std::slice::from_ref(&code), usize::MAX >> 1)? {
                let Some(post) = read.post(id)? else { continue };
                if post.source_language != source_language {
                    continue;
                }
                let commented = read.commented_languages(post.id)?;
                let Some(need) = post.translation_need(&target_language, &commented) else { continue };
                if only.is_some_and(|o| o != need) {
                    continue;
                }
                let variant = &post.variants[&target_language];
                units.push(XliffUnit {
                    post: post.id.0,
                    source: post.source_text().to_owned(),
                    source_hash: source_hash(post.source_text()).to_hex(),
                    target: variant.text.clone(),
                    state: "translated".into(),
                });
            }
            Ok(xliff::write(&XliffFile { mission: code.to_string(), source_language, target_language, units }))
        })
    }

    /// Brings back a translated XLIFF file as `actor`: checked against the
    /// XLIFF schema, then every unit written in one transaction, or none
    /// when a unit names an unknown post, another mission or language, or
    /// a source that changed since the export. A unit the CAT tool marks
    /// translated (or reviewed, final) is marked done when its checks pass;
    /// otherwise it stays a draft for the translator to finish here.
    pub fn import_xliff(&mut self, actor: &str, text: &str) -> Result<XliffImportDto, ApiError> {
        self.import_xliff_with(actor, text, &mut |_, _| {})
    }

    /// [`Diwan::import_xliff`], telling `progress` how many units are in.
    pub fn import_xliff_with(
        &mut self,
        actor: &str,
        text: &str,
        progress: &mut dyn FnMut(u64, u64),
    ) -> Result<XliffImportDto, ApiError> {
        let actor = self.user(actor)?;
        let file = xliff::read(text)?;
        let now = self.now();
        let problem = |p: ImportProblem, detail: String| ApiError::Import(ImportError::new("XLIFF", 0, p, detail));
        self.store.write(|w| {
            let mut report = XliffImportDto { written: 0, done: 0, drafts: 0 };
            let glossary = w.read().glossary()?;
            let total = file.units.len() as u64;
            for (done, unit) in file.units.iter().enumerate() {
                progress(done as u64, total);
                let name = format!("post-{}", unit.post);
                let mut post = w
                    .read()
                    .post(PostId(unit.post))?
                    .ok_or_else(|| problem(ImportProblem::UnknownUnit, name.clone()))?;
                if post.mission.as_str() != file.mission {
                    return Err(problem(ImportProblem::UnknownUnit, format!("{name} ({})", post.mission)));
                }
                if post.source_language != file.source_language || !post.variants.contains_key(&file.target_language) {
                    return Err(problem(ImportProblem::LanguageMismatch, name));
                }
                if source_hash(post.source_text()).to_hex() != unit.source_hash {
                    return Err(problem(ImportProblem::SourceChanged, name));
                }
                if unit.target.is_empty() {
                    continue;
                }
                let before = post.content_hash();
                post.edit_text(&actor, &file.target_language, &unit.target)?;
                report.written += 1;
                let mut detail = format!("text:{} (XLIFF)", file.target_language);
                if matches!(unit.state.as_str(), "translated" | "reviewed" | "final") {
                    let targets = targets(w.read(), &post)?;
                    let digits = mission_digits(w.read(), &post)?;
                    let check = TranslationCheck { targets: &targets, glossary: &glossary, digits };
                    let mut done = post.clone();
                    match done.mark_translated(&actor, &file.target_language, check, None, now) {
                        Ok(_) => {
                            post = done;
                            report.done += 1;
                            detail.push_str(", done");
                            w.add_memory_units(
                                &memory_units(&post, &file.target_language, actor.name.as_str(), now),
                                OnConflict::KeepNewest,
                            )?;
                        }
                        Err(diwan_core::post::PostError::QaFailed { .. }) => report.drafts += 1,
                        Err(other) => return Err(other.into()),
                    }
                } else {
                    report.drafts += 1;
                }
                w.update_post(&post, now)?;
                w.append_audit(
                    NewAuditEvent::new(
                        now,
                        actor.name.to_string(),
                        AuditAction::PostEdited,
                        format!("post:{}", post.id.0),
                    )
                    .with_hashes(Some(before), Some(post.content_hash()))
                    .with_detail(detail),
                )?;
            }
            w.append_audit(
                NewAuditEvent::new(
                    now,
                    actor.name.to_string(),
                    AuditAction::XliffImported,
                    format!("mission:{}", file.mission),
                )
                .with_detail(format!(
                    "{} → {}: {} written, {} done, {} left as drafts",
                    file.source_language, file.target_language, report.written, report.done, report.drafts
                )),
            )?;
            progress(total, total);
            Ok::<_, ApiError>(report)
        })
    }

    pub fn delete_term(&mut self, actor: &str, id: i64) -> Result<(), ApiError> {
        let actor = self.user(actor)?;
        if let Some(refusal) = glossary::editor_refusal(&actor) {
            return Err(refusal.into());
        }
        let now = self.now();
        self.store.write(|w| {
            w.delete_term(TermId(id))?;
            w.append_audit(NewAuditEvent::new(
                now,
                actor.name.to_string(),
                AuditAction::GlossaryTermRemoved,
                format!("glossary:{id}"),
            ))?;
            Ok(())
        })
    }
}

#[cfg(test)]
mod tests;
