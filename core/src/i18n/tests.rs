use super::*;
use crate::content::{Content, ContentSource};

fn content() -> std::sync::Arc<Content> {
    Content::embedded().unwrap()
}

fn chain(tags: &[&str]) -> Vec<String> {
    content().l10n.resolve(tags, false).chain
}

#[test]
fn shipped_locales_resolve_through_their_declared_chains() {
    assert_eq!(chain(&["ht"]), ["ht", "fr", "en"]);
    assert_eq!(chain(&["fr"]), ["fr", "en"]);
    assert_eq!(chain(&["en"]), ["en"]);
    assert_eq!(chain(&["ar"]), ["ar", "en"]);
}

#[test]
fn region_variants_use_their_chain_and_keep_the_region() {
    let l10n = &content().l10n;
    let r = l10n.resolve(&["fr-HT"], false);
    assert_eq!(r.chain, ["ht", "fr", "en"]);
    assert_eq!(r.region.as_deref(), Some("HT"));
    assert_eq!(chain(&["en-JM"]), ["en"]);
    assert_eq!(chain(&["sw-KE"]), ["sw", "en"]);
    // A variant with no declared chain negotiates to its language.
    let r = l10n.resolve(&["es-MX"], false);
    assert_eq!(r.chain, ["es", "en"]);
    assert_eq!(r.region.as_deref(), Some("MX"));
    assert_eq!(chain(&["pt_BR"]), ["pt", "en"]);
}

#[test]
fn preferences_combine_in_order_without_repeats() {
    // A second preference answers before the English fallback...
    assert_eq!(chain(&["sw-KE", "fr"]), ["sw", "fr", "en"]);
    assert_eq!(chain(&["ht", "fr", "en"]), ["ht", "fr", "en"]);
    // ...but English asked for by name is complete, so nothing after it is reached.
    assert_eq!(chain(&["en-JM", "fr"]), ["en"]);
    assert_eq!(chain(&["fr", "en", "ht"]), ["fr", "en"]);
    let r = content().l10n.resolve(&["en", "!!"], false);
    assert_eq!(r.ignored, ["!!"]);
}

#[test]
fn unknown_languages_fall_back_to_english_and_are_not_matched() {
    let r = content().l10n.resolve(&["ja-JP"], false);
    assert_eq!(r.chain, ["en"]);
    assert!(r.ignored.is_empty());
    assert!(!r.matched);
    let r = content().l10n.resolve(&["ja-JP", "fr-CA"], false);
    assert_eq!(r.chain, ["fr", "en"]);
    assert!(r.matched);
}

#[test]
fn malformed_tags_are_ignored_not_fatal() {
    let r = content()
        .l10n
        .resolve(&["!!", "", "ht", "x-y-z-123456789"], false);
    assert_eq!(r.chain, ["ht", "fr", "en"]);
    assert_eq!(r.ignored, ["!!", "", "x-y-z-123456789"]);
    let r = content().l10n.resolve::<&str>(&[], false);
    assert_eq!(r.chain, ["en"]);
}

#[test]
fn right_to_left_is_known_per_locale() {
    let l10n = &content().l10n;
    assert_eq!(l10n.direction("ar"), Direction::Rtl);
    assert_eq!(l10n.direction("fr"), Direction::Ltr);
    assert_eq!(l10n.direction("ar-XB"), Direction::Rtl);
}

#[test]
fn lookup_walks_the_chain_and_names_the_locale_that_answered() {
    let files = [
        (
            "manifest.toml",
            include_str!("../../../content/manifest.toml").to_owned(),
        ),
        (
            "l10n/en/a.ftl",
            "only-en = English only\nboth = Both in English\n".to_owned(),
        ),
        ("l10n/fr/a.ftl", "both = Les deux\n".to_owned()),
        ("l10n/ht/a.ftl", "other = Lòt\n".to_owned()),
    ];
    let content = Content::load(ContentSource::from_files(
        files.iter().map(|(p, t)| ((*p).to_owned(), t.clone())),
    ))
    .unwrap();
    let chain = content.l10n.resolve(&["ht"], false).chain;
    let both = content.l10n.format(&chain, "both", None).unwrap();
    assert_eq!(
        (both.text.as_str(), both.locale.as_str()),
        ("Les deux", "fr")
    );
    let only = content.l10n.format(&chain, "only-en", None).unwrap();
    assert_eq!(only.locale, "en");
    assert!(matches!(
        content.l10n.format(&chain, "missing", None),
        Err(I18nError::UnknownMessage(_))
    ));
}

