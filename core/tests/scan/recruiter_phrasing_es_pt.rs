//! Spanish and Portuguese as recruiters, smugglers, relatives and lovers write them in chat:
//! Colombian "lucas", "palos" and "consignar", Andean "cancelar" (to pay), Rioplatense
//! "tenés que poner", Spain's "pavos", Angolan "kilapi" (a debt) and "arranjou-te trabalho",
//! "decídete hoy", "se lo doy a otra", "bórrame este chat", "no necesitas saber el idioma",
//! a contact "socio" in the consulate, a relative who pays the way with the job named first.
//! Each is found; the same words in fair use (a surprise party, fruit bought at the market,
//! "te extraño" to a partner) stay quiet. Sentences written for these tests, not taken from
//! the corpus.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::support::{assert_each_flagged, assert_flagged, assert_quiet};
#[test]
fn contract_substitution_risk_in_spanish_and_portuguese() {
    assert_flagged(&[
        (
            "es",
            "Ese contrato es solo para el consulado, allá te hacen otro.",
            "contract_substitution_risk",
        ),
        (
            "pt",
            "Esse contrato é só para a embaixada, lá fazem outro.",
            "contract_substitution_risk",
        ),
        (
            "es",
            "El contrato que firmas aquí es pa la embajada nomás, allá te dan el de verdad.",
            "contract_substitution_risk",
        ),
        (
            "pt",
            "Esse contrato é só pra mostrar no consulado, lá assinas outro.",
            "contract_substitution_risk",
        ),
    ]);
}

#[test]
fn document_handover_in_spanish_and_portuguese() {
    assert_flagged(&[
        (
            "es",
            "Me entregas el pasaporte en el aeropuerto y yo te lo guardo allá.",
            "document_handover",
        ),
        (
            "es",
            "Tu pasaporte lo tiene el jefe hasta que termine la temporada.",
            "document_handover",
        ),
        (
            "es",
            "Mándame tu pasaporte original por encomienda para sacarte la visa.",
            "document_handover",
        ),
        (
            "es",
            "Al llegar la patrona se queda con tu cédula, es normal.",
            "document_handover",
        ),
        (
            "es",
            "Deja tu pasaporte en la oficina, nosotros lo cuidamos.",
            "document_handover",
        ),
        (
            "pt",
            "Quando chegar, o passaporte fica com o patrão por segurança.",
            "document_handover",
        ),
        (
            "pt",
            "Manda o passaporte original pelo correio para tratarmos do visto.",
            "document_handover",
        ),
        (
            "pt",
            "Deixa o teu BI com o encarregado, ele guarda.",
            "document_handover",
        ),
        (
            "pt",
            "O teu passaporte vai ficar guardado no escritório até acabar o contrato.",
            "document_handover",
        ),
        (
            "pt",
            "Entrega teus documentos ao motorista no aeroporto.",
            "document_handover",
        ),
        (
            "es",
            "Pásame tu pasaporte y yo lo tengo mientras arreglamos lo de la visa.",
            "document_handover",
        ),
        (
            "es",
            "El pasaporte me lo entregas a mí apenas bajes del avión.",
            "document_handover",
        ),
        (
            "es",
            "Los documentos los retiene la empresa para que no te vayas.",
            "document_handover",
        ),
        (
            "pt",
            "O patrão fica com o teu passaporte para não fugires.",
            "document_handover",
        ),
        (
            "pt",
            "Entregas o BI e o passaporte ao senhor que te vai buscar.",
            "document_handover",
        ),
        (
            "pt",
            "Me passa o passaporte que eu guardo até tu receberes o primeiro salário.",
            "document_handover",
        ),
    ]);
}

