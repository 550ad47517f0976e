//! Settings through the app core, as a person uses them. PIN tests run the product's
//! Argon2 cost: they are few and each covers a whole journey.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use super::super::tests::Driver;
use super::super::{ActionStyle, Effect, Event, InputKind, ScreenId};

fn settings() -> Driver {
    let mut d = Driver::new();
    d.choose("settings");
    assert_eq!(d.screen.id, ScreenId::Settings);
    d
}

/// A second Driver over the same data folder: the app started again.
fn restart(d: Driver) -> Driver {
    let Driver { dir, .. } = d;
    let waymark = crate::test_waymark(dir.path());
    Driver::over(waymark, dir, false)
}

#[test]
fn settings_show_the_language_the_pin_privacy_and_about() {
    let d = settings();
    let text = d.text();
    assert!(text.contains("English"), "{text}");
    assert!(text.contains("No PIN is set."), "{text}");
    assert!(text.contains("Set a PIN first."), "{text}");
    assert!(text.contains("About Waymark"), "{text}");
    assert!(text.contains("Content version"), "{text}");
    assert!(
        text.contains(&d.waymark.content_version().unwrap()),
        "{text}"
    );
    assert!(d.has("pin.set") && !d.has("pin.change") && !d.has("pin.duress"));
    assert!(!d.has("lock"), "nothing to lock without a PIN");
    assert_eq!(d.style("leave_no_trace"), ActionStyle::Toggle { on: false });
    assert_eq!(
        d.style("notifications_off"),
        ActionStyle::Toggle { on: false }
    );
    let help = d.screen.actions.iter().find(|a| a.id == "leave_no_trace");
    assert!(
        help.and_then(|a| a.detail.as_deref())
            .is_some_and(|t| t.contains("saves nothing at all")),
        "the toggle says what it does"
    );
    assert!(d.screen.secure);
    assert!(d.screen.back.is_some());
}

#[test]
fn the_language_row_opens_the_language_list_and_comes_back_in_the_new_language() {
    let mut d = settings();
    d.choose("language");
    assert_eq!(d.screen.id, ScreenId::Language);
    d.choose("locale.ht");
    assert_eq!(d.screen.id, ScreenId::Settings);
    assert_eq!(d.screen.locale, "ht");
    assert!(d.text().contains("Kreyòl ayisyen"), "{}", d.text());
}

#[test]
fn choosing_a_disguise_tells_the_phone_once_and_an_unknown_one_is_refused() {
    let mut d = settings();
    d.choose("disguise");
    assert_eq!(d.screen.id, ScreenId::Disguise);
    let ids = d.ids();
    assert_eq!(
        ids,
        [
            "disguise.waymark",
            "disguise.notes",
            "disguise.calculator",
            "disguise.weather",
            "disguise.recipes"
        ]
    );
    assert_eq!(
        d.style("disguise.waymark"),
        ActionStyle::Choice { selected: true }
    );
    d.choose("disguise.notes");
    assert_eq!(d.screen.id, ScreenId::Settings);
    assert!(
        d.effects
            .contains(&Effect::SetDisguise { id: "notes".into() })
    );
    assert_eq!(d.notice().map(|n| n.text.as_str()), Some("Done."));
    let row = d.screen.actions.iter().find(|a| a.id == "disguise");
    assert_eq!(row.and_then(|a| a.detail.as_deref()), Some("Notes"));
    // The same look again: the launcher is not touched.
    d.choose("disguise");
    assert_eq!(
        d.style("disguise.notes"),
        ActionStyle::Choice { selected: true }
    );
    d.choose("disguise.notes");
    assert!(
        !d.effects
            .iter()
            .any(|e| matches!(e, Effect::SetDisguise { .. }))
    );
    // A made-up one is not offered, so nothing changes.
    d.choose("disguise");
    d.send(Event::Choose {
        action: "disguise.bank".into(),
    });
    assert!(d.notice().is_some_and(|n| n.error));
    assert_eq!(
        d.waymark.discretion_settings().unwrap().disguise.id,
        "notes"
    );
}

