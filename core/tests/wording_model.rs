//! The wording model's two acts on what a person is shown, tested with hand-made weights
//! (the trained weights are measured on the corpus, not pinned here): it raises a likely
//! flag beside a sign a rule found, on the words that weigh for it and within their
//! sentence; it never raises one alone; it sets a rule's hit aside only on a text it reads
//! as carrying no sign, and never a hard demand.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use base64ct::{Base64, Encoding};
use proptest::prelude::*;
use support::chain;
use waymark_core::content::ContentSource;
use waymark_core::screening::Screening;
use waymark_core::screening::model::{self, BUCKETS, FlagWeights, ModelFile};
use waymark_core::screening::scan::normalize;

/// A model of one flag whose weight is +127 on the buckets of `marker` and 0 elsewhere;
/// `bias` decides the flag's probability without the marker.
fn weights(flag: &str, marker: &str, bias: f64) -> FlagWeights {
    let mut bytes = vec![0u8; BUCKETS];
    for b in model::read(&normalize(marker).text).buckets {
        bytes[usize::from(b)] = 127i8.to_le_bytes()[0];
    }
    FlagWeights {
        flag: flag.into(),
        raise_at: 0.75,
        bias,
        scale: 0.5,
        weights: Base64::encode_string(&bytes),
    }
}

fn with_model(flags: Vec<FlagWeights>) -> Screening {
    let mut s = Screening::load(&ContentSource::embedded()).unwrap();
    s.scanners
        .set_model(&ModelFile {
            source: "test".into(),
            last_verified: "2026-12-05".into(),
            buckets: BUCKETS,
            set_aside_below: 0.05,
            sign_at: 0.75,
            flags,
        })
        .unwrap();
    s
}

fn shown(s: &Screening, text: &str) -> (Vec<(String, String)>, Vec<String>) {
    let scan = s.scan(text, &chain("en")).unwrap();
    let hits = scan
        .hits
        .iter()
        .map(|(h, _)| (h.flag.clone(), text[h.start..h.end].to_owned()))
        .collect();
    let aside = scan.set_aside.iter().map(|(h, _)| h.flag.clone()).collect();
    (hits, aside)
}

#[test]
fn the_shipped_model_knows_every_red_flag() {
    let s = Screening::load(&ContentSource::embedded()).unwrap();
    let mut known: Vec<String> = s
        .scanners
        .wording("Pay 300 USD today.")
        .into_iter()
        .map(|(f, p)| {
            assert!((0.0..=1.0).contains(&p));
            f
        })
        .collect();
    known.sort();
    let mut flags: Vec<String> = s.red_flags.iter().map(|f| f.id.clone()).collect();
    flags.sort();
    assert_eq!(known, flags);
}

#[test]
fn a_likely_flag_is_raised_beside_a_rule_on_its_own_words() {
    let s = with_model(vec![weights("too_good_to_be_true", "zzqxv", -8.0)]);
    let (hits, aside) = shown(
        &s,
        "Pay 300 dollars for the visa today. Work zzqxv easy.\nSee you.",
    );
    assert!(aside.is_empty(), "{aside:?}");
    assert!(hits.iter().any(|(f, _)| f == "recruitment_fee"), "{hits:?}");
    let raised: Vec<&str> = hits
        .iter()
        .filter(|(f, _)| f == "too_good_to_be_true")
        .map(|(_, e)| e.as_str())
        .collect();
    // The marker's word, not past the sentence's full stop or the line break.
    assert_eq!(raised.len(), 1, "{hits:?}");
    assert!(raised[0].contains("zzqxv"), "{raised:?}");
    assert!(
        !raised[0].contains("today") && !raised[0].contains("See"),
        "{raised:?}"
    );
}

#[test]
fn no_flag_is_raised_where_no_rule_found_a_sign() {
    let s = with_model(vec![weights("document_handover", "zzqxv", -8.0)]);
    let (hits, _) = shown(&s, "Do not send your passport to anyone. zzqxv");
    assert!(hits.is_empty(), "{hits:?}");
}

#[test]
fn a_hit_is_set_aside_only_on_a_text_read_as_carrying_no_sign() {
    // The model gives the fee flag almost nothing, and every other flag too: the rule's
    // fee without a sum is set aside (words to look at again), never dropped.
    let s = with_model(vec![weights("recruitment_fee", "qqwwk", -12.0)]);
    let (hits, aside) = shown(&s, "You must pay the registration fee.");
    assert!(hits.is_empty(), "{hits:?}");
    assert_eq!(aside, ["recruitment_fee"]);
    // A fee with a sum is a hard demand: kept.
    let (hits, aside) = shown(&s, "You must pay the registration fee of 300 dollars.");
    assert!(hits.iter().any(|(f, _)| f == "recruitment_fee"), "{hits:?}");
    assert!(aside.is_empty(), "{aside:?}");
    // When the model finds another sign likely, the text is not read as quiet: kept.
    let s = with_model(vec![
        weights("recruitment_fee", "qqwwk", -12.0),
        weights("pressure_to_decide", "zzqxv", -8.0),
    ]);
    let (hits, aside) = shown(&s, "You must pay the registration fee. zzqxv");
    assert!(hits.iter().any(|(f, _)| f == "recruitment_fee"), "{hits:?}");
    assert!(aside.is_empty(), "{aside:?}");
}

#[test]
fn a_model_file_naming_an_unknown_flag_or_cut_short_is_refused() {
    let mut s = Screening::load(&ContentSource::embedded()).unwrap();
    let mut file = ModelFile {
        source: "test".into(),
        last_verified: "2026-12-05".into(),
        buckets: BUCKETS,
        set_aside_below: 0.05,
        sign_at: 0.75,
        flags: vec![weights("no_such_flag", "x", 0.0)],
    };
    assert!(s.scanners.set_model(&file).is_err());
    file.flags = vec![FlagWeights {
        weights: Base64::encode_string(&[0u8; 10]),
        ..weights("recruitment_fee", "x", 0.0)
    }];
    assert!(s.scanners.set_model(&file).is_err());
    file.buckets = 1024;
    file.flags = vec![weights("recruitment_fee", "x", 0.0)];
    assert!(s.scanners.set_model(&file).is_err());
}

fn shipped() -> &'static Screening {
    static LOADED: std::sync::OnceLock<Screening> = std::sync::OnceLock::new();
    LOADED.get_or_init(|| Screening::load(&ContentSource::embedded()).unwrap())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]
    /// With the shipped model, on any text: every hit slices the text; the model adds
    /// flags only where the rules kept a hit; what it sets aside the rules raised.
    #[test]
    fn the_shipped_model_only_adds_beside_a_rule_and_sets_aside_rule_hits(
        text in "[ a-zA-Z0-9.,!?\\n€$éñ]{0,200}|(pay|fee|passport|visa|send|300|USD|today|boss|keep|contract|no|job|salary|agent| |\\.){0,60}",
        locale in prop::sample::select(vec!["en", "fr", "es", "pt", "ht", "sw", "ar"]),
    ) {
        let s = shipped();
        let c = chain(locale);
        let rules = s.scanners.scan_sorted(&text, &c).unwrap();
        let (kept, aside) = s.scanners.scan_shown(&text, &c).unwrap();
        for h in kept.iter().chain(&aside) {
            prop_assert!(text.get(h.start..h.end).is_some_and(|x| !x.trim().is_empty()));
        }
        if rules.0.is_empty() {
            prop_assert!(kept.is_empty());
        }
        for h in &aside {
            prop_assert!(rules.0.contains(h) || rules.1.contains(h));
        }
    }
}
