//! People and their roles at each mission.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Utc};
use diwan_core::user::{Role, User, UserName};
use diwan_core::{LanguageCode, MissionCode};
use rusqlite::{ErrorCode, OptionalExtension};

use crate::{Reader, StoreError, Writer};

impl Writer<'_> {
    pub fn insert_user(&mut self, user: &User, created_at: DateTime<Utc>) -> Result<(), StoreError> {
        let inserted = self
            .tx
            .prepare_cached("INSERT INTO users (name, display_name, created_at, translates) VALUES (?1, ?2, ?3, ?4)")?
            .execute((
                user.name.as_str(),
                &user.display_name,
                created_at.to_rfc3339(),
                join_languages(&user.translates),
            ));
        match inserted {
            Err(rusqlite::Error::SqliteFailure(e, _)) if e.code == ErrorCode::ConstraintViolation => {
                return Err(StoreError::Exists { kind: "user", id: user.name.to_string() });
            }
            other => other?,
        };
        for (mission, roles) in &user.roles {
            for role in roles {
                self.grant(&user.name, mission, *role)?;
            }
        }
        Ok(())
    }

    pub fn grant(&mut self, user: &UserName, mission: &MissionCode, role: Role) -> Result<(), StoreError> {
        let user_id = self.read().user_id(user)?;
        let mission_id = self.read().mission_id(mission)?;
        self.tx
            .prepare_cached("INSERT OR IGNORE INTO user_roles (user_id, mission_id, role) VALUES (?1, ?2, ?3)")?
            .execute((user_id, mission_id, role.as_str()))?;
        Ok(())
    }

    /// Takes one role away (the hub's directory no longer grants it).
    pub fn revoke(&mut self, user: &UserName, mission: &MissionCode, role: Role) -> Result<(), StoreError> {
        let user_id = self.read().user_id(user)?;
        let mission_id = self.read().mission_id(mission)?;
        self.tx
            .prepare_cached("DELETE FROM user_roles WHERE user_id = ?1 AND mission_id = ?2 AND role = ?3")?
            .execute((user_id, mission_id, role.as_str()))?;
        Ok(())
    }
}

impl Reader<'_> {
    pub(crate) fn user_id(&self, name: &UserName) -> Result<i64, StoreError> {
        self.conn
            .prepare_cached("SELECT id FROM users WHERE name = ?1")?
            .query_row([name.as_str()], |row| row.get(0))
            .optional()?
            .ok_or_else(|| StoreError::NotFound { kind: "user", id: name.to_string() })
    }

    /// A person with every role they hold.
    pub fn user(&self, name: &UserName) -> Result<Option<User>, StoreError> {
        let found: Option<(i64, String, String)> = self
            .conn
            .prepare_cached("SELECT id, display_name, translates FROM users WHERE name = ?1")?
            .query_row([name.as_str()], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))
            .optional()?;
        let Some((id, display_name, translates)) = found else { return Ok(None) };
        let translates = translates
            .split(',')
            .filter(|l| !l.is_empty())
            .map(|l| {
                LanguageCode::parse(l)
                    .ok_or_else(|| StoreError::Corrupt { detail: format!("language {l:?} of {name}") })
            })
            .collect::<Result<BTreeSet<_>, _>>()?;
        let mut roles: BTreeMap<MissionCode, BTreeSet<Role>> = BTreeMap::new();
        let mut statement = self.conn.prepare_cached(
            "SELECT m.code, r.role FROM user_roles r JOIN missions m ON m.id = r.mission_id WHERE r.user_id = ?1",
        )?;
        let rows = statement.query_map([id], |row| Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?)))?;
        for row in rows {
            let (code, role) = row?;
            let corrupt = || StoreError::Corrupt { detail: format!("role {role:?} of {name} at {code:?}") };
            let mission = MissionCode::parse(&code).map_err(|_| corrupt())?;
            roles.entry(mission).or_default().insert(role.parse().map_err(|_| corrupt())?);
        }
        Ok(Some(User { name: name.clone(), display_name, roles, translates }))
    }

    /// Every person with their roles, by name.
    pub fn users(&self) -> Result<Vec<User>, StoreError> {
        let mut users = Vec::new();
        for name in self.user_names()? {
            users.extend(self.user(&name)?);
        }
        Ok(users)
    }

    pub fn user_names(&self) -> Result<Vec<UserName>, StoreError> {
        let mut statement = self.conn.prepare_cached("SELECT name FROM users ORDER BY name")?;
        let rows = statement.query_map([], |row| row.get::<_, String>(0))?;
        rows.map(|name| {
            let name = name?;
            UserName::parse(&name).map_err(|_| StoreError::Corrupt { detail: format!("user name {name:?}") })
        })
        .collect()
    }
}

fn join_languages(languages: &BTreeSet<LanguageCode>) -> String {
    languages.iter().map(LanguageCode::as_str).collect::<Vec<_>>().join(",")
}
