//! The vault file's schema, versioned in `PRAGMA user_version`: one function per step,
//! run in order inside the caller's transaction. Never edit a released step; add one.

use rusqlite::Connection;

/// "WYMK": marks the file as Waymark's so a foreign database is told apart (from v3).
pub const APPLICATION_ID: i32 = 0x5759_4d4b;

pub const CURRENT: u32 = 4;

type Step = fn(&Connection) -> rusqlite::Result<()>;

/// `STEPS[n]` upgrades version n to n + 1.
pub const STEPS: [Step; CURRENT as usize] = [v0_to_v1, v1_to_v2, v2_to_v3, v3_to_v4];

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

/// v4: one sealed manifest per collection (`manifest.rs`); the first unlock with the data
/// key builds them from the rows it can open.
fn v3_to_v4(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute_batch("CREATE TABLE manifests (coll BLOB PRIMARY KEY, blob BLOB NOT NULL);")
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

/// The schema objects (type, name, table, SQL) a vault of `version` has, exactly: the
/// steps run on an empty in-memory database.
fn expected_objects(version: u32) -> rusqlite::Result<Vec<SchemaObject>> {
    let conn = Connection::open_in_memory()?;
    migrate_to(&conn, version)?;
    objects(&conn)
}

type SchemaObject = (String, String, String, Option<String>);

fn objects(conn: &Connection) -> rusqlite::Result<Vec<SchemaObject>> {
    conn.prepare("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
        .collect()
}

/// Whether the file is a Waymark vault of `version` and nothing else: its own tables and
/// indexes with their exact SQL, no trigger, view or other object planted beside them.
pub fn looks_like_vault(conn: &Connection, version: u32) -> rusqlite::Result<bool> {
    if version > CURRENT {
        return Ok(false);
    }
    if version >= 3 && application_id(conn)? != APPLICATION_ID {
        return Ok(false);
    }
    Ok(objects(conn)? == expected_objects(version)?)
}

/// Whether the records' index agrees with the table (a damaged index can hide rows from
/// a collection while the quick check says ok).
pub fn index_matches_table(conn: &Connection) -> rusqlite::Result<bool> {
    let report: Vec<String> = conn
        .prepare("PRAGMA integrity_check(records)")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(report == ["ok"])
}
