//! Where features keep what a person chose to save. The encrypted vault implements
//! [`Store`]; [`MemoryStore`] backs "leave no trace" mode and tests. Records are opaque
//! bytes to the store: each feature serializes its own records.

use std::collections::BTreeMap;
use std::sync::Mutex;

use crate::error::{ErrorKind, UserFacing};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("the vault is locked")]
    Locked,
    #[error("a stored record failed its integrity check")]
    Integrity,
    #[error("storage failed: {0}")]
    Storage(String),
}

impl UserFacing for StoreError {
    fn kind(&self) -> ErrorKind {
        match self {
            StoreError::Locked => ErrorKind::Locked,
            StoreError::Integrity => ErrorKind::Integrity,
            StoreError::Storage(_) => ErrorKind::Storage,
        }
    }
}

/// The records of a collection that could be read, and how many could not.
pub type Readable = (Vec<(String, Vec<u8>)>, usize);

/// A small key-value interface over named collections (e.g. `progress`, `checklist`).
/// Every call is its own transaction: it either happens whole or not at all.
pub trait Store: Send + Sync {
    fn put(&self, collection: &str, id: &str, value: &[u8]) -> Result<(), StoreError>;
    fn get(&self, collection: &str, id: &str) -> Result<Option<Vec<u8>>, StoreError>;
    /// All records of a collection, ordered by id.
    fn list(&self, collection: &str) -> Result<Vec<(String, Vec<u8>)>, StoreError>;
    /// Like `list`, but a record that fails its integrity check is left out and counted
    /// instead of failing the whole collection, so one damaged record costs that record
    /// only. Returns the readable records and how many were damaged.
    fn list_readable(&self, collection: &str) -> Result<Readable, StoreError> {
        Ok((self.list(collection)?, 0))
    }
    /// Returns whether a record was there.
    fn delete(&self, collection: &str, id: &str) -> Result<bool, StoreError>;
    fn clear(&self, collection: &str) -> Result<(), StoreError>;
}

/// Keeps records in memory only; nothing reaches a file.
type Records = BTreeMap<(String, String), Vec<u8>>;

#[derive(Default)]
pub struct MemoryStore {
    records: Mutex<Records>,
}

impl MemoryStore {
    pub fn new() -> Self {
        Self::default()
    }

    fn records(&self) -> Result<std::sync::MutexGuard<'_, Records>, StoreError> {
        self.records
            .lock()
            .map_err(|_| StoreError::Storage("memory store poisoned".into()))
    }
}

impl Store for MemoryStore {
    fn put(&self, collection: &str, id: &str, value: &[u8]) -> Result<(), StoreError> {
        self.records()?
            .insert((collection.to_owned(), id.to_owned()), value.to_vec());
        Ok(())
    }

    fn get(&self, collection: &str, id: &str) -> Result<Option<Vec<u8>>, StoreError> {
        Ok(self
            .records()?
            .get(&(collection.to_owned(), id.to_owned()))
            .cloned())
    }

    fn list(&self, collection: &str) -> Result<Vec<(String, Vec<u8>)>, StoreError> {
        Ok(self
            .records()?
            .iter()
            .filter(|((c, _), _)| c == collection)
            .map(|((_, id), v)| (id.clone(), v.clone()))
            .collect())
    }

    fn delete(&self, collection: &str, id: &str) -> Result<bool, StoreError> {
        Ok(self
            .records()?
            .remove(&(collection.to_owned(), id.to_owned()))
            .is_some())
    }

    fn clear(&self, collection: &str) -> Result<(), StoreError> {
        self.records()?.retain(|(c, _), _| c != collection);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn memory_store_round_trips_and_clears_one_collection() {
        let s = MemoryStore::new();
        s.put("a", "1", b"x").unwrap();
        s.put("a", "2", b"y").unwrap();
        s.put("b", "1", b"z").unwrap();
        assert_eq!(s.get("a", "1").unwrap(), Some(b"x".to_vec()));
        assert_eq!(s.list("a").unwrap().len(), 2);
        assert!(s.delete("a", "1").unwrap());
        assert!(!s.delete("a", "1").unwrap());
        s.clear("a").unwrap();
        assert!(s.list("a").unwrap().is_empty());
        assert_eq!(s.get("b", "1").unwrap(), Some(b"z".to_vec()));
    }
}