#[test]
fn irregular_travel_in_spanish_and_portuguese() {
    assert_flagged(&[
        (
            "es",
            "Cruzamos el río de noche por Piedras Negras, no lleves pasaporte.",
            "irregular_travel",
        ),
        (
            "pt",
            "Atravessamos a fronteira de Ressano Garcia a pé pelo mato.",
            "irregular_travel",
        ),
        (
            "es",
            "Entras como turista y allá te arreglamos los papeles.",
            "irregular_travel",
        ),
        (
            "es",
            "No hace falta visa, pasamos por el monte de noche.",
            "irregular_travel",
        ),
        (
            "es",
            "Te vas con visa de turista y después te quedas trabajando.",
            "irregular_travel",
        ),
        (
            "es",
            "Si te preguntan en migración di que vas de paseo a ver a tu tía.",
            "irregular_travel",
        ),
        (
            "es",
            "El guía los pasa por la trocha, no necesitan pasaporte.",
            "irregular_travel",
        ),
        (
            "es",
            "Te vas de mojado, el pollero cobra aparte.",
            "irregular_travel",
        ),
        (
            "pt",
            "Você entra como turista e lá a gente regulariza.",
            "irregular_travel",
        ),
        (
            "pt",
            "Não precisa de visto, vai com visto de turista e fica.",
            "irregular_travel",
        ),
        (
            "pt",
            "Se perguntarem na imigração diz que vais visitar a tua tia.",
            "irregular_travel",
        ),
        (
            "pt",
            "A gente atravessa pelo mato à noite, não precisa passaporte.",
            "irregular_travel",
        ),
        (
            "pt",
            "Vais como turista e depois arranjamos os papéis lá.",
            "irregular_travel",
        ),
        (
            "es",
            "Te pasamos por Tapachula sin papeles, todo arreglado.",
            "irregular_travel",
        ),
        (
            "es",
            "Entras con visa de paseo y te quedas a trabajar en la obra.",
            "irregular_travel",
        ),
        (
            "es",
            "Llevas dinero para enseñar en el aeropuerto y dices que vas de vacaciones.",
            "irregular_travel",
        ),
        (
            "pt",
            "Vais com visto de turismo e depois a gente legaliza lá.",
            "irregular_travel",
        ),
        (
            "pt",
            "Leva dinheiro pra mostrar na fronteira e diz que é passeio.",
            "irregular_travel",
        ),
    ]);
}

#[test]
fn no_written_contract_in_spanish_and_portuguese() {
    assert_flagged(&[
        (
            "es",
            "El contrato se firma allá, aquí no hace falta.",
            "no_written_contract",
        ),
        (
            "es",
            "Todo es de palabra, aquí no firmamos papeles.",
            "no_written_contract",
        ),
        (
            "pt",
            "Contrato não há, é tudo na confiança.",
            "no_written_contract",
        ),
        (
            "pt",
            "O contrato tu assinas lá quando chegares.",
            "no_written_contract",
        ),
        (
            "es",
            "Contrato no hay, pero aquí todos cumplimos.",
            "no_written_contract",
        ),
        (
            "pt",
            "Aqui não tem contrato, é na palavra.",
            "no_written_contract",
        ),
    ]);
}

#[test]
fn pressure_to_decide_in_spanish_and_portuguese() {
    assert_flagged(&[
        (
            "es",
            "Si no me dices hoy, el lugar se lo queda otra chica.",
            "pressure_to_decide",
        ),
        (
            "es",
            "Decídete hoy porque mañana ya no hay cupo.",
            "pressure_to_decide",
        ),
        (
            "es",
            "Tengo otras muchachas esperando, si no confirmas hoy se lo doy a otra.",
            "pressure_to_decide",
        ),
        (
            "es",
            "No le cuentes a tu familia hasta que estés allá.",
            "pressure_to_decide",
        ),
        (
            "es",
            "Esto queda entre tú y yo, ni a tu novio le digas.",
            "pressure_to_decide",
        ),
        (
            "es",
            "Quedan solo dos plazas, responde antes de esta noche.",
            "pressure_to_decide",
        ),
        (
            "es",
            "Apúrate que el bus sale mañana y no espera a nadie.",
            "pressure_to_decide",
        ),
        (
            "pt",
            "Decide hoje porque amanhã a vaga já era.",
            "pressure_to_decide",
        ),
        (
            "pt",
            "Não conta pra tua mãe, ela não vai entender.",
            "pressure_to_decide",
        ),
        (
            "pt",
            "Só restam duas vagas, responde até à noite.",
            "pressure_to_decide",
        ),
        (
            "pt",
            "Não comentes com ninguém até estares lá.",
            "pressure_to_decide",
        ),
        (
            "pt",
            "Tens até amanhã para confirmar, senão passo a vaga a outra pessoa.",
            "pressure_to_decide",
        ),
        (
            "es",
            "Me avisas hoy mismo, que mañana sale la gente.",
            "pressure_to_decide",
        ),
        (
            "es",
            "Quedan poquitos cupos, apúrate.",
            "pressure_to_decide",
        ),
        (
            "es",
            "No le digas nada a tu mamá, después le cuentas cuando ya estés trabajando.",
            "pressure_to_decide",
        ),
        (
            "es",
            "Bórrame este chat después de leerlo.",
            "pressure_to_decide",
        ),
        (
            "pt",
            "Dá-me resposta hoje, senão dou o lugar a outra.",
            "pressure_to_decide",
        ),
        (
            "pt",
            "Não digas nada aos teus pais, depois contas.",
            "pressure_to_decide",
        ),
        ("pt", "Vagas quase esgotadas, corre!", "pressure_to_decide"),
    ]);
}

