//! A price, a cost, a deposit or a total is a fee only in a text about work (a job, a wage, a
//! recruiter, a visa, a worker, a contract, places to fill, a departure): a shop's price
//! list, a caterer's total or a landlord's deposit is none. The same words in a text about a
//! job still are. Sentences written for these tests, in every shipped language, not taken
//! from the corpus.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::support::{assert_each_flagged, assert_none_flagged};

#[test]
fn a_price_outside_any_work_is_no_fee() {
    assert_none_flagged(
        "recruitment_fee",
        &[
            (
                "en",
                "Braids by Joy: knotless medium, price 120 dollars, bring your own hair.",
            ),
            (
                "en",
                "Catering for the christening: rice, chicken and drinks, TOTAL $1,450.",
            ),
            (
                "fr",
                "Pâtisserie Awa : gâteau trois étages, prix 85 000 FCFA, livraison samedi.",
            ),
            (
                "ht",
                "Bèl tòt pou fèt la, pri a se 3 500 goud, vin pran l samdi maten.",
            ),
            (
                "es",
                "Tortas Doña Meche: precio del pastel grande 650 pesos, pedidos por la mañana.",
            ),
            (
                "pt",
                "Bolo de aniversário de dois andares, preço 180 reais, entrega no sábado.",
            ),
            (
                "sw",
                "Keki ya harusi, gharama ni Ksh 6,500, tutaleta Jumamosi asubuhi.",
            ),
            (
                "ar",
                "تورتة عيد ميلاد دورين، السعر ٤٥٠ جنيه، التوصيل يوم السبت.",
            ),
        ],
    );
}

#[test]
fn the_same_price_words_in_a_job_offer_are_a_fee() {
    assert_each_flagged(
        "recruitment_fee",
        &[
            (
                "en",
                "Warehouse jobs in Poland: the price is 900 dollars, visa and ticket included.",
            ),
            (
                "fr",
                "Poste de chauffeur au Canada : le prix est de 700 000 FCFA pour le dossier.",
            ),
            (
                "ht",
                "Travay nan faktori Miami: pri a se 150 000 goud pou tout papye yo.",
            ),
            (
                "es",
                "Trabajo en la cosecha en España, el precio es 1.200 euros con el visado.",
            ),
            (
                "pt",
                "Vaga de trabalho em Portugal: o preço é 2.000 reais pelo contrato.",
            ),
            (
                "sw",
                "Kazi ya ndani Dubai, gharama ni Ksh 80,000 kwa visa na tiketi.",
            ),
            ("ar", "شغل في مصنع بالكويت، السعر ٣٠ ألف جنيه شامل الفيزا."),
        ],
    );
}
