//! The vault's cryptography, kept small: XChaCha20-Poly1305 for every sealed blob, keyed
//! BLAKE2b for key derivation and row keys, Argon2id for PINs and passphrases.
//!
//! Its own crate: the ciphers' and hash's generic code is compiled where it is used, so
//! only here can it get opt-level 3 while the rest of the library stays at "s".

use argon2::{Algorithm, Argon2, Params, Version};
use blake2::Blake2bMac;
use blake2::digest::Mac;
use blake2::digest::consts::U32;
use chacha20poly1305::aead::{Aead, AeadInPlace, KeyInit, Payload};
use chacha20poly1305::{Tag, XChaCha20Poly1305, XNonce};
use rand::RngCore;
use serde::{Deserialize, Serialize};
use zeroize::{Zeroize, Zeroizing};

pub const KEY_LEN: usize = 32;
pub const NONCE_LEN: usize = 24;
pub const SALT_LEN: usize = 16;
/// The Poly1305 tag at the end of every sealed blob.
pub const TAG_LEN: usize = 16;

pub type Key = Zeroizing<[u8; KEY_LEN]>;

/// Argon2id cost, stored with the vault so a later release can raise it for new PINs
/// while old vaults still open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct KdfParams {
    /// Memory in KiB.
    pub m_kib: u32,
    /// Passes over the memory.
    pub t: u32,
    /// Lanes.
    pub p: u32,
}

impl KdfParams {
    /// The product setting: 64 MiB, 2 passes, 1 lane. Memory is what makes guessing on
    /// GPUs and ASICs expensive; 64 MiB fits comfortably on a 2 GB phone. One lane
    /// because the `argon2` crate computes lanes on one thread anyway. On a mid-range
    /// phone (Cortex-A76 class) this is about 0.3-0.5 s per try; see the README and
    /// `cargo bench -p waymark-core --bench core -- vault/` for this machine's figure.
    pub const PRODUCT: KdfParams = KdfParams {
        m_kib: 64 * 1024,
        t: 2,
        p: 1,
    };

    /// For tests only: cheap, so the suite stays fast. Never the default of anything.
    pub const INSECURE_TEST: KdfParams = KdfParams {
        m_kib: 64,
        t: 1,
        p: 1,
    };

    /// Refuses values a tampered file could use to exhaust memory or time: at most twice
    /// the product's memory and passes (raise together with `PRODUCT`).
    pub fn is_sane(&self) -> bool {
        (8..=2 * Self::PRODUCT.m_kib).contains(&self.m_kib)
            && (1..=2 * Self::PRODUCT.t).contains(&self.t)
            && self.p == 1
    }
}

/// Argon2id over `secret` with `salt` into a 32-byte key.
pub fn stretch(secret: &[u8], salt: &[u8], params: KdfParams) -> Option<Key> {
    if !params.is_sane() {
        return None;
    }
    let p = Params::new(params.m_kib, params.t, params.p, Some(KEY_LEN)).ok()?;
    let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, p);
    let mut out = Zeroizing::new([0u8; KEY_LEN]);
    argon.hash_password_into(secret, salt, &mut *out).ok()?;
    Some(out)
}

/// A 32-byte key derived from `key` for one purpose (`label`), optionally mixed with
/// more key material (`extra`). Keyed BLAKE2b is a PRF, so outputs for different labels
/// are independent.
pub fn derive(key: &[u8; KEY_LEN], label: &[u8], extra: &[u8]) -> Key {
    let mut out = Zeroizing::new([0u8; KEY_LEN]);
    // BLAKE2b takes keys up to 64 bytes, so a 32-byte key is never refused.
    if let Ok(mut mac) = <Blake2bMac<U32> as Mac>::new_from_slice(key) {
        mac.update(&(label.len() as u32).to_le_bytes());
        mac.update(label);
        mac.update(extra);
        out.copy_from_slice(&mac.finalize().into_bytes());
    }
    out
}

