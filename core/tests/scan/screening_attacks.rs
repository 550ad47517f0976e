//! The red team's texts (`tests/screening-attacks/`): dangerous texts written the way a
//! scammer who wants to look safe writes them, and fair texts a naive scanner would flag,
//! by helpers who ran the scan as a black box. The worst failure is false reassurance, so
//! the floors count dangerous texts whose risk falls below what their flags call for, and
//! fair texts flagged; the test prints every one.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::print_stdout
)]

use std::path::PathBuf;

use serde::Deserialize;
use waymark_core::content::ContentSource;
use waymark_core::screening::Screening;

use crate::support::{chain, risk};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Attack {
    id: String,
    locale: String,
    /// The trick the text uses ("FAQ with answers", "fee as a gift for the boss").
    disguise: String,
    text: String,
    flags: Vec<String>,
    min_risk: String,
}

/// Per file: the most dangerous texts below their risk, and the most fair texts flagged.
fn floors(file: &str) -> (usize, usize) {
    match file {
        // Round 1 (ninth session, 120 dangerous and 31 fair texts): at first 12 dangerous
        // texts below their risk (9 of them `low`) and 7 fair texts flagged; the fixes made
        // from it left 2 and 4 (3 after the tenth session's).
        "round1.jsonl" => (2, 3),
        // Round 2 (a second red team against the fixed scan; 127 dangerous, 38 fair): 22
        // below their risk and 5 fair texts flagged when first run; recruitment costs taken
        // from wages made a hard demand for the gate: 20; secrecy as privacy and a calm word
        // turned away ("no rush, but the list closes tonight"): 17; travel insurance and an
        // access badge as paid items, "put your signature on every page", SMS "passpor": 11.
        "round2.jsonl" => (11, 5),
        // Round 3 (a third red team against the scan fixed after round 2; 133 dangerous, 31
        // fair): 22 below their risk and 9 fair texts flagged when first run. Only "paid by
        // all candidates" (read as paid for them) was fixed: 21. Its other holes are listed in
        // tests/screening-attacks/README.md. The tenth session's fixes (from round 4 and the
        // corpus) left 20 and 8; the eleventh session's (a study visa as the way to work, an
        // employer kept secret until arrival, "what you'll actually be paid", "pawòl se
        // kontra", sums in words with their currency, "quinientas lucas"): 10 and 7.
        "round3.jsonl" => (10, 7),
        // Round 4 (tenth session, two helpers against the scan of `c4f0636`; 137 dangerous, 30
        // fair): 20 below their risk and 6 fair texts flagged when first run. A third party
        // who takes the passport, gift cards, a handshake or oral agreement, a price in words,
        // court news, a student visa "só fachada", a "حلاوة" of "ألفين": 7 and 3.
        // The eleventh session's fee named long before its sum ("the placement contribution
        // for the Leeds care-home roles is £900"): 6.
        "round4.jsonl" => (6, 3),
        // Round 5 (eleventh session, two helpers against the scan of `2bd56a7`; 99 dangerous,
        // 31 fair): 11 below their risk and 6 fair texts flagged when first run, about 1 in 9
        // (rounds 1 to 4: 1 in 6 to 1 in 7). An attention word heading a demand ("ATENÇÃO
        // CANDIDATAS: a inscrição fica em 300 €", "تنبيه: ... تندفع قبل السفر"), sums in
        // thousands ("7 mil pesos", "٦ ملاين", "elfu themanini") and the sum sent on to
        // someone's account: 4; a passport left "with me", a "consulate version" of the
        // contract, a job a relative found before a tourist visa, and the false alarms on a
        // passport sent for renewal, a copy made at HR and a parish meal: 0 and 2. Then 3
        // (twenty-seventh session): the scan reads numbers masked with x ("28x xxx xxx") as
        // the telephone numbers they stand for, so a room to let with a landlady's number
        // and no address is flagged as it would be with the real digits.
        "round5.jsonl" => (0, 3),
        // Round 6 (eleventh session, two helpers against the scan of `4e24027`; 98 dangerous,
        // 34 fair): 12 below their risk and 14 fair texts flagged when first run. Fixed: news
        // of arrests ("prende", "wamewakamata"), a consular fee, a school uniform, "صاحب العمل
        // يتحمل" (the employer bears), "pre-contract for immigration's records", "o que se
        // mostra no consulado", "passer par la mer", "مفيش ورق", "aporte voluntario", a
        // balance "a liquidar": 6 and 9.
        "round6.jsonl" => (6, 9),
        // Round 7 (eleventh session, two helpers against the scan of `c489559`; 96 dangerous,
        // 31 fair): 7 below their risk (about 1 in 14, the fewest yet) and 12 fair texts
        // flagged when first run. Fixed: "sister church" is no relative, a "love offering",
        // "n ap fè l lè w rive", "ما تقرين إنجليزي", a licence number ("POEA-123") is no sum:
        // 4 and 11.
        "round7.jsonl" => (4, 11),
        // Round 8 (twelfth session, two helpers against the scan of `19c72db`; 148 dangerous,
        // 51 fair): 53 below their risk (37 at low, about 1 in 3) and 28 fair texts flagged
        // when first run. Fixed: a warning word giving a reason against scammers or sending
        // the payment only to the writer's own office (the largest class, in all seven
        // languages), a sum in words gathered to keep a place, a bribe called a thank-you for
        // the visa officer, documents put away in a drawer or safe, what fake agents do
        // described, a fee announced as abolished: 19 and 19.
        "round8.jsonl" => (19, 19),
        _ => (0, 0),
    }
}

#[test]
fn disguised_demands_are_still_found() {
    let screening = Screening::load(&ContentSource::embedded()).unwrap();
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/screening-attacks");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no attack files in {}", dir.display());
    let mut failures = Vec::new();
    for path in files {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let (mut dangerous, mut fair) = (0, 0);
        let (mut below, mut flagged) = (Vec::new(), Vec::new());
        for line in std::fs::read_to_string(&path).unwrap().lines() {
            if line.trim().is_empty() {
                continue;
            }
            let a: Attack = serde_json::from_str(line).unwrap();
            let scan = screening.scan(&a.text, &chain(&a.locale)).unwrap();
            if a.flags.is_empty() {
                fair += 1;
                if !scan.hits.is_empty() {
                    flagged.push(format!("{} ({})", a.id, a.disguise));
                }
            } else {
                dangerous += 1;
                if scan.risk < risk(&a.min_risk) {
                    below.push(format!("{} ({}): {:?}", a.id, a.disguise, scan.risk));
                }
            }
        }
        println!(
            "{name}: {} of {dangerous} dangerous texts below their risk, {} of {fair} fair texts flagged",
            below.len(),
            flagged.len()
        );
        for b in below.iter().chain(&flagged) {
            println!("  {b}");
        }
        let (most_below, most_flagged) = floors(&name);
        if below.len() > most_below {
            failures.push(format!(
                "{name}: {} dangerous texts below their risk",
                below.len()
            ));
        }
        if flagged.len() > most_flagged {
            failures.push(format!("{name}: {} fair texts flagged", flagged.len()));
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}
