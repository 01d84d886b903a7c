//! The desktop's side of team mode (#13): connecting this database to the
//! ministry's hub, and pulling from it the missions its person belongs to
//! and everyone who works there, with their roles. The person's
//! passphrase is also kept here as a local Argon2id verifier, so that
//! they sign in offline as online. What comes from the hub is checked
//! again with the core's rules before one row is written, and each pull
//! is one transaction with its audit events (by `hub`).

use std::time::Duration;

use chrono::{DateTime, Utc};
use diwan_core::account::NewAccount;
use diwan_core::approval::Policy;
use diwan_core::audit::{AuditAction, NewAuditEvent};
use diwan_core::crisis::CrisisId;
use diwan_core::post::{Category, Post, PostId};
use diwan_core::sync::Change;
use diwan_core::user::{Role, User, UserName};
use diwan_core::LanguageCode;
use diwan_core::{Localized, MessageArg, MissionCode, MissionNames, NewMission};
use diwan_protocol as protocol;
use diwan_protocol::convert::{self, AccountList, Accounts, Crises, CrisisList};
use diwan_store::{ChainLink, PendingChange, Reader, Writer};
use serde::de::DeserializeOwned;

use std::collections::btree_map::Entry;
use std::collections::BTreeMap;

use crate::dto::{ArgDto, ErrorDto, HubStatusDto, PostDto, PostEditDto, RefusedChangeDto, SyncReportDto};
use crate::{sign_in, ApiError, Diwan};

const URL: &str = "hub.url";
/// Who the audit trail names for what the hub brought.
const HUB: &str = "hub";

/// A refusal from the hub, in the terms the desktop shows it: one of the
/// message ids it knows (`locales/*/diwan.ftl`), with its arguments.
#[derive(Debug, Clone, PartialEq)]
pub struct HubRefusal {
    code: &'static str,
    args: Vec<(&'static str, MessageArg)>,
}

/// The hub's message ids this desktop can show; any other is shown as
/// "the hub refused" with the id, never dropped.
const KNOWN_CODES: &[&str] = &[
    "error-sign-in-wrong",
    "error-sign-in-wait",
    "error-hub-token-refused",
    "error-hub-database",
    "error-hub-not-hub",
    "error-hub-too-new",
    "error-hub-not-initialised",
    "error-hub-audit-broken",
    "error-hub-person-unknown",
];
const KNOWN_ARGS: &[&str] = &["detail", "seconds", "found", "supported", "seq", "name", "code"];

impl HubRefusal {
    fn from_wire(refusal: &protocol::Refusal) -> Self {
        let known = |set: &[&'static str], name: &str| set.iter().copied().find(|k| *k == name);
        let Some(code) = known(KNOWN_CODES, &refusal.code) else {
            return Self { code: "error-hub-refused", args: vec![("code", refusal.code.as_str().into())] };
        };
        let args = refusal
            .args
            .iter()
            .filter_map(|(name, value)| {
                let name = known(KNOWN_ARGS, name)?;
                let value = match value {
                    serde_json::Value::Number(n) => MessageArg::Number(n.as_i64()?),
                    serde_json::Value::String(s) => s.as_str().into(),
                    other => other.to_string().as_str().into(),
                };
                Some((name, value))
            })
            .collect();
        Self { code, args }
    }
}

impl Localized for HubRefusal {
    fn message_id(&self) -> &'static str {
        self.code
    }

    fn message_args(&self) -> Vec<(&'static str, MessageArg)> {
        self.args.clone()
    }
}

/// The way to this database's hub for one person connected here: their
/// own device token, so that the hub runs what they did as them.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Link {
    url: String,
    token: String,
}

/// `https://host[:port][/path]` without a trailing slash; anything but
/// http(s) with a host is refused (http only to this machine itself).
pub fn hub_address(given: &str) -> Result<String, ApiError> {
    let refused = || ApiError::HubAddress { url: given.to_owned() };
    let url = url::Url::parse(given.trim()).map_err(|_| refused())?;
    let local = matches!(url.host_str(), Some("127.0.0.1" | "localhost" | "[::1]"));
    let secure = url.scheme() == "https" || (url.scheme() == "http" && local);
    if !secure || url.host_str().is_none() || !url.username().is_empty() || url.password().is_some() {
        return Err(refused());
    }
    Ok(url.as_str().trim_end_matches('/').to_owned())
}

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(30)))
        // The system's own trusted authorities (OpenSSL's store, which a
        // ministry's IT extends with its own authority; SSL_CERT_FILE too),
        // never a bundled list that would not know the ministry's.
        .tls_config(
            ureq::tls::TlsConfig::builder()
                .provider(ureq::tls::TlsProvider::NativeTls)
                .root_certs(ureq::tls::RootCerts::PlatformVerifier)
                .build(),
        )
        .build()
        .into()
}

/// An empty answer (a 204), or the hub's refusal, or why it could not be reached.
fn answer_empty(url: &str, sent: Result<ureq::http::Response<ureq::Body>, ureq::Error>) -> Result<(), ApiError> {
    let response = sent.map_err(|e| ApiError::HubUnreachable { url: url.to_owned(), detail: e.to_string() })?;
    if response.status().is_success() {
        return Ok(());
    }
    answer::<serde_json::Value>(url, Ok(response)).map(|_| ())
}

/// The answer as `T`, or the hub's refusal, or why it could not be reached.
fn answer<T: DeserializeOwned>(
    url: &str,
    sent: Result<ureq::http::Response<ureq::Body>, ureq::Error>,
) -> Result<T, ApiError> {
    let unreachable = |detail: String| ApiError::HubUnreachable { url: url.to_owned(), detail };
    let mut response = sent.map_err(|e| unreachable(e.to_string()))?;
    let ok = response.status().is_success();
    let text = response.body_mut().read_to_string().map_err(|e| unreachable(e.to_string()))?;
    if ok {
        serde_json::from_str(&text).map_err(|e| unreachable(format!("an answer Diwan cannot read: {e}")))
    } else {
        let refusal: protocol::Refusal = serde_json::from_str(&text).map_err(|_| {
            unreachable(format!("HTTP {}: {}", response.status(), text.chars().take(200).collect::<String>()))
        })?;
        Err(ApiError::HubRefused(HubRefusal::from_wire(&refusal)))
    }
}

/// `https://hub/v1/{path}`.
fn endpoint(hub: &str, path: &str) -> String {
    format!("{hub}/{}/{path}", protocol::VERSION)
}

