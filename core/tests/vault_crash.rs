//! Crash safety: a child process writing to the vault is killed with SIGKILL at random
//! points, 200 times over the same vault. Every record it reported as committed must be
//! there, whole; nothing partial may appear; the vault must always open.
//!
//! The child is this same test binary, re-run with `crash_child` and an environment
//! variable naming the vault folder.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use rand::Rng;
use waymark_core::store::Store;
use waymark_core::vault::{KdfParams, Vault, VaultOptions};

const DEV: [u8; 32] = [3u8; 32];
const ROUNDS: usize = 200;

fn options() -> VaultOptions {
    VaultOptions {
        kdf: KdfParams::INSECURE_TEST,
    }
}

/// Record `i`'s value: deterministic, of varying length (every 16th spans pages).
fn value(i: u64) -> Vec<u8> {
    let len = if i.is_multiple_of(16) {
        9000
    } else {
        10 + (i * 379 % 700) as usize
    };
    (0..len).map(|k| (i as usize * 31 + k * 7) as u8).collect()
}

fn key(i: u64) -> String {
    format!("{i:08}")
}

/// The child: writes records from `WAYMARK_CRASH_START` on, reporting each commit.
#[test]
fn crash_child() {
    let Ok(dir) = std::env::var("WAYMARK_CRASH_CHILD_DIR") else {
        return;
    };
    let start: u64 = std::env::var("WAYMARK_CRASH_START")
        .unwrap()
        .parse()
        .unwrap();
    let v = Vault::open(Path::new(&dir), &DEV, None, options()).unwrap();
    let mut out = std::io::stdout().lock();
    for i in start.. {
        v.put("crash", &key(i), &value(i)).unwrap();
        // An overwrite of one record each time, too.
        v.put("counter", "n", &i.to_le_bytes()).unwrap();
        writeln!(out, "committed {i}").unwrap();
        out.flush().unwrap();
    }
}

/// Opens the vault and checks it: the records from `from` on are whole and contiguous
/// (all of them when `full`), none beyond; every reported commit is there; the counter
/// never goes back. Returns the number of records.
fn verify(dir: &Path, from: u64, full: bool, reported: Option<u64>, counter: &mut u64) -> u64 {
    let v = Vault::open(dir, &DEV, None, options()).unwrap();
    let n = if full {
        let records = v.list("crash").unwrap();
        for (n, (id, val)) in records.iter().enumerate() {
            assert_eq!(id, &key(n as u64), "records are contiguous");
            assert_eq!(val, &value(n as u64), "record {n} is whole");
        }
        records.len() as u64
    } else {
        let mut n = from.saturating_sub(1);
        while let Some(val) = v.get("crash", &key(n)).unwrap() {
            assert_eq!(val, value(n), "record {n} is whole");
            n += 1;
        }
        assert!(n >= from, "a record before {from} vanished");
        n
    };
    assert_eq!(v.get("crash", &key(n + 1)).unwrap(), None, "no gap");
    if let Some(last) = reported {
        assert!(n > last, "committed record {last} lost (have {n})");
    }
    if let Some(bytes) = v.get("counter", "n").unwrap() {
        let c = u64::from_le_bytes(bytes.try_into().unwrap());
        assert!(
            c < n && c >= *counter,
            "counter {c} (was {counter}) with {n} records"
        );
        *counter = c;
    }
    n
}

/// This test binary as a command. Under emulation (tests/arm64 runs the aarch64 build
/// under qemu-user) the host kernel cannot start it by itself, so it is started through
/// the runner named in `WAYMARK_TEST_RUNNER` ("qemu-aarch64 -L /usr/aarch64-linux-gnu").
fn child_command(exe: &Path) -> Command {
    let runner = std::env::var("WAYMARK_TEST_RUNNER").unwrap_or_default();
    let mut words = runner.split_whitespace();
    match words.next() {
        Some(program) => {
            let mut c = Command::new(program);
            c.args(words).arg(exe);
            c
        }
        None => Command::new(exe),
    }
}

#[test]
fn killed_writers_never_lose_a_committed_record_or_corrupt_the_vault() {
    let dir = tempfile::tempdir().unwrap();
    let exe = std::env::current_exe().unwrap();
    let mut rng = rand::thread_rng();
    let started = Instant::now();
    let mut next = 0u64;
    let mut killed_mid_write = 0;
    let mut counter = 0u64;
    for round in 0..ROUNDS {
        let mut child = child_command(&exe)
            .args(["crash_child", "--exact", "--nocapture", "--test-threads=1"])
            .env("WAYMARK_CRASH_CHILD_DIR", dir.path())
            .env("WAYMARK_CRASH_START", next.to_string())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut reported = None;
        if round % 10 == 0 {
            // Sometimes kill while the child is still opening (or creating) the vault.
            std::thread::sleep(Duration::from_micros(rng.gen_range(0..3000)));
        } else {
            let wanted = rng.gen_range(1..8);
            let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
            for _ in 0..wanted {
                match lines.next() {
                    Some(Ok(line)) => {
                        if let Some(i) = line.strip_prefix("committed ") {
                            reported = Some(i.parse::<u64>().unwrap());
                        }
                    }
                    _ => break,
                }
            }
            std::thread::sleep(Duration::from_micros(rng.gen_range(0..1500)));
            killed_mid_write += 1;
        }
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();
        let full = round % 25 == 24;
        next = verify(dir.path(), next, full, reported, &mut counter);
        assert!(
            started.elapsed() < Duration::from_secs(240),
            "crash loop too slow"
        );
    }
    assert!(next > 0 && killed_mid_write > 100);
}