#[test]
fn recruitment_debt_in_spanish_and_portuguese() {
    assert_flagged(&[
        (
            "es",
            "El pasaje te lo pongo yo y me lo vas descontando de la paga.",
            "recruitment_debt",
        ),
        (
            "es",
            "Nosotros te adelantamos todo y lo vas pagando con lo que ganes allá.",
            "recruitment_debt",
        ),
        (
            "es",
            "Los primeros tres meses no cobras, eso es para cubrir el viaje.",
            "recruitment_debt",
        ),
        (
            "es",
            "La deuda del viaje se te rebaja cada quincena hasta que quede en cero.",
            "recruitment_debt",
        ),
        (
            "es",
            "Yo te fio el pasaje y allá me lo pagas.",
            "recruitment_debt",
        ),
        (
            "es",
            "Te financiamos el viaje y la visa, después te lo descontamos del sueldo.",
            "recruitment_debt",
        ),
        (
            "pt",
            "A passagem eu pago e depois tu me devolves com o teu ordenado.",
            "recruitment_debt",
        ),
        (
            "pt",
            "Nos primeiros três meses não recebes, é para pagar a viagem.",
            "recruitment_debt",
        ),
        (
            "pt",
            "A empresa adianta a passagem e desconta no salário.",
            "recruitment_debt",
        ),
        (
            "pt",
            "O gato anota tudo no caderno e tu vai pagando com o trabalho.",
            "recruitment_debt",
        ),
        (
            "pt",
            "Te empresto o dinheiro do visto e tu pagas lá com o salário.",
            "recruitment_debt",
        ),
        (
            "pt",
            "Vai ser descontado do teu salário até pagar a dívida da viagem.",
            "recruitment_debt",
        ),
        (
            "es",
            "Tu patrona te adelanta el pasaje y te lo va quitando del sueldo cada mes.",
            "recruitment_debt",
        ),
        (
            "es",
            "Trabajas seis meses para pagar lo que costó traerte.",
            "recruitment_debt",
        ),
        (
            "es",
            "Lo que gastamos en traerte lo vas devolviendo con tu trabajo.",
            "recruitment_debt",
        ),
        (
            "es",
            "Allá me pagas, te lo cobro de tus primeras quincenas.",
            "recruitment_debt",
        ),
        (
            "pt",
            "A viagem fica por conta da firma mas tu pagas depois, sai do teu ordenado.",
            "recruitment_debt",
        ),
        (
            "pt",
            "Tu ficas a trabalhar até pagar o que gastei contigo.",
            "recruitment_debt",
        ),
        (
            "pt",
            "O kilapi da viagem tu pagas quando começares a trabalhar.",
            "recruitment_debt",
        ),
        (
            "pt",
            "Os primeiros salários vão para pagar a passagem.",
            "recruitment_debt",
        ),
    ]);
}