#[test]
fn the_toggles_are_kept_after_a_restart_and_leave_no_trace_writes_nothing() {
    let mut d = settings();
    d.choose("notifications_off");
    assert_eq!(
        d.style("notifications_off"),
        ActionStyle::Toggle { on: true }
    );
    d.choose("leave_no_trace");
    assert_eq!(d.style("leave_no_trace"), ActionStyle::Toggle { on: true });
    // A tick during the mode says it is kept only until Waymark closes.
    d.send(Event::Back);
    d.choose("checklist");
    d.choose("stage.before_you_go");
    d.choose("done.verify_recruiter");
    assert!(
        d.notice()
            .is_some_and(|n| n.text.starts_with("Kept only until Waymark closes")),
        "{:?}",
        d.notice()
    );
    // Choosing a language during the mode is not remembered outside the vault either.
    d.send(Event::QuickExit);
    d.choose("language");
    d.choose("locale.sw");
    assert!(
        !d.effects
            .iter()
            .any(|e| matches!(e, Effect::RememberLanguage { .. })),
        "{:?}",
        d.effects
    );

    let mut d = restart(d);
    d.choose("settings");
    assert_eq!(d.style("leave_no_trace"), ActionStyle::Toggle { on: true });
    assert_eq!(
        d.style("notifications_off"),
        ActionStyle::Toggle { on: true }
    );
    d.send(Event::Back);
    d.choose("checklist");
    d.choose("stage.before_you_go");
    assert_eq!(
        d.style("done.verify_recruiter"),
        ActionStyle::Toggle { on: false },
        "the tick was never written"
    );
    d.send(Event::Back);
    d.send(Event::Back);
    d.choose("settings");
    d.choose("leave_no_trace");
    assert_eq!(d.style("leave_no_trace"), ActionStyle::Toggle { on: false });
    let d = restart(d);
    assert!(!d.waymark.discretion_settings().unwrap().leave_no_trace);
}

#[test]
fn delete_everything_asks_by_a_choice_in_the_persons_language_then_goes_home() {
    let mut d = settings();
    d.waymark
        .checklist_set_note("safety_word".into(), "blue heron".into())
        .unwrap();
    d.choose("language");
    d.choose("locale.fr");
    d.choose("wipe");
    assert_eq!(d.screen.id, ScreenId::Confirm);
    assert!(d.screen.input.is_none(), "nothing to type, no English word");
    assert!(d.text().contains("Oui, tout supprimer"), "{}", d.text());
    d.choose("no");
    assert_eq!(d.screen.id, ScreenId::Settings);
    assert!(d.waymark.vault_status().unwrap().exists);
    d.choose("wipe");
    d.choose("yes");
    assert_eq!(d.screen.id, ScreenId::Home);
    assert_eq!(
        d.notice().map(|n| n.text.as_str()),
        Some("Tout est effacé.")
    );
    assert!(
        d.effects
            .contains(&Effect::RememberLanguage { id: String::new() }),
        "the phone forgets the language it kept: {:?}",
        d.effects
    );
    assert!(!d.waymark.vault_status().unwrap().exists);
    assert_eq!(
        d.files_written(),
        Vec::<std::path::PathBuf>::new(),
        "no file is left"
    );
    assert!(
        !format!("{:?}", d.waymark.checklist().unwrap()).contains("blue heron"),
        "nothing saved is left"
    );
}

#[test]
fn content_packs_list_what_is_installed_and_say_how_to_add_one() {
    let mut d = settings();
    d.choose("packs");
    assert_eq!(d.screen.id, ScreenId::ContentPacks);
    let text = d.text();
    assert!(text.contains("No content packs are installed"), "{text}");
    assert!(text.contains(".wmpack"), "{text}");
    assert_eq!(d.ids(), ["add"]);
}

