//! `waymark`: the terminal shell. With no arguments it runs an interactive, menu-driven
//! session; with a subcommand it answers once (`--json` for scripts). It calls the same
//! `Waymark` facade the phones use.

// `println!` and friends panic when stdout's reader goes away: print with `outln!` etc.
#![deny(clippy::print_stdout, clippy::print_stderr)]

#[macro_use]
mod output;
mod app_shell;
mod checklist_cmd;
mod content_cmd;
mod help_cmd;
mod interactive;
mod layout;
mod learn_cmd;
mod locale_cmd;
mod pack_cmd;
mod screen_cmd;
mod settings_cmd;
mod terminal_messages;
mod vault_cmd;
mod workshop_cmd;

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Parser, Subcommand};
use waymark::{
    FileKeyStore, KeyStore, MessageArg, MessageView, PassphraseKeyStore, Waymark, WaymarkConfig,
    WaymarkError,
};

use waymark_core::ErrorKind;

use crate::output::Out;

#[derive(Parser)]
#[command(
    name = "waymark",
    version,
    about = "Waymark: private, offline help to check a job offer, learn and find safe support"
)]
struct Cli {
    /// Where saved data lives (the encrypted vault). Default: a per-user data folder.
    #[arg(long, global = true, value_name = "DIR")]
    data_dir: Option<PathBuf>,
    /// The language to answer in (e.g. fr, ht, sw-KE). Default: from WAYMARK_LOCALE or LANG.
    #[arg(long, global = true, value_name = "TAG")]
    locale: Option<String>,
    /// Machine-readable output with stable field names.
    #[arg(long, global = true)]
    json: bool,
    /// Use a content folder instead of the embedded content.
    #[arg(long, global = true, value_name = "DIR")]
    content_dir: Option<PathBuf>,
    /// Developer mode: offer the pseudo-locales en-XA and ar-XB (for testing translations).
    #[arg(long, global = true)]
    developer: bool,
    /// Developer mode: trust content packs signed by this public key too, for this run.
    #[arg(
        long,
        global = true,
        hide = true,
        value_name = "PUB",
        requires = "developer"
    )]
    trusted_key: Option<String>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// List the languages Waymark ships.
    Locales,
    /// Language negotiation.
    #[command(subcommand)]
    Locale(locale_cmd::LocaleCommand),
    /// Show one message: `waymark message app-name --locale fr`.
    Message(locale_cmd::MessageArgs),
    /// Content tools.
    #[command(subcommand)]
    Content(content_cmd::ContentCommand),
    /// List the awareness modules: `waymark modules --audience students`.
    Modules(learn_cmd::ModulesArgs),
    /// Show one module: lessons, the regional scenario and the quiz.
    Module(learn_cmd::ModuleArgs),
    /// Learning tracks, quizzes and progress.
    #[command(subcommand)]
    Learn(learn_cmd::LearnCommand),
    /// Workshop mode: plans, sessions and the M&E export.
    #[command(subcommand)]
    Workshop(workshop_cmd::WorkshopCommand),
    /// Private self-check of a job offer, your situation, or a pasted advert. Nothing is saved.
    #[command(subcommand)]
    Screen(screen_cmd::ScreenCommand),
    /// Your private safe-travel checklist (saved in the encrypted vault).
    #[command(subcommand)]
    Checklist(checklist_cmd::ChecklistCommand),
    /// The vault's PIN and emergency (duress) PIN. PINs are read from stdin or WAYMARK_PIN.
    #[command(subcommand)]
    Pin(vault_cmd::PinCommand),
    /// Delete everything saved (needs --yes).
    Wipe(vault_cmd::WipeArgs),
    /// Find help you can contact: emergency numbers and services for a country.
    FindHelp(help_cmd::FindHelpArgs),
    /// Discretion settings: disguise, notifications, leave no trace.
    #[command(subcommand)]
    Settings(settings_cmd::SettingsCommand),
    /// Signed content packs: install, list, remove, pass on; authors build and sign them.
    #[command(subcommand)]
    Pack(pack_cmd::PackCommand),
}