#[test]
fn recruitment_fee_in_spanish_and_portuguese() {
    assert_flagged(&[
        (
            "es",
            "Para el permiso son 5 mil lempiras, me los depositas en Tigo Money.",
            "recruitment_fee",
        ),
        (
            "pt",
            "Bo tem ki paga 500 euros pa visto, manda hoje.",
            "recruitment_fee",
        ),
        (
            "es",
            "Pa separar tu cupo son 200 lucas, me los mandas por Nequi.",
            "recruitment_fee",
        ),
        (
            "es",
            "Parce, la vuelta cuesta 3 millones con todo y visa, la mitad ya.",
            "recruitment_fee",
        ),
        (
            "es",
            "Hay que poner 500 verdes para los papeles y el resto cuando estés allá.",
            "recruitment_fee",
        ),
        (
            "es",
            "Para apartar tu lugar necesito que me hagas un depósito de 1500 pesos hoy.",
            "recruitment_fee",
        ),
        (
            "es",
            "Chamo, son 300 dólares por la gestión del permiso, me los pasas por Zelle.",
            "recruitment_fee",
        ),
        (
            "es",
            "El curso de inducción vale 250 euros y es obligatorio antes de viajar.",
            "recruitment_fee",
        ),
        (
            "es",
            "Tienes que consignar 800 mil a esta cuenta para el trámite.",
            "recruitment_fee",
        ),
        (
            "es",
            "Me tenés que girar 400 mangos para el seguro y la carta de invitación.",
            "recruitment_fee",
        ),
        (
            "es",
            "Bro el derecho de piso son 2 mil varos, sin eso no entras.",
            "recruitment_fee",
        ),
        (
            "es",
            "Solo falta que abones los 180 soles del examen médico.",
            "recruitment_fee",
        ),
        (
            "pt",
            "Pra garantir tua vaga é só fazer um pix de 500 reais hoje.",
            "recruitment_fee",
        ),
        (
            "pt",
            "A taxa do visto é 300 dólares, você manda pelo Western Union.",
            "recruitment_fee",
        ),
        (
            "pt",
            "Tens de pagar 50 mil kwanzas pela inscrição antes de embarcar.",
            "recruitment_fee",
        ),
        (
            "pt",
            "Mano, o processo sai por 2 mil euros, metade agora e metade quando sair o visto.",
            "recruitment_fee",
        ),
        (
            "pt",
            "Tem que depositar 15 mil meticais para tratar os documentos.",
            "recruitment_fee",
        ),
        (
            "pt",
            "O curso obrigatório custa 400 reais, paga antes da viagem.",
            "recruitment_fee",
        ),
        (
            "pt",
            "Manda 200 contos para o seguro e a carta convite.",
            "recruitment_fee",
        ),
        (
            "pt",
            "Pra vaga na fábrica precisa fazer um depósito caução de 1000 reais pra reservar o alojamento.",
            "recruitment_fee",
        ),
        (
            "es",
            "Mija pa' lo de la visa son 400 dolaritos, me los giras por Western.",
            "recruitment_fee",
        ),
        (
            "es",
            "Oye loca, pa entrar al programa hay que soltar 2 palos de una.",
            "recruitment_fee",
        ),
        (
            "es",
            "Tenés que poner 300 lucas para el seguro, es obligatorio.",
            "recruitment_fee",
        ),
        (
            "es",
            "Son 600 pavos de gestoría y te sacamos el permiso.",
            "recruitment_fee",
        ),
        (
            "es",
            "El cupo vale 150 dólares, se paga por adelantado.",
            "recruitment_fee",
        ),
        (
            "es",
            "Manda los chavos del pasaje por ATH Móvil antes del viernes.",
            "recruitment_fee",
        ),
        (
            "es",
            "Hay que cancelar 250 mil por la carta de trabajo.",
            "recruitment_fee",
        ),
        (
            "es",
            "Deposítame 100 dólares de inscripción y te mando el contrato.",
            "recruitment_fee",
        ),
        (
            "pt",
            "Para tratar o visto são 200 mil kwanzas, depositas na conta do meu irmão.",
            "recruitment_fee",
        ),
        (
            "pt",
            "O pacote é 3500 euros com alojamento, pagas metade antes.",
            "recruitment_fee",
        ),
        (
            "pt",
            "Faz o pix de 300 pra segurar tua vaga, é reembolsável.",
            "recruitment_fee",
        ),
        (
            "pt",
            "Mano manda o kumbu da passagem até sexta.",
            "recruitment_fee",
        ),
        (
            "pt",
            "Tens de pagar a carta de chamada, são 800 euros.",
            "recruitment_fee",
        ),
        (
            "pt",
            "A inscrição custa 5 mil meticais, paga por M-Pesa.",
            "recruitment_fee",
        ),
        (
            "pt",
            "Paga 150 contos pelo exame médico e o curso.",
            "recruitment_fee",
        ),
    ]);
}

