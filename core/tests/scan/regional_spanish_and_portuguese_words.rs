//! Spanish and Portuguese of the Caribbean, Mexico and Central America, Venezuela and
//! Colombia, the River Plate, Brazil's chat spelling ("vc", "mto", "hj"), Angola, Mozambique
//! and Cabo Verde, and Portuñol: the Dominican "buscón" and "viaje en yola", the Cuban "mi
//! amol", Mexican "de mojado" and "la mica", the Venezuelan "trochero", Rioplatense
//! "venite" and "la seña", Angolan "bumba" and "kamba", Mozambican "pular o arame", Cabo
//! Verdean "nha kretxeu". Each sign is found; the same words in fair use stay quiet.
//! Sentences written for these tests, not taken from the corpus.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::support::{assert_flagged, assert_quiet};

#[test]
fn recruitment_fee_in_regional_spanish_and_portuguese() {
    assert_flagged(&[
        (
            "es",
            "Mi pana, pa la visa son 40 mil pesos por adelantao y el buscón te la saca.",
            "recruitment_fee",
        ),
        (
            "es",
            "Che, para reservar el laburo en Madrid dejás una seña de 300 dólares.",
            "recruitment_fee",
        ),
        (
            "es",
            "Tienes que mocharte con 2000 varos para el permiso, mija.",
            "recruitment_fee",
        ),
        (
            "pt",
            "Mano, vc q paga o visto, sao 1500 reais no pix antes de viajar.",
            "recruitment_fee",
        ),
        (
            "pt",
            "Para o trabalho no Brasil tenes que pagar la inscripcion de 200 dolares.",
            "recruitment_fee",
        ),
        (
            "pt",
            "A taxinha do processo e 50 mil kwanzas, manda hoje.",
            "recruitment_fee",
        ),
    ]);
    assert_quiet(&[
        ("es", "Compré unos mangos en el colmado, estaban baratos."),
        (
            "es",
            "La seña del grupo es levantar la mano cuando llegue la guagua.",
        ),
        (
            "es",
            "Nos vemos en la parada, mi pana, que la guagua sale a las ocho.",
        ),
        (
            "pt",
            "Vc q sabe, amanha a gente conversa sobre o churrasco.",
        ),
        (
            "pt",
            "Comprei fruta no mercado por 200 escudos, estava boa.",
        ),
        (
            "pt",
            "A inscrição no curso da escola pública é gratuita e feita no site oficial.",
        ),
        (
            "es",
            "El sueldo se paga por transferencia el día 30 de cada mes.",
        ),
    ]);
}

#[test]
fn recruitment_debt_in_regional_spanish_and_portuguese() {
    assert_flagged(&[
        (
            "es",
            "El pasaje te lo doy fiao y me lo pagas con lo que te ganes allá.",
            "recruitment_debt",
        ),
        (
            "es",
            "Te presto gota a gota para el viaje, pagas trabajando.",
            "recruitment_debt",
        ),
        (
            "pt",
            "A passagem eu adianto, vc me paga dps com o salario.",
            "recruitment_debt",
        ),
        (
            "pt",
            "Eu pago o bilhete e tu me paga quando receber la na Africa do Sul.",
            "recruitment_debt",
        ),
    ]);
    assert_quiet(&[
        ("es", "La gota a gota del grifo no me deja dormir."),
        ("es", "Con lo que te ganes en la rifa invitas las frías."),
        ("pt", "Blz, dps a gente vê o filme juntos."),
        ("pt", "Vc viu o jogo ontem? Foi mto bom."),
        (
            "pt",
            "Quando receber o boletim da escola me manda uma foto.",
        ),
    ]);
}

#[test]
fn document_handover_in_regional_spanish_and_portuguese() {
    assert_flagged(&[
        (
            "es",
            "Cuando llegues a Houston me quedo con tu mica y tu pasapolte, es por seguridad.",
            "document_handover",
        ),
        (
            "es",
            "Entrégale tu credencial de elector al señor del rancho, él la guarda.",
            "document_handover",
        ),
        (
            "pt",
            "O passaporte deixa cmg, eu guardo ate acabar o contrato.",
            "document_handover",
        ),
    ]);
    assert_quiet(&[
        (
            "es",
            "Lleva siempre tu pasaporte contigo y una copia en el teléfono.",
        ),
        (
            "es",
            "La credencial de elector se tramita en el módulo del INE, es gratis.",
        ),
        (
            "pt",
            "Guarda sempre o teu passaporte contigo, nunca o entregues a ninguem.",
        ),
        ("pt", "Deixa cmg a chave do carro, amanha eu devolvo."),
    ]);
}

#[test]
fn irregular_travel_in_regional_spanish_and_portuguese() {
    assert_flagged(&[
        (
            "es",
            "Sale un viaje en yola desde Miches el sábado, el capitán te cruza a Puerto Rico.",
            "irregular_travel",
        ),
        (
            "es",
            "Te pasamos de mojado por Sonora, el pollero ya está pagado.",
            "irregular_travel",
        ),
        (
            "es",
            "El trochero te espera en Cúcuta y pasas sin sellar nada.",
            "irregular_travel",
        ),
        (
            "es",
            "Viajas con pasaporte prestado de una prima, nadie se da cuenta.",
            "irregular_travel",
        ),
        (
            "pt",
            "A gente vai pular o arame de noite e do outro lado o patrao te espera.",
            "irregular_travel",
        ),
        (
            "pt",
            "Vais com passaporte emprestado, ninguem olha a foto.",
            "irregular_travel",
        ),
    ]);
    assert_quiet(&[
        (
            "es",
            "La yola de mi abuelo está en la playa, la pintamos de azul.",
        ),
        (
            "es",
            "La migra de la música de mi tío es puro merengue viejo.",
        ),
        ("pt", "O arame da cerca do quintal partiu com a chuva."),
        ("pt", "O carimbo da escola está na secretaria."),
        ("es", "El pasador del pelo se me cayó en la guagua."),
    ]);
}

