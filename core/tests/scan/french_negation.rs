//! French negation in the red-flag scan, through the shipped content: the negation is
//! carried by the second word ("pas", "jamais", "aucun"), not by "ne"/"n'", which also
//! start "ne … que" ("only": a demand) and "n'importe" ("any"). So neither is a negator in
//! `content/screening/concepts/fr.toml`. When the verb is the match's last word, "ne" before
//! it and "pas" right after it negate it together (`negation_opens`, `negation_closes`).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

fn fee_flagged(text: &str) -> bool {
    crate::support::flags("fr", text)
        .iter()
        .any(|f| f == "recruitment_fee")
}

#[test]
fn negated_fees_are_not_fee_demands() {
    for text in [
        "Vous n'aurez aucun frais à payer.",
        "Vous n'avez pas à payer de frais de recrutement.",
        "Vous n’avez pas à payer de frais de recrutement.",
        "Nous ne demandons jamais de frais d'agence.",
        "Aucuns frais de dossier.",
    ] {
        assert!(!fee_flagged(text), "flagged as a fee demand: {text}");
    }
}

#[test]
fn fee_demands_are_flagged() {
    for text in [
        "Vous devez payer des frais de recrutement.",
        "Vous devez payer des frais de recrutement, pas de contrat.",
        // "ne … que" is "only": still a demand.
        "Vous n'avez qu'à payer les frais de dossier.",
        "Vous ne payez que les frais de visa.",
        // "n'importe" ("any") negates nothing.
        "Pour n'importe quel job payez des frais de dossier.",
        "N'importe qui paie les frais de visa avant le départ.",
        // "rien" is no negator either: "nothing to pay except …" is a demand.
        "Rien à payer sauf les frais de visa.",
    ] {
        assert!(fee_flagged(text), "not flagged: {text}");
    }
}

#[test]
fn a_negation_around_the_verb_that_ends_the_match_negates_it() {
    crate::support::assert_quiet(&[
        (
            "fr",
            "Présentez votre passeport à l'entretien, on ne le garde pas.",
        ),
        (
            "fr",
            "Apportez l'original du passeport, nous ne vous le prendrons jamais.",
        ),
        (
            "fr",
            "Le billet est payé par la société, on ne rembourse rien... on ne retient pas sur le salaire.",
        ),
    ]);
    // "ne … que" (only) is no negation, nor is a "pas" of the next clause.
    crate::support::assert_flagged(&[
        (
            "fr",
            "Au bureau on ne garde que ton passeport.",
            "document_handover",
        ),
        (
            "fr",
            "Apportez votre passeport, le patron le garde, pas de discussion.",
            "document_handover",
        ),
    ]);
}