impl Link {
    fn endpoint(&self, path: &str) -> String {
        endpoint(&self.url, path)
    }

    /// The `Authorization` header this device sends.
    fn bearer(&self) -> String {
        format!("Bearer {}", self.token)
    }
}

fn directory(link: &Link) -> Result<protocol::Directory, ApiError> {
    let url = link.endpoint("directory");
    answer(&url, agent().get(&url).header("Authorization", &link.bearer()).call())
}

/// What this computer is called on the hub's list of devices: its host
/// name, where the system gives one.
pub fn this_device() -> String {
    std::fs::read_to_string("/etc/hostname")
        .ok()
        .map(|name| name.trim().to_owned())
        .filter(|name| !name.is_empty())
        .unwrap_or_else(|| "Diwan desktop".to_owned())
}

impl Diwan {
    /// Connects this database to the hub at `url` as `name`: signs in
    /// there from this `device`, pulls the directory, and keeps the
    /// passphrase as this person's local verifier (offline sign-in).
    pub fn connect_hub(
        &mut self,
        url: &str,
        name: &str,
        passphrase: &str,
        device: &str,
    ) -> Result<SyncReportDto, ApiError> {
        let url = hub_address(url)?;
        // One database, one hub: a colleague connecting here joins the hub
        // this desktop already works with.
        if let Some(here) = self.store.read().setting(URL)?.filter(|here| *here != url) {
            return Err(ApiError::HubOtherConnected { url: here });
        }
        let asked =
            protocol::SignIn { name: name.to_owned(), passphrase: passphrase.to_owned(), device: device.to_owned() };
        let sign_in_url = endpoint(&url, "sign-in");
        let signed: protocol::SignedIn = answer(&sign_in_url, agent().post(&sign_in_url).send_json(&asked))?;
        let link = Link { url, token: signed.token };
        let pulled = directory(&link)?;
        let person = UserName::parse(&signed.person.name)?;
        if !pulled.people.iter().any(|p| p.name == person.as_str()) {
            // Nothing to work on here: this device's token is given back
            // (best effort) rather than left active on the hub.
            let _ = agent().post(&link.endpoint("sign-out")).header("Authorization", &link.bearer()).send_empty();
            return Err(ApiError::HubNoMissions { name: person.to_string() });
        }
        let phc = sign_in::hash(passphrase)?;
        let now = self.now();
        let mut report = self.store.write(|w| {
            let report = apply(w, &pulled, now)?;
            // The hub named who signed in: they are in what was pulled.
            w.set_credential(&person, &phc, false, now)?;
            w.set_setting(URL, &link.url)?;
            w.set_hub_person(person.as_str(), &link.token, signed.device)?;
            w.append_audit(
                NewAuditEvent::new(
                    now,
                    person.as_str(),
                    AuditAction::HubConnected,
                    format!("device:{}", signed.device),
                )
                .with_detail(&link.url),
            )?;
            Ok::<_, ApiError>(report)
        })?;
        // Then the plan itself: the posts of this person's missions.
        report.pulled += self.pull_posts(&link, person.as_str(), &mission_codes(&pulled))?;
        Ok(report)
    }

    /// One sync: pushes the changes made here (each taken or refused by the
    /// hub), each under the token of the person who made it, then pulls
    /// what changed there since (missions, people, roles, and the posts of
    /// their missions) for each person connected here. A person whose
    /// token the hub refuses (revoked) is named in the report, and what
    /// they did here waits until they connect again; nothing is written
    /// for them, and the others' sync goes on. When the hub refuses every
    /// token here, that refusal is the answer.
    pub fn sync_hub(&mut self) -> Result<SyncReportDto, ApiError> {
        let url = self.store.read().setting(URL)?.ok_or(ApiError::HubNotConnected)?;
        let people = self.store.read().hub_people()?;
        let mut links: BTreeMap<String, Link> =
            people.iter().map(|p| (p.person.clone(), Link { url: url.clone(), token: p.token.clone() })).collect();
        let mut report = SyncReportDto::default();
        let mut refusal = None;
        self.push_changes(&mut links, &mut report, &mut refusal)?;
        for person in &people {
            let Some(link) = links.get(&person.person).cloned() else { continue };
            let pulled = directory(&link).and_then(|directory| {
                let now = self.now();
                let mut pulled = self.store.write(|w| apply(w, &directory, now))?.pulled;
                pulled += self.pull_posts(&link, &person.person, &mission_codes(&directory))?;
                Ok(pulled)
            });
            match pulled {
                Ok(pulled) => report.pulled += pulled,
                Err(error) if token_refused(&error) => {
                    links.remove(&person.person);
                    report.signed_out.push(person.person.clone());
                    refusal = Some(error);
                }
                Err(error) => return Err(error),
            }
        }
        match refusal {
            Some(error) if links.is_empty() => Err(error),
            None if people.is_empty() => Err(ApiError::HubNotConnected),
            _ => Ok(report),
        }
    }

    /// Sends what waits, round after round: one change per post a round,
    /// since each builds on the version the one before it made, and in the
    /// order they were made, each under its author's token. A change whose
    /// author is not connected here waits for them (and so do the later
    /// changes of its post).
    fn push_changes(
        &mut self,
        links: &mut BTreeMap<String, Link>,
        report: &mut SyncReportDto,
        refusal: &mut Option<ApiError>,
    ) -> Result<(), ApiError> {
        loop {
            let pending = self.store.read().pending_changes()?;
            // The first change of each post, by author.
            let mut rounds: BTreeMap<&str, Vec<&PendingChange>> = BTreeMap::new();
            let mut posts = std::collections::BTreeSet::new();
            for change in &pending {
                if posts.insert(change.post_uid.as_str()) && links.contains_key(&change.actor) {
                    let round = rounds.entry(change.actor.as_str()).or_default();
                    if round.len() < PUSH_ROUND {
                        round.push(change);
                    }
                }
            }
            if rounds.is_empty() {
                return Ok(());
            }
            for (person, round) in rounds {
                let Some(link) = links.get(person) else { continue };
                match self.push_round(link, &round, report) {
                    Ok(()) => {}
                    Err(error) if token_refused(&error) => {
                        links.remove(person);
                        report.signed_out.push(person.to_owned());
                        *refusal = Some(error);
                    }
                    Err(error) => return Err(error),
                }
            }
        }
    }