/// One journey through the PIN screens: the rule before the first try, a too-short PIN
/// asked again on the same screen, typed twice, lock now, the PIN at the next screen that
/// needs the vault.
#[test]
fn setting_a_pin_shows_the_rule_first_and_asks_again_on_the_same_screen() {
    let mut d = settings();
    d.choose("pin.set");
    assert_eq!(d.screen.id, ScreenId::Pin);
    let input = d.screen.input.clone().unwrap();
    assert_eq!(input.kind, InputKind::Pin);
    assert_eq!(input.label, "New PIN");
    assert_eq!(
        input.hint.as_deref(),
        Some("A PIN needs 4 to 64 characters."),
        "the rule before the first try"
    );
    // Too short: said at once, on the same screen, still asking for the new PIN.
    d.submit("12");
    assert_eq!(d.screen.id, ScreenId::Pin);
    assert!(
        d.notice()
            .is_some_and(|n| n.error && n.text.contains("4 to 64"))
    );
    assert_eq!(d.screen.input.as_ref().unwrap().label, "New PIN");
    d.submit("1234");
    assert!(
        d.notice()
            .is_some_and(|n| n.text.contains("too easy to guess"))
    );
    // Typed differently twice: nothing set, asked again.
    d.submit("4826");
    assert_eq!(
        d.screen.input.as_ref().unwrap().label,
        "Type the new PIN again"
    );
    d.submit("4862");
    assert_eq!(
        d.notice().map(|n| n.text.as_str()),
        Some("The two PINs are not the same. Nothing was changed.")
    );
    assert_eq!(d.screen.input.as_ref().unwrap().label, "New PIN");
    assert!(!d.waymark.vault_status().unwrap().has_pin);
    // Back from "again" asks for the new PIN; Back from there leaves.
    d.submit("4826");
    d.back();
    assert_eq!(d.screen.input.as_ref().unwrap().label, "New PIN");
    d.back();
    assert_eq!(d.screen.id, ScreenId::Settings);
    // Digits of another script are the same PIN.
    d.choose("pin.set");
    d.submit("4826");
    d.submit("٤٨٢٦");
    assert_eq!(d.screen.id, ScreenId::Settings);
    assert_eq!(
        d.notice().map(|n| n.text.as_str()),
        Some("Your PIN is set.")
    );
    assert!(!d.text().contains("4826"), "a PIN is never shown");
    assert!(d.has("pin.change") && d.has("pin.duress") && d.has("lock"));

    // Lock now: the PIN screen, as at start, with no way back past it.
    d.choose("lock");
    assert_eq!(d.screen.id, ScreenId::Unlock);
    assert!(d.screen.back.is_none());
    d.submit("4826");
    assert_eq!(d.screen.id, ScreenId::Home);

    // Locked while on home: settings ask for the PIN first, a wrong one is said, the
    // right one opens the settings.
    d.waymark.lock().unwrap();
    d.choose("settings");
    assert_eq!(d.screen.id, ScreenId::Unlock);
    d.submit("0000");
    assert_eq!(d.screen.id, ScreenId::Unlock);
    assert!(d.notice().is_some_and(|n| n.error));
    d.submit("4826");
    assert_eq!(d.screen.id, ScreenId::Settings);
}

/// Bug: "change PIN" took the PIN now, then a new PIN twice, and only then said the first
/// was wrong.
#[test]
fn changing_the_pin_checks_the_pin_now_first_and_then_shows_the_rule() {
    let mut d = settings();
    d.waymark.set_pin("4826".into()).unwrap();
    d.send(Event::Refresh);
    d.choose("pin.change");
    d.submit("5555");
    assert_eq!(d.screen.id, ScreenId::Pin);
    let notice = d.notice().expect("said at once");
    assert!(notice.error);
    assert_eq!(
        d.screen.input.as_ref().unwrap().label,
        "Your PIN now",
        "asked again, not a new PIN"
    );
    d.submit("4826");
    assert_eq!(
        d.notice().map(|n| (n.text.as_str(), n.error)),
        Some(("That is your PIN. Now choose a new one.", false))
    );
    let input = d.screen.input.clone().unwrap();
    assert_eq!(input.label, "New PIN");
    assert_eq!(
        input
            .hint
            .as_deref()
            .map(|h| h.replace(['\u{2068}', '\u{2069}'], "")),
        Some("A PIN needs 4 to 64 characters.".to_owned()),
        "the rule before the new PIN is typed"
    );
    d.submit("7391");
    d.submit("7391");
    assert_eq!(
        d.notice().map(|n| n.text.as_str()),
        Some("Your PIN is changed.")
    );
    // Nothing changed on a wrong try: the old PIN still opened, the new one opens now.
    d.waymark.lock().unwrap();
    assert!(d.waymark.unlock("4826".into()).is_err());
    d.waymark.unlock("7391".into()).unwrap();
}

