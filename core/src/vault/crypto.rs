//! The vault's cryptography: the `waymark-crypto` crate (XChaCha20-Poly1305, keyed
//! BLAKE2b, Argon2id), compiled at opt-level 3 in release builds.

pub use waymark_crypto::*;