    /// Pushes one round of `link`'s person's changes and keeps what the hub answered.
    fn push_round(
        &mut self,
        link: &Link,
        round: &[&PendingChange],
        report: &mut SyncReportDto,
    ) -> Result<(), ApiError> {
        let mut changes = Vec::with_capacity(round.len());
        for change in round {
            let wire: protocol::Change = serde_json::from_str(&change.change).map_err(|e| {
                diwan_store::StoreError::Corrupt { detail: format!("a change waiting for the hub: {e}") }
            })?;
            // An image's bytes go first (the hub keeps them once); without
            // them here, the hub refuses the change and its author sees why.
            if let protocol::Change::AttachMedia { content } = &wire {
                if let Some(bytes) = self.media_bytes_by_content(content)? {
                    let url = link.endpoint(&format!("media/{content}"));
                    let sent = agent().put(&url).header("Authorization", &link.bearer()).send(&bytes[..]);
                    answer_empty(&url, sent)?;
                }
            }
            changes.push(protocol::Pushed {
                key: change.key.clone(),
                post: change.post_uid.clone(),
                base_version: change.base_version,
                change: wire,
                event: change.event.as_ref().map(|e| protocol::ChainHead { seq: e.seq, hash: e.hash.clone() }),
            });
        }
        let url = link.endpoint("push");
        let answer: protocol::PushAnswer = answer(
            &url,
            agent().post(&url).header("Authorization", &link.bearer()).send_json(&protocol::Push { changes }),
        )?;
        let now = self.now();
        self.store.write(|w| {
            for outcome in &answer.outcomes {
                match outcome {
                    protocol::Outcome::Accepted { key, version, recorded } => {
                        let recorded = recorded.as_ref().map(|r| ChainLink { seq: r.seq, hash: r.hash.clone() });
                        w.change_accepted(key, *version, recorded.as_ref())?;
                        report.pushed += 1;
                    }
                    protocol::Outcome::Refused { key, refusal, conflict } => {
                        let args = serde_json::to_string(&refusal.args).unwrap_or_else(|_| "{}".to_owned());
                        if let Some(change) = round.iter().find(|r| r.key == *key) {
                            w.append_audit(refused_event(change, &refusal.code, now))?;
                        }
                        w.change_refused(key, &refusal.code, &args, *conflict, now)?;
                        report.refused += 1;
                    }
                }
            }
            Ok::<_, ApiError>(())
        })
    }

    /// Brings the posts of `missions` changed on the hub since the last
    /// pull, page by page, each page one transaction; returns how many
    /// changed here. A post with changes of its own still waiting is left
    /// for the next sync (and the cursor kept, so it comes again).
    fn pull_posts(&mut self, link: &Link, person: &str, missions: &str) -> Result<u32, ApiError> {
        let here = self.store.read().hub_people()?.into_iter().find(|p| p.person == person);
        let mut cursor = match here {
            Some(here) if here.missions == missions => here.cursor,
            // New missions (or none pulled yet): from the start.
            _ => 0,
        };
        let mut pulled = 0;
        loop {
            let url = format!("{}?after={cursor}", link.endpoint("pull"));
            let page: protocol::Pulled =
                answer(&url, agent().get(&url).header("Authorization", &link.bearer()).call())?;
            // Images first, outside the page's transaction: their bytes by hash.
            let media_types = self.fetch_media(link, &page.posts)?;
            let now = self.now();
            let held = self.store.write(|w| {
                for policy in &page.policies {
                    pulled += apply_policy(w, policy, now)?;
                }
                for crisis in &page.crises {
                    pulled += apply_crisis(w, crisis, now)?;
                }
                let mut held = false;
                // Read once a page, not once a post: the crises (brought
                // first, above) and each mission's accounts.
                let mut known =
                    Known { crises: CrisisList(w.read().crisis_uids()?), accounts: BTreeMap::new(), media_types };
                for post in &page.posts {
                    match apply_post(w, post, &mut known, now)? {
                        Applied::Changed => pulled += 1,
                        Applied::Same => {}
                        Applied::Held => held = true,
                    }
                }
                if !held {
                    w.set_sync_cursor(person, page.cursor, missions)?;
                }
                if let Some(head) = &page.head {
                    w.record_hub_head(head.seq, &head.hash, now)?;
                }
                Ok::<_, ApiError>(held)
            })?;
            if !page.more || held {
                return Ok(pulled);
            }
            cursor = page.cursor;
        }
    }

    /// Brings the bytes of the images of `posts` this desktop does not have
    /// (each checked against its hash, kept whole), and says the type of
    /// every image of them.
    fn fetch_media(&self, link: &Link, posts: &[protocol::Post]) -> Result<BTreeMap<String, String>, ApiError> {
        let mut types = BTreeMap::new();
        for content in posts.iter().flat_map(|p| &p.media).map(|m| m.content.as_str()) {
            if types.contains_key(content) {
                continue;
            }
            let bytes = match self.media_bytes_by_content(content)? {
                Some(bytes) => bytes,
                None => {
                    let url = link.endpoint(&format!("media/{content}"));
                    let mut response = agent()
                        .get(&url)
                        .header("Authorization", &link.bearer())
                        .call()
                        .map_err(|e| ApiError::HubUnreachable { url: url.clone(), detail: e.to_string() })?;
                    if !response.status().is_success() {
                        return answer_empty(&url, Ok(response)).map(|()| BTreeMap::new());
                    }
                    response
                        .body_mut()
                        .with_config()
                        .limit(u64::try_from(diwan_core::media::MAX_MEDIA_BYTES).unwrap_or(u64::MAX))
                        .read_to_vec()
                        .map_err(|e| ApiError::HubUnreachable { url: url.clone(), detail: e.to_string() })?
                }
            };
            types.insert(content.to_owned(), self.keep_media_bytes(content, &bytes)?);
        }
        Ok(types)
    }

