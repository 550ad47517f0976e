//! Signs in the English of Waymark's first communities that the lists lacked: Nigerian
//! Pidgin and Ghanaian English ("i get connection for embassy", "slots don almost finish",
//! "no experience no wahala"), Kenyan English ("facilitation fee via paybill"), Jamaican,
//! Trinidadian, Guyanese and Bajan Creole ("fi di spot", "mi a go sen fi yuh", "di pay
//! sweet", "wuk permit", "no paper ting", "pirogue"), and US/Canadian texting ("hold ya
//! spot", "the bag is crazy", "my plug at immigration", "on the hush"). Each is found; the
//! same words in fair use in the same variety stay quiet. Sentences written for these
//! tests, not taken from the corpus.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::support::{assert_flagged, assert_quiet};

#[test]
fn fees_in_regional_english_are_found() {
    assert_flagged(&[
        (
            "en",
            "Ya gotta put down 300 to hold ya spot, no cap.",
            "recruitment_fee",
        ),
        (
            "en",
            "Send 300 US fi di spot pon di farm work programme.",
            "recruitment_fee",
        ),
        (
            "en",
            "Yuh haffi sen di money fuh de wuk permit, 200 US.",
            "recruitment_fee",
        ),
        (
            "en",
            "Wunna gotta pay de man 500 Bajan fuh de papers.",
            "recruitment_fee",
        ),
    ]);
    assert_quiet(&[
        ("en", "Mi pay di light bill yesterday, it was 15 thousand."),
        (
            "en",
            "Abeg I go pay you back the 5k you borrow me next week.",
        ),
        ("en", "Yuh haffi apply pon di ministry website, it free."),
        (
            "en",
            "The company pays the work permit and the flight, no fee for workers.",
        ),
        (
            "en",
            "RSVP to hold your spot at the free workshop on Saturday.",
        ),
    ]);
}

#[test]
fn debts_in_regional_english_are_found() {
    assert_flagged(&[
        (
            "en",
            "Mi wi pay di fare an yuh pay mi back when yuh start work.",
            "recruitment_debt",
        ),
        (
            "en",
            "Dem a go dock it from yuh salary till di fare done.",
            "recruitment_debt",
        ),
    ]);
    assert_quiet(&[
        ("en", "Lend me 2k, I go pay you back Friday."),
        ("en", "Mi wi pay yuh back di money fi di taxi tomorrow."),
        ("en", "Imma pay you back for the groceries when I get paid."),
        (
            "en",
            "Dock workers wanted, 20 dollars per hour, apply at the port office.",
        ),
        ("en", "Tax and NIS come out of your pay, you get a payslip."),
    ]);
}

#[test]
fn travel_outside_the_rules_is_found() {
    assert_flagged(&[
        (
            "en",
            "Start work, I go get your work permit later.",
            "irregular_travel",
        ),
        (
            "en",
            "We cross by pirogue from Tucupita, a local go meet you.",
            "irregular_travel",
        ),
        (
            "en",
            "Come now, we go sort your papers when you reach.",
            "irregular_travel",
        ),
        (
            "en",
            "Yuh can wuk without a work permit, nobody check.",
            "irregular_travel",
        ),
    ]);
    assert_quiet(&[
        ("en", "Mi a go a foreign fi visit mi sista."),
        (
            "en",
            "I'm going to visit my auntie in Toronto for Christmas.",
        ),
        (
            "en",
            "The employer applies for your work permit before you travel.",
        ),
        (
            "en",
            "Yuh haffi carry yuh passport to di embassy for di interview.",
        ),
    ]);
}

#[test]
fn no_written_contract_in_regional_english_is_found() {
    assert_flagged(&[
        (
            "en",
            "No paper ting, a jus trust we a deal wid.",
            "no_written_contract",
        ),
        (
            "en",
            "Dem wi give yuh di contract when yuh reach.",
            "no_written_contract",
        ),
        (
            "en",
            "We doh do contract, is pure trust.",
            "no_written_contract",
        ),
        (
            "en",
            "Ain't no contract, ion do paperwork.",
            "no_written_contract",
        ),
    ]);
    assert_quiet(&[
        (
            "en",
            "We sign the contract at the ministry before you leave, it shows the salary.",
        ),
        (
            "en",
            "We have an office in Kingston and a written contract before you travel.",
        ),
        ("en", "Trust mi, di food at dat place nice."),
        ("en", "Call me when yuh reach home, mi love."),
    ]);
}

