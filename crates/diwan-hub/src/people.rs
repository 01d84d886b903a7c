//! People on the hub and their roles per mission: the same profiles as on
//! a desktop (`diwan_core::user`), with the same passphrase rules, kept as
//! Argon2id hashes. Each change is one transaction with its audit events.

use argon2::{Argon2, PasswordHasher, PasswordVerifier};
use chrono::{DateTime, Utc};
use diwan_core::audit::{AuditAction, NewAuditEvent};
use diwan_core::user::{Role, User, UserName};
use diwan_core::MissionCode;
use tokio_postgres::{Client, GenericClient};

use crate::{audit, HubError};

/// `ROLE@MISSION`, as the desktop's `diwan user add --role` takes it.
pub fn parse_role(spec: &str) -> Result<(Role, MissionCode), HubError> {
    let (role, mission) = spec.split_once('@').unwrap_or((spec, ""));
    Ok((role.parse::<Role>()?, MissionCode::parse(mission)?))
}

pub(crate) fn hash(passphrase: &str) -> Result<String, HubError> {
    Argon2::default()
        .hash_password(passphrase.as_bytes())
        .map(|hash| hash.to_string())
        .map_err(|_| HubError::NoRandomness)
}

pub(crate) fn matches(passphrase: &str, phc: &str) -> bool {
    Argon2::default().verify_password(passphrase.as_bytes(), phc).is_ok()
}

/// Adds a person with their roles and passphrase (the desktop's rules).
pub async fn add(
    client: &mut Client,
    name: &str,
    display_name: &str,
    passphrase: &str,
    roles: &[(Role, MissionCode)],
    now: DateTime<Utc>,
) -> Result<User, HubError> {
    let mut user = User::new(UserName::parse(name)?, display_name);
    for (role, mission) in roles {
        user.grant(mission.clone(), *role);
    }
    diwan_core::sign_in::check_new_passphrase(&user, passphrase)?;
    let phc = hash(passphrase)?;
    let tx = client.transaction().await?;
    let inserted = tx
        .execute(
            "INSERT INTO people (name, display_name, phc, created_at) VALUES ($1, $2, $3, $4)
             ON CONFLICT (name) DO NOTHING",
            &[&user.name.as_str(), &user.display_name, &phc, &now],
        )
        .await?;
    if inserted == 0 {
        return Err(HubError::PersonExists { name: user.name.to_string() });
    }
    let mut events = vec![NewAuditEvent::new(now, "system", AuditAction::UserAdded, format!("user:{}", user.name))
        .with_detail(roles.iter().map(|(r, m)| format!("{r}@{m}")).collect::<Vec<_>>().join(" "))];
    for (mission, role) in user.role_pairs() {
        insert_role(&tx, &user.name, mission, role).await?;
        events.push(
            NewAuditEvent::new(now, "system", AuditAction::UserRoleGranted, format!("user:{}", user.name))
                .with_detail(format!("{role}@{mission}")),
        );
    }
    audit::append(&tx, events).await?;
    tx.commit().await?;
    Ok(user)
}

/// Grants one more role; granting one held already changes nothing.
pub async fn grant(
    client: &mut Client,
    name: &str,
    role: Role,
    mission: &MissionCode,
    now: DateTime<Utc>,
) -> Result<(), HubError> {
    change_role(client, name, (role, mission), true, now).await
}

/// Takes a role away; the person keeps their others.
pub async fn revoke(
    client: &mut Client,
    name: &str,
    role: Role,
    mission: &MissionCode,
    now: DateTime<Utc>,
) -> Result<(), HubError> {
    change_role(client, name, (role, mission), false, now).await
}

/// Grants or takes away one role, recording it only if it changed anything.
async fn change_role(
    client: &mut Client,
    name: &str,
    (role, mission): (Role, &MissionCode),
    give: bool,
    now: DateTime<Utc>,
) -> Result<(), HubError> {
    let name = UserName::parse(name)?;
    let tx = client.transaction().await?;
    known(&tx, &name).await?;
    let changed = if give {
        insert_role(&tx, &name, mission, role).await?
    } else {
        let removed = tx
            .execute(
                "DELETE FROM roles WHERE person = $1 AND mission = $2 AND role = $3",
                &[&name.as_str(), &mission.as_str(), &role.as_str()],
            )
            .await?;
        removed > 0
    };
    if changed {
        let action = if give { AuditAction::UserRoleGranted } else { AuditAction::UserRoleRevoked };
        let event =
            NewAuditEvent::new(now, "system", action, format!("user:{name}")).with_detail(format!("{role}@{mission}"));
        audit::append(&tx, vec![event]).await?;
    }
    tx.commit().await?;
    Ok(())
}

/// A person as the hub knows them, with every role.
pub async fn find(client: &impl GenericClient, name: &UserName) -> Result<Option<(User, String)>, HubError> {
    let Some(row) = client.query_opt("SELECT display_name, phc FROM people WHERE name = $1", &[&name.as_str()]).await?
    else {
        return Ok(None);
    };
    let mut user = User::new(name.clone(), row.get(0));
    for role in client.query("SELECT mission, role FROM roles WHERE person = $1", &[&name.as_str()]).await? {
        let (mission, role): (String, String) = (role.get(0), role.get(1));
        user.grant(MissionCode::parse(&mission)?, role.parse::<Role>()?);
    }
    Ok(Some((user, row.get(1))))
}

async fn known(client: &impl GenericClient, name: &UserName) -> Result<(), HubError> {
    let found = client.query_opt("SELECT 1 FROM people WHERE name = $1 FOR UPDATE", &[&name.as_str()]).await?;
    found.map(|_| ()).ok_or_else(|| HubError::PersonUnknown { name: name.to_string() })
}

/// Whether the role was new.
async fn insert_role(
    client: &impl GenericClient,
    name: &UserName,
    mission: &MissionCode,
    role: Role,
) -> Result<bool, HubError> {
    let inserted = client
        .execute(
            "INSERT INTO roles (person, mission, role) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
            &[&name.as_str(), &mission.as_str(), &role.as_str()],
        )
        .await?;
    Ok(inserted > 0)
}