/// [`derive`] for many inputs that start the same: the keyed state after `label` and
/// `prefix` is kept, so each output costs a copy of it and one BLAKE2b block for the rest
/// instead of re-keying (the key alone is a whole block). `Deriver::new(k, l, p).derive(r)`
/// equals `derive(k, l, p || r)`. Holds key-dependent state: wiped when dropped.
#[derive(Clone)]
pub struct Deriver(Blake2bMac<U32>);

impl Deriver {
    pub fn new(key: &[u8; KEY_LEN], label: &[u8], prefix: &[u8]) -> Option<Self> {
        let mut mac = <Blake2bMac<U32> as Mac>::new_from_slice(key).ok()?;
        mac.update(&(label.len() as u32).to_le_bytes());
        mac.update(label);
        mac.update(prefix);
        Some(Self(mac))
    }

    pub fn derive(&self, rest: &[u8]) -> [u8; KEY_LEN] {
        let mut mac = self.0.clone();
        mac.update(rest);
        mac.finalize().into_bytes().into()
    }
}

impl Drop for Deriver {
    /// `blake2` has no `Zeroize`: overwrite the state with an unkeyed one, and keep the
    /// compiler from dropping that store as dead.
    fn drop(&mut self) {
        self.0 = <Blake2bMac<U32> as KeyInit>::new(&Default::default());
        std::hint::black_box(&self.0);
    }
}

pub fn random_key() -> Key {
    let mut k = Zeroizing::new([0u8; KEY_LEN]);
    rand::rngs::OsRng.fill_bytes(&mut *k);
    k
}

pub fn random_bytes<const N: usize>() -> [u8; N] {
    let mut b = [0u8; N];
    rand::rngs::OsRng.fill_bytes(&mut b);
    b
}

/// `nonce || ciphertext`, with a fresh random nonce.
pub fn seal(key: &[u8; KEY_LEN], plain: &[u8], ad: &[u8]) -> Option<Vec<u8>> {
    let cipher = XChaCha20Poly1305::new_from_slice(key).ok()?;
    let nonce = random_bytes::<NONCE_LEN>();
    let ct = cipher
        .encrypt(
            XNonce::from_slice(&nonce),
            Payload {
                msg: plain,
                aad: ad,
            },
        )
        .ok()?;
    let mut out = Vec::with_capacity(NONCE_LEN + ct.len());
    out.extend_from_slice(&nonce);
    out.extend_from_slice(&ct);
    Some(out)
}

/// Opens what [`seal`] made; `None` if anything was changed, moved or truncated.
pub fn open(key: &[u8; KEY_LEN], blob: &[u8], ad: &[u8]) -> Option<Zeroizing<Vec<u8>>> {
    if blob.len() < NONCE_LEN + 16 {
        return None;
    }
    let cipher = XChaCha20Poly1305::new_from_slice(key).ok()?;
    let (nonce, ct) = blob.split_at(NONCE_LEN);
    cipher
        .decrypt(XNonce::from_slice(nonce), Payload { msg: ct, aad: ad })
        .ok()
        .map(Zeroizing::new)
}

/// [`open`] into `out` (cleared first; reuse it so a hot path does not allocate): the
/// tag is checked over the ciphertext before anything is decrypted, in place. `false`
/// if anything was changed, moved or truncated; then `out` is left empty.
pub fn open_into(
    key: &[u8; KEY_LEN],
    blob: &[u8],
    ad: &[u8],
    out: &mut Zeroizing<Vec<u8>>,
) -> bool {
    out.zeroize();
    if blob.len() < NONCE_LEN + TAG_LEN {
        return false;
    }
    let Ok(cipher) = XChaCha20Poly1305::new_from_slice(key) else {
        return false;
    };
    let (nonce, rest) = blob.split_at(NONCE_LEN);
    let (ct, tag) = rest.split_at(rest.len() - TAG_LEN);
    out.extend_from_slice(ct);
    let ok = cipher
        .decrypt_in_place_detached(
            XNonce::from_slice(nonce),
            ad,
            out.as_mut_slice(),
            Tag::from_slice(tag),
        )
        .is_ok();
    if !ok {
        out.zeroize();
    }
    ok
}