#[test]
fn numbers_select_plurals_in_each_language() {
    let l10n = &content().l10n;
    let count = |locale: &str, n: f64| {
        let text = l10n
            .format_with(
                &[locale.to_owned()],
                "items-count",
                &[("count", Value::from(n))],
            )
            .unwrap()
            .text;
        strip_isolation(&text)
    };
    assert_eq!(count("en", 1.0), "1 item");
    assert_eq!(count("en", 5.0), "5 items");
    assert_eq!(count("fr", 1.0), "1 élément");
    assert_eq!(count("ar", 2.0), "عنصران");
    assert_eq!(count("ar", 3.0), "3 عناصر");
    assert_eq!(count("ar", 11.0), "11 عنصرًا");
}

#[test]
fn placeables_are_isolated_for_bidi_text() {
    let text = content()
        .l10n
        .format_with(
            &["ar".to_owned()],
            "error-unknown-message",
            &[("id", Value::from("x"))],
        )
        .unwrap()
        .text;
    assert!(text.contains("\u{2068}x\u{2069}"));
}

#[test]
fn left_to_right_messages_isolate_only_right_to_left_arguments() {
    let l10n = &content().l10n;
    let language = |locale: &str, name: &str| {
        l10n.format_with(
            &[locale.to_owned()],
            "menu-current-language",
            &[("language", Value::from(name.to_owned()))],
        )
        .unwrap()
        .text
    };
    // Latin in a left-to-right message: no marks at all (they showed as boxes).
    assert_eq!(language("en", "English"), "Language: English");
    assert_eq!(language("fr", "English"), "Langue\u{202f}: English");
    // Arabic in a left-to-right message: isolated, so it cannot reorder what follows.
    assert_eq!(
        language("en", "العربية"),
        "Language: \u{2068}العربية\u{2069}"
    );
    // Numbers in left-to-right messages carry no marks, and plurals still select.
    let count = l10n
        .format_with(
            &["en".to_owned()],
            "items-count",
            &[("count", Value::from(12))],
        )
        .unwrap()
        .text;
    assert_eq!(count, "12 items");
}

#[test]
fn right_to_left_messages_still_isolate_latin_and_number_arguments() {
    let l10n = &content().l10n;
    let text = l10n
        .format_with(
            &["ar".to_owned()],
            "menu-current-language",
            &[("language", Value::from("English"))],
        )
        .unwrap()
        .text;
    assert_eq!(text, "اللغة: \u{2068}English\u{2069}");
    let count = l10n
        .format_with(
            &["ar".to_owned()],
            "items-count",
            &[("count", Value::from(3))],
        )
        .unwrap()
        .text;
    assert!(count.contains("\u{2068}3\u{2069}"), "{count:?}");
    // A pseudo right-to-left locale behaves like Arabic.
    assert_eq!(l10n.direction("ar-XB"), crate::content::Direction::Rtl);
}

#[test]
fn a_variable_not_given_is_an_error_not_a_hole_in_the_text() {
    let l10n = &content().l10n;
    let en = ["en".to_owned()];
    let e = l10n.format_strict(&en, "items-count", None).unwrap_err();
    assert!(matches!(&e, I18nError::MissingArgument(name) if name == "count"));
    assert_eq!(e.kind(), ErrorKind::InvalidInput);
    // Messages without variables need no arguments.
    assert!(l10n.format_strict(&en, "app-name", None).is_ok());
    // The lenient form (the phones) still gives a text.
    assert!(l10n.format(&en, "items-count", None).is_ok());
}

#[test]
fn strong_right_to_left_characters_are_recognised() {
    assert!(is_strong_rtl('ع'));
    assert!(is_strong_rtl('ש'));
    assert!(!is_strong_rtl('a'));
    assert!(!is_strong_rtl('1'));
    assert!(!is_strong_rtl('é'));
    assert_eq!(strip_isolation("a\u{2068}b\u{2069}"), "ab");
}

#[test]
fn attributes_are_addressed_with_a_dot() {
    let files = [
        (
            "manifest.toml",
            include_str!("../../../content/manifest.toml").to_owned(),
        ),
        (
            "l10n/en/a.ftl",
            "button = Go\n    .label = Go now\n".to_owned(),
        ),
    ];
    let content = Content::load(ContentSource::from_files(
        files.iter().map(|(p, t)| ((*p).to_owned(), t.clone())),
    ))
    .unwrap();
    let en = vec!["en".to_owned()];
    assert_eq!(
        content.l10n.format(&en, "button.label", None).unwrap().text,
        "Go now"
    );
    assert!(content.l10n.has_message("en", "button.label"));
    assert!(!content.l10n.has_message("en", "button.tooltip"));
}