#[test]
fn romance_or_family_recruitment_in_spanish_and_portuguese() {
    assert_flagged(&[
        (
            "es",
            "Mi amor, vente a España, yo te pago el pasaje y allá trabajas en el bar de mi primo.",
            "romance_or_family_recruitment",
        ),
        (
            "es",
            "Mi vida ya te compré el boleto, vente y aquí te consigo chamba.",
            "romance_or_family_recruitment",
        ),
        (
            "es",
            "Sobrina, tu tía te consiguió un trabajo en Chile, ella paga el viaje.",
            "romance_or_family_recruitment",
        ),
        (
            "es",
            "Prima, aquí hay trabajo de sobra, vente que yo te pago el pasaje.",
            "romance_or_family_recruitment",
        ),
        (
            "es",
            "Gordita, cuando vengas vas a trabajar con mi hermana en el salón, el boleto lo pago yo.",
            "romance_or_family_recruitment",
        ),
        (
            "pt",
            "Meu amor, vem pra Portugal, eu pago a passagem e aqui arranjo trabalho pra ti.",
            "romance_or_family_recruitment",
        ),
        (
            "pt",
            "Amor, já comprei tua passagem, vem que aqui tem emprego pra você.",
            "romance_or_family_recruitment",
        ),
        (
            "pt",
            "Sobrinha, a tua tia arranjou-te trabalho em Lisboa, ela paga a viagem.",
            "romance_or_family_recruitment",
        ),
        (
            "pt",
            "Prima, vem pra cá, já te arrumei um emprego na casa de uma senhora.",
            "romance_or_family_recruitment",
        ),
        (
            "es",
            "Prima, vente que yo te pago el pasaje, aquí hay trabajo.",
            "romance_or_family_recruitment",
        ),
        (
            "es",
            "Prima, aquí hay trabajo de sobra. Yo te pago el pasaje.",
            "romance_or_family_recruitment",
        ),
        (
            "es",
            "Mi prima, aquí hay trabajo de sobra, vente que yo te pago el pasaje.",
            "romance_or_family_recruitment",
        ),
        (
            "es",
            "Hermana, aquí hay trabajo de sobra, vente que yo te pago el pasaje.",
            "romance_or_family_recruitment",
        ),
        (
            "es",
            "Mi reina, vente a Madrid conmigo, aquí trabajas en el club de mi amigo y yo te pago todo.",
            "romance_or_family_recruitment",
        ),
        (
            "es",
            "Mi amor, ya te mandé el pasaje, acá hay laburo para vos en la obra de mi cuñado.",
            "romance_or_family_recruitment",
        ),
        (
            "pt",
            "Minha linda, vem morar comigo em Paris, eu pago a passagem e tu trabalhas no restaurante do meu amigo.",
            "romance_or_family_recruitment",
        ),
        (
            "pt",
            "Mana, a tia arranjou-te trabalho em Luanda, a viagem é ela que paga.",
            "romance_or_family_recruitment",
        ),
    ]);
}

#[test]
fn too_good_to_be_true_in_spanish_and_portuguese() {
    assert_flagged(&[
        (
            "es",
            "Ganas 3 mil dólares al mes sin experiencia, solo cuidar a una señora.",
            "too_good_to_be_true",
        ),
        (
            "es",
            "Plata fácil: 500 dólares a la semana por atender el teléfono.",
            "too_good_to_be_true",
        ),
        (
            "es",
            "No piden estudios ni experiencia y pagan 2500 euros.",
            "too_good_to_be_true",
        ),
        (
            "es",
            "Trabajo de mesera en Europa, sueldazo, no necesitas saber el idioma.",
            "too_good_to_be_true",
        ),
        (
            "es",
            "Gana 4000 dólares al mes sin necesidad de experiencia previa.",
            "too_good_to_be_true",
        ),
        (
            "pt",
            "Ganha 3 mil euros por mês sem experiência nenhuma.",
            "too_good_to_be_true",
        ),
        (
            "pt",
            "Não precisa falar inglês e ganha 2500 dólares.",
            "too_good_to_be_true",
        ),
        (
            "pt",
            "Trabalho fácil, 1000 reais por dia só atendendo telefone.",
            "too_good_to_be_true",
        ),
        (
            "pt",
            "Salário de 4 mil euros, não precisa ter estudo.",
            "too_good_to_be_true",
        ),
        (
            "es",
            "Se buscan chicas para bailar en Japón, se gana 5000 dólares mensuales, no se necesita experiencia.",
            "too_good_to_be_true",
        ),
        (
            "es",
            "Ganancias de 1000 dólares semanales sin salir de casa.",
            "too_good_to_be_true",
        ),
        (
            "pt",
            "Ganhe 5 mil reais por semana trabalhando de casa, sem experiência.",
            "too_good_to_be_true",
        ),
        (
            "pt",
            "Vaga para garçonete na Suíça, 4000 francos por mês, não precisa saber a língua.",
            "too_good_to_be_true",
        ),
    ]);
}