#[test]
fn too_good_to_be_true_in_regional_english_is_found() {
    assert_flagged(&[
        (
            "en",
            "Yuh nuh need nuh experience, di pay sweet, US$1500 a week.",
            "too_good_to_be_true",
        ),
        (
            "en",
            "The pay nice nice, no qualification needed.",
            "too_good_to_be_true",
        ),
        (
            "en",
            "No experience no wahala, the money long.",
            "too_good_to_be_true",
        ),
    ]);
    assert_quiet(&[
        ("en", "The job pays $18 an hour, experience required."),
        ("en", "Di food sweet, mi a go back deh Sunday."),
        (
            "en",
            "Yo the job pays $18 an hour, benefits, apply on our website.",
        ),
        (
            "en",
            "Two years experience needed, salary per the government scale.",
        ),
    ]);
}

#[test]
fn unverifiable_recruiters_in_regional_english_are_found() {
    assert_flagged(&[
        (
            "en",
            "Yuh nuh need fi know who di boss, jus come.",
            "unverifiable_recruiter",
        ),
        (
            "en",
            "I get connection for embassy, dem go push your visa.",
            "unverifiable_recruiter",
        ),
        (
            "en",
            "My people at immigration will sort it, ask no questions.",
            "unverifiable_recruiter",
        ),
        (
            "en",
            "Don't worry bout the company name, just pull up.",
            "unverifiable_recruiter",
        ),
        (
            "en",
            "I got a plug at the embassy, your visa is done.",
            "unverifiable_recruiter",
        ),
    ]);
    assert_quiet(&[
        (
            "en",
            "Send me your CV by email, the company is Atlantic Farms Ltd.",
        ),
        (
            "en",
            "Sis, the embassy posted the official visa requirements on their website.",
        ),
        ("en", "My people in Canada will help me find a flat."),
        ("en", "Don't worry bout the rain, the party is inside."),
        (
            "en",
            "Our licensed agency office is on Hope Road, visit us Monday to Friday.",
        ),
    ]);
}

#[test]
fn pressure_in_regional_english_is_found() {
    assert_flagged(&[
        (
            "en",
            "Slots don almost finish, pay now now.",
            "pressure_to_decide",
        ),
        (
            "en",
            "Lemme know by tonite or I give it to someone else.",
            "pressure_to_decide",
        ),
        ("en", "Nobody haffi know bout dis.", "pressure_to_decide"),
        (
            "en",
            "Keep this on the hush, it's between you and me.",
            "pressure_to_decide",
        ),
    ]);
    assert_quiet(&[
        ("en", "Don't tell mummy about the surprise party o."),
        (
            "en",
            "Closing date: 15 January, apply on the ministry website.",
        ),
        ("en", "Holla back when you get home, babe."),
        ("en", "Di rain soon finish, den we go a town."),
        ("en", "Mek mi know if yuh want di recipe."),
    ]);
}

#[test]
fn lovers_and_relatives_in_regional_english_are_found() {
    assert_flagged(&[
        (
            "en",
            "Mi love, mi a go sen fi yuh, mi have a work fi yuh a foreign.",
            "romance_or_family_recruitment",
        ),
        (
            "en",
            "Boo, I got you a job out here, I'm paying your flight.",
            "romance_or_family_recruitment",
        ),
        (
            "en",
            "Mi cousin inna Canada seh she a go sen fi yuh an get yuh a work.",
            "romance_or_family_recruitment",
        ),
        (
            "en",
            "Sweetheart, I will carry you to Abu Dhabi, everything is on me.",
            "romance_or_family_recruitment",
        ),
        (
            "en",
            "Babe, once you land I go get you work, I don send the ticket.",
            "romance_or_family_recruitment",
        ),
        (
            "en",
            "Bae I'm finna send for you, I got a job lined up for you out here.",
            "romance_or_family_recruitment",
        ),
    ]);
    assert_quiet(&[
        ("en", "Bae I miss you, I'll see you Friday."),
        ("en", "Mi love, how yuh day go?"),
        ("en", "My sis just got a job in Toronto, so proud of her."),
        ("en", "Shorty, I got you, dinner on me tonight."),
        ("en", "Baby I miss you, call me when you reach home."),
        (
            "en",
            "Mi cousin a come visit fi Christmas, she buy her own ticket.",
        ),
        (
            "en",
            "Sis, the embassy posted the official visa requirements on their website.",
        ),
    ]);
}

#[test]
fn documents_in_regional_english_are_found() {
    assert_flagged(&[
        ("en", "Gimme yuh passport fi di visa.", "document_handover"),
        (
            "en",
            "Drop yuh passport by mi yard, mi wi keep it safe fi yuh.",
            "document_handover",
        ),
    ]);
    assert_quiet(&[
        (
            "en",
            "You go collect your passport from the embassy on Monday.",
        ),
        ("en", "Keep your passport safe, nobody should hold it."),
        (
            "en",
            "Bring your passport to the interview at our Nairobi office for verification.",
        ),
    ]);
}
