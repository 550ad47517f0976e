//! Demands dressed the way a scammer who wants to look safe dresses them, found by a red
//! team that ran the scan as a black box (ninth session): a passport kept "for your safety"
//! and given back only when the contract ends or after some months, a contract the worker is
//! told not to read ("just sign every page") or replaced by "our word", a fee called a
//! thank-you gift or asked "to open your file". Fair texts that share their words stay
//! quiet. Sentences written for these tests.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::support::{assert_each_flagged, assert_none_flagged, assert_quiet};

#[test]
fn a_passport_given_back_only_when_the_contract_ends_or_after_months_is_held() {
    assert_each_flagged(
        "document_handover",
        &[
            (
                "en",
                "When you arrive the madam keeps your passport so it is not lost, she gives it back when you finish the two years.",
            ),
            (
                "es",
                "Al llegar la señora te guarda el pasaporte para que no se pierda, te lo devuelve cuando termines el contrato.",
            ),
            (
                "pt",
                "Chegando lá entregas o passaporte ao encarregado, ele fica com ele uns meses e depois devolve.",
            ),
            (
                "fr",
                "À l'arrivée le patron garde ton passeport, il te le rend quand tu finis ton contrat.",
            ),
            (
                "sw",
                "Ukifika bosi atashika pasipoti yako, atakurudishia baada ya miezi kadhaa.",
            ),
        ],
    );
    assert_none_flagged(
        "document_handover",
        &[
            (
                "en",
                "At the interview we check your passport and give it back the same day. The contract is for 24 months.",
            ),
            (
                "es",
                "En la entrevista revisamos tu pasaporte y te lo devolvemos en el acto. El contrato es de 12 meses.",
            ),
        ],
    );
}

#[test]
fn a_contract_the_worker_is_told_not_to_read_is_no_written_contract() {
    assert_each_flagged(
        "no_written_contract",
        &[
            (
                "en",
                "The contract is in Mandarin only. Don't worry about reading it, just sign every page tonight.",
            ),
            (
                "fr",
                "Votre contrat est rédigé en russe. Inutile de le faire traduire, signez chaque page.",
            ),
            ("es", "El contrato está en árabe pero solo firmas y listo."),
            ("pt", "O contrato vem em polonês, mas é só assinar."),
            ("ht", "Kontra a an angle, ou pa bezwen li l, siyen sèlman."),
            ("sw", "Mkataba uko kwa Kiarabu, wewe saini tu hapa chini."),
            ("ar", "العقد بالروسي، امضي بس."),
        ],
    );
    assert_none_flagged(
        "no_written_contract",
        &[
            (
                "en",
                "Read your contract carefully before you sign. We send it in English and Tagalog; ask us anything.",
            ),
            (
                "en",
                "Never sign a contract you cannot read. Ask for a translation.",
            ),
            (
                "fr",
                "Le contrat est en français avec une traduction en créole. Lisez-le avant de signer.",
            ),
        ],
    );
}

#[test]
fn a_fee_called_a_thank_you_gift_is_a_fee() {
    assert_each_flagged(
        "recruitment_fee",
        &[
            (
                "en",
                "You are accepted. Just a small thank-you gift for the boss, CAD 400, to lock in your place.",
            ),
            (
                "ht",
                "Bòs la dakò. Se jis yon ti kado 500 dola pou li, pou remèsye l.",
            ),
            (
                "es",
                "Ya te aceptaron. Solo un regalito para el jefe, 200 dólares, y empiezas el lunes.",
            ),
            (
                "pt",
                "Vaga garantida, só um agrado de 300 reais pro encarregado.",
            ),
            ("ar", "اتقبلت في الشغلانة، بس لازم إكرامية ٥٠٠ جنيه للمدير."),
        ],
    );
    assert_none_flagged(
        "recruitment_fee",
        &[
            (
                "en",
                "We bought a small gift for grandma, 30 dollars each, for her birthday.",
            ),
            (
                "en",
                "A small thank you from the team: your December salary includes a 200 dollar bonus.",
            ),
        ],
    );
}

#[test]
fn money_to_open_a_file_is_a_fee() {
    assert_each_flagged(
        "recruitment_fee",
        &[
            ("en", "Only 100 dollars to open your file."),
            ("es", "Solo 100 dólares para abrir tu expediente."),
            ("ht", "Sèlman 100 dola pou ouvè dosye a."),
            (
                "sw",
                "Tunachoomba ni mchango mdogo tu wa Sh 15,000 wa kufungua faili yako.",
            ),
        ],
    );
}

#[test]
fn our_word_is_the_contract_is_no_written_contract() {
    assert_each_flagged(
        "no_written_contract",
        &[
            (
                "en",
                "Paperwork? Don't worry, our word is the contract here.",
            ),
            ("ar", "احنا ناس معروفين، كلمتنا عقد."),
            ("es", "Papeles no, mi palabra es el contrato."),
        ],
    );
}