#[test]
fn no_written_contract_in_regional_spanish_and_portuguese() {
    assert_flagged(&[
        (
            "es",
            "Aquí no se firma na, todo es de palabra, tú tranquilo.",
            "no_written_contract",
        ),
        (
            "es",
            "Te pagan por debajo de la mesa, sin contrato ni nada.",
            "no_written_contract",
        ),
        (
            "pt",
            "Contrato pra que? Aqui é tudo na base da confianca.",
            "no_written_contract",
        ),
    ]);
    assert_quiet(&[
        ("es", "El gato se escondió por debajo de la mesa."),
        ("pt", "Confio na base da equipa, o treinador é bom."),
        (
            "pt",
            "O contrato de arrendamento foi assinado no notário ontem.",
        ),
        (
            "es",
            "Firmamos el contrato en la oficina y cada uno se llevó su copia.",
        ),
    ]);
}

#[test]
fn too_good_to_be_true_in_regional_spanish_and_portuguese() {
    assert_flagged(&[
        (
            "es",
            "Plata rápida en Panamá, 3000 dólares al mes sin experiencia.",
            "too_good_to_be_true",
        ),
        (
            "es",
            "No necesitas saber nada y ganas en dólares desde el primer día.",
            "too_good_to_be_true",
        ),
        (
            "pt",
            "Vc ganha mto bem la fora, 2000 euros por mes.",
            "too_good_to_be_true",
        ),
        (
            "pt",
            "Kumbu facil na Europa, so precisa de vir.",
            "too_good_to_be_true",
        ),
    ]);
    assert_quiet(&[
        (
            "es",
            "Las arepas salieron buenas, la guita se la di a tu mamá.",
        ),
        ("pt", "Vc ganha o jogo se fizer mais pontos."),
        ("pt", "O kumbu que te devo está na tua mochila."),
        (
            "es",
            "El salario se paga en pesos dominicanos según el contrato.",
        ),
    ]);
}

#[test]
fn unverifiable_recruiter_in_regional_spanish_and_portuguese() {
    assert_flagged(&[
        (
            "es",
            "Tengo un buscón en el consulado que te saca la visa sin cita.",
            "unverifiable_recruiter",
        ),
        (
            "es",
            "Tengo enchufe en la embajada, no hace falta que vayas.",
            "unverifiable_recruiter",
        ),
        (
            "pt",
            "Tenho um kamba na embaixada, o visto sai rapido.",
            "unverifiable_recruiter",
        ),
    ]);
    assert_quiet(&[
        ("es", "Mi pana trabaja en el colmado de la esquina."),
        ("es", "El enchufe de la cocina no sirve, llama al técnico."),
        ("pt", "O meu kamba vem jantar hoje com a familia."),
        (
            "pt",
            "A embaixada abre as nove, marca a entrevista no site oficial.",
        ),
    ]);
}

#[test]
fn pressure_to_decide_in_regional_spanish_and_portuguese() {
    assert_flagged(&[
        (
            "es",
            "Los cupos vuelan, mi amor, avísame hoy.",
            "pressure_to_decide",
        ),
        (
            "es",
            "De esto tú callaíto, que la gente es envidiosa.",
            "pressure_to_decide",
        ),
        (
            "pt",
            "Responde hj ou a vaga vai pra outra pessoa.",
            "pressure_to_decide",
        ),
        (
            "pt",
            "Bico calado sobre a viagem, ta?",
            "pressure_to_decide",
        ),
    ]);
    assert_quiet(&[
        ("es", "Los pájaros vuelan bajito cuando va a llover."),
        ("es", "El bebé está calladito en la cuna."),
        ("pt", "Hj tem jogo do Flamengo, bora ver?"),
        ("pt", "A loja fecha às seis, passa lá amanhã."),
    ]);
}

#[test]
fn romance_or_family_recruitment_in_regional_spanish_and_portuguese() {
    assert_flagged(&[
        (
            "es",
            "Mi amol, yo te mando a buscar, allá en Nueva York te espera un trabajito.",
            "romance_or_family_recruitment",
        ),
        (
            "es",
            "Mi negrita, venite a Buenos Aires, yo te banco todo.",
            "romance_or_family_recruitment",
        ),
        (
            "es",
            "Tu madrina te consiguió un jale en Monterrey, te pagan bien.",
            "romance_or_family_recruitment",
        ),
        (
            "es",
            "Prima, te tengo un brete en San José, vente ya.",
            "romance_or_family_recruitment",
        ),
        (
            "pt",
            "Minha preta, vem logo pra Lisboa que eu resolvo o trabalho.",
            "romance_or_family_recruitment",
        ),
        (
            "pt",
            "Nha kretxeu, bu ben pa Portugal, eu pago a passagem.",
            "romance_or_family_recruitment",
        ),
        (
            "pt",
            "Prima, arranjei um bumba pra ti em Joanesburgo.",
            "romance_or_family_recruitment",
        ),
    ]);
    assert_quiet(&[
        ("es", "Mi amol, feliz cumpleaños, te quiero mucho."),
        (
            "es",
            "Mi madrina cumple años el domingo, le llevamos un bizcocho.",
        ),
        ("es", "Negrita, ¿compraste el pan?"),
        ("pt", "Minha preta, feliz aniversário, te amo."),
        ("pt", "Nha kretxeu, obrigado pela comida de ontem."),
        (
            "pt",
            "O bumba da minha prima é numa escola de Luanda, ela gosta.",
        ),
    ]);
}