    /// Checks the hub's audit chain against this desktop's witness: the hub
    /// verifies its whole chain, and every head this desktop saw at a pull
    /// must still be there with the same hash (a chain written again from
    /// some event on verifies, but not against what was seen before). Each
    /// change the hub took is checked at both ends: the hub's event that
    /// records it still has the hash it had when taken and names this
    /// desktop's event, and that event is still in this desktop's chain
    /// with the same hash (the chain itself: [`Diwan::verify_audit`]).
    pub fn verify_hub(&self) -> Result<HubCheck, ApiError> {
        let link = self.hub_link()?.ok_or(ApiError::HubNotConnected)?;
        let read = self.store.read();
        let seen = read.hub_heads()?;
        let links = read.hub_links()?;
        let url = link.endpoint("audit/check");
        let seqs = seen.iter().map(|(seq, _)| *seq).chain(links.iter().map(|l| l.hub.seq)).collect();
        let checked: protocol::ChainChecked = answer(
            &url,
            agent().post(&url).header("Authorization", &link.bearer()).send_json(&protocol::ChainCheck { seqs }),
        )?;
        let hub_hash = |seq: &i64| checked.hashes.get(seq).and_then(Option::as_deref);
        for (seq, hash) in &seen {
            if hub_hash(seq) != Some(hash.as_str()) {
                return Err(ApiError::HubChainDiffers { seq: *seq });
            }
        }
        for linked in &links {
            let named = protocol::desktop_event_link(&protocol::ChainHead {
                seq: linked.here.seq,
                hash: linked.here.hash.clone(),
            });
            let detail = checked.details.get(&linked.hub.seq).map(String::as_str).unwrap_or_default();
            if hub_hash(&linked.hub.seq) != Some(linked.hub.hash.as_str()) || !detail.ends_with(&named) {
                return Err(ApiError::HubChainDiffers { seq: linked.hub.seq });
            }
            if read.audit_hash_at(linked.here.seq)?.as_deref() != Some(linked.here.hash.as_str()) {
                return Err(ApiError::LinkedEventDiffers { seq: linked.here.seq });
            }
        }
        Ok(HubCheck { events: checked.events, heads: seen.len(), linked: links.len() })
    }

    /// What the hub refused, newest first, as their authors see it.
    pub fn refused_changes(&self) -> Result<Vec<RefusedChangeDto>, ApiError> {
        let read = self.store.read();
        let mut list = Vec::new();
        for refused in read.refused_changes()? {
            let post = read.post_id_by_uid(&refused.pending.post_uid)?;
            let post_text = match post {
                Some(id) => read.post(id)?.map(|p| p.source_text().to_owned()).unwrap_or_default(),
                None => String::new(),
            };
            let wire: Option<protocol::Change> = serde_json::from_str(&refused.pending.change).ok();
            let (kind, language, text) = wire.as_ref().map_or(("unknown".to_owned(), None, None), describe);
            list.push(RefusedChangeDto {
                key: refused.pending.key.clone(),
                post: post.map(|id| id.0),
                post_text,
                actor: refused.pending.actor.clone(),
                can_redo: redoable(post, wire.as_ref()).is_some(),
                kind,
                language,
                text,
                reason: reason_dto(&refused.code, &refused.args),
                conflict: refused.conflict,
                made_at: refused.pending.made_at.to_rfc3339(),
                refused_at: refused.refused_at.to_rfc3339(),
            });
        }
        Ok(list)
    }

    /// Drops a refused change: its author decided the hub's version stands.
    pub fn drop_refused_change(&mut self, actor: &str, key: &str) -> Result<(), ApiError> {
        let actor = self.user(actor)?;
        let now = self.now();
        self.store.write(|w| {
            let dropped =
                w.forget_refused(key)?.ok_or_else(|| ApiError::RefusedChangeNotFound { key: key.to_owned() })?;
            let subject = match w.read().post_id_by_uid(&dropped.pending.post_uid)? {
                Some(id) => format!("post:{}", id.0),
                None => format!("post:{}", dropped.pending.post_uid),
            };
            w.append_audit(
                NewAuditEvent::new(now, actor.name.as_str(), AuditAction::PostChangeDropped, subject)
                    .with_detail(&dropped.code),
            )?;
            Ok::<_, ApiError>(())
        })
    }

    /// Does a refused change again, as `actor`, on the post as it is here
    /// now (after the pull that brought what won): the same use case, so
    /// the same rules, and a new change queued for the hub from the current
    /// version. The refused one is then forgotten.
    pub fn redo_refused_change(&mut self, actor: &str, key: &str) -> Result<PostDto, ApiError> {
        let not_found = || ApiError::RefusedChangeNotFound { key: key.to_owned() };
        let stored = self.store.read().refused_changes()?.into_iter().find(|r| r.pending.key == key);
        let stored = stored.ok_or_else(not_found)?;
        let post = self.store.read().post_id_by_uid(&stored.pending.post_uid)?;
        let wire: Option<protocol::Change> = serde_json::from_str(&stored.pending.change).ok();
        let id = redoable(post, wire.as_ref()).ok_or_else(not_found)?.0;
        let Some(wire) = wire else { return Err(not_found()) };
        self.redoing = Some(key.to_owned());
        let redone = self.redo(actor, id, wire, key);
        self.redoing = None;
        redone
    }

