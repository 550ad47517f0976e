//! The red-flag scan measured on the labelled corpus in `tests/screening-corpus/*.jsonl`
//! (job adverts and recruiter messages in the seven shipped languages, each modelled on a
//! published case, with the flags a careful reader marks). Each text is scanned with the
//! language chain its locale gets in the app. Prints a table per file, per locale and per
//! flag, and asserts the floors below on every file (set just under what the scan reaches,
//! so a change that loses recall or precision fails here).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use serde::Deserialize;
use waymark_core::content::ContentSource;
use waymark_core::screening::{Risk, Screening};

use crate::support::risk;

#[derive(Debug, Deserialize)]
struct Case {
    id: String,
    locale: String,
    /// `advert` (a posted offer or notice) or `message` (a chat message to one person);
    /// the red team's attacks name no kind.
    #[serde(default)]
    kind: String,
    text: String,
    flags: Vec<String>,
    min_risk: String,
}

/// Floors per file: (recall, precision, most fair texts flagged as a share, least share of
/// dangerous texts above `low`, least recall of any locale).
struct Floors {
    recall: f64,
    precision: f64,
    fair_flagged: f64,
    dangerous_above_low: f64,
    locale_recall: f64,
}

fn floors(file: &str) -> Floors {
    match file {
        // Measured 2026-12-04 after the second round (the concepts were tuned on this
        // file, 444 texts): recall 99.0%, precision 98.8%, 1 of 133 fair texts flagged,
        // 310 of 311 dangerous above low, lowest locale en 96.7%. After the third round
        // (2026-12-04, 15:35 UTC): recall 99.2%, precision 99.0%, 0 of 133 fair flagged,
        // 310 of 311 above low, lowest locale en 97.8%.
        "dev.jsonl" => Floors {
            recall: 0.99,
            precision: 0.985,
            fair_flagged: 0.01,
            dangerous_above_low: 0.99,
            locale_recall: 0.97,
        },
        // Round 3 (140 texts, 63 fair), written blind by someone who had not read the
        // concepts, measured once, blind, before tuning (2026-12-04): recall 83.9%,
        // precision 75.4%, 24 of 63 fair texts flagged, 77 of 77 dangerous above low,
        // lowest locale ht 78.6% (ar 79.2%). Measured blind again after the third round's
        // first phase (general fixes from our own sentences, before any round-3 text was
        // read): recall 84.4%, precision 77.7%, 23 of 63 fair flagged, 77 of 77 above
        // low, lowest locale ht 78.6%. Then tuned on this file like dev (15:35 UTC):
        // recall 97.8%, precision 98.9%, 0 of 63 fair flagged, 77 of 77 above low,
        // lowest locale ar 95.8%. From here on it measures tuning, not unseen texts.
        "round3.jsonl" => Floors {
            recall: 0.97,
            precision: 0.98,
            fair_flagged: 0.02,
            dangerous_above_low: 0.98,
            locale_recall: 0.95,
        },
        // Round 4 (140 texts, 61 fair), written blind on 2026-12-04 (fourth session) by
        // someone who had read neither the concepts nor any earlier corpus text, measured
        // once before any tuning: recall 77.1%, precision 84.4%, 13 of 61 fair texts
        // flagged, 75 of 79 dangerous above low, lowest locale es 65.4% (sw 72.7%).
        // Then tuned on this file (general fixes, each with sentences of our own in
        // wording_tests.rs): recall 92.6%, precision 94.7%, 1 of 61 fair flagged, 79 of
        // 79 above low, lowest locale en 89.3% (sw 90.9%). From here on it measures
        // tuning, not unseen texts. After the fifth round's tuning: recall 92.6%, precision
        // 95.9%, 0 of 61 fair flagged (the Swahili embassy notice that says there are no
        // such jobs is now quiet), 79 of 79 above low.
        "round4.jsonl" => Floors {
            recall: 0.92,
            precision: 0.95,
            fair_flagged: 0.01,
            dangerous_above_low: 0.98,
            locale_recall: 0.89,
        },
        // Round 5 (140 texts, 70 fair), written blind on 2026-12-04 (fifth session) by
        // someone who had read neither the concepts, the scan's code nor any earlier corpus
        // text, its fair texts chosen to tempt a word matcher; measured once before any
        // tuning: recall 82.7%, precision 84.1%, 13 of 70 fair texts flagged, 69 of 70
        // dangerous above low, lowest locale ar 72.7% (en 77.4%). Then tuned on this file
        // (fifth session, content only: false alarms first, then misses, each fix with
        // sentences of our own in wording_tests.rs): recall 98.8%, precision 97.7%, 0 of 70
        // fair flagged, 70 of 70 above low, lowest locale ht 95.7% (en 96.8%). From here on
        // it measures tuning, not unseen texts.
        "round5.jsonl" => Floors {
            recall: 0.98,
            precision: 0.97,
            fair_flagged: 0.01,
            dangerous_above_low: 0.99,
            locale_recall: 0.95,
        },
        // Round 6 (140 texts, 70 fair), written blind on 2026-12-04 (fifth session) the
        // round-5 way, after the round-5 tuning; measured once before any tuning: recall
        // 83.1%, precision 83.6%, 18 of 70 fair texts flagged, 68 of 70 dangerous above
        // low, lowest locale es 76.0% (en 79.4%). Then tuned on this file (sixth session,
        // content only, fixes by class in all seven languages with sentences of our own in
        // wording_tests.rs): recall 96.1%, precision 98.3%, 0 of 70 fair flagged, 70 of 70
        // above low, lowest locale fr 92.6% (en 94.1%). From here on it measures tuning,
        // not unseen texts.
        "round6.jsonl" => Floors {
            recall: 0.95,
            precision: 0.98,
            fair_flagged: 0.01,
            dangerous_above_low: 0.99,
            locale_recall: 0.92,
        },
        // Round 7 (140 texts, 70 fair), written blind by two helpers in the sixth session,
        // measured once on main before that session's matcher changes (2026-12-04, 23:10
        // UTC): recall 74.6%, precision 79.2%, 15 of 70 fair texts flagged, 68 of 70
        // dangerous above low, lowest locale ar 42.9% (sw 91.3%, ht 85.0%). Measured once
        // more after the session's matcher changes were merged (describing tactics,
        // documents seen, family trips, employer pays across turns, unverifiable recruiter
        // by structure, Arabic dialects; 00:30 UTC), before anyone read its texts: recall
        // 80.5%, precision 79.1%, 15 of 70 fair texts flagged, 70 of 70 above low, lowest
        // locale ar 67.9% (pt 81.8%).
        "round7.jsonl" => Floors {
            recall: 0.80,
            precision: 0.79,
            fair_flagged: 0.22,
            dangerous_above_low: 0.99,
            locale_recall: 0.67,
        },
        // Round 8: written blind on 2026-12-05 like round 7. Measured once on `main` at the
        // start of the seventh session (recall 81.8%, precision 76.8%, 25 of 70 fair texts
        // flagged, 67 of 70 above low, lowest locale es 68.4%) and once after the changes
        // made from round 7's texts (81.8%, 77.2%, 24 of 70, 67 of 70, es 68.4%), before
        // anyone read its texts. Then read, and tuned by class (answers, numbered tips,
        // question headers, papers brought to apply): 81.8%, 83.7%, 15 of 70, 67 of 70.
        // Then its misses, by class (recruiters' words: lakh and "15k", contracts made on
        // board, "just for the DMW", a relative who paid the ticket, …): 90.6%, 86.0%, 15
        // of 70, 69 of 70, lowest locale es 84.2%.
        "round8.jsonl" => Floors {
            recall: 0.90,
            precision: 0.85,
            fair_flagged: 0.22,
            dangerous_above_low: 0.98,
            locale_recall: 0.84,
        },
        // Round 10: 140 texts written blind on 2026-12-05 with everyday fair texts (family
        // chats, payslips, HR e-mails, parish notices, news). Measured once after the round-8
        // changes (recall 79.0%, precision 76.2%, 26 of 70 fair texts flagged, 69 of 70 above
        // low, lowest locale ar 66.7%), then read and tuned on: 91.9%, 86.4%, 18 of 70, 70
        // of 70, lowest locale es 82.1%. With the fair-text gate (trained on the read files,
        // this one among them): 91.4%, 95.0%, 1 of 70, 69 of 70; with its hard-demand guard
        // and round 9 added to its training: 91.9%, 92.4%, 6 of 70, 70 of 70.
        "round10.jsonl" => Floors {
            recall: 0.91,
            precision: 0.86,
            fair_flagged: 0.26,
            dangerous_above_low: 0.99,
            locale_recall: 0.82,
        },
        // Round 11: 140 texts written blind on 2026-12-05 like round 10, measured once at
        // `7291897` (recall 71.3%, precision 68.1%, 26 of 70 fair texts flagged, 65 of 70
        // above low, lowest locale ar 48.1%), again after the corpus-blind lexicon helpers
        // (72.4%, 68.5%, 26 of 70, 65 of 70, ar 48.1%). Read in the eighth session and tuned
        // on (74.1%, 76.3%, 17 of 70, 66 of 70); then the gate, trained with it: 74.1%,
        // 82.2%, 6 of 70, 66 of 70, ar 51.9%. "Lo del pasaporte" (a fixer's words as much
        // as a traveller's) no longer reads as one's own passport: 7 of 70. Ninth session:
        // the gate's cut rose from 0.25 to 0.5, the lowest at which it sets aside no dangerous
        // text out of fold on twelve read files: 8 of 70.
        "round11.jsonl" => Floors {
            recall: 0.74,
            precision: 0.82,
            fair_flagged: 0.12,
            dangerous_above_low: 0.94,
            locale_recall: 0.51,
        },
        // Round 12: 140 texts written blind on 2026-12-05 (eighth session) like round 11.
        // Measured once at the session's start (`868c000`: recall 70.5%, precision 67.0%, 36
        // of 70 fair texts flagged, 68 of 70 above low), after the round-11 tuning (69.9%,
        // 69.1%, 31 of 70, 68 of 70) and with the gate (69.3%, 72.2%, 24 of 70, 67 of 70,
        // lowest locale pt 58.3%; 7 fair texts and 1 dangerous set aside). Read in the ninth
        // session (its differences, for diagnosis) and put in the gate's training; with the
        // gate's new cut: 69.9%, 72.4%, 24 of 70, 68 of 70 (7 fair set aside, no dangerous).
        // Round 13: 140 texts written blind on 2026-12-05 (eighth session), with four of the
        // ten fair texts per locale genuine offers of work abroad. Measured once at the
        // session's start (`868c000`: recall 77.0%, precision 71.6%, 27 of 70 fair texts
        // flagged, 68 of 70 above low) and once at the end with the gate (77.0%, 78.2%, 11 of
        // 70, 68 of 70, lowest locale ar 62.1%; 16 fair texts set aside, no dangerous one).
        // Read in the ninth session like round 12 and put in the gate's training; with the
        // gate's new cut and colloquial Arabic verbs negated in one word ("ماتسيبش"): 77.0%,
        // 79.9%, 10 of 70, 68 of 70 (17 fair set aside, no dangerous).
        "round13.jsonl" => Floors {
            recall: 0.77,
            precision: 0.79,
            fair_flagged: 0.16,
            dangerous_above_low: 0.97,
            locale_recall: 0.62,
        },
        // Round 14: 140 texts written blind on 2026-12-05 (ninth session, four helpers) like
        // round 13. Measured at the session's start (`ad541b6`: recall 67.6%, precision
        // 81.2%, 9 of 70 fair texts flagged, 65 of 70 above low; 9 fair set aside, no
        // dangerous) and after the gate's retraining and the Arabic negation (67.6%, 80.7%,
        // 10 of 70, 65 of 70, lowest locale sw 58.3%; 8 fair set aside, no dangerous), and
        // at the end after the fixes by class and from the red team (67.6%, 80.7%, 10 of 70,
        // 66 of 70, 5 below their expected risk). Read in the tenth session (its
        // differences, for classes) and tuned on: 84.4%, 86.4%, 7 of 70, 69 of 70, lowest
        // locale ar 76.2%.
        "round14.jsonl" => Floors {
            recall: 0.84,
            precision: 0.86,
            fair_flagged: 0.10,
            dangerous_above_low: 0.98,
            locale_recall: 0.76,
        },
        // Round 15 (tenth session, four helpers): written blind, measured blind at the
        // session's start and after its fixes from round 14 and red-team round 4: the same
        // figures both times, not one flag different (72.2%, 81.7%, 12 of 70 fair flagged,
        // 67 of 70 above low, lowest locale en 60.0%). Not read. Eleventh session's end
        // (after the regional lexicons and red-team rounds 5 to 7): 72.2%, 82.2%, 11 of 70
        // fair flagged, 67 of 70 above low, 12 below their expected risk (13 before).
        // Read in the twelfth session (its differences, for classes): the same at its end
        // (its misses were words no list had; none was fixed without a rule that would
        // not travel).
        "round15.jsonl" => Floors {
            recall: 0.72,
            precision: 0.81,
            fair_flagged: 0.16,
            dangerous_above_low: 0.95,
            locale_recall: 0.60,
        },
        // Round 16 (tenth session, four helpers): written blind, measured blind at the
        // session's start (81.7%, 80.3%, 16 of 70 fair flagged, 70 of 70 above low, lowest
        // locale es 72.4%) and after its fixes (83.3%, 80.2%, 16, 70, es 72.4%). Not read.
        // Eleventh session: sums in thousands ("٥ آلاف") made one fair Arabic text a fee
        // (79.8%, 17 of 70 fair flagged; the rule is kept, a sum is a sum); at the end, after
        // the red-team fixes, 83.3%, 80.2%, 16 of 70 (adverts 10 of 51, one fewer). Read in
        // the twelfth session and tuned on (a departure, papers sent to the worker, free
        // movement, a ticket refunded, Swahili negated verbs): 83.3%, 83.8%, 11 of 70 fair
        // flagged (adverts 7 of 51), 70 of 70 above low.
        "round16.jsonl" => Floors {
            recall: 0.83,
            precision: 0.83,
            fair_flagged: 0.16,
            dangerous_above_low: 0.99,
            locale_recall: 0.72,
        },
        // Round 17 (tenth session, four helpers): written blind, measured at the session's
        // start (78.5%, 80.3%, 15 of 70 fair flagged, 67 of 70 above low, lowest locale en
        // 62.5%) and end (78.5%, 79.9%, the same otherwise): the session's fixes found
        // nothing more in it. Not read. Eleventh session's end: 79.1%, 80.5%, 14 of 70 fair
        // flagged (adverts 6 of 44), 67 of 70 above low. Twelfth session's end: the same. Not
        // read.
        "round17.jsonl" => Floors {
            recall: 0.79,
            precision: 0.795,
            fair_flagged: 0.21,
            dangerous_above_low: 0.95,
            locale_recall: 0.62,
        },
        // Rounds 18 to 20 (twelfth session, two helpers each, themes: the Gulf and North
        // America; scam compounds and Europe; within Africa and Latin America, and people who
        // recruit people they know): written blind, measured at the session's start and at
        // its end with the same figures, not one flag different. Their flagged fair texts were
        // read in the thirteenth session (money sent home, transfer receipts, community
        // collections): 17, 8 and 20 of 70 flagged after it, recall unchanged.
        // Round 18: 83.6%, 72.7%, 22 of 70 fair flagged (adverts and notices 3 of 40), 66
        // of 70 above low (the gate set one dangerous text aside), lowest locale ar 66.7%.
        "round18.jsonl" => Floors {
            recall: 0.83,
            precision: 0.755,
            fair_flagged: 0.25,
            dangerous_above_low: 0.94,
            locale_recall: 0.66,
        },
        // Round 19: 81.8%, 81.2%, 11 of 70 (adverts 3 of 51), 68 of 70, lowest ar 72.7%.
        "round19.jsonl" => Floors {
            recall: 0.81,
            precision: 0.82,
            fair_flagged: 0.12,
            dangerous_above_low: 0.97,
            locale_recall: 0.72,
        },
        // Round 20: 76.3%, 63.4%, 27 of 70 (adverts 13 of 36), 68 of 70, lowest ht 70.8%.
        "round20.jsonl" => Floors {
            recall: 0.76,
            precision: 0.66,
            fair_flagged: 0.29,
            dangerous_above_low: 0.97,
            locale_recall: 0.70,
        },
        // Rounds 21 to 23 (thirteenth session, two helpers each, themes: seasonal farm work,
        // and care and domestic work; young people (sport, study, au pair), and sea,
        // construction, mines and factories; immigration paperwork and visa fraud, and
        // hospitality, beauty and nightlife): written blind and not read. Measured at the
        // session's start and at its end: the same recall, 3 fewer fair texts flagged.
        // Round 21: start 81.2%, 77.1%, 12 of 70 fair flagged; end 81.2%, 79.4%, 10 of 70
        // (adverts and notices 4 of 40), 66 of 70 above low, lowest locale ht 70.0%.
        "round21.jsonl" => Floors {
            recall: 0.81,
            precision: 0.79,
            fair_flagged: 0.15,
            dangerous_above_low: 0.94,
            locale_recall: 0.70,
        },
        // Round 22: start 85.5%, 76.1%, 20 of 70; end 85.5%, 76.5%, 19 of 70 (adverts 9 of
        // 48), 70 of 70 above low, lowest pt 78.9%. Fourteenth session: 77.5%, 17 of 70.
        "round22.jsonl" => Floors {
            recall: 0.85,
            precision: 0.77,
            fair_flagged: 0.25,
            dangerous_above_low: 0.99,
            locale_recall: 0.78,
        },
        // Round 23: 83.2%, 72.6%, 25 of 70 (adverts 7 of 44) at start and end, 68 of 70
        // above low, lowest fr 63.2%. Fourteenth session: 73.0%, 24 of 70.
        "round23.jsonl" => Floors {
            recall: 0.83,
            precision: 0.73,
            fair_flagged: 0.35,
            dangerous_above_low: 0.97,
            locale_recall: 0.63,
        },
        // Rounds 24 to 26 (fourteenth session, two helpers each, themes: papers and
        // documents, and debts, loans and advances; online work and social media, and love,
        // family and friends; official programmes and their imitations, and sport, arts and
        // study): written blind and not read. Measured at the session's start (`269fd51`).
        // Round 24: 81.1%, 75.0%, 17 of 70 fair flagged, 63 of 70 above low, lowest fr 70.6%;
        // at the end (document hand-overs read by who takes the document): 81.1%, 76.7%, 15
        // of 70. Rounds 25 and 26: the same at start and end.
        "round24.jsonl" => Floors {
            recall: 0.81,
            precision: 0.76,
            fair_flagged: 0.22,
            dangerous_above_low: 0.90,
            locale_recall: 0.70,
        },
        // Round 25: 82.9%, 78.3%, 20 of 70, 69 of 70 above low, lowest ar 71.4%.
        "round25.jsonl" => Floors {
            recall: 0.82,
            precision: 0.78,
            fair_flagged: 0.29,
            dangerous_above_low: 0.98,
            locale_recall: 0.71,
        },
        // Round 26: 78.9%, 84.1%, 8 of 70, 68 of 70 above low, lowest ar 70.0%.
        "round26.jsonl" => Floors {
            recall: 0.78,
            precision: 0.84,
            fair_flagged: 0.12,
            dangerous_above_low: 0.97,
            locale_recall: 0.70,
        },
        // Rounds 27 to 29 (fifteenth session, two helpers each, themes: community notices
        // and everyday money, and news, testimonies and awareness; transport, driving and
        // security work, and faith, missions and volunteering; nurses and carers, and
        // factories in Eastern Europe and Asia): written blind; in the seventeenth session
        // only the words flagged as a fee or a hand-over on their fair texts were read.
        // The same at the session's start (`a75bf16`) and end. Round 27: 78.8%, 67.3%, 23 of 70 fair
        // flagged, 66 of 70 above low, lowest en 65.2%.
        "round27.jsonl" => Floors {
            recall: 0.78,
            precision: 0.67,
            fair_flagged: 0.33,
            dangerous_above_low: 0.94,
            locale_recall: 0.65,
        },
        // Round 28: 82.6%, 77.3%, 14 of 70, 66 of 70 above low, lowest es 73.7%.
        "round28.jsonl" => Floors {
            recall: 0.82,
            precision: 0.77,
            fair_flagged: 0.21,
            dangerous_above_low: 0.94,
            locale_recall: 0.73,
        },
        // Round 29: 83.5%, 80.8%, 11 of 70, 67 of 70 above low, lowest ar 64.7%.
        "round29.jsonl" => Floors {
            recall: 0.83,
            precision: 0.80,
            fair_flagged: 0.16,
            dangerous_above_low: 0.95,
            locale_recall: 0.64,
        },
        // Rounds 30 to 32 (sixteenth session, two helpers each, themes: "study-work"
        // programmes that end in factories or armies, and smuggling routes and fake visa
        // lotteries; workers already abroad, and marriage brokers, surrogacy, organ sales and
        // children placed with masters; hotels, resorts and cruise ships, and mines, fishing
        // boats and plantations): written blind. Measured at `7c52f10`. In the seventeenth
        // session the words flagged as a fee or a hand-over on their fair texts and the
        // missed unverifiable recruiters were read.
        // Round 30: 76.8%, 85.1%, 11 of 70 fair flagged, 66 of 70 above low, lowest ar 64.0%.
        "round30.jsonl" => Floors {
            recall: 0.76,
            precision: 0.85,
            fair_flagged: 0.16,
            dangerous_above_low: 0.94,
            locale_recall: 0.63,
        },
        // Round 31: 74.2%, 78.4%, 9 of 70, 66 of 70 above low, lowest ar 57.9%.
        "round31.jsonl" => Floors {
            recall: 0.74,
            precision: 0.78,
            fair_flagged: 0.13,
            dangerous_above_low: 0.94,
            locale_recall: 0.57,
        },
        // Round 32: 84.1%, 82.9%, 11 of 70, 63 of 70 above low, lowest ar 75.0%.
        "round32.jsonl" => Floors {
            recall: 0.84,
            precision: 0.82,
            fair_flagged: 0.16,
            dangerous_above_low: 0.89,
            locale_recall: 0.74,
        },
        // Rounds 33 to 35 (seventeenth session, two helpers each, themes: forced
        // criminality, and housing tied to work; informal and cross-border work, and skilled
        // workers; recruiters after disasters and in camps, and entertainers): written blind
        // and measured at `e88da06`, before the session's changes; read in the twenty-fourth
        // session (31 of 210 fair flagged when read, 24 after).
        // Round 33: 83.6%, 77.9%, 12 of 70 fair flagged, 66 of 70 above low, lowest fr 71.4%.
        "round33.jsonl" => Floors {
            recall: 0.83,
            precision: 0.77,
            fair_flagged: 0.18,
            dangerous_above_low: 0.94,
            locale_recall: 0.71,
        },
        // Round 34: 88.4%, 83.3%, 10 of 70, 69 of 70 above low, lowest ar 66.7%.
        "round34.jsonl" => Floors {
            recall: 0.88,
            precision: 0.83,
            fair_flagged: 0.15,
            dangerous_above_low: 0.98,
            locale_recall: 0.66,
        },
        // Round 35: 79.3%, 75.7%, 20 of 70, 67 of 70 above low, lowest es 71.4%.
        "round35.jsonl" => Floors {
            recall: 0.79,
            precision: 0.75,
            fair_flagged: 0.29,
            dangerous_above_low: 0.95,
            locale_recall: 0.71,
        },
        // Rounds 36 to 38 (twenty-fourth session, two helpers each, with fair texts chosen
        // to tempt a word matcher: money, tickets, papers and deadlines in everyday life):
        // written blind and not read. Measured at `2882640` (the same counts at the session's
        // start, `5ddec94`, but three wrong fees).
        // Round 36 (domestic work and au pairs; salons, massage and spas): 84.1%, 87.6%, 15
        // of 70 fair flagged, 68 of 70 above low, lowest ar 71.0%.
        // At the end of the twenty-fifth session (`dea4454`): 85.5%, 88.2%, lowest ar 74.2%.
        "round36.jsonl" => Floors {
            recall: 0.85,
            precision: 0.88,
            fair_flagged: 0.22,
            dangerous_above_low: 0.97,
            locale_recall: 0.74,
        },
        // Round 37 (seasonal farm and construction work; everyday money between family and
        // friends): 84.1%, 86.3%, 15 of 70, 69 of 70 above low, lowest ar 63.6%.
        // At the end of the twenty-fifth session: 87.1%, 87.4%, 13 of 70, lowest ar 81.8%.
        "round37.jsonl" => Floors {
            recall: 0.87,
            precision: 0.87,
            fair_flagged: 0.22,
            dangerous_above_low: 0.98,
            locale_recall: 0.81,
        },
        // Round 38 (people on the move; children and young people): 76.4%, 86.4%, 16 of 70,
        // 68 of 70 above low, lowest ar 60.6%.
        // At the end of the twenty-fifth session: 78.5%, 86.8%, lowest fr 66.7%.
        "round38.jsonl" => Floors {
            recall: 0.78,
            precision: 0.86,
            fair_flagged: 0.23,
            dangerous_above_low: 0.97,
            locale_recall: 0.66,
        },
        // Rounds 39 and 40 (twenty-fifth session, two helpers each, written blind and
        // measured once before they were read; then read and tuned on). Round 39: Arabic
        // only, in Gulf, Egyptian, Sudanese, Yemeni, Levantine, Iraqi and Maghrebi
        // colloquial and Arabizi: 66.1%, 85.7%, 6 of 34 fair flagged, 34 of 36 above low.
        // Read and tuned on in the same session: 80.7%, 88.0% at its end.
        "round39.jsonl" => Floors {
            recall: 0.8,
            precision: 0.87,
            fair_flagged: 0.18,
            dangerous_above_low: 0.94,
            locale_recall: 0.8,
        },
        // Round 40: messages only, in every language (family money and remittances; young
        // people and students): 80.5%, 86.2%, 13 of 70 fair flagged, 70 of 70 above low,
        // lowest ar 64.1%.
        // At the session's end, read: 84.6%, 86.8%, lowest es 79.4%.
        "round40.jsonl" => Floors {
            recall: 0.84,
            precision: 0.86,
            fair_flagged: 0.19,
            dangerous_above_low: 0.99,
            locale_recall: 0.79,
        },
        // Round 41 (twenty-sixth session, two helpers, written blind): adverts in sectors
        // far from home (fishing and cruise ships, mines, factories in Eastern Europe and
        // Russia, truck drivers, care visas, Gulf security guards) and messages from
        // workers already abroad. Unread at the twenty-sixth session's start: 76.0%, 86.1%,
        // 11 of 70 fair flagged (2 of 35 adverts), 65 of 70 above low, lowest es 65.5%; at
        // its end 77.9%, 86.4%. Read in the twenty-seventh session (round 42 replaced it as
        // the unread round): 88.7%, 90.5%, 8 of 70 fair, 69 of 70 above low, lowest es 79.3%.
        "round41.jsonl" => Floors {
            recall: 0.88,
            precision: 0.89,
            fair_flagged: 0.13,
            dangerous_above_low: 0.97,
            locale_recall: 0.79,
        },
        // Round 42 (twenty-seventh session, two helpers, written blind like round 36; not
        // read): adverts on routes earlier rounds covered little (hotels and cruises,
        // entertainment and sport trials, nurses and teachers, Japan and Korea trainees,
        // fake LMIA offers, Haitians to the Dominican Republic, Chile and Brazil, East
        // Africans to the Gulf) and private conversations before departure. Unread at the
        // session's start (`97c02ef`): 85.7%, 84.6%, 17 of 70 fair flagged (4 of 35 adverts,
        // 13 of 35 messages), 70 of 70 above low, lowest ar 78.1%. At its end: 85.7%, 85.0%,
        // the same counts. Read in the twenty-eighth session (round 43 replaced it as the
        // unread round): 92.9%, 88.5%, 13 of 70 fair, 70 of 70 above low, lowest pt 86.7%.
        "round42.jsonl" => Floors {
            recall: 0.92,
            precision: 0.87,
            fair_flagged: 0.22,
            dangerous_above_low: 0.98,
            locale_recall: 0.86,
        },
        // Round 43 (twenty-eighth session, two helpers, written blind like round 36; not
        // read): online gig and remote work, farm, fishing and market work within Africa
        // and the Caribbean; everyday life around a migration (weddings, school fees,
        // remittances, official appointments) with recruiters hidden in it, and domestic
        // and care work. Unread at `b47fd86`: 84.2%, 87.8%, 18 of 70 fair flagged (3 of 28
        // adverts), 67 of 70 above low, lowest ar 63.2%. At the session's end: 84.6%, 87.8%,
        // the same counts, ar 65.8%. Read in the twenty-ninth session (round 44 replaced it
        // as the unread round): 91.9%, 92.3%, 10 of 70 fair flagged, 69 of 70 above low,
        // lowest ar 86.8%.
        "round43.jsonl" => Floors {
            recall: 0.91,
            precision: 0.92,
            fair_flagged: 0.15,
            dangerous_above_low: 0.98,
            locale_recall: 0.86,
        },
        // Round 44 (twenty-ninth session, two helpers, written blind like round 36; not
        // read): construction, mines, guards, factories, seasonal programmes (SAWP, H-2A,
        // PALM, UK seasonal), sport and entertainment trials; study abroad, au pairs, nurses
        // and carers, hotels and cruise ships, and trafficking within a country or region
        // (restavek, village to city, Haiti to the Dominican Republic) through relatives,
        // pastors and friends. Unread at `cb213a4`: 82.1%, 79.9%, 24 of 70 fair flagged (3 of
        // 28 adverts, 21 of 42 messages), 68 of 70 above low, lowest es 75.0%. At the
        // session's end the same figures (no change of this session reached its texts).
        // Read in the thirtieth session (round 45 replaced it as the unread round): 93.3%,
        // 89.7%, 12 of 70 fair flagged (2 of 28 adverts), 70 of 70 above low, lowest es
        // 87.5%.
        "round44.jsonl" => Floors {
            recall: 0.93,
            precision: 0.88,
            fair_flagged: 0.19,
            dangerous_above_low: 0.98,
            locale_recall: 0.87,
        },
        // Round 45 (thirtieth session, two helpers, written blind like round 36; not
        // read): fishing boats, farms and grow-houses, car washes, nail bars, kitchens,
        // live-in domestic work under sponsorship, forced begging and drug or money
        // couriers; jobs found on TikTok, Facebook and Telegram, task and crypto scams,
        // call-centre and translator jobs leading to scam compounds, marriage brokers and
        // "sponsors", visa-lottery and migration-agent fraud, pilgrimages as cover,
        // work-and-travel programmes. Unread at `01b08be`: 84.5%, 86.6%, 17 of 70 fair
        // flagged (5 of 28 adverts), 69 of 70 above low, lowest ar and es 77.8%. At the
        // session's end 85.3%, 86.8%, 17 of 70, 70 of 70. Read in the thirty-first session
        // (round 46 replaced it as the unread round): 90.8%, 91.5%, 10 of 70 fair flagged
        // (2 of 28 adverts), 70 of 70 above low, lowest es 86.1%.
        "round45.jsonl" => Floors {
            recall: 0.90,
            precision: 0.91,
            fair_flagged: 0.15,
            dangerous_above_low: 0.98,
            locale_recall: 0.86,
        },
        // Round 46 (thirty-first session, two helpers, written blind like round 36; not
        // read): construction, quarries and small gold mines, hotels, cleaning and guard
        // agencies, drivers, care homes and care-worker visas, seasonal farm schemes, sports
        // trials, modelling and dance troupes; study-abroad agents, au pairs, church and
        // pastor networks, orphanage placements, massage parlours and hostess bars, child
        // domestic work and apprentices, loan apps and gambling debts, cross-border bus and
        // boat journeys. Unread at `62a4e31`: 85.6%, 83.8%, 20 of 70 fair flagged (3 of 28
        // adverts), 70 of 70 above low, lowest ar 74.2%.
        "round46.jsonl" => Floors {
            recall: 0.85,
            precision: 0.83,
            fair_flagged: 0.29,
            dangerous_above_low: 0.98,
            locale_recall: 0.74,
        },
        "round12.jsonl" => Floors {
            recall: 0.69,
            precision: 0.72,
            fair_flagged: 0.35,
            dangerous_above_low: 0.95,
            locale_recall: 0.58,
        },
        // Round 9: 70 texts written blind on 2026-12-05, measured blind three times in the
        // seventh session (75.0%, 80.0%, 8 of 35 fair texts flagged, 33 of 35 above low, sw
        // 63.6%; unchanged by the tuning on rounds 8 and 10; 77.1% after the corpus-blind
        // lexicon helpers). Then read: its misses were mostly phrasings no list had; "don't
        // go and ask at the office" became a sign (82.3%, 81.4%, 8 of 35, 33 of 35).
        "round9.jsonl" => Floors {
            recall: 0.82,
            precision: 0.81,
            fair_flagged: 0.23,
            dangerous_above_low: 0.94,
            locale_recall: 0.63,
        },
        // The held-out texts are never read to tune the concepts (only these aggregate
        // figures are looked at, once per round). First round: recall 75.3%, precision
        // 89.2%, 5 of 33 fair flagged, 77 of 86 above low, lowest locale pt 54.5%. Second
        // round: recall 82.5%, precision 92.0%, 5 of 33 fair texts flagged, 81 of 86
        // dangerous above low, lowest locale ht 68.2% (pt 77.3%). Still below the issue's
        // recall, fair-text and per-locale targets; the floors keep what is reached.
        // Third round (2026-12-04, 15:35 UTC, one look): recall 83.8%, precision 94.9%,
        // 3 of 33 fair texts flagged, 83 of 86 dangerous above low, lowest locale pt
        // 77.3% (ht 81.8%). Every locale now meets 75%; recall (85%) and fair texts (at
        // most 1 in 16) still miss the targets. Fourth round (2026-12-04, after
        // the matcher's rewrite and the tuning on round 4; one look): recall 85.1%,
        // precision 94.9%, 3 of 33 fair texts flagged, 84 of 86 dangerous above low,
        // lowest locale pt 77.3% (ht 81.8%). Recall, precision, above-low and every
        // locale now meet the targets; fair texts (3 of 33, at most 1 in 16)
        // still do not. Fifth round (2026-12-04, fifth session, after the tuning on round
        // 5; one look): recall 85.1%, precision 94.9%, 3 of 33 fair texts flagged, 85 of 86
        // dangerous above low, lowest locale pt 77.3% (es 81.0%): the round-5 fixes of
        // false alarms did not reach the held-out fair texts. Sixth round (after the
        // tuning on round 6; one look): recall 84.4%, precision 94.9%, 3 of 33 fair texts
        // flagged, 84 of 86 dangerous above low: no gain on the held-out texts from the
        // tuning on rounds 5 and 6. Seventh round (sixth session, after the matcher
        // changes by class and before any round-7 tuning; one look): recall 87.0%,
        // precision 95.7%, 2 of 33 fair texts flagged, 86 of 86 above low, lowest locale
        // es 81.0% (ht and pt 81.8%): every target of the issue is met on these texts.
        _ => Floors {
            recall: 0.86,
            precision: 0.95,
            fair_flagged: 0.07,
            dangerous_above_low: 0.99,
            locale_recall: 0.80,
        },
    }
}

