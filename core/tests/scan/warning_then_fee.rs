//! A warning in the same sentence as a fee: one that follows the fee speaks of it ("the fee
//! is paid only to the university, never to agents"), one before it is turned away by a
//! "but" or "only" ("if a recruiter asks for money it is a scam, but with us you pay only
//! 200 dollars registration"), the way a scammer borrows a warning to sound safe; a notice
//! or a news item in an earlier sentence does not reach a demand in the writer's own voice
//! ("Fake agents were arrested. We are genuine: pay 300 USD to our office"). Sentences
//! written for these tests, in every shipped language, not taken from the corpus.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::support::{assert_flagged, assert_quiet};

#[test]
fn a_warning_turned_away_before_a_fee_does_not_hide_it() {
    assert_flagged(&[
        (
            "en",
            "If a recruiter asks for money it is a scam, but with us you pay only 200 dollars registration today.",
            "recruitment_fee",
        ),
        (
            "fr",
            "Méfiez-vous des arnaques, mais chez nous vous payez seulement 150 000 FCFA de frais de dossier.",
            "recruitment_fee",
        ),
        (
            "ht",
            "Pa kite moun twonpe w, men avèk nou ou peye sèlman 300 dola pou frè enskripsyon an.",
            "recruitment_fee",
        ),
        (
            "es",
            "Cuidado con las estafas, pero con nosotros solo pagas 200 dólares de inscripción hoy.",
            "recruitment_fee",
        ),
        (
            "pt",
            "Cuidado com golpes, mas com a gente você paga só 500 reais de taxa de inscrição.",
            "recruitment_fee",
        ),
        (
            "sw",
            "Jihadhari na matapeli, lakini kwetu unalipa ada ya usajili ya KSh 5,000 tu.",
            "recruitment_fee",
        ),
        (
            "ar",
            "احذر من النصابين، لكن معنا تدفع رسوم تسجيل ٥٠٠ دولار فقط.",
            "recruitment_fee",
        ),
    ]);
}

#[test]
fn a_warning_turned_away_before_a_passport_or_a_debt_does_not_hide_it() {
    assert_flagged(&[
        (
            "en",
            "Beware of fake agents, but here the manager will keep your passport for safety.",
            "document_handover",
        ),
        (
            "fr",
            "Attention aux arnaques, mais ici le patron garde votre passeport pendant le contrat.",
            "document_handover",
        ),
        (
            "es",
            "Cuidado con las estafas, pero aquí la agencia se queda con tu pasaporte hasta el final.",
            "document_handover",
        ),
        (
            "en",
            "Beware of scams, but with us the ticket is deducted from your salary every month.",
            "recruitment_debt",
        ),
    ]);
}

#[test]
fn a_warning_after_a_fee_speaks_of_it() {
    assert_quiet(&[
        (
            "en",
            "Tuition is paid only to the college itself, never to agents.",
        ),
        (
            "fr",
            "Les frais de scolarité se paient uniquement à l'université, jamais à un intermédiaire.",
        ),
        (
            "es",
            "La matrícula se paga únicamente a la universidad, nunca a intermediarios.",
        ),
        (
            "pt",
            "A matrícula é paga só à universidade, nunca a agentes.",
        ),
        (
            "en",
            "Keep your passport with you only, never leave it with an agent: that is a scam.",
        ),
    ]);
}

#[test]
fn a_notice_or_news_before_a_demand_in_the_writers_own_voice_does_not_hide_it() {
    assert_flagged(&[
        (
            "en",
            "Police say five fake agents were arrested last week. We are genuine: pay 300 USD registration to our office before Friday.",
            "recruitment_fee",
        ),
        (
            "en",
            "Embassy warning about fake jobs. Bring your passport to our office, the manager keeps it until the visa is out.",
            "document_handover",
        ),
        (
            "fr",
            "Cinq faux recruteurs ont été arrêtés la semaine dernière. Nous sommes sérieux : payez 150 000 FCFA de frais de dossier à notre bureau.",
            "recruitment_fee",
        ),
        (
            "es",
            "Ocho falsos agentes fueron detenidos en Lima. Nosotros somos legales: paga 200 dólares de inscripción en nuestra oficina.",
            "recruitment_fee",
        ),
        (
            "pt",
            "Cinco falsos agentes foram presos ontem. Nós somos sérios: pague 500 reais de taxa de inscrição no nosso escritório.",
            "recruitment_fee",
        ),
        (
            "ht",
            "Lapolis arete de fo ajan yè. Nou menm nou serye: peye 300 dola frè enskripsyon nan biwo nou an.",
            "recruitment_fee",
        ),
        (
            "sw",
            "Mawakala feki watano wamekamatwa Nairobi. Sisi ni halali: lipa ada ya usajili KSh 5,000 ofisini kwetu.",
            "recruitment_fee",
        ),
        (
            "ar",
            "تم القبض على خمسة سماسرة نصابين. احنا شركة مرخصة: ادفع ٥٠٠ دولار رسوم تسجيل في مكتبنا.",
            "recruitment_fee",
        ),
    ]);
}

#[test]
fn what_a_news_item_reports_of_others_stays_quiet() {
    assert_quiet(&[
        (
            "en",
            "Five fake agents were arrested last week. Victims paid 300 USD registration and their passports were kept by the agents.",
        ),
        (
            "fr",
            "Cinq faux recruteurs ont été arrêtés. Les victimes payaient 150 000 FCFA de frais de dossier.",
        ),
        (
            "es",
            "Ocho falsos agentes fueron detenidos en Lima. Las víctimas pagaban 200 dólares de inscripción.",
        ),
    ]);
}
