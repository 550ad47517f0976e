//! Runs the `waymark` binary the way a script or a person would.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.stdout))
    }
}

pub fn waymark(args: &[&str], stdin: &str) -> Run {
    waymark_in(None, args, stdin)
}

/// Runs with a clean environment: no language from the machine, `HOME` in `dir`.
pub fn waymark_in(dir: Option<&Path>, args: &[&str], stdin: &str) -> Run {
    waymark_env(dir, args, stdin, &[])
}

/// Like `waymark_in`, with extra environment variables (e.g. `WAYMARK_PIN`). PINs set in
/// tests use the cheap test Argon2 cost (`WAYMARK_INSECURE_TEST_KDF`, debug builds only).
pub fn waymark_env(dir: Option<&Path>, args: &[&str], stdin: &str, env: &[(&str, &str)]) -> Run {
    run_in(None, dir, args, stdin, env)
}

/// An interactive session run in `cwd` (where the terminal writes shared files), with
/// `HOME` there too.
pub fn app_session_in(cwd: &Path, args: &[&str], stdin: &str) -> Run {
    run_in(Some(cwd), Some(cwd), args, stdin, &[])
}

fn run_in(
    cwd: Option<&Path>,
    dir: Option<&Path>,
    args: &[&str],
    stdin: &str,
    env: &[(&str, &str)],
) -> Run {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_waymark"));
    if let Some(cwd) = cwd {
        cmd.current_dir(cwd);
    }
    cmd.args(args)
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("WAYMARK_LOCALE")
        .env_remove("WAYMARK_PIN")
        .env_remove("WAYMARK_PASSPHRASE")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    // Never the machine's own data folder: a run without a folder of its own gets an empty
    // home that is removed afterwards (a vault left there by another run would leak into
    // the test, and the tests would leave data on the machine).
    let scratch = tempfile::tempdir().unwrap();
    cmd.env("HOME", dir.unwrap_or(scratch.path()))
        .env_remove("XDG_DATA_HOME");
    cmd.env("WAYMARK_INSECURE_TEST_KDF", "1");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut child = cmd.spawn().unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Copies the repository's content folder into `dest`.
pub fn copy_content(dest: &Path) {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    copy_dir(&src, dest);
}

fn copy_dir(src: &Path, dest: &Path) {
    std::fs::create_dir_all(dest).unwrap();
    for entry in std::fs::read_dir(src).unwrap() {
        let entry = entry.unwrap();
        let to = dest.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &to);
        } else {
            std::fs::copy(entry.path(), to).unwrap();
        }
    }
}

/// Removes Fluent's bidi isolation marks for plain-text comparison.
pub fn plain(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

/// Every file under `dir` (recursively) with its bytes.
pub fn files_under(dir: &Path) -> Vec<(std::path::PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return out;
    };
    for e in entries {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(files_under(&p));
        } else {
            let bytes = std::fs::read(&p).unwrap();
            out.push((p, bytes));
        }
    }
    out
}

/// Panics if `needle` appears in any file under `dir`.
pub fn assert_nowhere(dir: &Path, needle: &[u8]) {
    for (p, bytes) in files_under(dir) {
        assert!(
            !bytes.windows(needle.len()).any(|w| w == needle),
            "{} holds {:?}",
            p.display(),
            String::from_utf8_lossy(needle)
        );
    }
}

/// The number of a main-menu entry ("Find help", "Close Waymark"), read from the menu the
/// English shell prints, so tests do not depend on where features sit in the menu.
pub fn menu(label: &str) -> String {
    let run = waymark(&["--locale", "en"], "q\n");
    run.stdout
        .lines()
        .find_map(|l| {
            let (n, rest) = l.trim().split_once(". ")?;
            (rest == label && n.chars().all(|c| c.is_ascii_digit())).then(|| n.to_owned())
        })
        .unwrap_or_else(|| panic!("no main-menu entry {label:?} in:\n{}", run.stdout))
}

/// `waymark --data-dir DIR --locale en ARGS…` run in DIR, with extra environment.
pub fn in_data_dir(dir: &Path, args: &[&str], stdin: &str, env: &[(&str, &str)]) -> Run {
    let d = dir.to_string_lossy().into_owned();
    let mut all = vec!["--data-dir", &d, "--locale", "en"];
    all.extend_from_slice(args);
    waymark_env(Some(dir), &all, stdin, env)
}

/// A fresh data folder whose vault has `pin` set.
pub fn data_dir_with_pin(pin: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let set = in_data_dir(dir.path(), &["pin", "set"], &format!("{pin}\n"), &[]);
    assert_eq!(set.code, 0, "{}", set.stderr);
    dir
}

/// The score of the last quiz in an interactive session's output ("You got N out of 5.").
pub fn quiz_score(out: &str) -> usize {
    out.lines()
        .rev()
        .find_map(|l| l.strip_prefix("You got ")?.split(' ').next()?.parse().ok())
        .unwrap()
}

/// An interactive session (the app core's screens, `cli/src/app_shell.rs`), with the given
/// lines typed. `dir` is `HOME`.
pub fn app_session(dir: Option<&Path>, args: &[&str], stdin: &str) -> Run {
    waymark_env(dir, args, stdin, &[])
}