/// The language chain the app uses for a locale (content/manifest.toml), or with
/// `CORPUS_ALL_LANGUAGES=1` every shipped language after it (to measure what reading all
/// languages' words would gain and what false hits across languages it would cost).
fn chain(locale: &str) -> Vec<String> {
    if std::env::var_os("CORPUS_ALL_LANGUAGES").is_some() {
        let mut c = vec![locale.to_owned()];
        for l in ["en", "fr", "es", "pt", "ht", "sw", "ar"] {
            if l != locale {
                c.push(l.to_owned());
            }
        }
        return c;
    }
    crate::support::chain(locale)
}

#[derive(Default)]
struct Tally {
    expected: usize,
    found_expected: usize,
    found: usize,
    found_correct: usize,
}

impl Tally {
    fn recall(&self) -> f64 {
        ratio(self.found_expected, self.expected)
    }
    fn precision(&self) -> f64 {
        ratio(self.found_correct, self.found)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

/// `tests/screening-corpus`, or the folder in `WAYMARK_CORPUS_DIR` (to run one file).
fn corpus_dir() -> PathBuf {
    std::env::var_os("WAYMARK_CORPUS_DIR").map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/screening-corpus"),
        PathBuf::from,
    )
}

#[test]
fn the_scan_finds_what_a_careful_reader_marks() {
    let screening = Screening::load(&ContentSource::embedded()).unwrap();
    let mut files: Vec<PathBuf> = std::fs::read_dir(corpus_dir())
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "jsonl"));
    files.sort();
    assert!(!files.is_empty(), "no corpus in {:?}", corpus_dir());
    let verbose = std::env::var_os("CORPUS_VERBOSE").is_some();
    let mut failures = Vec::new();
    for path in files {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(&path).unwrap();
        let mut total = Tally::default();
        let mut per_locale: BTreeMap<String, Tally> = BTreeMap::new();
        let mut per_flag: BTreeMap<String, Tally> = BTreeMap::new();
        // (locale, flag) → (expected, found): `CORPUS_BY_LOCALE_FLAG=1` prints it.
        let mut per_pair: BTreeMap<(String, String), (usize, usize)> = BTreeMap::new();
        let (mut fair, mut fair_flagged, mut fair_flagged_hard) = (0, 0, 0);
        let (mut dangerous, mut dangerous_above_low, mut below_min_risk) = (0, 0, 0);
        // Texts whose hits the gate set aside: fair ones shown words to look at again,
        // dangerous ones shown nothing as a warning sign (only those words).
        let (mut fair_set_aside, mut dangerous_set_aside) = (0, 0);
        // The issue counts fair adverts: posted offers and notices, not chat messages.
        let (mut fair_adverts, mut fair_adverts_flagged) = (0, 0);
        for (n, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let case: Case =
                serde_json::from_str(line).unwrap_or_else(|e| panic!("{name}:{}: {e}", n + 1));
            let scan = screening.scan(&case.text, &chain(&case.locale)).unwrap();
            assert!(scan.risk <= Risk::High, "text alone is never urgent");
            let found: BTreeSet<String> = scan.hits.iter().map(|(h, _)| h.flag.clone()).collect();
            let expected: BTreeSet<String> = case.flags.iter().cloned().collect();
            let locale = per_locale.entry(case.locale.clone()).or_default();
            for t in [&mut total, locale] {
                t.expected += expected.len();
                t.found_expected += expected.intersection(&found).count();
                t.found += found.len();
                t.found_correct += found.intersection(&expected).count();
            }
            for f in &expected {
                let e = per_pair
                    .entry((case.locale.clone(), f.clone()))
                    .or_default();
                e.0 += 1;
                e.1 += usize::from(found.contains(f));
            }
            for f in expected.union(&found) {
                let t = per_flag.entry(f.clone()).or_default();
                t.expected += usize::from(expected.contains(f));
                t.found += usize::from(found.contains(f));
                let both = usize::from(expected.contains(f) && found.contains(f));
                t.found_expected += both;
                t.found_correct += both;
            }
            if expected.is_empty() {
                fair += 1;
                fair_flagged += usize::from(!found.is_empty());
                // Flagged fair texts the gate may not weigh: a hard demand in them.
                if !found.is_empty() {
                    let (_, _, hard) = screening
                        .scanners
                        .gate_features(&case.text, &chain(&case.locale))
                        .unwrap();
                    fair_flagged_hard += usize::from(hard);
                }
                fair_set_aside += usize::from(!scan.set_aside.is_empty());
                if case.kind == "advert" {
                    fair_adverts += 1;
                    fair_adverts_flagged += usize::from(!found.is_empty());
                }
            } else {
                dangerous += 1;
                dangerous_set_aside += usize::from(!scan.set_aside.is_empty());
                dangerous_above_low += usize::from(scan.risk > Risk::Low);
                below_min_risk += usize::from(scan.risk < risk(&case.min_risk));
            }
            if verbose && found != expected {
                let missed: Vec<_> = expected.difference(&found).collect();
                let extra: Vec<_> = found.difference(&expected).collect();
                println!("{} missed {missed:?} extra {extra:?}", case.id);
            }
        }
        println!(
            "\n{name}: {} texts ({dangerous} dangerous, {fair} fair)",
            dangerous + fair
        );
        println!("  {:<30} {:>7} {:>9} {:>5}", "", "recall", "precision", "n");
        println!(
            "  {:<30} {:>6.1}% {:>8.1}% {:>5}",
            "all flags",
            100.0 * total.recall(),
            100.0 * total.precision(),
            total.expected
        );
        for (l, t) in &per_locale {
            println!(
                "  {:<30} {:>6.1}% {:>8.1}% {:>5}",
                format!("locale {l}"),
                100.0 * t.recall(),
                100.0 * t.precision(),
                t.expected
            );
        }
        for (f, t) in &per_flag {
            println!(
                "  {:<30} {:>6.1}% {:>8.1}% {:>5}",
                f,
                100.0 * t.recall(),
                100.0 * t.precision(),
                t.expected
            );
        }
        if std::env::var_os("CORPUS_BY_LOCALE_FLAG").is_some() {
            for ((l, f), (e, k)) in &per_pair {
                println!("  {l} {f:<30} {k}/{e}");
            }
        }
        let fair_share = ratio(fair_flagged, fair);
        let above_low = ratio(dangerous_above_low, dangerous);
        println!(
            "  fair texts flagged: {fair_flagged} of {fair} (adverts and notices: {fair_adverts_flagged} of {fair_adverts})"
        );
        println!("  dangerous texts above low: {dangerous_above_low} of {dangerous}");
        println!("  dangerous texts below their expected risk: {below_min_risk} of {dangerous}");
        println!("  set aside by the gate: {fair_set_aside} fair, {dangerous_set_aside} dangerous");
        println!("  fair texts flagged with a hard demand (never set aside): {fair_flagged_hard}");
        if std::env::var_os("CORPUS_JSON").is_some() {
            // One line per file for tests/bench.
            let table = |m: &BTreeMap<String, Tally>| -> serde_json::Value {
                m.iter()
                    .map(|(k, t)| {
                        let v = serde_json::json!({"recall": t.recall(), "precision": t.precision(), "expected": t.expected});
                        (k.clone(), v)
                    })
                    .collect::<serde_json::Map<_, _>>()
                    .into()
            };
            let doc = serde_json::json!({
                "file": name,
                "recall": total.recall(),
                "precision": total.precision(),
                "fair_flagged": fair_flagged,
                "fair": fair,
                "dangerous_above_low": dangerous_above_low,
                "dangerous": dangerous,
                "fair_set_aside": fair_set_aside,
                "fair_adverts": fair_adverts,
                "fair_adverts_flagged": fair_adverts_flagged,
                "dangerous_set_aside": dangerous_set_aside,
                "per_locale": table(&per_locale),
                "per_flag": table(&per_flag),
            });
            println!("CORPUS_JSON {doc}");
        }
        let f = floors(&name);
        let worst_locale = per_locale
            .values()
            .map(Tally::recall)
            .fold(1.0f64, f64::min);
        for (what, ok) in [
            ("recall", total.recall() >= f.recall),
            ("precision", total.precision() >= f.precision),
            ("fair texts flagged", fair_share <= f.fair_flagged),
            ("dangerous above low", above_low >= f.dangerous_above_low),
            ("locale recall", worst_locale >= f.locale_recall),
        ] {
            if !ok {
                failures.push(format!("{name}: {what} below its floor"));
            }
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

/// `WAYMARK_EXPLAIN="text" WAYMARK_LOCALE=fr cargo test --test scan screening_corpus::explain --
/// --nocapture` prints the concepts and flags the scan finds in a text (a tuning aid).
#[test]
fn explain() {
    let Some(text) = std::env::var_os("WAYMARK_EXPLAIN") else {
        return;
    };
    let text = text.to_string_lossy();
    let locale = std::env::var("WAYMARK_LOCALE").unwrap_or_else(|_| "en".into());
    let screening = Screening::load(&crate::support::content()).unwrap();
    let chain = chain(&locale);
    println!(
        "concepts: {:?}",
        screening.scanners.concepts_in(&text, &chain)
    );
    let scan = screening.scan(&text, &chain).unwrap();
    for (h, _) in scan.hits {
        println!("{}: {:?}", h.flag, &text[h.start..h.end]);
    }
    for (h, _) in scan.set_aside {
        println!(
            "set aside by the gate: {}: {:?}",
            h.flag,
            &text[h.start..h.end]
        );
    }
}

/// `WAYMARK_EXPLAIN_FILE=round.jsonl [WAYMARK_EXPLAIN_IDS=a,b] cargo test --test
/// screening_corpus explain_file -- --nocapture` prints, for each text whose flags differ from
/// its label, the text, its label and every hit with the words it rests on (a tuning aid for
/// read files only).
#[test]
fn explain_file() {
    let Some(path) = std::env::var_os("WAYMARK_EXPLAIN_FILE") else {
        return;
    };
    let ids = std::env::var("WAYMARK_EXPLAIN_IDS").unwrap_or_default();
    let screening = Screening::load(&crate::support::content()).unwrap();
    for line in std::fs::read_to_string(path).unwrap().lines() {
        let case: Case = serde_json::from_str(line).unwrap();
        if !ids.is_empty() && !ids.split(',').any(|i| i == case.id) {
            continue;
        }
        let hits = screening
            .scan(&case.text, &chain(&case.locale))
            .unwrap()
            .hits;
        let found: BTreeSet<&str> = hits.iter().map(|(h, _)| h.flag.as_str()).collect();
        let expected: BTreeSet<&str> = case.flags.iter().map(String::as_str).collect();
        if ids.is_empty() && found == expected {
            continue;
        }
        println!("== {} expected {:?}\n{}", case.id, expected, case.text);
        for (h, _) in &hits {
            println!("  -> {}: {:?}", h.flag, &case.text[h.start..h.end]);
        }
        if std::env::var_os("WAYMARK_EXPLAIN_CONCEPTS").is_some() {
            let concepts = screening
                .scanners
                .concepts_in(&case.text, &chain(&case.locale));
            println!("  concepts: {}", concepts.join(" "));
        }
        println!();
    }
}

/// `cargo test --release -p waymark-core --test scan screening_corpus::phases -- --ignored
/// --nocapture`: where a long scan spends its time (printed, never asserted; the
/// figures that count are criterion's).
#[test]
#[ignore]
fn phases() {
    let screening = Screening::load(&ContentSource::embedded()).unwrap();
    let paragraph = "We are hiring farm workers and hotel staff for the coming season. \
        The work includes picking, packing and cleaning, with training on the first day. \
        Accommodation is shared and meals are provided at the site. Contact us on WhatsApp \
        for details. No experience needed. You never pay a fee to us. Départ cette semaine, \
        les frais de dossier sont à payer avant le voyage. The employer pays all recruitment \
        costs for the flight. Please bring good shoes and a warm jacket for early mornings. ";
    // PHASE_CORPUS: 2,000 words of different adverts instead (the corpus's English and
    // French texts in file order), which visit much more of the matcher than one paragraph
    // repeated.
    let text = if std::env::var_os("PHASE_CORPUS").is_some() {
        let mut files: Vec<PathBuf> = std::fs::read_dir(corpus_dir())
            .unwrap()
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "jsonl"))
            .collect();
        files.sort();
        let mut texts = Vec::new();
        let mut words = 0;
        'files: for f in files {
            for line in std::fs::read_to_string(f).unwrap().lines() {
                if line.trim().is_empty() {
                    continue;
                }
                let case: Case = serde_json::from_str(line).unwrap();
                if matches!(case.locale.split('-').next(), Some("en" | "fr")) {
                    words += case.text.split_whitespace().count();
                    texts.push(case.text);
                    if words >= 2_000 {
                        break 'files;
                    }
                }
            }
        }
        texts.join("\n\n")
    } else {
        paragraph.repeat(2_000 / paragraph.split_whitespace().count() + 1)
    };
    let chain = vec!["fr".to_owned(), "en".to_owned()];
    let rounds: u32 = std::env::var("PHASE_ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(200);
    let only = std::env::var("PHASE").ok();
    let time = |name: &str, f: &dyn Fn()| {
        if only.as_deref().is_some_and(|o| !name.starts_with(o)) {
            return;
        }
        f();
        let start = std::time::Instant::now();
        for _ in 0..rounds {
            f();
        }
        println!("{name}: {:?}", start.elapsed() / rounds);
    };
    time("normalise", &|| {
        std::hint::black_box(waymark_core::screening::scan::normalize(&text));
    });
    time("normalise + words + concepts", &|| {
        std::hint::black_box(screening.scanners.concepts_in(&text, &chain));
    });
    time("whole scan", &|| {
        std::hint::black_box(screening.scan(&text, &chain).unwrap());
    });
}