/// What every command gets: the facade and how to print.
pub struct Shell {
    pub waymark: Arc<Waymark>,
    pub out: Out,
    /// The language the person asked for on the command line, if any.
    pub locale: Option<String>,
    /// The data folder (content packs live in its `packs/`).
    pub data_dir: PathBuf,
    /// `--trusted-key` of a developer run (content packs).
    pub pack_key: Option<[u8; 32]>,
}

impl Shell {
    /// A message in the current language: from the content in use, else one of the
    /// terminal's own messages (`terminal_messages.rs`).
    pub fn message(&self, id: &str, args: Vec<MessageArg>) -> Result<MessageView, WaymarkError> {
        match self.waymark.message(id.to_owned(), args.clone()) {
            Err(e) if e.kind() == ErrorKind::NotFound => {
                terminal_messages::format(&self.waymark.chain(), id, &args, false).map_err(|_| e)
            }
            found => found,
        }
    }

    /// Like [`Shell::message`] in `chain`, but a variable the message needs and `args`
    /// lacks is an error (`waymark message`, for scripts).
    pub fn message_strict(
        &self,
        id: &str,
        chain: Vec<String>,
        args: Vec<MessageArg>,
    ) -> Result<MessageView, WaymarkError> {
        match self
            .waymark
            .message_in_strict(id.to_owned(), chain.clone(), args.clone())
        {
            Err(e) if e.kind() == ErrorKind::NotFound => {
                terminal_messages::format(&chain, id, &args, true).map_err(|t| match t {
                    waymark_core::i18n::I18nError::UnknownMessage(_) => e,
                    t => self.waymark.error(&t),
                })
            }
            found => found,
        }
    }

    /// A message in the current language; its id if missing (the content check proves
    /// every id the shell uses exists, so this is never what a person sees).
    pub fn text_args(&self, id: &str, args: Vec<MessageArg>) -> String {
        self.message(id, args)
            .map(|m| m.text)
            .unwrap_or_else(|_| id.to_owned())
    }

    pub fn text(&self, id: &str) -> String {
        self.text_args(id, vec![])
    }

    /// A message with one text argument.
    pub fn text_with(&self, id: &str, name: &str, value: impl Into<String>) -> String {
        let arg = MessageArg::Text {
            name: name.to_owned(),
            value: value.into(),
        };
        self.text_args(id, vec![arg])
    }

    /// A learning module's title in the current language, as the Learn menu shows it
    /// ("Learn more" links and progress lines name modules the same way); the id if the
    /// module is unknown.
    pub fn module_title(&self, id: &str) -> String {
        self.waymark
            .learn_modules(None)
            .ok()
            .and_then(|all| all.into_iter().find(|m| m.id == id))
            .map(|m| m.title)
            .unwrap_or_else(|| id.to_owned())
    }

    /// A message with number arguments (numbers stay numbers, so plurals work).
    pub fn number_text(&self, id: &str, args: Vec<(&str, f64)>) -> String {
        let args = args
            .into_iter()
            .map(|(name, value)| MessageArg::Number {
                name: name.to_owned(),
                value,
            })
            .collect();
        self.text_args(id, args)
    }

    /// A core error in the current language. Its detail message is looked up like any
    /// terminal text (the content in use, then the terminal's own messages), so a refusal
    /// only the terminal produces (a pack the whole checker refuses, with its line) is
    /// localized too; without one, the facade's message for the error's kind.
    pub fn error(&self, e: &dyn waymark_core::UserFacing) -> WaymarkError {
        let detail = e.detail_message().and_then(|(id, args)| {
            let args = args
                .into_iter()
                .map(|(name, value)| MessageArg::Text {
                    name: name.to_owned(),
                    value,
                })
                .collect();
            self.message(id, args).ok()
        });
        match detail {
            Some(m) => WaymarkError::new(e.kind(), m.text),
            None => self.waymark.error(e),
        }
    }

