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
use diwan_core::audit::{AuditAction, NewAuditEvent};
use diwan_core::user::{Role, User, UserName};
use diwan_core::{Localized, MessageArg, MissionCode, MissionNames, NewMission};
use diwan_protocol as protocol;
use diwan_store::Writer;
use serde::de::DeserializeOwned;

use crate::dto::{HubStatusDto, SyncReportDto};
use crate::{sign_in, ApiError, Diwan};

const URL: &str = "hub.url";
const TOKEN: &str = "hub.token";
const DEVICE: &str = "hub.device";
const PERSON: &str = "hub.person";
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

/// Where this database's hub is and who it signed in as.
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
        .tls_config(ureq::tls::TlsConfig::builder().provider(ureq::tls::TlsProvider::NativeTls).build())
        .build()
        .into()
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
        self.store.write(|w| {
            let report = apply(w, &pulled, now)?;
            // The hub named who signed in: they are in what was pulled.
            w.set_credential(&person, &phc, false, now)?;
            w.set_setting(URL, &link.url)?;
            w.set_setting(TOKEN, &link.token)?;
            w.set_setting(DEVICE, &signed.device.to_string())?;
            w.set_setting(PERSON, person.as_str())?;
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
        })
    }

    /// Pulls what changed on the hub since (missions, people, roles).
    pub fn sync_hub(&mut self) -> Result<SyncReportDto, ApiError> {
        let link = self.hub_link()?.ok_or(ApiError::HubNotConnected)?;
        let pulled = directory(&link)?;
        let now = self.now();
        self.store.write(|w| apply(w, &pulled, now))
    }

    /// The hub this database is connected to, if any.
    pub fn hub_url(&self) -> Result<Option<String>, ApiError> {
        Ok(self.store.read().setting(URL)?)
    }

    /// The hub this database is connected to and as whom (nothing if none).
    pub fn hub_status(&self) -> Result<HubStatusDto, ApiError> {
        let read = self.store.read();
        Ok(HubStatusDto { url: read.setting(URL)?, person: read.setting(PERSON)? })
    }

    fn hub_link(&self) -> Result<Option<Link>, ApiError> {
        let read = self.store.read();
        Ok(match (read.setting(URL)?, read.setting(TOKEN)?) {
            (Some(url), Some(token)) => Some(Link { url, token }),
            _ => None,
        })
    }
}

/// Brings the hub's directory into this database: missions, accounts and
/// people not here yet, and each person's roles at the directory's
/// missions made the hub's. Everything is checked before it is written.
fn apply(w: &mut Writer<'_>, directory: &protocol::Directory, now: DateTime<Utc>) -> Result<SyncReportDto, ApiError> {
    let mut report = SyncReportDto { pushed: 0, pulled: 0, refused: 0 };
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