/// `WAYMARK_ABLATE_FILES=a.jsonl,b.jsonl [WAYMARK_ABLATE_FLAG=recruitment_fee] cargo test
/// --release --test scan screening_corpus::ablate -- --nocapture`: for each rule, the flags
/// the read files would lose and gain without it (right and wrong), to find the rules that
/// raise more wrong flags than right ones (a tuning aid for read files only).
#[test]
fn ablate() {
    use waymark_core::screening::gate::{GATE_FILE, GateFile};
    use waymark_core::screening::scan::{ConceptFile, RuleFile};
    let Ok(files) = std::env::var("WAYMARK_ABLATE_FILES") else {
        return;
    };
    let only = std::env::var("WAYMARK_ABLATE_FLAG").ok();
    // WAYMARK_ABLATE_SHOW=N: the texts rule N's removal changes
    let show: Option<usize> = std::env::var("WAYMARK_ABLATE_SHOW")
        .ok()
        .and_then(|v| v.parse().ok());
    let source = crate::support::content();
    let concepts: Vec<ConceptFile> = source
        .under(waymark_core::screening::CONCEPTS_DIR)
        .filter(|(p, _)| p.ends_with(".toml"))
        .map(|(p, _)| source.parse_toml(p).unwrap())
        .collect();
    let rules: RuleFile = source
        .parse_toml(waymark_core::screening::RULES_FILE)
        .unwrap();
    let gate: GateFile = source.parse_toml(GATE_FILE).unwrap();
    let cases: Vec<Case> = files
        .split(',')
        .flat_map(|f| {
            std::fs::read_to_string(f)
                .unwrap()
                .lines()
                .filter(|l| !l.trim().is_empty())
                .map(|l| serde_json::from_str(l).unwrap())
                .collect::<Vec<Case>>()
        })
        .collect();
    let flags_of = |rules: &RuleFile| -> Option<Vec<BTreeSet<String>>> {
        let mut s = waymark_core::screening::Scanners::new(&concepts, rules).ok()?;
        s.set_gate(&gate).ok()?;
        let got = cases
            .iter()
            .map(|c| {
                s.scan(&c.text, &chain(&c.locale))
                    .unwrap()
                    .into_iter()
                    .map(|h| h.flag)
                    .collect()
            })
            .collect();
        Some(got)
    };
    let base = flags_of(&rules).unwrap();
    for i in 0..rules.rules.len() {
        let r = &rules.rules[i];
        if let Some(f) = &only
            && r.flag.as_deref() != Some(f.as_str())
        {
            continue;
        }
        let mut less = rules.clone();
        less.rules.remove(i);
        let Some(got) = flags_of(&less) else {
            println!("rule {i}: the rules do not load without it");
            continue;
        };
        let (mut right_lost, mut wrong_lost, mut right_gained, mut wrong_gained) = (0, 0, 0, 0);
        for ((c, b), g) in cases.iter().zip(&base).zip(&got) {
            let exp: BTreeSet<String> = c.flags.iter().cloned().collect();
            for f in b.difference(g) {
                let right = exp.contains(f);
                if right {
                    right_lost += 1
                } else {
                    wrong_lost += 1
                }
                if show == Some(i) {
                    println!(
                        "  {} loses {f} ({})",
                        c.id,
                        if right { "right" } else { "wrong" }
                    );
                }
            }
            for f in g.difference(b) {
                if exp.contains(f) {
                    right_gained += 1
                } else {
                    wrong_gained += 1
                }
            }
        }
        if right_lost + wrong_lost + right_gained + wrong_gained > 0 {
            println!(
                "rule {i} {:?} {:?}: without it right -{right_lost} +{right_gained}, wrong -{wrong_lost} +{wrong_gained}",
                r.flag.as_deref().or(r.concept.as_deref()).unwrap_or(""),
                r.all
            );
        }
    }
}