#[test]
fn change_remove_and_the_emergency_pin() {
    let mut d = settings();
    d.waymark.set_pin("4826".into()).unwrap();
    d.send(Event::Refresh);
    // Change: the PIN now (checked at once), then the new one twice.
    d.choose("pin.change");
    assert_eq!(d.screen.input.as_ref().unwrap().label, "Your PIN now");
    assert!(d.screen.input.as_ref().unwrap().hint.is_none());
    d.submit("4826");
    d.submit("7391");
    d.submit("7391");
    assert_eq!(
        d.notice().map(|n| n.text.as_str()),
        Some("Your PIN is changed.")
    );
    // The emergency PIN: explained first, never the same as the PIN.
    d.choose("pin.duress");
    assert!(d.text().contains("Waymark opens empty"), "{}", d.text());
    d.submit("7391");
    d.submit("7391");
    assert_eq!(
        d.notice().map(|n| n.text.as_str()),
        Some("The emergency PIN must be different from your PIN.")
    );
    d.submit("5820");
    d.submit("5820");
    assert_eq!(d.screen.id, ScreenId::Settings);
    assert!(d.text().contains("Your emergency PIN is set."));
    // Remove: the PIN now, once.
    d.choose("pin.remove");
    d.submit("7391");
    assert_eq!(d.screen.id, ScreenId::Settings);
    assert_eq!(
        d.notice().map(|n| n.text.as_str()),
        Some("Your PIN is removed.")
    );
    assert!(d.has("pin.set"));
    assert!(!d.waymark.vault_status().unwrap().has_pin);
}

#[test]
fn quick_exit_in_the_middle_of_a_new_pin_forgets_it() {
    let mut d = settings();
    d.choose("pin.set");
    d.submit("4826");
    d.send(Event::QuickExit);
    assert_eq!(d.screen.id, ScreenId::Home);
    d.choose("settings");
    d.choose("pin.set");
    assert_eq!(
        d.screen.input.as_ref().unwrap().label,
        "New PIN",
        "the first PIN is gone"
    );
}

/// A Waymark that trusts a test signing key (developer mode), and a pack of Kenya's help
/// numbers signed with it; not installed yet.
/// A Waymark over `dir` that trusts the test signing key (a restart opens it again).
fn open_trusting(dir: &std::path::Path) -> std::sync::Arc<crate::Waymark> {
    use ed25519_dalek::SigningKey;
    let public = SigningKey::from_bytes(&[7u8; 32])
        .verifying_key()
        .to_bytes();
    let hex: String = public.iter().map(|b| format!("{b:02x}")).collect();
    crate::Waymark::new(
        crate::WaymarkConfig {
            developer_mode: true,
            developer_pack_key: Some(hex),
            ..crate::test_config(dir)
        },
        crate::FileKeyStore::new(dir.join("keys").to_string_lossy().into_owned()),
    )
    .unwrap()
}

fn trusting_a_pack() -> (Driver, Vec<u8>) {
    use ed25519_dalek::{Signer, SigningKey};
    let key = SigningKey::from_bytes(&[7u8; 32]);
    let public = key.verifying_key().to_bytes();
    let dir = tempfile::tempdir().unwrap();
    let waymark = open_trusting(dir.path());
    let kenya = waymark_core::content::ContentSource::embedded()
        .get("directory/KE.toml")
        .unwrap()
        .to_owned();
    let files = vec![("directory/KE.toml".to_owned(), kenya)];
    let pack = waymark_core::packs::format::write(
        "directory",
        &waymark_core::packs::Kind::Directory,
        2,
        "0.1.0",
        &files,
        &public,
        |m| key.sign(m).to_bytes(),
    )
    .unwrap();
    (Driver::over(waymark, dir, false), pack)
}