    /// Runs the use case of a refused change again (see
    /// [`Diwan::redo_refused_change`]); the use case forgets it as it queues.
    fn redo(&mut self, actor: &str, id: i64, wire: protocol::Change, key: &str) -> Result<PostDto, ApiError> {
        let post = match wire {
            protocol::Change::EditText { language, text } => {
                let edit = PostEditDto {
                    language: Some(language),
                    text: Some(text),
                    local_time: None,
                    accounts: None,
                    template: None,
                };
                self.edit_post(actor, id, edit)?
            }
            protocol::Change::Reschedule { at } => {
                let at = convert::time(&at)?;
                let zone = self.store.read().post(PostId(id))?.ok_or(ApiError::PostNotFound { id })?.time_zone;
                let local = at.with_timezone(&zone).format("%Y-%m-%dT%H:%M").to_string();
                self.edit_post(
                    actor,
                    id,
                    PostEditDto { language: None, text: None, local_time: Some(local), accounts: None, template: None },
                )?
            }
            protocol::Change::Retarget { targets } => {
                let post = self.store.read().post(PostId(id))?.ok_or(ApiError::PostNotFound { id })?;
                let accounts = local_accounts(self.store.read(), &post.mission)?;
                let ids = targets
                    .iter()
                    .map(|k| {
                        accounts
                            .id(k)
                            .map(|a| a.0)
                            .ok_or_else(|| convert::Unreadable { field: "account", value: k.handle.clone() })
                    })
                    .collect::<Result<Vec<_>, _>>()?;
                self.edit_post(
                    actor,
                    id,
                    PostEditDto { language: None, text: None, local_time: None, accounts: Some(ids), template: None },
                )?
            }
            protocol::Change::Submit => self.submit_post(actor, id)?,
            protocol::Change::MarkTranslated { language, override_reason } => {
                self.mark_translated(actor, id, &language, override_reason.as_deref())?
            }
            protocol::Change::Approve { fast_track } => self.approve_post(actor, id, fast_track)?,
            protocol::Change::Reject { reason } => self.reject_post(actor, id, &reason)?,
            protocol::Change::Schedule => self.schedule_post(actor, id)?,
            protocol::Change::Publish { url } => self.publish_post(actor, id, &url)?,
            protocol::Change::AttachMedia { content } => {
                let bytes = self.media_bytes_by_content(&content)?.ok_or_else(|| {
                    ApiError::from(diwan_store::StoreError::NotFound { kind: "image", id: content.clone() })
                })?;
                let name = format!("image-{}", content.get(..8).unwrap_or_default());
                self.attach_media(actor, id, &name, &bytes)?;
                self.post_for(id, Some(actor))?
            }
            protocol::Change::RemoveMedia { content } => {
                let media = local_media(self.store.read(), id, &content)?;
                self.remove_media(actor, media)?;
                self.post_for(id, Some(actor))?
            }
            protocol::Change::SetMediaAlt { content, language, text } => {
                let media = local_media(self.store.read(), id, &content)?;
                self.set_media_alt(actor, media, &language, &text)?;
                self.post_for(id, Some(actor))?
            }
            protocol::Change::Create { .. }
            | protocol::Change::DeclareCrisis { .. }
            | protocol::Change::EndCrisis { .. }
            | protocol::Change::SetPolicy { .. }
            | protocol::Change::AddComment { .. }
            | protocol::Change::ResolveComment { .. } => {
                return Err(ApiError::RefusedChangeNotFound { key: key.to_owned() })
            }
        };
        Ok(post)
    }

    /// The hub this database is connected to, if any.
    pub fn hub_url(&self) -> Result<Option<String>, ApiError> {
        Ok(self.store.read().setting(URL)?)
    }

    /// The hub this database is connected to and who is connected to it
    /// from here (nothing if none).
    pub fn hub_status(&self) -> Result<HubStatusDto, ApiError> {
        let read = self.store.read();
        let count = |n: u64| u32::try_from(n).unwrap_or(u32::MAX);
        Ok(HubStatusDto {
            url: read.setting(URL)?,
            people: read.hub_people()?.into_iter().map(|p| p.person).collect(),
            waiting: count(read.pending_count()?),
            refused: count(read.refused_count()?),
        })
    }

    /// A way to the hub for asking what is not any one person's (the
    /// chain's check): the first person connected here.
    fn hub_link(&self) -> Result<Option<Link>, ApiError> {
        let read = self.store.read();
        let url = read.setting(URL)?;
        let person = read.hub_people()?.into_iter().next();
        Ok(url.zip(person).map(|(url, person)| Link { url, token: person.token }))
    }
}

/// This desktop's number of post `post`'s image named `content`.
fn local_media(read: Reader<'_>, post: i64, content: &str) -> Result<i64, ApiError> {
    read.media(PostId(post))?
        .into_iter()
        .find(|m| m.content_hash.to_hex() == content)
        .map(|m| m.id)
        .ok_or_else(|| diwan_store::StoreError::NotFound { kind: "image", id: content.to_owned() }.into())
}

/// Whether the hub refused the token itself (revoked, signed out).
fn token_refused(error: &ApiError) -> bool {
    matches!(error, ApiError::HubRefused(refusal) if refusal.code == "error-hub-token-refused")
}

/// The directory's missions, as the pull cursor remembers them.
fn mission_codes(directory: &protocol::Directory) -> String {
    let mut codes: Vec<&str> = directory.missions.iter().map(|m| m.code.as_str()).collect();
    codes.sort_unstable();
    codes.join(",")
}

/// How many changes one push sends at most.
const PUSH_ROUND: usize = 200;

/// This desktop's accounts of `mission`, by which the wire's keys are read.
fn local_accounts(read: Reader<'_>, mission: &MissionCode) -> Result<AccountList, ApiError> {
    Ok(AccountList(read.accounts(Some(mission))?))
}

/// Queues `changes`, just made by `actor` on `post`, for the hub: only when
/// this database is connected to one and the post is there (or on its way).
/// A post made here before connecting stays this desktop's own. `redone`,
/// the refused change these do again, is forgotten in the same transaction.
pub(crate) fn queue(
    w: &mut Writer<'_>,
    post: &Post,
    actor: &str,
    changes: &[Change],
    redone: Option<&str>,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    if let Some(key) = redone {
        w.forget_refused(key)?;
    }
    if changes.is_empty() || w.read().setting(URL)?.is_none() || !w.read().post_is_shared(post.id)? {
        return Ok(());
    }
    let uid = w.read().post_uid(post.id)?.ok_or(ApiError::PostNotFound { id: post.id.0 })?;
    let base = w.read().post_hub_version(post.id)?;
    let accounts = local_accounts(w.read(), &post.mission)?;
    for change in changes {
        let wire = serde_json::to_string(&convert::change_out(change, &accounts))
            .map_err(|e| diwan_store::StoreError::Corrupt { detail: e.to_string() })?;
        w.queue_change(&uid, base, actor, &wire, now)?;
    }
    Ok(())
}

/// Queues a comment's change on `post` for the hub, when the post is shared there.
pub(crate) fn queue_comment(
    w: &mut Writer<'_>,
    post: PostId,
    change: &protocol::Change,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    if w.read().setting(URL)?.is_none() || !w.read().post_is_shared(post)? {
        return Ok(());
    }
    let uid = w.read().post_uid(post)?.ok_or(ApiError::PostNotFound { id: post.0 })?;
    let base = w.read().post_hub_version(post)?;
    let wire = serde_json::to_string(change).map_err(|e| diwan_store::StoreError::Corrupt { detail: e.to_string() })?;
    w.queue_change(&uid, base, actor, &wire, now)?;
    Ok(())
}

/// Queues a post just created here for the hub, when connected to one and
/// the post's mission is one the hub brought.
pub(crate) fn queue_creation(
    w: &mut Writer<'_>,
    post: &Post,
    languages: &[LanguageCode],
    actor: &str,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    if w.read().setting(URL)?.is_none() {
        return Ok(());
    }
    let uid = w.read().post_uid(post.id)?.ok_or(ApiError::PostNotFound { id: post.id.0 })?;
    let accounts = local_accounts(w.read(), &post.mission)?;
    let wire = protocol::Change::Create { post: convert::new_post_out(post, languages, &accounts) };
    let wire = serde_json::to_string(&wire).map_err(|e| diwan_store::StoreError::Corrupt { detail: e.to_string() })?;
    w.queue_change(&uid, None, actor, &wire, now)?;
    Ok(())
}

