//! What the vault holds, sealed: per collection a manifest (every row key with the tag of
//! its current blob), and a root (every collection's manifest tag) inside the `settings`
//! record. A row deleted, rolled back to an older blob or put back after deletion, or a
//! whole collection rolled back, no longer matches and is an integrity report for that
//! collection only. (The whole file rolled back at once is not caught: docs/SECURITY.md.)

use std::collections::BTreeMap;

use super::VaultError;
use super::crypto::{KEY_LEN, TAG_LEN};

pub type Tag = [u8; TAG_LEN];
pub type RowKey = [u8; KEY_LEN];
/// Row key → the tag of its blob.
pub type Manifest = BTreeMap<RowKey, Tag>;

/// The `settings` record: the duress flag and, once the vault has manifests, their root
/// (collection tag → manifest tag). `None` only in a file from before manifests.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct State {
    pub duress: bool,
    pub root: Option<BTreeMap<RowKey, Tag>>,
}

const STATE_FORMAT: u8 = 2;
const MANIFEST_FORMAT: u8 = 1;

/// The tag that ends a sealed blob: which seal of a record this is.
pub fn blob_tag(blob: &[u8]) -> Option<Tag> {
    let start = blob.len().checked_sub(TAG_LEN)?;
    blob.get(start..)?.try_into().ok()
}

fn put_entries<const A: usize>(out: &mut Vec<u8>, entries: &BTreeMap<[u8; A], Tag>) {
    out.extend_from_slice(&(entries.len() as u32).to_le_bytes());
    for (k, t) in entries {
        out.extend_from_slice(k);
        out.extend_from_slice(t);
    }
}

fn get_entries(bytes: &[u8]) -> Result<BTreeMap<RowKey, Tag>, VaultError> {
    let (n, rest) = bytes.split_at_checked(4).ok_or(VaultError::Integrity)?;
    let n = u32::from_le_bytes(n.try_into().map_err(|_| VaultError::Integrity)?) as usize;
    let size = KEY_LEN + TAG_LEN;
    if n.checked_mul(size) != Some(rest.len()) {
        return Err(VaultError::Integrity);
    }
    let mut map = BTreeMap::new();
    for chunk in rest.chunks_exact(size) {
        let (k, t) = chunk.split_at(KEY_LEN);
        map.insert(
            k.try_into().map_err(|_| VaultError::Integrity)?,
            t.try_into().map_err(|_| VaultError::Integrity)?,
        );
    }
    if map.len() != n {
        return Err(VaultError::Integrity);
    }
    Ok(map)
}

impl State {
    pub fn encode(&self) -> Vec<u8> {
        let mut out = vec![u8::from(self.duress)];
        if let Some(root) = &self.root {
            out.push(STATE_FORMAT);
            put_entries(&mut out, root);
        }
        out
    }

    /// One byte: a file from before manifests (the duress flag only).
    pub fn decode(bytes: &[u8]) -> Result<Self, VaultError> {
        let (&duress, rest) = bytes.split_first().ok_or(VaultError::Integrity)?;
        let root = match rest.split_first() {
            None => None,
            Some((&STATE_FORMAT, entries)) => Some(get_entries(entries)?),
            Some(_) => return Err(VaultError::Integrity),
        };
        Ok(Self {
            duress: duress == 1,
            root,
        })
    }
}

pub fn encode_manifest(m: &Manifest) -> Vec<u8> {
    let mut out = vec![MANIFEST_FORMAT];
    put_entries(&mut out, m);
    out
}

pub fn decode_manifest(bytes: &[u8]) -> Result<Manifest, VaultError> {
    match bytes.split_first() {
        Some((&MANIFEST_FORMAT, entries)) => get_entries(entries),
        _ => Err(VaultError::Integrity),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn state_and_manifest_round_trip_and_refuse_junk() {
        let mut m = Manifest::new();
        m.insert([1; KEY_LEN], [2; TAG_LEN]);
        m.insert([3; KEY_LEN], [4; TAG_LEN]);
        assert_eq!(decode_manifest(&encode_manifest(&m)).unwrap(), m);
        let s = State {
            duress: true,
            root: Some(m.clone()),
        };
        assert_eq!(State::decode(&s.encode()).unwrap(), s);
        assert_eq!(State::decode(&[0]).unwrap().root, None);
        let mut bad = encode_manifest(&m);
        bad.pop();
        assert!(decode_manifest(&bad).is_err());
        assert!(State::decode(&[0, 9]).is_err());
        assert!(State::decode(&[]).is_err());
    }
}