/// The same, with the pack installed.
fn with_a_pack() -> Driver {
    let (d, pack) = trusting_a_pack();
    d.waymark.install_content_pack(&pack).unwrap();
    let (waymark, dir) = (d.waymark, d.dir);
    Driver::over(waymark, dir, false)
}

#[test]
fn a_pack_is_added_from_a_file_the_phone_lets_the_person_choose() {
    let (mut d, pack) = trusting_a_pack();
    d.choose("settings");
    d.choose("packs");
    d.choose("add");
    assert_eq!(d.effects, [Effect::ChooseContentPack]);
    // Not a pack: said, nothing installed.
    d.send(Event::FileChosen {
        data: b"not a pack".to_vec(),
    });
    assert!(d.notice().is_some_and(|n| n.error), "{:?}", d.notice());
    assert!(d.waymark.content_packs().unwrap().is_empty());
    d.send(Event::FileChosen { data: pack });
    assert_eq!(d.screen.id, ScreenId::ContentPacks);
    let said = d.notice().unwrap();
    assert!(
        !said.error && said.text.contains("Installed content pack"),
        "{said:?}"
    );
    assert_eq!(d.ids(), ["pack.directory", "add"]);
    // A file sent where none was asked for changes nothing.
    d.back();
    d.send(Event::FileChosen { data: Vec::new() });
    assert_eq!(d.screen.id, ScreenId::Settings);
    assert!(d.notice().is_some_and(|n| n.error));
}

#[test]
fn an_installed_pack_is_listed_and_removed_after_a_confirmation() {
    let mut d = with_a_pack();
    d.choose("settings");
    d.choose("packs");
    assert_eq!(d.ids(), ["pack.directory", "add"]);
    let label = &d.screen.actions[0].label;
    assert!(
        label.contains("directory") && label.contains("version 2"),
        "{label}"
    );
    d.choose("pack.directory");
    assert_eq!(d.screen.id, ScreenId::ContentPack);
    // Passed on as the exact file that was installed.
    d.choose("share");
    let exported = d.waymark.export_content_pack("directory".into()).unwrap();
    assert_eq!(
        d.effects,
        [Effect::Share {
            file_name: "directory.wmpack".into(),
            mime_type: "application/vnd.waymark.pack".into(),
            data: exported,
        }]
    );
    d.choose("remove");
    assert_eq!(d.screen.id, ScreenId::Confirm);
    d.choose("no");
    assert_eq!(d.screen.id, ScreenId::ContentPack);
    assert_eq!(d.waymark.content_packs().unwrap().len(), 1);
    d.choose("remove");
    d.choose("yes");
    assert_eq!(d.screen.id, ScreenId::ContentPacks);
    assert!(
        d.notice()
            .is_some_and(|n| n.text.starts_with("Removed content pack directory.")),
        "{:?}",
        d.notice()
    );
    assert_eq!(d.ids(), ["add"]);
    assert!(d.waymark.content_packs().unwrap().is_empty());
}

#[test]
fn a_typed_pin_never_shows_in_an_events_debug_text() {
    let event = Event::Submit {
        text: "4826".into(),
    };
    assert_eq!(format!("{event:?}"), "Submit");
}

/// The same Waymark with a PIN set and locked, started again: on the PIN screen.
fn locked_trusting_a_pack() -> (Driver, Vec<u8>) {
    let (d, pack) = trusting_a_pack();
    d.waymark.set_pin("4826".into()).unwrap();
    d.waymark.lock().unwrap();
    let Driver { waymark, dir, .. } = d;
    let d = Driver::over(waymark, dir, false);
    assert_eq!(d.screen.id, ScreenId::Unlock);
    (d, pack)
}