#[test]
fn a_traveller_keeping_their_own_passport_hands_nothing_over() {
    assert_none_flagged(
        "document_handover",
        &[
            (
                "en",
                "Mum, I booked my ticket to see Auntie at Christmas. I'll keep my passport in the hotel safe, don't worry.",
            ),
            (
                "fr",
                "Maman, je pars voir tante Awa. Je garde mon passeport sur moi tout le temps.",
            ),
            (
                "ht",
                "Manmi, m pral wè matant mwen. M ap kenbe paspò m sou mwen tout tan.",
            ),
            (
                "es",
                "Contrato por escrito antes de viajar. Tu pasaporte lo conservas tú en todo momento.",
            ),
        ],
    );
    assert_each_flagged(
        "document_handover",
        &[(
            "en",
            "He said he will keep my passport until I pay the rest.",
        )],
    );
}

#[test]
fn pressure_said_gently_or_as_privacy_is_still_pressure() {
    assert_each_flagged(
        "pressure_to_decide",
        &[
            (
                "en",
                "Please keep this opportunity between us for now, people get jealous.",
            ),
            (
                "en",
                "No rush at all, but the employer is closing the group this evening.",
            ),
            (
                "fr",
                "Aucune pression hein, mais la liste pour la Pologne se ferme ce soir.",
            ),
            ("es", "Sin presión, pero la lista se cierra esta noche."),
            ("pt", "Sem pressão, mas a lista fecha hoje à noite."),
            ("ht", "Pa gen presyon, men lis la ap fèmen aswè a."),
        ],
    );
    assert_none_flagged(
        "pressure_to_decide",
        &[
            (
                "en",
                "No rush, take your time to decide. Applications close on 30 June.",
            ),
            (
                "fr",
                "Prenez votre temps pour décider, les candidatures sont ouvertes jusqu'au 30 juin.",
            ),
        ],
    );
}

#[test]
fn a_fee_called_travel_insurance_or_a_badge_and_an_sms_passport_are_found() {
    assert_each_flagged(
        "recruitment_fee",
        &[
            (
                "en",
                "No recruitment fee, only 200 dollars for travel insurance, refunded later.",
            ),
            (
                "fr",
                "Merci de prévoir 150 € pour votre badge d'accès, à régler avant l'arrivée.",
            ),
            (
                "es",
                "No cobramos comisión, solo 120 dólares del seguro de viaje.",
            ),
            ("ar", "لا توجد رسوم توظيف، فقط ٢٠٠ دولار لتأمين السفر."),
        ],
    );
    assert_each_flagged(
        "document_handover",
        &[(
            "fr",
            "slt pr le taf fo envoyé ton passpor original o bureau c pr le visa",
        )],
    );
    assert_each_flagged(
        "no_written_contract",
        &[
            (
                "en",
                "The agreement is in Russian, the standard one. Just put your signature on every page.",
            ),
            (
                "ht",
                "Kontra a an panyòl. Siyen chak paj epi voye foto yo jodi a.",
            ),
        ],
    );
    assert_none_flagged(
        "recruitment_fee",
        &[(
            "en",
            "Health insurance and housing are paid by the employer. Salary 1,400 dollars a month.",
        )],
    );
}

#[test]
fn a_fee_paid_by_the_candidates_is_not_a_fee_paid_for_them() {
    assert_each_flagged(
        "recruitment_fee",
        &[
            (
                "pt",
                "Não, apenas a taxa de documentação de 200 USD, paga por todos os candidatos.",
            ),
            (
                "fr",
                "Les frais de dossier de 200 USD sont à la charge du candidat.",
            ),
            (
                "en",
                "There is a documentation fee of 200 USD, paid by all candidates.",
            ),
        ],
    );
}

#[test]
fn a_price_list_with_dot_leaders_asks_each_price_of_its_item() {
    // The dots between an item and its price are no full stops: a receipt from an agency
    // asks a fee line by line. A payslip's statutory line ("what the law asks") asks none.
    assert_each_flagged(
        "recruitment_fee",
        &[
            (
                "en",
                "Placement agency, invoice for the job in Toronto\nVisa processing ........ US$ 900\nFile opening .......... US$ 150",
            ),
            (
                "fr",
                "Agence de placement, facture pour le poste au Canada\nOuverture du dossier ........ 150 000 FCFA",
            ),
        ],
    );
    assert_quiet(&[(
        "ht",
        "Fich peye mwa desanm\nSalè ........ 32 000 goud\nKotizasyon ONA (lalwa mande) ........ 1 900 goud\nNet ........ 30 100 goud",
    )]);
}

#[test]
fn a_deposit_for_a_task_scams_paid_level_is_a_fee_though_the_first_tasks_are_free() {
    assert_each_flagged(
        "recruitment_fee",
        &[
            (
                "en",
                "Earn from home rating hotels. The first tasks are free, then to unlock the VIP tasks you top up 120 dollars.",
            ),
            (
                "es",
                "Los primeros trabajos son gratis, y para las tareas premium depositas 2.000 pesos que te regresan con comisión.",
            ),
            (
                "ht",
                "Premye travay yo gratis, apre pou w debloke tach VIP yo ou fè yon depo 1 500 goud sou MonCash.",
            ),
        ],
    );
    assert_none_flagged(
        "recruitment_fee",
        &[(
            "es",
            "Tía, ese mensaje de 'gana dinero dando me gusta' es la estafa que avisa la policía: te mandan 5 euros y luego te piden que transfieras pa las tareas VIP. No mandes nada.",
        )],
    );
}