/// Queues a crisis declared or ended here for the hub, when connected to one.
pub(crate) fn queue_crisis(
    w: &mut Writer<'_>,
    crisis: CrisisId,
    change: protocol::Change,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    let uid = w
        .read()
        .crisis_uid(crisis)?
        .ok_or_else(|| diwan_store::StoreError::NotFound { kind: "crisis", id: crisis.0.to_string() })?;
    queue_other(w, &uid, &change, actor, now)
}

/// Queues a change of no post (a crisis, a policy) under `subject`, when
/// this database is connected to a hub.
pub(crate) fn queue_other(
    w: &mut Writer<'_>,
    subject: &str,
    change: &protocol::Change,
    actor: &str,
    now: DateTime<Utc>,
) -> Result<(), ApiError> {
    if w.read().setting(URL)?.is_none() {
        return Ok(());
    }
    let wire = serde_json::to_string(change).map_err(|e| diwan_store::StoreError::Corrupt { detail: e.to_string() })?;
    w.queue_change(subject, None, actor, &wire, now)?;
    Ok(())
}

fn refused_event(change: &PendingChange, code: &str, now: DateTime<Utc>) -> NewAuditEvent {
    NewAuditEvent::new(now, HUB, AuditAction::PostChangeRefused, format!("post:{}", change.post_uid))
        .with_detail(format!("{} by {}: {code}", change_kind(&change.change), change.actor))
}

/// A waiting change's kind, by the one list of kinds (`describe`).
fn change_kind(json: &str) -> String {
    serde_json::from_str::<protocol::Change>(json).map_or_else(|_| "unknown".to_owned(), |change| describe(&change).0)
}

/// The post a refused change can be done again on: one still here, and a
/// change of that post (not its creation, a comment, a crisis or a policy).
fn redoable(post: Option<PostId>, change: Option<&protocol::Change>) -> Option<PostId> {
    // A comment is already here as its author wrote it: nothing to do again.
    let of_the_post =
        change.is_some_and(|c| !matches!(c, protocol::Change::Create { .. }) && c.is_of_a_post() && !c.is_comment());
    post.filter(|_| of_the_post)
}

/// A change's kind, language and its author's words, for the list of refused changes.
fn describe(change: &protocol::Change) -> (String, Option<String>, Option<String>) {
    let kind = |k: &str| k.to_owned();
    match change {
        protocol::Change::Create { post } => {
            (kind("create"), Some(post.source_language.clone()), Some(post.text.clone()))
        }
        protocol::Change::EditText { language, text } => {
            (kind("edit-text"), Some(language.clone()), Some(text.clone()))
        }
        protocol::Change::Reschedule { at } => (kind("reschedule"), None, Some(at.clone())),
        protocol::Change::Retarget { targets } => {
            let handles: Vec<String> = targets.iter().map(|t| format!("{}:{}", t.platform, t.handle)).collect();
            (kind("retarget"), None, Some(handles.join(", ")))
        }
        protocol::Change::Submit => (kind("submit"), None, None),
        protocol::Change::MarkTranslated { language, override_reason } => {
            (kind("mark-translated"), Some(language.clone()), override_reason.clone())
        }
        protocol::Change::Approve { .. } => (kind("approve"), None, None),
        protocol::Change::Reject { reason } => (kind("reject"), None, Some(reason.clone())),
        protocol::Change::Schedule => (kind("schedule"), None, None),
        protocol::Change::Publish { url } => (kind("publish"), None, Some(url.clone())),
        protocol::Change::DeclareCrisis { reason, .. } => (kind("declare-crisis"), None, Some(reason.clone())),
        protocol::Change::EndCrisis { resolution, .. } => (kind("end-crisis"), None, Some(resolution.clone())),
        protocol::Change::SetPolicy { category, steps, .. } => {
            (kind("set-policy"), None, Some(format!("{category}: {}", steps.join(" > "))))
        }
        protocol::Change::AddComment { language, body, .. } => {
            (kind("add-comment"), language.clone(), Some(body.clone()))
        }
        protocol::Change::ResolveComment { .. } => (kind("resolve-comment"), None, None),
        protocol::Change::AttachMedia { content } => (kind("attach-media"), None, Some(content.clone())),
        protocol::Change::RemoveMedia { content } => (kind("remove-media"), None, Some(content.clone())),
        protocol::Change::SetMediaAlt { language, text, .. } => {
            (kind("set-media-alt"), Some(language.clone()), Some(text.clone()))
        }
    }
}

/// The hub's reason as this desktop shows it: its own message when it has
/// one by that id, else "the hub refused with …", never dropped.
fn reason_dto(code: &str, args: &str) -> ErrorDto {
    let known = crate::i18n::Localizer::new(diwan_core::UiLocale::En).knows(code);
    if !known {
        return ErrorDto {
            code: "error-hub-refused".to_owned(),
            args: [("code".to_owned(), ArgDto::Text(code.to_owned()))].into(),
        };
    }
    let args: BTreeMap<String, serde_json::Value> = serde_json::from_str(args).unwrap_or_default();
    let args = args
        .into_iter()
        .map(|(name, value)| {
            let value = match value {
                serde_json::Value::Number(n) => n.as_i64().map_or_else(|| ArgDto::Text(n.to_string()), ArgDto::Number),
                serde_json::Value::String(s) => ArgDto::Text(s),
                other => ArgDto::Text(other.to_string()),
            };
            (name, value)
        })
        .collect();
    ErrorDto { code: code.to_owned(), args }
}

/// Makes a category's approval policy the hub's, with its audit event by
/// `hub`; 1 when that changed anything here.
fn apply_policy(w: &mut Writer<'_>, wire: &protocol::Policy, now: DateTime<Utc>) -> Result<u32, ApiError> {
    let category: Category = wire.category.parse()?;
    let policy = Policy::parse(&wire.steps, wire.fast_track.as_deref())?;
    let here = w.read().policies()?.into_iter().find(|p| p.category == category);
    if here.is_some_and(|h| h.policy == policy) {
        return Ok(0);
    }
    let at = convert::time(&wire.updated_at)?;
    w.set_policy(category, &policy, &wire.updated_by, at)?;
    w.append_audit(
        NewAuditEvent::new(now, HUB, AuditAction::PolicySet, format!("policy:{category}")).with_detail(format!(
            "{} (set by {})",
            policy.step_specs().join(" > "),
            wire.updated_by
        )),
    )?;
    Ok(1)
}