    /// Applies `--locale` strictly (a malformed or unknown tag is an error). The tag itself
    /// is set, not its chain, so its region (`JM` in `en-JM`) still picks regional content.
    fn apply_locale(&self) -> Result<(), WaymarkError> {
        if let Some(tag) = &self.locale {
            self.chain()?;
            self.waymark.set_locales(vec![tag.clone()])?;
        }
        Ok(())
    }

    /// The chain for `--locale` (strict: a malformed or unknown tag is an error), or the
    /// current chain.
    pub fn chain(&self) -> Result<Vec<String>, WaymarkError> {
        match &self.locale {
            Some(tag) => self.waymark.strict_chain(std::slice::from_ref(tag)),
            None => Ok(self.waymark.chain()),
        }
    }
}

impl Command {
    /// Whether the command reads or writes saved data (the vault under `--data-dir`).
    fn uses_data(&self) -> bool {
        match self {
            Command::Checklist(_) | Command::Pin(_) | Command::Wipe(_) | Command::Settings(_) => {
                true
            }
            Command::Learn(cmd) => !matches!(cmd, learn_cmd::LearnCommand::Tracks),
            Command::Workshop(cmd) => !matches!(
                cmd,
                workshop_cmd::WorkshopCommand::Plans
                    | workshop_cmd::WorkshopCommand::Plan { .. }
                    | workshop_cmd::WorkshopCommand::Present { .. }
            ),
            _ => false,
        }
    }
}

/// A data folder that cannot hold the vault (a file, `/dev/null`, a folder that cannot
/// be written to, or one under a file) is an error for reads too: otherwise `checklist
/// show` or `wipe --yes` would answer with empty defaults as if nothing were saved.
/// A folder that does not exist yet is fine: it is created when something is saved.
fn check_data_dir(dir: &std::path::Path) -> Result<(), ()> {
    let mut existing = Some(dir);
    while let Some(p) = existing {
        match std::fs::metadata(p) {
            Ok(meta) if meta.is_dir() => return writable(p).then_some(()).ok_or(()),
            Ok(_) => return Err(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => existing = p.parent(),
            Err(_) => return Err(()),
        }
    }
    Ok(())
}

#[cfg(unix)]
fn writable(dir: &std::path::Path) -> bool {
    use std::os::unix::ffi::OsStrExt;
    let Ok(path) = std::ffi::CString::new(dir.as_os_str().as_bytes()) else {
        return false;
    };
    // SAFETY: `access` reads the NUL-terminated path, which lives for the call.
    unsafe { libc::access(path.as_ptr(), libc::W_OK | libc::X_OK) == 0 }
}

#[cfg(not(unix))]
fn writable(dir: &std::path::Path) -> bool {
    std::fs::metadata(dir).is_ok_and(|m| !m.permissions().readonly())
}

fn default_data_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("XDG_DATA_HOME").filter(|d| !d.is_empty()) {
        return PathBuf::from(dir).join("waymark");
    }
    match std::env::var_os("HOME") {
        Some(home) => PathBuf::from(home).join(".local/share/waymark"),
        None => PathBuf::from(".waymark"),
    }
}

