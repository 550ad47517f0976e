//! Nothing: the comparison is `benches/sqlcipher.rs`.
