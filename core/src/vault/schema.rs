//! The vault file's schema, versioned in `PRAGMA user_version`: one function per step,
//! run in order inside the caller's transaction. Never edit a released step; add one.

use rusqlite::Connection;

/// "WYMK": marks the file as Waymark's so a foreign database is told apart (from v3).
pub const APPLICATION_ID: i32 = 0x5759_4d4b;

pub const CURRENT: u32 = 3;

type Step = fn(&Connection) -> rusqlite::Result<()>;

/// `STEPS[n]` upgrades version n to n + 1.
pub const STEPS: [Step; CURRENT as usize] = [v0_to_v1, v1_to_v2, v2_to_v3];

/// v1: key material and settings (`meta`, each value sealed or public by design) and the
/// records: a keyed-hash row key, a keyed-hash collection tag, one sealed blob.
fn v0_to_v1(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute_batch(
        "CREATE TABLE meta (name TEXT PRIMARY KEY, value BLOB NOT NULL);
         CREATE TABLE records (rkey BLOB PRIMARY KEY, coll BLOB NOT NULL, blob BLOB NOT NULL);",
    )
}

/// v2: `list` and `clear` by collection tag without a full scan.
fn v1_to_v2(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute_batch("CREATE INDEX records_coll ON records (coll);")
}

/// v3: the file says it is Waymark's.
fn v2_to_v3(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute_batch(&format!("PRAGMA application_id = {APPLICATION_ID};"))
}

pub fn user_version(conn: &Connection) -> rusqlite::Result<u32> {
    conn.query_row("PRAGMA user_version", [], |r| r.get::<_, u32>(0))
}

pub fn application_id(conn: &Connection) -> rusqlite::Result<i32> {
    conn.query_row("PRAGMA application_id", [], |r| r.get::<_, i32>(0))
}

/// Runs the steps from the file's version up to `target`; the caller holds a transaction.
pub fn migrate_to(conn: &Connection, target: u32) -> rusqlite::Result<()> {
    let mut version = user_version(conn)?;
    while version < target {
        STEPS[version as usize](conn)?;
        version += 1;
        conn.execute_batch(&format!("PRAGMA user_version = {version};"))?;
    }
    Ok(())
}

/// Whether the tables a Waymark vault of `version` has are there.
pub fn looks_like_vault(conn: &Connection, version: u32) -> rusqlite::Result<bool> {
    if version == 0 {
        let tables: i64 = conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))?;
        return Ok(tables == 0);
    }
    if version > CURRENT {
        return Ok(false);
    }
    if version >= 3 && application_id(conn)? != APPLICATION_ID {
        return Ok(false);
    }
    let tables: i64 = conn.query_row(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('meta', 'records')",
        [],
        |r| r.get(0),
    )?;
    Ok(tables == 2)
}