/// The platform's preferred languages: `WAYMARK_LOCALE`, else `LANG` (`fr_HT.UTF-8`).
fn environment_locales() -> Vec<String> {
    ["WAYMARK_LOCALE", "LC_ALL", "LANG"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .find(|v| !v.is_empty() && v != "C" && v != "POSIX")
        .map(|v| vec![v.split('.').next().unwrap_or_default().replace('_', "-")])
        .unwrap_or_default()
}

fn main() -> ExitCode {
    let json_requested = std::env::args().any(|a| a == "--json");
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return output::clap_error(e, json_requested),
    };
    let out = Out { json: cli.json };
    if cli.json {
        output::set_raw();
    }
    let data_dir = cli.data_dir.clone().unwrap_or_else(default_data_dir);
    let mut preferred = cli.locale.iter().cloned().collect::<Vec<_>>();
    preferred.extend(environment_locales());

    if let Some(Command::Content(cmd)) = &cli.command {
        return content_cmd::run(cmd, &out, cli.content_dir.as_deref());
    }

    let config = WaymarkConfig {
        preferred_locales: preferred,
        data_dir: data_dir.to_string_lossy().into_owned(),
        content_dir: cli.content_dir.map(|d| d.to_string_lossy().into_owned()),
        developer_mode: cli.developer,
        developer_pack_key: cli.trusted_key.clone(),
    };
    // The vault's key: a 0600 key file, or derived from WAYMARK_PASSPHRASE when set.
    let keys_dir = data_dir.join("keys").to_string_lossy().into_owned();
    let key_store: Arc<dyn KeyStore> = match std::env::var("WAYMARK_PASSPHRASE") {
        Ok(p) if !p.is_empty() => PassphraseKeyStore::new(keys_dir, zeroize::Zeroizing::new(p)),
        _ => FileKeyStore::new(keys_dir),
    };
    let waymark = match Waymark::new(config, key_store) {
        Ok(w) => w,
        Err(e) => return out.error(&e),
    };
    let pack_key = cli
        .trusted_key
        .as_deref()
        .and_then(waymark_core::packs::parse_public_key);
    let shell = Shell {
        waymark,
        out,
        locale: cli.locale,
        data_dir,
        pack_key,
    };
    if let Err(e) = shell.apply_locale() {
        return shell.out.error(&e);
    }
    // A passphrase replaces the key store's key: too short, it is the weakest link.
    if std::env::var("WAYMARK_PASSPHRASE")
        .is_ok_and(|p| !p.is_empty() && p.chars().count() < waymark_core::keys::PASSPHRASE_MIN)
    {
        let min = waymark_core::keys::PASSPHRASE_MIN as f64;
        let message = shell.number_text("vault-error-passphrase-short", vec![("min", min)]);
        return shell.out.error(&WaymarkError::InvalidInput { message });
    }
    if cli.command.as_ref().is_some_and(Command::uses_data)
        && check_data_dir(&shell.data_dir).is_err()
    {
        return shell.out.error(&WaymarkError::Storage {
            message: shell.text("vault-error-data-dir"),
        });
    }
    let result = match cli.command {
        None => app_shell::run(&shell),
        Some(Command::Locales) => locale_cmd::locales(&shell),
        Some(Command::Locale(cmd)) => locale_cmd::run(&shell, cmd),
        Some(Command::Message(args)) => locale_cmd::message(&shell, args),
        Some(Command::Screen(cmd)) => screen_cmd::run(&shell, cmd),
        Some(Command::Content(_)) => Ok(()),
        Some(Command::Modules(args)) => learn_cmd::modules(&shell, args),
        Some(Command::Module(args)) => learn_cmd::module(&shell, args),
        Some(Command::Learn(cmd)) => learn_cmd::run(&shell, cmd),
        Some(Command::Workshop(cmd)) => workshop_cmd::run(&shell, cmd),
        Some(Command::Checklist(cmd)) => checklist_cmd::run(&shell, cmd),
        Some(Command::Pin(cmd)) => vault_cmd::pin(&shell, cmd),
        Some(Command::Wipe(args)) => vault_cmd::wipe(&shell, args),
        Some(Command::FindHelp(args)) => help_cmd::find_help(&shell, args),
        Some(Command::Settings(cmd)) => settings_cmd::run(&shell, cmd),
        Some(Command::Pack(cmd)) => pack_cmd::run(&shell, cmd),
    };
    match result {
        // Output that could not be written (a full disk behind `> file`, not a reader that
        // stopped early) is lost data: say so.
        Ok(()) if output::failed() => {
            errln!("waymark: {}", shell.text("error-storage"));
            ExitCode::from(1)
        }
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => shell.out.error(&e),
    }
}