#[test]
fn a_pack_opened_from_another_app_is_installed_on_the_screen_shown() {
    let (mut d, pack) = trusting_a_pack();
    assert_eq!(d.screen.id, ScreenId::Home);
    d.send(Event::PackOpened { data: pack });
    assert_eq!(d.screen.id, ScreenId::Home);
    let said = d.notice().unwrap();
    assert!(
        !said.error && said.text.contains("Installed content pack directory"),
        "{said:?}"
    );
    assert_eq!(d.waymark.content_packs().unwrap().len(), 1);
    // Listed where packs are managed.
    d.choose("settings");
    d.choose("packs");
    assert_eq!(d.ids(), ["pack.directory", "add"]);
}

#[test]
fn a_pack_opened_on_the_pin_screen_waits_for_the_pin_then_is_installed() {
    let (mut d, pack) = locked_trusting_a_pack();
    d.send(Event::PackOpened { data: pack });
    assert_eq!(d.screen.id, ScreenId::Unlock);
    let said = d.notice().unwrap();
    assert!(
        !said.error && said.text.contains("Enter your PIN"),
        "{said:?}"
    );
    assert_eq!(d.app.depth(), 1, "nothing opened behind the PIN screen");
    assert!(
        d.waymark.content_packs().unwrap().is_empty(),
        "nothing written yet"
    );
    // The phone says the app is in front again right after: the notice stays on screen.
    d.send(Event::Refresh);
    assert!(
        d.notice()
            .is_some_and(|n| n.text.contains("Enter your PIN"))
    );
    d.submit("4826");
    assert_eq!(d.screen.id, ScreenId::Home);
    let said = d.notice().unwrap();
    assert!(
        !said.error && said.text.contains("Installed content pack directory"),
        "{said:?}"
    );
    assert_eq!(d.waymark.content_packs().unwrap().len(), 1);
}

#[test]
fn quick_exit_forgets_a_pack_waiting_for_the_pin() {
    let (mut d, pack) = locked_trusting_a_pack();
    d.send(Event::PackOpened { data: pack });
    d.send(Event::QuickExit);
    d.submit("4826");
    assert_eq!(d.screen.id, ScreenId::Home);
    assert!(d.notice().is_none());
    assert!(d.waymark.content_packs().unwrap().is_empty());
}

#[test]
fn a_forged_or_oversized_pack_opened_from_another_app_changes_nothing() {
    let (mut d, pack) = trusting_a_pack();
    d.choose("help");
    let shown = d.screen.id;
    // One byte changed after signing.
    let mut forged = pack.clone();
    let last = forged.len() - 1;
    forged[last] ^= 0x01;
    d.send(Event::PackOpened { data: forged });
    assert_eq!(d.screen.id, shown);
    let said = d.notice().unwrap();
    assert!(
        said.error && said.text.contains("Nothing was changed"),
        "{said:?}"
    );
    assert!(d.waymark.content_packs().unwrap().is_empty());
    // Larger than any pack may be: refused before anything is read from it.
    let huge = vec![0u8; waymark_core::packs::format::MAX_PACK_BYTES + 1];
    d.send(Event::PackOpened { data: huge });
    assert_eq!(d.screen.id, shown);
    let said = d.notice().unwrap();
    assert!(
        said.error && said.text.contains("too large") && said.text.contains("Nothing was changed"),
        "{said:?}"
    );
    assert!(d.waymark.content_packs().unwrap().is_empty());
}

#[test]
fn after_a_restart_under_leave_no_trace_a_pack_opened_on_the_pin_screen_is_never_written() {
    let (d, pack) = trusting_a_pack();
    d.waymark.set_pin("4826".into()).unwrap();
    d.waymark.set_leave_no_trace(true).unwrap();
    // The app closed and opened again: the mode is in the locked vault, unknown until the PIN.
    let Driver { dir, .. } = d;
    let mut d = Driver::over(open_trusting(dir.path()), dir, false);
    assert_eq!(d.screen.id, ScreenId::Unlock);
    d.send(Event::PackOpened { data: pack });
    assert!(d.waymark.content_packs().unwrap().is_empty());
    d.submit("4826");
    assert_eq!(d.screen.id, ScreenId::Home);
    let said = d.notice().unwrap();
    assert!(
        said.error && said.text.contains("leave no trace"),
        "{said:?}"
    );
    assert!(d.waymark.content_packs().unwrap().is_empty());
}