#[test]
fn unverifiable_recruiter_in_spanish_and_portuguese() {
    assert_flagged(&[
        (
            "es",
            "El nombre de la empresa te lo digo cuando llegues.",
            "unverifiable_recruiter",
        ),
        (
            "es",
            "Escríbeme solo por WhatsApp, no tenemos oficina.",
            "unverifiable_recruiter",
        ),
        (
            "es",
            "No preguntes quién es el patrón, eso no te incumbe.",
            "unverifiable_recruiter",
        ),
        (
            "es",
            "Interesadas escribir al DM, info solo por privado.",
            "unverifiable_recruiter",
        ),
        (
            "es",
            "Mi contacto en la embajada te saca la visa rápido.",
            "unverifiable_recruiter",
        ),
        (
            "es",
            "Tengo un pana en migración que te sella el pasaporte.",
            "unverifiable_recruiter",
        ),
        (
            "es",
            "La empresa es confidencial hasta que pagues.",
            "unverifiable_recruiter",
        ),
        (
            "pt",
            "O nome da empresa só te passo quando chegares.",
            "unverifiable_recruiter",
        ),
        (
            "pt",
            "Chama no privado, só pelo zap.",
            "unverifiable_recruiter",
        ),
        (
            "pt",
            "Não precisas de saber quem é o patrão.",
            "unverifiable_recruiter",
        ),
        (
            "pt",
            "Tenho um contacto no SEF que trata do teu visto.",
            "unverifiable_recruiter",
        ),
        (
            "pt",
            "Interessados chamar no WhatsApp, vagas limitadas.",
            "unverifiable_recruiter",
        ),
        (
            "es",
            "Cualquier duda al wasap, no atiendo llamadas.",
            "unverifiable_recruiter",
        ),
        (
            "es",
            "Info solo por Telegram, no damos dirección.",
            "unverifiable_recruiter",
        ),
        (
            "es",
            "Tengo un socio en el consulado que te agiliza la visa.",
            "unverifiable_recruiter",
        ),
        (
            "pt",
            "Não posso dizer o nome da empresa agora.",
            "unverifiable_recruiter",
        ),
        (
            "pt",
            "Só falo pelo WhatsApp, não atendo chamadas.",
            "unverifiable_recruiter",
        ),
        (
            "pt",
            "Tenho um conhecido na embaixada que despacha o teu visto.",
            "unverifiable_recruiter",
        ),
    ]);
}