/// The padded size for `len` bytes: powers of two from 256 B to 64 KiB, then whole
/// multiples of 64 KiB. Only the bucket leaks, not the length.
pub fn bucket(len: usize) -> usize {
    const MAX_POW: usize = 64 * 1024;
    if len <= 256 {
        256
    } else if len <= MAX_POW {
        len.next_power_of_two()
    } else {
        len.div_ceil(MAX_POW) * MAX_POW
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seal_open_round_trips_and_refuses_other_ad_or_flips() {
        let k = random_key();
        let blob = seal(&k, b"hello", b"ad").unwrap();
        assert_eq!(&open(&k, &blob, b"ad").unwrap()[..], b"hello");
        assert!(open(&k, &blob, b"other").is_none());
        let mut flipped = blob.clone();
        flipped[30] ^= 1;
        assert!(open(&k, &flipped, b"ad").is_none());
        assert!(open(&k, &blob[..20], b"ad").is_none());
        // The in-place variant agrees, and leaves nothing behind when it refuses.
        let mut buf = Zeroizing::new(vec![7u8; 3]);
        assert!(open_into(&k, &blob, b"ad", &mut buf));
        assert_eq!(&buf[..], b"hello");
        assert!(!open_into(&k, &blob, b"other", &mut buf));
        assert!(buf.is_empty());
        assert!(!open_into(&k, &flipped, b"ad", &mut buf));
        assert!(!open_into(&k, &blob[..20], b"ad", &mut buf));
        assert_ne!(
            seal(&k, b"hello", b"ad").unwrap(),
            blob,
            "fresh nonce each time"
        );
    }

    #[test]
    fn a_deriver_gives_what_derive_gives_for_the_whole_input() {
        let k = random_key();
        let d = Deriver::new(&k, b"row", b"prefix/").unwrap();
        for rest in [&b""[..], b"x", &[7u8; 300]] {
            let whole = [&b"prefix/"[..], rest].concat();
            assert_eq!(d.derive(rest), *derive(&k, b"row", &whole));
        }
        assert_ne!(d.derive(b"a"), d.derive(b"b"));
    }

    #[test]
    fn buckets_hide_exact_lengths() {
        assert_eq!(bucket(0), 256);
        assert_eq!(bucket(256), 256);
        assert_eq!(bucket(257), 512);
        assert_eq!(bucket(65536), 65536);
        assert_eq!(bucket(65537), 131072);
    }

    #[test]
    fn derive_separates_labels_and_stretch_refuses_insane_params() {
        let k = random_key();
        assert_ne!(*derive(&k, b"a", b""), *derive(&k, b"b", b""));
        assert_ne!(*derive(&k, b"a", b""), [0u8; KEY_LEN]);
        assert_eq!(*derive(&k, b"a", b"x"), *derive(&k, b"a", b"x"));
        let bad = KdfParams {
            m_kib: u32::MAX,
            t: 1,
            p: 1,
        };
        assert!(stretch(b"pin", &[0; SALT_LEN], bad).is_none());
        let a = stretch(b"1234", &[1; SALT_LEN], KdfParams::INSECURE_TEST).unwrap();
        // A tampered file cannot ask for a cost that exhausts the phone.
        for (m_kib, t) in [(1024 * 1024, 2), (64 * 1024, 16), (4, 1)] {
            let params = KdfParams { m_kib, t, p: 1 };
            assert!(!params.is_sane());
            assert!(stretch(b"1234", &[1; SALT_LEN], params).is_none());
        }
        assert!(KdfParams::PRODUCT.is_sane() && KdfParams::INSECURE_TEST.is_sane());
        let b = stretch(b"1235", &[1; SALT_LEN], KdfParams::INSECURE_TEST).unwrap();
        assert_ne!(*a, *b);
    }
}
