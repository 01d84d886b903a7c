//! Small key/value settings that belong with the user's data, such as the
//! interface language.

use rusqlite::OptionalExtension;

use crate::{Reader, Store, StoreError, Writer};

impl Store {
    pub fn setting(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.read().setting(key)
    }

    pub fn set_setting(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.write(|w| w.set_setting(key, value))
    }
}

impl Reader<'_> {
    pub fn setting(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self.conn.query_row("SELECT value FROM settings WHERE key = ?1", [key], |row| row.get(0)).optional()?)
    }
}

impl Writer<'_> {
    pub fn set_setting(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.tx.execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [key, value],
        )?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_setting_is_replaced_not_duplicated() {
        let mut store = Store::open_in_memory().expect("open");
        assert_eq!(store.setting("ui-locale").expect("get"), None);
        store.set_setting("ui-locale", "fr").expect("set");
        store.set_setting("ui-locale", "ar").expect("set");
        assert_eq!(store.setting("ui-locale").expect("get").as_deref(), Some("ar"));
    }
}