#[test]
fn fair_look_alikes_stay_quiet() {
    assert_quiet(&[
        (
            "es",
            "Mañana cruzamos el río en lancha para ir a la boda de mi prima.",
        ),
        (
            "es",
            "El empleador paga el pasaje, la visa y el examen médico; tú no pagas nada.",
        ),
        (
            "es",
            "Trae tu pasaporte a la entrevista; lo revisamos y te lo devolvemos en el momento.",
        ),
        (
            "es",
            "Mi amor, ¿ya comiste? Te extraño mucho, hablamos en la noche.",
        ),
        (
            "es",
            "Prima, te mando el enlace del programa oficial del ministerio para que postules.",
        ),
        (
            "es",
            "Convocatoria abierta hasta el 30 de abril. Salario según convenio. Contrato por escrito antes de viajar.",
        ),
        (
            "es",
            "Mañana tenemos reunión de padres en la escuela a las 8.",
        ),
        ("es", "Mi hija cumple años el sábado, ¿vienen a la fiesta?"),
        (
            "es",
            "La agencia está registrada en el Ministerio de Trabajo con licencia 123/2020, oficina en calle Mayor 8.",
        ),
        (
            "es",
            "Mamá, ya llegué bien, el trabajo está tranquilo y me pagan cada quincena.",
        ),
        (
            "es",
            "Me prestas tu cargador, porfa? Mañana te lo devuelvo.",
        ),
        (
            "pt",
            "A empresa paga a passagem e o visto, você não paga nada.",
        ),
        (
            "pt",
            "Traga o seu passaporte à entrevista, nós vemos e devolvemos na hora.",
        ),
        ("pt", "Amor, chegaste bem? Saudades, liga-me à noite."),
        (
            "pt",
            "Prima, te mando o link do site oficial do governo para te inscreveres.",
        ),
        (
            "pt",
            "Inscrições até 15 de maio. Contrato assinado antes da partida. Sem taxas.",
        ),
        ("pt", "Hoje paguei a conta da luz e do gás."),
        (
            "pt",
            "Mãe, o trabalho está bom, recebo o salário no fim do mês.",
        ),
        (
            "pt",
            "Empresa licenciada pelo IEFP, alvará n.º 123, sede na Rua Augusta 10, Lisboa.",
        ),
        ("pt", "Me empresta o carregador? Amanhã eu devolvo."),
        ("pt", "Amanhã tem reunião na escola dos miúdos às 9."),
        (
            "es",
            "Te mando la foto del pasaporte para que reserves el hotel de las vacaciones.",
        ),
        (
            "es",
            "La empresa cubre vuelo y alojamiento. Contrato firmado antes de viajar. Nunca pedimos pagos.",
        ),
        (
            "es",
            "Hermana, ¿cómo está mamá? Mándame fotos de los niños.",
        ),
        ("es", "Mañana salimos de vacaciones a Cancún con los niños."),
        ("es", "Compré 3 mangos y 2 aguacates en el mercado."),
        (
            "es",
            "Mi amor, ya te extraño, que tengas buen viaje de regreso.",
        ),
        (
            "es",
            "No le digas a la abuela, es una fiesta sorpresa para su cumpleaños.",
        ),
        (
            "pt",
            "A empresa cobre voo e alojamento. Contrato assinado antes da partida.",
        ),
        ("pt", "Mana, como está a mãe? Manda fotos dos miúdos."),
        ("pt", "Amanhã vamos de férias para o Algarve."),
        ("pt", "Não contes à avó, é uma festa surpresa."),
        ("pt", "Meu amor, saudades, boa viagem de volta."),
    ]);
}

#[test]
fn a_formal_dont_tell_and_a_request_for_discretion_press_the_reader() {
    assert_flagged(&[
        (
            "es",
            "No le comente a nadie de la escuela, la niña se va el lunes.",
            "pressure_to_decide",
        ),
        (
            "es",
            "Le pedimos discreción con el depósito, es un trato directo.",
            "pressure_to_decide",
        ),
        (
            "es",
            "Última lista para Canadá, no pierdas tu oportunidad.",
            "pressure_to_decide",
        ),
    ]);
}

#[test]
fn passports_gathered_until_paid_and_no_worry_about_a_passport() {
    assert_flagged(&[
        (
            "es",
            "Yo junto los pasaportes del grupo y se los regreso cuando terminen de pagar.",
            "document_handover",
        ),
        (
            "pt",
            "Não te preocupes com o passaporte, a gente passa pela fronteira de noite.",
            "irregular_travel",
        ),
        (
            "fr",
            "Vos passeports seront remis à notre correspondant à Lomé.",
            "document_handover",
        ),
        (
            "en",
            "Great offer, just don't involve your parents yet.",
            "pressure_to_decide",
        ),
    ]);
}

#[test]
fn a_school_that_is_only_a_front_and_an_agency_fee_after_the_hours_are_found() {
    // Sentences written for this test: hours a week are no wage, so the agency's sum
    // after them is a fee; a school "só de fachada" makes the study visa a cover
    assert_each_flagged(
        "recruitment_fee",
        &[
            (
                "pt",
                "Você trabalha 40 horas por semana, taxa da agência R$ 8 mil.",
            ),
            ("en", "You work 40 hours a week, agency fee 8,000 dollars."),
        ],
    );
    assert_each_flagged(
        "irregular_travel",
        &[
            (
                "pt",
                "Intercâmbio de estudo no Canadá: a escola é só de fachada, você trabalha na fazenda.",
            ),
            (
                "fr",
                "Visa étudiant pour l'Australie, l'école est juste une façade, tu travailles à la ferme.",
            ),
        ],
    );
}
