//! The ministry's missions and their accounts on the hub, and the
//! directory a desktop pulls: the missions its person belongs to, their
//! accounts, and everyone who works there.

use chrono::{DateTime, Utc};
use diwan_core::account::{AccountId, NewAccount};
use diwan_core::audit::{AuditAction, NewAuditEvent};
use diwan_core::user::User;
use diwan_core::{Mission, NewMission};
use diwan_protocol as protocol;
use tokio_postgres::{Client, GenericClient, Row};

use crate::{audit, HubError};

/// Adds a mission, checked field by field as a desktop checks it.
pub async fn add(client: &mut Client, new: &NewMission, now: DateTime<Utc>) -> Result<Mission, HubError> {
    let mission = new.validate()?;
    let languages: Vec<String> = mission.working_languages.iter().map(ToString::to_string).collect();
    let tx = client.transaction().await?;
    let inserted = tx
        .execute(
            "INSERT INTO missions (code, name_ar, name_fr, name_en, kind, host_country, time_zone,
                                   working_languages, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (code) DO NOTHING",
            &[
                &mission.code.as_str(),
                &mission.names.ar,
                &mission.names.fr,
                &mission.names.en,
                &mission.kind.as_str(),
                &mission.host_country.to_string(),
                &mission.time_zone.name(),
                &languages.join(","),
                &now,
            ],
        )
        .await?;
    if inserted == 0 {
        return Err(HubError::MissionExists { code: mission.code.to_string() });
    }
    let event = NewAuditEvent::new(now, "system", AuditAction::MissionAdded, format!("mission:{}", mission.code))
        .with_detail(&mission.names.en);
    audit::append(&tx, vec![event]).await?;
    tx.commit().await?;
    Ok(mission)
}

/// Adds an account to a mission on the hub, checked as a desktop checks it.
pub async fn add_account(client: &mut Client, new: &NewAccount, now: DateTime<Utc>) -> Result<(), HubError> {
    // The number is the desktop's business: any will do for the check.
    let account = new.validate(AccountId(0))?;
    let languages: Vec<String> = account.languages.iter().map(ToString::to_string).collect();
    let limit = account.limit_override.and_then(|n| i32::try_from(n).ok());
    let tx = client.transaction().await?;
    let known: bool = tx
        .query_one("SELECT EXISTS (SELECT 1 FROM missions WHERE code = $1)", &[&account.mission.as_str()])
        .await?
        .get(0);
    if !known {
        return Err(HubError::MissionUnknown { code: account.mission.to_string() });
    }
    let inserted = tx
        .execute(
            "INSERT INTO accounts (mission, platform, handle, languages, limit_override, created_at)
             VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING",
            &[
                &account.mission.as_str(),
                &account.platform.as_str(),
                &account.handle.as_str(),
                &languages.join(","),
                &limit,
                &now,
            ],
        )
        .await?;
    if inserted == 0 {
        return Err(HubError::AccountExists { handle: format!("{}:{}", account.platform, account.handle.as_str()) });
    }
    let subject = format!("account:{}:{}:{}", account.mission, account.platform, account.handle.as_str());
    audit::append(&tx, vec![NewAuditEvent::new(now, "system", AuditAction::AccountAdded, subject)]).await?;
    tx.commit().await?;
    Ok(())
}

/// A list as the hub's tables keep it (language or mission codes), comma-separated.
pub(crate) fn split_list(joined: &str) -> Vec<String> {
    joined.split(',').filter(|l| !l.is_empty()).map(ToOwned::to_owned).collect()
}

fn wire(row: &Row) -> protocol::Mission {
    let languages: String = row.get("working_languages");
    protocol::Mission {
        code: row.get("code"),
        names: protocol::Names { ar: row.get("name_ar"), fr: row.get("name_fr"), en: row.get("name_en") },
        kind: row.get("kind"),
        host_country: row.get("host_country"),
        time_zone: row.get("time_zone"),
        working_languages: split_list(&languages),
    }
}

/// What `user` may pull: the missions where they hold a role, and everyone
/// holding a role at one of those (with those roles only).
pub async fn directory(client: &impl GenericClient, user: &User) -> Result<protocol::Directory, HubError> {
    let codes: Vec<String> = user.roles.keys().map(ToString::to_string).collect();
    let missions = client
        .query("SELECT * FROM missions WHERE code = ANY($1) ORDER BY code", &[&codes])
        .await?
        .iter()
        .map(wire)
        .collect();
    let accounts = client
        .query(
            "SELECT mission, platform, handle, languages, limit_override FROM accounts
             WHERE mission = ANY($1) ORDER BY mission, platform, handle",
            &[&codes],
        )
        .await?
        .iter()
        .map(|row| {
            let languages: String = row.get(3);
            protocol::Account {
                mission: row.get(0),
                platform: row.get(1),
                handle: row.get(2),
                languages: split_list(&languages),
                limit_override: row.get::<_, Option<i32>>(4).and_then(|n| u32::try_from(n).ok()),
            }
        })
        .collect();
    let rows = client
        .query(
            "SELECT p.name, p.display_name, r.mission, r.role FROM people p JOIN roles r ON r.person = p.name
             WHERE r.mission = ANY($1) ORDER BY p.name, r.mission, r.role",
            &[&codes],
        )
        .await?;
    let mut people: Vec<protocol::Person> = Vec::new();
    for row in &rows {
        let name: String = row.get(0);
        if people.last().is_none_or(|p| p.name != name) {
            people.push(protocol::Person { name, display_name: row.get(1), roles: Default::default() });
        }
        if let Some(person) = people.last_mut() {
            person.roles.entry(row.get(2)).or_default().push(row.get(3));
        }
    }
    Ok(protocol::Directory { missions, accounts, people })
}