/// Saves a crisis as the hub has it (declared, or ended since), with its
/// audit event by `hub`; 1 when that changed anything here.
fn apply_crisis(w: &mut Writer<'_>, wire: &protocol::Crisis, now: DateTime<Utc>) -> Result<u32, ApiError> {
    let known = CrisisList(w.read().crisis_uids()?).id(&wire.uid);
    let here = match known {
        Some(id) => w.read().crisis(id)?,
        None => None,
    };
    let id = match known {
        Some(id) => id,
        None => w.next_crisis_id()?,
    };
    let crisis = convert::crisis(wire, id)?;
    if here.as_ref() == Some(&crisis) {
        return Ok(0);
    }
    let action = if crisis.ended.is_some() { AuditAction::CrisisEnded } else { AuditAction::CrisisDeclared };
    w.save_pulled_crisis(&crisis, &wire.uid)?;
    w.append_audit(
        NewAuditEvent::new(now, HUB, action, format!("crisis:{}", id.0))
            .with_detail(format!("{}: {}", wire.uid, crisis.reason)),
    )?;
    Ok(1)
}

/// What `diwan verify --hub` found: how many events the hub verified, how
/// many heads seen here matched, and how many changes matched at both ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HubCheck {
    pub events: u64,
    pub heads: usize,
    pub linked: usize,
}

/// What applying one pulled post did here.
enum Applied {
    Changed,
    Same,
    /// Changes of this desktop's own wait for it: it comes again next sync.
    Held,
}

/// What a page of pulled posts is read against: this desktop's crises and,
/// by mission, its accounts.
struct Known {
    crises: CrisisList,
    accounts: BTreeMap<MissionCode, AccountList>,
    /// The type of each image of the page, by hash (its bytes are here).
    media_types: BTreeMap<String, String>,
}

/// Saves one post as the hub has it now, with its audit event (by `hub`).
/// Its images are this desktop's own and stay.
fn apply_post(
    w: &mut Writer<'_>,
    wire: &protocol::Post,
    known_here: &mut Known,
    now: DateTime<Utc>,
) -> Result<Applied, ApiError> {
    let known = w.read().post_id_by_uid(&wire.uid)?;
    if let Some(id) = known {
        // Comments never conflict with what waits here: taken at once.
        let comments = apply_comments(w, id, &wire.comments, now)?;
        if w.read().has_pending(&wire.uid)? {
            return Ok(Applied::Held);
        }
        if w.read().post_hub_version(id)?.is_some_and(|v| v >= wire.version) {
            return Ok(if comments { Applied::Changed } else { Applied::Same });
        }
    }
    let mission = MissionCode::parse(&wire.mission)?;
    let accounts = match known_here.accounts.entry(mission) {
        Entry::Occupied(entry) => entry.into_mut(),
        Entry::Vacant(entry) => {
            let accounts = local_accounts(w.read(), entry.key())?;
            entry.insert(accounts)
        }
    };
    let here = match known {
        Some(id) => w.read().post(id)?,
        None => None,
    };
    let id = match known {
        Some(id) => id,
        None => w.next_post_id()?,
    };
    // A crisis's hold comes from the hub too (its crises were brought first).
    let mut post = convert::post(wire, id, accounts, &known_here.crises)?;
    w.save_pulled_post(&post, &wire.uid, wire.version, now)?;
    // Its images as the hub has them, under this desktop's own numbers.
    let ids = save_pulled_media(w, id, &post.media, &known_here.media_types)?;
    for (attachment, id) in post.media.iter_mut().zip(ids) {
        attachment.id = id;
    }
    if known.is_none() {
        apply_comments(w, id, &wire.comments, now)?;
    }
    w.append_audit(
        NewAuditEvent::new(now, HUB, AuditAction::PostPulled, format!("post:{}", id.0))
            .with_hashes(here.map(|p| p.content_hash()), Some(post.content_hash()))
            .with_detail(format!("version {}", wire.version)),
    )?;
    Ok(Applied::Changed)
}

/// Makes the images of post `id` here the hub's, in its order: each kept
/// one with the hub's alt texts, each new one added (its bytes were
/// brought first), each one the hub no longer has removed (its file stays,
/// named by its hash). Returns this desktop's number of each, in order.
fn save_pulled_media(
    w: &mut Writer<'_>,
    id: PostId,
    media: &[diwan_core::post::Attachment],
    types: &BTreeMap<String, String>,
) -> Result<Vec<i64>, ApiError> {
    let here = w.read().media(id)?;
    for gone in here.iter().filter(|m| !media.iter().any(|a| a.content == m.content_hash)) {
        w.remove_media(gone.id)?;
    }
    let mut ids = Vec::with_capacity(media.len());
    for attachment in media {
        let content = attachment.content.to_hex();
        let media_id = match here.iter().find(|m| m.content_hash == attachment.content) {
            Some(kept) => {
                for (language, _) in kept.alt.iter().filter(|(l, _)| !attachment.alt.contains_key(l)) {
                    w.set_media_alt(kept.id, language, "")?;
                }
                kept.id
            }
            None => {
                let media_type = types.get(&content).cloned().ok_or_else(|| {
                    ApiError::HubSentUnreadable(convert::Unreadable { field: "image", value: content.clone() })
                })?;
                let extension = diwan_core::media::MediaType::from_mime(&media_type).map_or("bin", |t| t.extension());
                w.add_media(&diwan_store::Media {
                    id: 0,
                    post: id,
                    content_hash: attachment.content,
                    file_name: format!("image-{}.{extension}", &content[..8]),
                    media_type,
                    alt: Vec::new(),
                })?
            }
        };
        for (language, text) in &attachment.alt {
            w.set_media_alt(media_id, language, text)?;
        }
        ids.push(media_id);
    }
    Ok(ids)
}