#[test]
fn pseudo_locales_only_in_developer_mode() {
    let l10n = &content().l10n;
    assert!(!l10n.locales(false).iter().any(|l| l.pseudo));
    assert_eq!(l10n.locales(true).iter().filter(|l| l.pseudo).count(), 2);
    let off = l10n.resolve(&["en-XA"], false);
    assert_eq!(off.chain, ["en"]);
    assert!(!off.matched);
    let on = l10n.resolve(&["en-XA"], true);
    assert_eq!(on.chain, ["en-XA", "en"]);
    assert_eq!(on.region, None);
    let en = l10n
        .format(&["en".to_owned()], "menu-main-title", None)
        .unwrap()
        .text;
    let xa = l10n.format(&on.chain, "menu-main-title", None).unwrap();
    assert_eq!(xa.locale, "en-XA");
    assert!(xa.text.chars().count() as f64 >= 1.3 * en.chars().count() as f64);
    let xb = l10n
        .format(&["ar-XB".to_owned()], "menu-main-title", None)
        .unwrap();
    assert!(xb.text.contains('\u{202E}'));
}

#[test]
fn bundles_are_shared_across_threads() {
    let content = content();
    let handles: Vec<_> = ["fr", "sw", "ar", "ht"]
        .into_iter()
        .map(|l| {
            let c = content.clone();
            std::thread::spawn(move || {
                c.l10n
                    .format(&[l.to_owned()], "app-name", None)
                    .unwrap()
                    .locale
            })
        })
        .collect();
    let locales: Vec<String> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    assert_eq!(locales, ["fr", "sw", "ar", "ht"]);
}

#[test]
fn every_shipped_locale_lists_itself_first_in_its_chain() {
    for l in content().l10n.locales(false) {
        assert_eq!(l.chain.first(), Some(&l.id));
        assert_eq!(l.chain.last().map(String::as_str), Some("en"));
    }
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    fn tag() -> impl Strategy<Value = String> {
        prop_oneof![
            // Well-formed-looking tags, shipped or not, with regions and scripts.
            "[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2}|-[0-9]{3})?",
            Just("fr-HT".to_owned()),
            Just("en-XA".to_owned()),
            // Anything at all.
            ".{0,20}",
        ]
    }

    proptest! {
        #[test]
        fn negotiation_never_fails_and_always_ends_in_english(
            tags in proptest::collection::vec(tag(), 0..5),
            developer in any::<bool>(),
        ) {
            let content = content();
            let r = content.l10n.resolve(&tags, developer);
            prop_assert_eq!(r.chain.last().map(String::as_str), Some("en"));
            let unique: std::collections::HashSet<_> = r.chain.iter().collect();
            prop_assert_eq!(unique.len(), r.chain.len());
            for id in &r.chain {
                let pseudo = developer && (id == "en-XA" || id == "ar-XB");
                prop_assert!(content.l10n.is_shipped(id) || pseudo, "{} in chain", id);
            }
            for ignored in &r.ignored {
                prop_assert!(tags.contains(ignored));
                prop_assert!(parse_tag(ignored).is_err());
            }
            // Whatever the chain, a message always resolves.
            prop_assert!(content.l10n.format(&r.chain, "app-name", None).is_ok());
        }
    }
}

/// 12,000 nested placeables in 47 KB overflowed the parser's stack (the process aborted).
fn deeply_nested() -> String {
    format!("deep = {}$x{}\n", "{ ".repeat(12_000), " }".repeat(12_000))
}

#[test]
fn a_folder_with_placeables_nested_too_deep_is_refused_not_a_crash() {
    let mut source = ContentSource::embedded();
    source.set("l10n/fr/deep.ftl", format!("\n{}", deeply_nested()));
    match Content::load(source) {
        Err(ContentError::Invalid { file, message }) => {
            assert_eq!(file, "l10n/fr/deep.ftl");
            assert!(message.starts_with("line 2:"), "{message}");
        }
        other => panic!("expected a refusal, got {:?}", other.err()),
    }
}

#[test]
fn a_bundle_leaves_out_an_entry_nested_too_deep_and_keeps_the_rest() {
    // The localizer's own guard, for content that did not come through `Content::load`.
    let source = ContentSource::embedded();
    let manifest: Manifest = source.parse_toml(crate::content::MANIFEST).unwrap();
    let mut source = source;
    source.set(
        "l10n/fr/deep.ftl",
        format!("{}after-deep = Après\n", deeply_nested()),
    );
    let l10n = Localizer::new(&source, &manifest).unwrap();
    let fr = vec!["fr".to_owned()];
    assert_eq!(l10n.text(&fr, "after-deep"), "Après");
    assert!(!l10n.has_message("fr", "deep"));
    assert!(l10n.has_message("fr", "app-name"));
}