/// Saves the hub's comments of a post here, each new one and each newly
/// resolved one with its audit event (by `hub`); whether any changed.
fn apply_comments(
    w: &mut Writer<'_>,
    post: PostId,
    comments: &[protocol::Comment],
    now: DateTime<Utc>,
) -> Result<bool, ApiError> {
    let mut changed = false;
    for comment in comments {
        let language = comment.language.as_deref().map(language_of).transpose()?;
        let pulled = diwan_store::PulledComment {
            uid: &comment.uid,
            language: language.as_ref(),
            author: &comment.author,
            body: &comment.body,
            created_at: &comment.created_at,
            resolved_by: comment.resolved_by.as_deref(),
            resolved_at: comment.resolved_at.as_deref(),
        };
        if w.save_pulled_comment(post, &pulled)? {
            changed = true;
            let action =
                if comment.resolved_by.is_some() { AuditAction::CommentResolved } else { AuditAction::CommentAdded };
            w.append_audit(
                NewAuditEvent::new(now, HUB, action, format!("post:{}", post.0))
                    .with_detail(format!("comment {} by {}", comment.uid, comment.author)),
            )?;
        }
    }
    Ok(changed)
}

fn language_of(code: &str) -> Result<LanguageCode, ApiError> {
    LanguageCode::parse(code).ok_or_else(|| convert::Unreadable { field: "language", value: code.to_owned() }.into())
}

/// Brings the hub's directory into this database: missions, accounts and
/// people not here yet, and each person's roles at the directory's
/// missions made the hub's. Everything is checked before it is written.
fn apply(w: &mut Writer<'_>, directory: &protocol::Directory, now: DateTime<Utc>) -> Result<SyncReportDto, ApiError> {
    let mut report = SyncReportDto::default();
    let mut events = Vec::new();
    let mut codes = Vec::new();
    for wire in &directory.missions {
        let mission = NewMission {
            code: wire.code.clone(),
            names: MissionNames { ar: wire.names.ar.clone(), fr: wire.names.fr.clone(), en: wire.names.en.clone() },
            kind: wire.kind.clone(),
            host_country: wire.host_country.clone(),
            time_zone: wire.time_zone.clone(),
            working_languages: wire.working_languages.clone(),
        }
        .validate()?;
        if w.read().mission(&mission.code)?.is_none() {
            w.insert_mission(&mission, now)?;
            events.push(NewAuditEvent::new(now, HUB, AuditAction::MissionAdded, format!("mission:{}", mission.code)));
            report.pulled += 1;
        }
        codes.push(mission.code);
    }
    for wire in &directory.accounts {
        let mission = MissionCode::parse(&wire.mission)?;
        if !codes.contains(&mission) {
            continue;
        }
        let new = NewAccount {
            mission,
            platform: wire.platform.parse()?,
            handle: wire.handle.clone(),
            languages: wire.languages.clone(),
            limit_override: wire.limit_override,
        };
        let checked = new.validate(diwan_core::account::AccountId(0))?;
        let here = w.read().accounts(Some(&new.mission))?;
        if !here.iter().any(|a| a.platform == checked.platform && a.handle == checked.handle) {
            let account = w.insert_account(&new)?;
            let subject = format!("account:{}", account.id.0);
            events.push(NewAuditEvent::new(now, HUB, AuditAction::AccountAdded, subject).with_detail(&new.handle));
            report.pulled += 1;
        }
    }
    for wire in &directory.people {
        let name = UserName::parse(&wire.name)?;
        let mut hub_roles = Vec::new();
        for (mission, roles) in &wire.roles {
            let mission = MissionCode::parse(mission)?;
            if !codes.contains(&mission) {
                continue;
            }
            for role in roles {
                hub_roles.push((mission.clone(), role.parse::<Role>()?));
            }
        }
        let subject = format!("user:{name}");
        let Some(local) = w.read().user(&name)? else {
            let mut user = User::new(name.clone(), &wire.display_name);
            for (mission, role) in &hub_roles {
                user.grant(mission.clone(), *role);
            }
            w.insert_user(&user, now)?;
            events.push(NewAuditEvent::new(now, HUB, AuditAction::UserAdded, subject));
            report.pulled += 1;
            continue;
        };
        for (mission, role) in &hub_roles {
            if !local.has_role(mission, *role) {
                w.grant(&name, mission, *role)?;
                events.push(
                    NewAuditEvent::new(now, HUB, AuditAction::UserRoleGranted, subject.clone())
                        .with_detail(format!("{role}@{mission}")),
                );
                report.pulled += 1;
            }
        }
        for (mission, role) in local.role_pairs().filter(|(m, _)| codes.contains(*m)) {
            if !hub_roles.iter().any(|(m, r)| m == mission && *r == role) {
                w.revoke(&name, mission, role)?;
                events.push(
                    NewAuditEvent::new(now, HUB, AuditAction::UserRoleRevoked, subject.clone())
                        .with_detail(format!("{role}@{mission}")),
                );
                report.pulled += 1;
            }
        }
    }
    w.append_audits(events)?;
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_https_or_this_computer_is_a_hub_address() {
        assert_eq!(hub_address("https://diwan.mfa.example/").unwrap(), "https://diwan.mfa.example");
        assert_eq!(hub_address(" https://hub.example:8443/diwan/ ").unwrap(), "https://hub.example:8443/diwan");
        assert_eq!(hub_address("http://127.0.0.1:7878").unwrap(), "http://127.0.0.1:7878");
        for refused in
            ["http://diwan.mfa.example", "ftp://hub.example", "https://user:pw@hub.example", "hub.example", ""]
        {
            assert!(matches!(hub_address(refused), Err(ApiError::HubAddress { .. })), "{refused}");
        }
    }

    #[test]
    fn a_refusal_is_shown_by_its_known_id_and_an_unknown_one_is_named_not_dropped() {
        let wire = |code: &str, args: serde_json::Value| protocol::Refusal {
            code: code.to_owned(),
            args: serde_json::from_value(args).unwrap(),
        };
        let known =
            HubRefusal::from_wire(&wire("error-sign-in-wait", serde_json::json!({ "seconds": 4, "evil": "x" })));
        assert_eq!(known.message_id(), "error-sign-in-wait");
        assert_eq!(known.message_args(), vec![("seconds", MessageArg::Number(4))], "unknown arguments left out");
        let unknown = HubRefusal::from_wire(&wire("refused-by-a-newer-hub", serde_json::json!({})));
        assert_eq!(unknown.message_id(), "error-hub-refused");
        assert_eq!(unknown.message_args(), vec![("code", "refused-by-a-newer-hub".into())]);
    }
}
