//! Who pays, in every shipped language: an employer, farm, school or programme that bears,
//! covers, funds or reimburses a cost ("paid by", "pris en charge par", "lo paga la
//! empresa", "vinalipwa na chuo", "تدفعها المزرعة"), and payslips with legal or agreed
//! deductions, stay quiet; a fee next to what the employer pays is still found when a
//! "but", an "except", an "only" or another payer ("you pay", "vous réglez", "وانت تدفع")
//! stands between them, when the employer only names the fee ("the agency fee is paid at
//! our office"), and when a named fee with its sum is taken from the pay. Sentences written
//! for these tests, not taken from the corpus.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::support::{assert_each_flagged, assert_flagged, assert_none_flagged, assert_quiet};

#[test]
fn the_employer_bearing_a_cost_is_no_fee() {
    assert_quiet(&[
        (
            "en",
            "All placement costs, including the visa, the medical and the flight, are borne by the hotel.",
        ),
        (
            "en",
            "Our client covers the work permit and return airfare; candidates are not charged at any stage.",
        ),
        (
            "en",
            "The processing fee of USD 250 is paid by the employer directly to the embassy.",
        ),
        (
            "en",
            "Training, uniforms and safety boots are provided by the farm at its own cost.",
        ),
        (
            "en",
            "The recruitment agency's service fee is settled by the employer, never by the worker.",
        ),
        (
            "en",
            "Workers pay nothing for the visa or the ticket: the company takes on every cost.",
        ),
        (
            "en",
            "The shipping company reimburses the medical examination and the seaman's book on your first day.",
        ),
        (
            "en",
            "Tuition and the visa application fee are funded by the scholarship programme.",
        ),
        (
            "fr",
            "Les frais de visa, le billet d'avion et la visite médicale sont pris en charge par l'employeur.",
        ),
        (
            "fr",
            "L'entreprise prend en charge le permis de travail et le logement du premier mois.",
        ),
        (
            "fr",
            "Les frais de dossier de 200 euros sont payés par l'exploitation agricole, pas par vous.",
        ),
        (
            "fr",
            "Aucun frais n'est demandé au candidat : l'agence est rémunérée par le client.",
        ),
        (
            "fr",
            "Le billet retour est remboursé par la société à la fin du contrat.",
        ),
        (
            "fr",
            "La formation et les équipements de sécurité sont fournis gratuitement par l'usine.",
        ),
        (
            "fr",
            "Le programme finance les frais de scolarité et le visa étudiant.",
        ),
        (
            "ht",
            "Se patwon an ki peye viza a, tikè avyon an ak egzamen medikal la.",
        ),
        (
            "ht",
            "Konpayi a pran tout frè yo sou kont li, travayè a pa peye anyen.",
        ),
        ("ht", "Frè dosye 200 dola a, se fèm nan ki peye l, pa ou."),
        ("ht", "Nou pa mande okenn kòb pou enskripsyon."),
        (
            "ht",
            "Tikè retou a ap ranbouse pa konpayi a nan fen kontra a.",
        ),
        (
            "ht",
            "Fòmasyon ak inifòm yo gratis, se lizin nan ki bay yo.",
        ),
        (
            "ht",
            "Se pwogram nan ki peye frè lekòl yo ak viza etidyan an.",
        ),
        (
            "es",
            "La visa, el pasaje aéreo y el examen médico corren por cuenta del empleador.",
        ),
        (
            "es",
            "La granja paga el LMIA y el boleto de ida y vuelta; el trabajador no paga nada.",
        ),
        (
            "es",
            "Los 300 dólares del trámite los paga la empresa, no usted.",
        ),
        (
            "es",
            "No cobramos inscripción ni ningún otro cargo a los candidatos.",
        ),
        (
            "es",
            "El pasaje de regreso lo reembolsa la compañía al terminar el contrato.",
        ),
        (
            "es",
            "La capacitación y el uniforme los proporciona la fábrica sin costo.",
        ),
        (
            "es",
            "El programa cubre la matrícula y la visa de estudiante.",
        ),
        (
            "pt",
            "O visto, a passagem aérea e o exame médico ficam por conta do empregador.",
        ),
        (
            "pt",
            "A empresa arca com a autorização de trabalho e o alojamento do primeiro mês.",
        ),
        (
            "pt",
            "A taxa de processamento de 200 dólares é paga pela fazenda, não por você.",
        ),
        (
            "pt",
            "Não cobramos inscrição nem qualquer taxa dos candidatos.",
        ),
        (
            "pt",
            "A passagem de volta é reembolsada pela empresa no fim do contrato.",
        ),
        (
            "pt",
            "O treinamento e os equipamentos de segurança são fornecidos gratuitamente pela fábrica.",
        ),
        ("pt", "O programa custeia a propina e o visto de estudante."),
        (
            "sw",
            "Viza, tiketi ya ndege na uchunguzi wa afya vinalipwa na mwajiri.",
        ),
        (
            "sw",
            "Kampuni inagharamia kibali cha kazi na malazi ya mwezi wa kwanza.",
        ),
        (
            "sw",
            "Ada ya usindikaji ya dola 200 inalipwa na shamba, si wewe.",
        ),
        (
            "sw",
            "Hatutozi ada ya usajili wala malipo yoyote kwa waombaji.",
        ),
        (
            "sw",
            "Gharama ya tiketi ya kurudi inarudishwa na kampuni mwisho wa mkataba.",
        ),
        ("sw", "Mafunzo na sare hutolewa bure na kiwanda."),
        ("sw", "Programu inagharamia karo na viza ya mwanafunzi."),
        (
            "ar",
            "تكاليف التأشيرة وتذكرة الطيران والفحص الطبي على حساب صاحب العمل.",
        ),
        ("ar", "الشركة تتحمل رسوم تصريح العمل والسكن في الشهر الأول."),
        ("ar", "رسوم المعاملة 200 دولار تدفعها المزرعة، مش انت."),
        ("ar", "لا نأخذ أي رسوم تسجيل من المتقدمين."),
        ("ar", "الشركة تعوضك عن تذكرة العودة في نهاية العقد."),
        ("ar", "التدريب والزي الموحد مجاناً من المصنع."),
        ("ar", "البرنامج يغطي الرسوم الدراسية وتأشيرة الطالب."),
        (
            "en",
            "The hospital will cover your NCLEX exam and visa fees in full.",
        ),
        (
            "en",
            "Your flights and work permit are taken care of by the employer.",
        ),
        (
            "en",
            "Recruitment costs are the employer's responsibility, not yours.",
        ),
        (
            "fr",
            "L'hôtel couvre les frais de visa et le billet d'avion.",
        ),
        (
            "fr",
            "Les frais de recrutement sont à la charge exclusive de l'employeur.",
        ),
        ("fr", "Le coût du permis est assumé par l'entreprise."),
        ("ht", "Otèl la kouvri frè viza a ak tikè a."),
        ("ht", "Tout frè rekritman yo sou kont patwon an."),
        ("ht", "Lekòl la pran frè enskripsyon an sou kont li."),
        ("es", "El hotel cubre los gastos de visa y el boleto."),
        (
            "es",
            "Los costos de reclutamiento son responsabilidad del empleador.",
        ),
        ("es", "La empresa asume el costo del permiso de trabajo."),
        ("pt", "O hotel cobre as despesas do visto e a passagem."),
        (
            "pt",
            "Os custos de recrutamento são responsabilidade do empregador.",
        ),
        ("pt", "A empresa assume a taxa do visto."),
        ("sw", "Hoteli inalipia gharama za viza na tiketi."),
        ("sw", "Gharama za uajiri ni jukumu la mwajiri."),
        ("sw", "Kampuni inabeba gharama ya kibali."),
        ("ar", "الفندق يغطي رسوم التأشيرة والتذكرة."),
        ("ar", "تكاليف التوظيف مسؤولية صاحب العمل."),
        ("ar", "المصنع يتكفل برسوم الإقامة."),
    ]);
}

#[test]
fn a_fee_beside_what_the_employer_pays_is_still_found() {
    assert_flagged(&[
        (
            "en",
            "The employer pays the visa, but you pay the 300 registration before the interview.",
            "recruitment_fee",
        ),
        (
            "en",
            "Employer pays your ticket, you pay only the 300 processing fee.",
            "recruitment_fee",
        ),
        (
            "en",
            "You pay the medical, the employer pays the visa.",
            "recruitment_fee",
        ),
        (
            "en",
            "The company advances the visa and you repay it monthly from your salary.",
            "recruitment_debt",
        ),
        (
            "en",
            "The agency fee is deducted from your first 3 salaries.",
            "recruitment_debt",
        ),
        (
            "en",
            "Flights are covered by the farm; the registration fee of $450 is paid by you to our agent.",
            "recruitment_fee",
        ),
        (
            "en",
            "The $500 agency fee is deducted from your salary.",
            "recruitment_fee",
        ),
        (
            "en",
            "The $500 agency fee is deducted from your salary.",
            "recruitment_debt",
        ),
        (
            "fr",
            "L'employeur paie le billet, mais vous payez les 300 euros d'inscription avant l'entretien.",
            "recruitment_fee",
        ),
        (
            "fr",
            "Le visa est pris en charge par l'entreprise, vous réglez seulement les 250 euros de frais de dossier.",
            "recruitment_fee",
        ),
        (
            "fr",
            "Vous payez la visite médicale, l'employeur paie le visa.",
            "recruitment_fee",
        ),
        (
            "fr",
            "La société avance le visa et vous le remboursez chaque mois sur votre salaire.",
            "recruitment_debt",
        ),
        (
            "fr",
            "Les frais d'agence de 600 euros sont retenus sur vos trois premiers salaires.",
            "recruitment_fee",
        ),
        (
            "fr",
            "Les frais d'agence de 600 euros sont retenus sur vos trois premiers salaires.",
            "recruitment_debt",
        ),
        (
            "ht",
            "Patwon an peye tikè a, men ou menm ou peye 300 dola enskripsyon an anvan entèvyou a.",
            "recruitment_fee",
        ),
        (
            "ht",
            "Konpayi a peye viza a, ou peye sèlman 250 dola frè dosye.",
            "recruitment_fee",
        ),
        (
            "ht",
            "Ou peye egzamen medikal la, patwon an peye viza a.",
            "recruitment_fee",
        ),
        (
            "ht",
            "Konpayi a avanse viza a epi w ap remèt li chak mwa sou salè w.",
            "recruitment_debt",
        ),
        (
            "ht",
            "Frè ajans 600 dola a ap retire sou twa premye salè w yo.",
            "recruitment_fee",
        ),
        (
            "ht",
            "Frè ajans 600 dola a ap retire sou twa premye salè w yo.",
            "recruitment_debt",
        ),
        (
            "es",
            "El empleador paga el pasaje, pero usted paga los 300 dólares de inscripción antes de la entrevista.",
            "recruitment_fee",
        ),
        (
            "es",
            "La visa la cubre la empresa, tú solo pagas 250 dólares de trámite.",
            "recruitment_fee",
        ),
        (
            "es",
            "Tú pagas el examen médico, el empleador paga la visa.",
            "recruitment_fee",
        ),
        (
            "es",
            "La empresa adelanta la visa y tú la devuelves cada mes de tu sueldo.",
            "recruitment_debt",
        ),
        (
            "es",
            "La comisión de la agencia de 600 dólares se descuenta de tus tres primeros sueldos.",
            "recruitment_fee",
        ),
        (
            "es",
            "La comisión de la agencia de 600 dólares se descuenta de tus tres primeros sueldos.",
            "recruitment_debt",
        ),
        (
            "pt",
            "O patrão paga a passagem, mas você paga os 300 dólares de inscrição antes da entrevista.",
            "recruitment_fee",
        ),
        (
            "pt",
            "O visto fica por conta da empresa, você só paga a taxa de 250 dólares.",
            "recruitment_fee",
        ),
        (
            "pt",
            "Você paga o exame médico, o empregador paga o visto.",
            "recruitment_fee",
        ),
        (
            "pt",
            "A empresa adianta o visto e você devolve todo mês do seu salário.",
            "recruitment_debt",
        ),
        (
            "pt",
            "A taxa da agência de 600 dólares é descontada dos seus três primeiros salários.",
            "recruitment_fee",
        ),
        (
            "pt",
            "A taxa da agência de 600 dólares é descontada dos seus três primeiros salários.",
            "recruitment_debt",
        ),
        (
            "sw",
            "Mwajiri analipa tiketi, lakini wewe unalipa dola 300 za usajili kabla ya usaili.",
            "recruitment_fee",
        ),
        (
            "sw",
            "Viza inalipwa na kampuni, wewe unalipa tu ada ya dola 250.",
            "recruitment_fee",
        ),
        (
            "sw",
            "Wewe unalipa uchunguzi wa afya, mwajiri analipa viza.",
            "recruitment_fee",
        ),
        (
            "sw",
            "Kampuni inakukopesha pesa za viza na utazirudisha kila mwezi kutoka mshahara wako.",
            "recruitment_debt",
        ),
        (
            "sw",
            "Ada ya wakala ya dola 600 itakatwa kwenye mishahara yako mitatu ya kwanza.",
            "recruitment_fee",
        ),
        (
            "sw",
            "Ada ya wakala ya dola 600 itakatwa kwenye mishahara yako mitatu ya kwanza.",
            "recruitment_debt",
        ),
        (
            "ar",
            "صاحب العمل يدفع التذكرة، لكن انت تدفع 300 دولار رسوم تسجيل قبل المقابلة.",
            "recruitment_fee",
        ),
        (
            "ar",
            "التأشيرة على الشركة، وانت تدفع بس 250 دولار رسوم ملف.",
            "recruitment_fee",
        ),
        (
            "ar",
            "انت تدفع الفحص الطبي، وصاحب العمل يدفع التأشيرة.",
            "recruitment_fee",
        ),
        (
            "ar",
            "الشركة تسلفك ثمن التأشيرة وترجعها كل شهر من راتبك.",
            "recruitment_debt",
        ),
        (
            "ar",
            "عمولة المكتب 600 دولار تنخصم من أول ثلاث رواتب.",
            "recruitment_fee",
        ),
        (
            "ar",
            "عمولة المكتب 600 دولار تنخصم من أول ثلاث رواتب.",
            "recruitment_debt",
        ),
        (
            "en",
            "The agency fee must be paid before you travel.",
            "recruitment_fee",
        ),
        (
            "en",
            "The agency fee of 300 is paid at our office.",
            "recruitment_fee",
        ),
        (
            "ht",
            "Frè ajans lan dwe peye anvan ou pati.",
            "recruitment_fee",
        ),
        (
            "sw",
            "Ada ya wakala italipwa kabla ya safari.",
            "recruitment_fee",
        ),
        (
            "es",
            "La comisión de la agencia se paga en la oficina antes del viaje.",
            "recruitment_fee",
        ),
        (
            "pt",
            "A taxa da agência é paga no escritório antes da viagem.",
            "recruitment_fee",
        ),
        (
            "fr",
            "Les frais de l'agence sont payés au bureau avant le départ.",
            "recruitment_fee",
        ),
        ("ar", "عمولة المكتب تندفع قبل السفر.", "recruitment_fee"),
        (
            "en",
            "The hotel covers your visa, but the 350 processing fee you send to our agent.",
            "recruitment_fee",
        ),
        (
            "en",
            "Everything is paid by the company except the 400 medical.",
            "recruitment_fee",
        ),
        (
            "en",
            "Visa free, ticket free, only registration 200 dollars.",
            "recruitment_fee",
        ),
        (
            "fr",
            "Tout est pris en charge sauf l'inscription de 300 euros.",
            "recruitment_fee",
        ),
        (
            "fr",
            "Le visa est gratuit, mais l'inscription coûte 300 euros.",
            "recruitment_fee",
        ),
        (
            "ht",
            "Tout bagay peye pa konpayi a sof frè enskripsyon 300 dola a.",
            "recruitment_fee",
        ),
        (
            "ht",
            "Viza a gratis, men enskripsyon an se 300 dola.",
            "recruitment_fee",
        ),
        (
            "es",
            "Todo corre por cuenta de la empresa, excepto la inscripción de 300 dólares.",
            "recruitment_fee",
        ),
        (
            "es",
            "La visa es gratis, pero la inscripción cuesta 300 dólares.",
            "recruitment_fee",
        ),
        (
            "pt",
            "Tudo é pago pela empresa, menos a inscrição de 300 reais.",
            "recruitment_fee",
        ),
        (
            "pt",
            "O visto é grátis, mas a inscrição custa 300 reais.",
            "recruitment_fee",
        ),
        (
            "sw",
            "Kila kitu kinalipwa na kampuni isipokuwa ada ya usajili ya dola 300.",
            "recruitment_fee",
        ),
        (
            "sw",
            "Viza ni bure, lakini usajili ni dola 300.",
            "recruitment_fee",
        ),
        (
            "ar",
            "كل شي على الشركة ما عدا رسوم التسجيل 300 دولار.",
            "recruitment_fee",
        ),
        (
            "ar",
            "التأشيرة مجاناً، لكن التسجيل 300 دولار.",
            "recruitment_fee",
        ),
    ]);
}

#[test]
fn payslips_and_agreed_deductions_are_no_fee_and_no_debt() {
    assert_quiet(&[
        (
            "en",
            "Payslip March: gross pay 2,400, income tax 310, pension 96, union dues 12, net pay 1,982.",
        ),
        (
            "en",
            "Deductions this month: PAYE, NHIF, NSSF and the housing levy, as required by law.",
        ),
        (
            "en",
            "Accommodation of $80 a week is deducted from your wages at the rate in your signed contract.",
        ),
        (
            "en",
            "Your employer deducts social security and income tax each month and pays them to the government.",
        ),
        (
            "en",
            "Net pay after tax and national insurance: £1,640, paid by bank transfer on the 28th.",
        ),
        (
            "en",
            "As agreed in your contract, $120 a month is deducted for the shared room; nothing else is taken from your pay.",
        ),
        (
            "fr",
            "Bulletin de paie : salaire brut 2 100 €, cotisations sociales 450 €, impôt à la source 80 €, net à payer 1 570 €.",
        ),
        (
            "fr",
            "Les retenues sur salaire sont la CNSS, l'impôt et la cotisation syndicale, prévues par la loi.",
        ),
        (
            "fr",
            "Le logement est retenu sur la paie à 150 € par mois, comme prévu dans le contrat signé.",
        ),
        (
            "fr",
            "Votre employeur prélève chaque mois les cotisations de retraite et de sécurité sociale.",
        ),
        (
            "fr",
            "Net versé par virement le 30 du mois, après retenue de l'impôt et des cotisations.",
        ),
        (
            "fr",
            "Comme le prévoit votre contrat, 100 € par mois sont retenus pour la chambre ; aucune autre retenue.",
        ),
        (
            "ht",
            "Fich pèman: salè brit 30 000 goud, taks 2 500, ONA 1 800, net pou peye 25 700.",
        ),
        (
            "ht",
            "Sa yo retire sou salè a se taks, ONA ak asirans, jan lalwa mande l.",
        ),
        (
            "ht",
            "Lojman an se 100 dola pa mwa yo retire sou salè a, jan sa ekri nan kontra ou siyen an.",
        ),
        (
            "ht",
            "Patwon an retire kotizasyon sekirite sosyal ak taks chak mwa epi li peye yo bay leta.",
        ),
        (
            "ht",
            "Salè net la antre nan kont bank ou chak 30 nan mwa a apre taks.",
        ),
        (
            "ht",
            "Jan kontra a di, yo retire 80 dola pa mwa pou chanm nan; pa gen lòt retni.",
        ),
        (
            "es",
            "Recibo de nómina: sueldo bruto 12 000, ISR 1 200, IMSS 350, neto a pagar 10 450.",
        ),
        (
            "es",
            "Las deducciones son el seguro social, la AFP y el impuesto sobre la renta, como manda la ley.",
        ),
        (
            "es",
            "El alojamiento se descuenta a 150 dólares al mes, según el contrato firmado.",
        ),
        (
            "es",
            "Su empleador retiene cada mes las cotizaciones de pensión y salud y las paga al Estado.",
        ),
        (
            "es",
            "El neto se deposita en su cuenta el día 30, después de impuestos y cotizaciones.",
        ),
        (
            "es",
            "Como dice tu contrato, se descuentan 100 dólares al mes por la habitación; no hay otros descuentos.",
        ),
        (
            "pt",
            "Holerite: salário bruto R$ 3.000, INSS R$ 270, IRRF R$ 45, líquido a receber R$ 2.685.",
        ),
        (
            "pt",
            "Os descontos são o INSS, o imposto de renda e a contribuição sindical, previstos em lei.",
        ),
        (
            "pt",
            "O alojamento é descontado a 150 reais por mês, conforme o contrato assinado.",
        ),
        (
            "pt",
            "O empregador desconta todo mês a contribuição da segurança social e o IRS e entrega ao Estado.",
        ),
        (
            "pt",
            "O líquido cai na sua conta no dia 30, depois dos impostos e contribuições.",
        ),
        (
            "pt",
            "Como diz o seu contrato, são descontados 100 reais por mês pelo quarto; nenhum outro desconto.",
        ),
        (
            "sw",
            "Payslip: mshahara ghafi KSh 40,000, PAYE 4,000, NSSF 1,080, net KSh 34,920.",
        ),
        (
            "sw",
            "Makato ni kodi, NSSF na ada ya chama cha wafanyakazi kama sheria inavyotaka.",
        ),
        (
            "sw",
            "Malazi yanakatwa KSh 3,000 kwa mwezi kama ilivyo kwenye mkataba uliosaini.",
        ),
        (
            "sw",
            "Mwajiri wako anakata michango ya pensheni na kodi kila mwezi na kuilipa serikalini.",
        ),
        (
            "sw",
            "Mshahara halisi unaingia benki tarehe 30 baada ya kodi na michango.",
        ),
        // "your payslip" with the possessive between its words heads the net pay
        (
            "sw",
            "Hati yako ya mshahara ya Aprili iko kwenye mfumo. Mshahara halisi: shilingi 540,000.",
        ),
        (
            "sw",
            "Kama mkataba wako unavyosema, shilingi 2,000 zinakatwa kila mwezi kwa chumba; hakuna makato mengine.",
        ),
        (
            "ar",
            "قسيمة الراتب: الراتب الإجمالي 5000، التأمينات الاجتماعية 500، الضريبة 200، الصافي 4300.",
        ),
        (
            "ar",
            "الاستقطاعات هي التأمينات الاجتماعية والضريبة واشتراك النقابة حسب القانون.",
        ),
        ("ar", "السكن يُخصم 300 ريال شهرياً حسب العقد الموقع."),
        (
            "ar",
            "صاحب العمل يقتطع اشتراكات التقاعد والضمان الاجتماعي كل شهر ويدفعها للدولة.",
        ),
        (
            "ar",
            "الراتب الصافي ينزل في حسابك يوم 30 بعد الضريبة والاشتراكات.",
        ),
        (
            "ar",
            "حسب عقدك يُخصم 200 ريال شهرياً للغرفة، وما في خصومات تانية.",
        ),
        (
            "en",
            "Payslip: basic 1,800, tax 120, union dues 15, net 1,665.",
        ),
        (
            "fr",
            "Fiche de paie : salaire de base 1 800, impôt 120, cotisation syndicale 15, net 1 665.",
        ),
        (
            "ht",
            "Fich pèman: salè 18 000, taks 1 200, ONA 900, net 15 900.",
        ),
        (
            "es",
            "Recibo de nómina: básico 1 800, ISR 120, cuota sindical 15, neto 1 665.",
        ),
        (
            "pt",
            "Holerite: salário base 1.800, INSS 120, contribuição sindical 15, líquido 1.665.",
        ),
        (
            "sw",
            "Payslip: mshahara 18,000, PAYE 1,200, NSSF 1,080, net 15,720.",
        ),
        (
            "ar",
            "قسيمة الراتب: الأساسي 1800، الضريبة 120، التأمينات 90، الصافي 1590.",
        ),
    ]);
}

#[test]
fn a_recruitment_fee_among_deductions_is_still_found() {
    assert_flagged(&[
        (
            "en",
            "Each month we deduct tax, pension and 200 for the agency fee until it is paid.",
            "recruitment_fee",
        ),
        (
            "en",
            "Each month we deduct tax, pension and 200 for the agency fee until it is paid.",
            "recruitment_debt",
        ),
        (
            "en",
            "Your salary: 1,500, minus the recruitment loan of 400 a month until the debt is cleared.",
            "recruitment_debt",
        ),
        (
            "fr",
            "Chaque mois on retient l'impôt et 200 € pour les frais de recrutement jusqu'au remboursement complet.",
            "recruitment_fee",
        ),
        (
            "fr",
            "Chaque mois on retient l'impôt et 200 € pour les frais de recrutement jusqu'au remboursement complet.",
            "recruitment_debt",
        ),
        (
            "fr",
            "Salaire 1 500 €, moins 400 € par mois pour rembourser la dette du voyage.",
            "recruitment_debt",
        ),
        (
            "ht",
            "Chak mwa nou retire taks ak 200 dola pou frè rekritman an jiskaske ou fin peye.",
            "recruitment_fee",
        ),
        (
            "ht",
            "Chak mwa nou retire taks ak 200 dola pou frè rekritman an jiskaske ou fin peye.",
            "recruitment_debt",
        ),
        (
            "ht",
            "Salè w se 1 500 dola, mwens 400 dola chak mwa pou peye dèt vwayaj la.",
            "recruitment_debt",
        ),
        (
            "es",
            "Cada mes te descontamos los impuestos y 200 dólares por la comisión de reclutamiento hasta que la pagues.",
            "recruitment_fee",
        ),
        (
            "es",
            "Cada mes te descontamos los impuestos y 200 dólares por la comisión de reclutamiento hasta que la pagues.",
            "recruitment_debt",
        ),
        (
            "es",
            "Sueldo 1 500 dólares, menos 400 al mes para pagar la deuda del viaje.",
            "recruitment_debt",
        ),
        (
            "pt",
            "Todo mês a gente desconta o imposto e 200 reais da taxa de recrutamento até você quitar.",
            "recruitment_fee",
        ),
        (
            "pt",
            "Todo mês a gente desconta o imposto e 200 reais da taxa de recrutamento até você quitar.",
            "recruitment_debt",
        ),
        (
            "pt",
            "Salário de 1.500, menos 400 por mês para pagar a dívida da viagem.",
            "recruitment_debt",
        ),
        (
            "sw",
            "Kila mwezi tunakata kodi na shilingi 20,000 za ada ya uwakala mpaka umalize kulipa.",
            "recruitment_fee",
        ),
        (
            "sw",
            "Kila mwezi tunakata kodi na shilingi 20,000 za ada ya uwakala mpaka umalize kulipa.",
            "recruitment_debt",
        ),
        (
            "sw",
            "Mshahara 50,000, toa 15,000 kila mwezi kulipa deni la safari.",
            "recruitment_debt",
        ),
        (
            "ar",
            "كل شهر نخصم الضريبة و200 دولار عمولة التوظيف لحد ما تخلص.",
            "recruitment_fee",
        ),
        (
            "ar",
            "كل شهر نخصم الضريبة و200 دولار عمولة التوظيف لحد ما تخلص.",
            "recruitment_debt",
        ),
        (
            "ar",
            "الراتب 1500، ناقص 400 كل شهر لسداد دين السفر.",
            "recruitment_debt",
        ),
        (
            "en",
            "Payslip: basic 1,800, tax 120, agency fee 300, net 1,380.",
            "recruitment_fee",
        ),
        (
            "fr",
            "Fiche de paie : salaire de base 1 800, impôt 120, frais d'agence 300, net 1 380.",
            "recruitment_fee",
        ),
        (
            "ht",
            "Fich pèman: salè 18 000, taks 1 200, frè ajans 3 000, net 13 800.",
            "recruitment_fee",
        ),
        (
            "es",
            "Recibo de nómina: básico 1 800, ISR 120, comisión de agencia 300, neto 1 380.",
            "recruitment_fee",
        ),
        (
            "pt",
            "Holerite: salário base 1.800, INSS 120, taxa da agência 300, líquido 1.380.",
            "recruitment_fee",
        ),
        (
            "sw",
            "Payslip: mshahara 18,000, PAYE 1,200, ada ya wakala 3,000, net 13,800.",
            "recruitment_fee",
        ),
        (
            "ar",
            "قسيمة الراتب: الأساسي 1800، الضريبة 120، عمولة المكتب 300، الصافي 1380.",
            "recruitment_fee",
        ),
    ]);
}

/// A second set, written after the matcher changes and measured once before any tuning on
/// it (1 of 35 fair sentences flagged, 2 of 21 signs missed; on main 6 and 16).
#[test]
fn new_wordings_of_who_pays_stay_quiet() {
    assert_quiet(&[
        (
            "en",
            "Successful applicants will have their visa, medical and airfare arranged and paid for by Greenfield Farms.",
        ),
        (
            "en",
            "There is no charge to candidates at any point; our fees are invoiced to the employer.",
        ),
        (
            "en",
            "The university pays your tuition directly, and you receive a monthly stipend of $1,200.",
        ),
        (
            "en",
            "All recruitment expenses are met by the shipowner, as required by the MLC.",
        ),
        (
            "en",
            "Deductions: federal tax $212, state tax $64, Social Security $118, Medicare $28.",
        ),
        (
            "en",
            "Board and lodging of $95 per week is withheld as set out in your employment agreement.",
        ),
        (
            "fr",
            "Le billet d'avion, le visa et l'assurance sont offerts par l'employeur.",
        ),
        (
            "fr",
            "Aucun paiement ne vous sera demandé : l'agence est rémunérée par l'entreprise cliente.",
        ),
        (
            "fr",
            "L'université règle directement les frais de scolarité de l'étudiant boursier.",
        ),
        (
            "fr",
            "Retenues du mois : CSG, cotisation retraite et mutuelle obligatoire.",
        ),
        (
            "fr",
            "Le loyer de 90 € par semaine est déduit du salaire, comme indiqué dans votre contrat.",
        ),
        (
            "ht",
            "Se konpayi a ki achte tikè avyon an epi ki peye viza a pou travayè yo.",
        ),
        (
            "ht",
            "Travayè yo pa depanse senk kòb pou rekritman, patwon an kouvri tout bagay.",
        ),
        (
            "ht",
            "Sou fich pèman an yo retire taks ak ONA sèlman, jan lalwa di.",
        ),
        (
            "ht",
            "Yo retire 60 dola chak semèn pou lojman, jan sa ekri nan kontra a.",
        ),
        (
            "es",
            "El boleto aéreo, la visa y el seguro médico los cubre en su totalidad el empleador.",
        ),
        (
            "es",
            "No se le cobrará nada al trabajador; la agencia cobra sus honorarios a la empresa.",
        ),
        (
            "es",
            "La beca paga la matrícula directamente a la universidad.",
        ),
        (
            "es",
            "Deducciones del mes: ISSS, AFP y renta, según la ley.",
        ),
        (
            "es",
            "Se descuentan 90 dólares semanales de hospedaje, tal como dice tu contrato.",
        ),
        (
            "pt",
            "A passagem aérea, o visto e o seguro são oferecidos pelo empregador.",
        ),
        (
            "pt",
            "Nenhum pagamento será pedido ao candidato; a agência é paga pela empresa contratante.",
        ),
        ("pt", "A bolsa paga as propinas diretamente à universidade."),
        (
            "pt",
            "Descontos do mês: INSS, IRRF e vale-transporte, conforme a lei.",
        ),
        (
            "pt",
            "São descontados 90 reais por semana de alojamento, como diz o seu contrato.",
        ),
        (
            "sw",
            "Tiketi ya ndege, viza na bima vinagharamiwa na mwajiri kikamilifu.",
        ),
        (
            "sw",
            "Mfanyakazi hatatozwa chochote; wakala analipwa na kampuni inayoajiri.",
        ),
        ("sw", "Ufadhili unalipa karo moja kwa moja kwa chuo kikuu."),
        (
            "sw",
            "Makato ya mwezi huu ni PAYE, NSSF na SHIF kwa mujibu wa sheria.",
        ),
        (
            "sw",
            "Shilingi 900 zinakatwa kila wiki kwa malazi kama ilivyoandikwa kwenye mkataba wako.",
        ),
        (
            "ar",
            "تذكرة الطيران والتأشيرة والتأمين الطبي يتحملها صاحب العمل بالكامل.",
        ),
        (
            "ar",
            "لن يُطلب من العامل أي مبلغ، والمكتب يأخذ أتعابه من الشركة.",
        ),
        ("ar", "المنحة تدفع الرسوم الدراسية مباشرة للجامعة."),
        (
            "ar",
            "الخصومات هذا الشهر: التأمينات الاجتماعية وضريبة الدخل حسب القانون.",
        ),
        ("ar", "يخصم 90 دولار كل أسبوع للسكن كما هو مكتوب في عقدك."),
    ]);
}

#[test]
fn new_wordings_of_a_fee_left_to_the_worker_are_found() {
    assert_flagged(&[
        (
            "en",
            "We cover accommodation, but the visa processing of $600 is your responsibility.",
            "recruitment_fee",
        ),
        (
            "en",
            "The employer reimburses the flight after six months; the $250 registration is due now.",
            "recruitment_fee",
        ),
        (
            "en",
            "Your ticket is on the company, the medical you pay yourself, around 150 dollars.",
            "recruitment_fee",
        ),
        (
            "en",
            "This week's slip: gross 900, tax 80, placement fee 150, net 670.",
            "recruitment_fee",
        ),
        (
            "fr",
            "Nous payons le logement, par contre la visite médicale de 120 euros est à votre charge.",
            "recruitment_fee",
        ),
        (
            "fr",
            "Le billet est offert, il reste juste 200 euros d'inscription à verser aujourd'hui.",
            "recruitment_fee",
        ),
        (
            "fr",
            "Fiche de paie : brut 1 900 €, cotisations 410 €, frais de placement 250 €, net 1 240 €.",
            "recruitment_fee",
        ),
        (
            "ht",
            "Nou peye lojman an, men frè medikal 150 dola a se ou ki pou peye l.",
            "recruitment_fee",
        ),
        (
            "ht",
            "Tikè a gratis, sèlman 200 dola enskripsyon pou w voye jodi a.",
            "recruitment_fee",
        ),
        (
            "es",
            "Nosotros ponemos el alojamiento, pero el examen médico de 120 dólares corre por tu cuenta.",
            "recruitment_fee",
        ),
        (
            "es",
            "El pasaje es gratis, solo falta la inscripción de 200 dólares que depositas hoy.",
            "recruitment_fee",
        ),
        (
            "es",
            "Recibo: bruto 1 900, IMSS 210, comisión de colocación 250, neto 1 440.",
            "recruitment_fee",
        ),
        (
            "pt",
            "Nós damos o alojamento, mas o exame médico de 120 euros fica por sua conta.",
            "recruitment_fee",
        ),
        (
            "pt",
            "A passagem é grátis, só falta a inscrição de 200 reais que você deposita hoje.",
            "recruitment_fee",
        ),
        (
            "pt",
            "Contracheque: bruto 1.900, INSS 210, taxa de colocação 250, líquido 1.440.",
            "recruitment_fee",
        ),
        (
            "sw",
            "Tunakupa malazi, lakini uchunguzi wa afya wa dola 120 ni juu yako.",
            "recruitment_fee",
        ),
        (
            "sw",
            "Tiketi ni bure, imebaki usajili wa dola 200 tu utume leo.",
            "recruitment_fee",
        ),
        (
            "sw",
            "Payslip: jumla 19,000, PAYE 2,100, ada ya uwakala 2,500, halisi 14,400.",
            "recruitment_fee",
        ),
        (
            "ar",
            "احنا نوفر السكن، بس الفحص الطبي 120 دولار عليك.",
            "recruitment_fee",
        ),
        (
            "ar",
            "التذكرة مجانية، باقي بس رسوم التسجيل 200 دولار تحولها اليوم.",
            "recruitment_fee",
        ),
        (
            "ar",
            "كشف الراتب: الإجمالي 1900، التأمينات 210، رسوم التوظيف 250، الصافي 1440.",
            "recruitment_fee",
        ),
    ]);
}

/// Other verbs and phrases of bearing a cost, each beside a fee word that would be read as
/// the worker's if the employer's payment were missed ("la finca costea": a fee word that
/// is a verb of paying names no fee).
#[test]
fn other_ways_of_bearing_a_cost_stay_quiet() {
    assert_quiet(&[
        (
            "en",
            "The employer absorbs the visa fee and the medical costs.",
        ),
        ("en", "The farm foots the bill for your visa and flight."),
        (
            "en",
            "The company picks up the cost of the work permit fee.",
        ),
        (
            "en",
            "Our client shoulders all processing fees and airfare.",
        ),
        ("en", "The hotel takes on the cost of your visa and ticket."),
        ("en", "Visa fees and airfare are on the employer."),
        ("fr", "L'employeur supporte les frais de visa et le billet."),
        (
            "fr",
            "L'entreprise assume les frais de dossier et la visite médicale.",
        ),
        (
            "fr",
            "La ferme finance le billet d'avion et les frais de visa.",
        ),
        (
            "fr",
            "Les frais de visa sont pour le compte de l'employeur.",
        ),
        ("ht", "Patwon an kouvri frè viza a ak tikè avyon an."),
        ("ht", "Se konpayi a ki responsab tout frè viza ak tikè."),
        ("ht", "Lekòl la finanse frè enskripsyon yo."),
        ("es", "El empleador absorbe los gastos de visa y el pasaje."),
        (
            "es",
            "La empresa sufraga la tarifa del permiso y el examen médico.",
        ),
        ("es", "La finca costea el boleto y los trámites de visa."),
        ("es", "Los gastos de visa van por cuenta del patrón."),
        ("pt", "A empresa banca a taxa do visto e a passagem."),
        (
            "pt",
            "O empregador custeia o exame médico e as taxas do visto.",
        ),
        (
            "pt",
            "A fazenda arca com a passagem e a taxa de processamento.",
        ),
        ("pt", "As taxas do visto ficam a cargo do patrão."),
        ("sw", "Mwajiri anabeba gharama za viza na tiketi."),
        (
            "sw",
            "Kampuni inalipia ada ya kibali cha kazi na uchunguzi wa afya.",
        ),
        ("sw", "Shamba linagharamia tiketi ya ndege na ada ya viza."),
        ("sw", "Ada za viza ni juu ya mwajiri."),
        ("ar", "صاحب العمل يتكفل برسوم التأشيرة والتذكرة."),
        ("ar", "الشركة تغطي رسوم الفيزا والفحص الطبي."),
        ("ar", "المزرعة تدفع ثمن التذكرة ورسوم التأشيرة."),
        ("ar", "رسوم التأشيرة على حساب الكفيل."),
    ]);
}

/// The deadline to pay is the worker's when the fee is ("but you must pay ... before Friday").
#[test]
fn a_deadline_to_pay_beside_what_the_employer_pays_is_still_found() {
    assert_flagged(&[(
        "en",
        "The employer pays the visa, but you must pay the 300 registration before Friday.",
        "pressure_to_decide",
    )]);
}

/// A cleft sentence whose payer is named far before "ki peye" (it is the company that files
/// the papers ... and that pays all the costs) is the employer paying; "se ou ki peye" (it is
/// you who pays) in the same text is still a fee.
#[test]
fn a_long_cleft_sentence_naming_the_employer_as_payer_is_no_fee() {
    assert_quiet(&[
        (
            "ht",
            "Se konpayi konstriksyon an ki ranpli tout papye pèmi travay yo nan ministè a pou ou epi ki peye tout frè yo.",
        ),
        (
            "ht",
            "Se antrepriz la ki chèche viza travay ou a nan konsila a, ki achte tikè avyon an, epi ki peye tout frè yo.",
        ),
    ]);
    assert_flagged(&[(
        "ht",
        "Antrepriz la ap chèche 6 mason. Se ou ki peye frè dosye a: 300 dola.",
        "recruitment_fee",
    )]);
}

/// A public employer bears the cost too: "at the ministry's expense" (على حساب الوزارة), the
/// state's, the hospital's. "على حسابك" (at your expense) with a sum is still a fee.
#[test]
fn a_ticket_at_a_public_employers_expense_is_no_fee() {
    assert_quiet(&[
        (
            "ar",
            "تم إصدار تذكرة سفرك على حساب الوزارة، والسكن بدون أي رسوم.",
        ),
        (
            "ar",
            "التذكرة والسكن على حساب المستشفى، ونستقبلك في المطار.",
        ),
    ]);
    assert_flagged(&[(
        "ar",
        "تذكرة السفر على حسابك، ادفعي ٥٠٠ دولار للمكتب قبل الخميس.",
        "recruitment_fee",
    )]);
}

/// "Housing for the first two months" is a stay the employer pays, not the first months' pay
/// owed back; a ticket repaid from the first months is still a debt.
#[test]
fn housing_for_the_first_months_is_no_debt() {
    assert_quiet(&[
        (
            "fr",
            "L'entreprise dépose la demande d'autorisation de travail et paie le visa, le billet d'avion et l'hébergement des deux premiers mois. Aucun frais ne sera demandé au candidat.",
        ),
        (
            "pt",
            "A empresa paga a passagem aérea e o alojamento nos 2 primeiros meses. Nenhuma taxa é cobrada ao candidato.",
        ),
        (
            "es",
            "Antes de salir recibes tu contrato firmado; el hospital cubre vuelo, visa y los primeros meses de vivienda.",
        ),
        (
            "sw",
            "Mwajiri atagharamia tiketi ya ndege, visa na malazi ya miezi mitatu ya kwanza. Utapewa mkataba wa maandishi kabla ya kusafiri.",
        ),
    ]);
    assert_flagged(&[
        (
            "en",
            "We buy the ticket and the visa, you pay it back from your first months, housing is free.",
            "recruitment_debt",
        ),
        (
            "sw",
            "Hiyo pesa ya tiketi na malazi utanirudishia kidogo kidogo kutoka mshahara.",
            "recruitment_debt",
        ),
    ]);
}

#[test]
fn a_payer_named_in_the_third_person_is_no_fee_but_a_sum_or_the_worker_paying_is() {
    // "pays", "paient", "litalipa": someone other than the reader pays, whatever the noun
    // before it ("the care home", "les fermes", "shirika").
    assert_none_flagged(
        "recruitment_fee",
        &[
            (
                "en",
                "Our client, a care home in Leeds, sponsors the visa and buys the flight once the CoS is issued.",
            ),
            (
                "en",
                "The hospital sponsors the visa and pays the flight, as the offer letter says.",
            ),
            (
                "fr",
                "Les fermes de la coopérative paient le billet et le permis de travail des cueilleurs.",
            ),
            (
                "sw",
                "Shamba la chai linatafuta wachumaji; shirika litalipa tiketi ya basi na chakula cha safari.",
            ),
        ],
    );
    // A sum that "covers" the visa, or the worker who pays, is a fee.
    assert_each_flagged(
        "recruitment_fee",
        &[
            ("en", "Processing fee 300 dollars covers medical and visa."),
            (
                "en",
                "Each worker pays the medical and the visa before departure.",
            ),
            (
                "en",
                "Job in Poland. 1,500 euros pays your visa and ticket through our office.",
            ),
            (
                "sw",
                "Kila mfanyakazi analipa tiketi na visa kabla ya safari.",
            ),
        ],
    );
}

#[test]
fn an_employer_who_pays_only_the_rest_leaves_the_fee_asked_before_it() {
    // What the employer pays is "the rest": the visa and the ticket asked first are the
    // reader's.
    assert_each_flagged(
        "recruitment_fee",
        &[
            (
                "en",
                "Job in Dubai. Pay the visa and the ticket, the company covers the rest.",
            ),
            (
                "es",
                "Trabajo en Dubái. Pagas la visa y el pasaje, la empresa paga el resto.",
            ),
            (
                "fr",
                "Travail à Dubaï. Payez le visa et le billet, l'employeur prend en charge le reste.",
            ),
            (
                "sw",
                "Kazi Dubai. Lipia visa na tiketi, mwajiri atalipia kiasi kilichobaki.",
            ),
            (
                "ar",
                "شغل في دبي. ادفع الفيزا والتذكرة، والشركة تدفع الباقي.",
            ),
        ],
    );
    // "The rest" among what the employer pays is no turn.
    assert_none_flagged(
        "recruitment_fee",
        &[
            (
                "en",
                "The employer pays the visa, the ticket and the rest of the costs.",
            ),
            (
                "fr",
                "L'employeur paie le visa, le billet et le reste des frais.",
            ),
        ],
    );
}

#[test]
fn a_spanish_payslips_totals_are_no_fee_but_a_payroll_lie_still_is_a_sign() {
    assert_none_flagged(
        "recruitment_fee",
        &[
            (
                "es",
                "Ya me pagaron el mes del vivero: total devengado 1.610 €, me quitan la Seguridad Social y un 6 % de IRPF, total a deducir 198 €.",
            ),
            (
                "es",
                "Panadería Sol, noviembre. Salario base 1.250 €. Total a deducir 176,40 €. Líquido a percibir 1.073,60 €.",
            ),
        ],
    );
    // "nómina" alone is also the payroll a recruiter lies about: it is no payslip.
    assert_flagged(&[
        (
            "es",
            "Trabajo en España: en la nómina pondrán 1.500 €, pero el sueldo real es 700 €.",
            "contract_substitution_risk",
        ),
        (
            "es",
            "NÓMINA falsa para la embajada. Para la visa pagas 900 euros en la oficina.",
            "recruitment_fee",
        ),
    ]);
}

#[test]
fn the_writer_or_a_third_person_paying_the_ticket_is_no_fee() {
    // a pronoun before the verb names a payer who is not the reader (a lure, not a fee);
    // a sum, a fee or "they make you pay" keeps it a fee
    assert_none_flagged(
        "recruitment_fee",
        &[
            (
                "en",
                "Come work with my cousin in Leeds, I'm paying her ticket myself.",
            ),
            (
                "en",
                "I have already paid your ticket, just get the visa stamped next week.",
            ),
            (
                "fr",
                "On part à Lyon samedi, j'paye les billets, tu travailles au salon.",
            ),
            (
                "fr",
                "C'est moi qui ai déjà payé ton billet, tu commences lundi au restaurant.",
            ),
            (
                "fr",
                "Pour le Gabon, l'agence prend TOUT en charge : visa, billet, logement.",
            ),
            (
                "es",
                "Ella paga tu pasaje y el hospedaje, tú solo vienes a trabajar en la tienda.",
            ),
            (
                "pt",
                "A dona da casa em Faro paga tua passagem e tudo, o trabalho é limpeza.",
            ),
            (
                "ht",
                "Se mwen k ap peye tout frè vwayaj la, ou pral travay nan restoran an.",
            ),
            (
                "sw",
                "Kazi ya hoteli Doha ni nzuri. Walilipa ndege na visa ya kila mtu.",
            ),
            (
                "es",
                "Trabajo en hotel de Cancún. Pasajes y hospedaje pagos, sueldo en dólares.",
            ),
        ],
    );
    assert_each_flagged(
        "recruitment_fee",
        &[
            (
                "en",
                "They make you pay the visa and the medical before you fly.",
            ),
            ("en", "He says we must pay 500 dollars each for the visa."),
            (
                "fr",
                "Ils veulent que tu paies le visa et le billet avant le départ.",
            ),
            (
                "sw",
                "Walilipa shilingi 300,000 kwa visa na tiketi kwa wakala.",
            ),
        ],
    );
}

#[test]
fn a_portuguese_employer_who_pays_only_the_rest_leaves_the_fee() {
    // "a passagem, a empresa paga o resto": "paga" is the employer's verb, not the ticket
    // being paid
    assert_each_flagged(
        "recruitment_fee",
        &[
            (
                "pt",
                "Trabalho em Lisboa. Pagas o visto e a passagem, a empresa paga o resto.",
            ),
            (
                "pt",
                "Vaga em Luanda: tu pagas os exames e a passagem, a firma paga o resto.",
            ),
        ],
    );
    assert_none_flagged(
        "recruitment_fee",
        &[
            (
                "pt",
                "Trabalho em Lisboa. O visto e a passagem, a empresa paga tudo.",
            ),
            (
                "pt",
                "Passagem e alojamento pagos pela empresa, salário de 900 euros.",
            ),
        ],
    );
}

#[test]
fn a_payer_named_by_a_noun_after_its_determiner_is_no_fee() {
    // "la productora paga los vuelos": a noun subject, one word after its determiner, pays;
    // the reader, a worker or a sum in the sentence keeps it a fee
    assert_none_flagged(
        "recruitment_fee",
        &[
            (
                "es",
                "Gira por Chile: la productora paga los vuelos y el hotel del elenco.",
            ),
            (
                "pt",
                "Festival em Lisboa: o promotor paga a passagem e o hotel da banda.",
            ),
            (
                "fr",
                "Tournée au Québec : le festival paie les billets d'avion des musiciens.",
            ),
            (
                "ht",
                "Kontra siyen anvan depa, pwodiktè a peye tikè, otèl ak manje.",
            ),
        ],
    );
    assert_each_flagged(
        "recruitment_fee",
        &[
            (
                "es",
                "Trabajo en Murcia. La visa la paga usted antes de viajar.",
            ),
            (
                "es",
                "Trabajo en Murcia. El trabajador paga el pasaje y la visa.",
            ),
            ("pt", "Vaga em Faro. O candidato paga a passagem e o visto."),
            (
                "es",
                "Trabajo en Murcia. La agencia cobra 300 dólares y el pasaje se paga aparte.",
            ),
            (
                "ht",
                "Travay nan Miami: w a peye tikè a ak viza a anvan ou pati.",
            ),
            ("ht", "Travay nan Miami: travayè a peye tikè a ak viza a."),
        ],
    );
}

#[test]
fn an_establishment_that_bears_the_fees_is_the_employer_paying() {
    // Saudi HR wording, verb first: "the establishment bears the recruitment fees".
    // Sentence written for this test.
    assert_quiet(&[(
        "ar",
        "تتحمل المؤسسة رسوم الاستقدام والإقامة ورخصة العمل وتذكرة الطيران حسب نظام العمل.",
    )]);
}

#[test]
fn a_plane_ticket_and_hotel_paid_is_what_the_employer_pays() {
    assert_none_flagged(
        "recruitment_fee",
        &[(
            "fr",
            "Poste d'aide-cuisinier à Lyon, 1 800 € par mois, billet d'avion et hôtel payés par eux.",
        )],
    );
    assert_each_flagged(
        "recruitment_fee",
        &[(
            "fr",
            "Poste d'aide-cuisinier à Lyon. Billet d'avion à payer : 600 euros.",
        )],
    );
}

#[test]
fn a_fee_paid_straight_to_the_official_body_is_its_own_fee() {
    assert_none_flagged(
        "recruitment_fee",
        &[
            (
                "en",
                "The visa fee of 185 dollars you pay directly to the consulate with your card.",
            ),
            (
                "fr",
                "Les frais d'inscription de 400 000 FCFA se paient à la caisse de l'université.",
            ),
            // a passport office, a registry, a marriage registrar
            (
                "es",
                "Te giré 300 mil para el pasaporte, págalo en la Gobernación y guarda el recibo.",
            ),
            ("pt", "Pagamos a taxa de R$ 280 no cartório, com recibo."),
            ("ar", "المأذون خد رسوم العقد ٦٠٠ جنيه بوصل رسمي."),
            (
                "fr",
                "Je paie moi-même les frais de visa au centre de dépôt mardi.",
            ),
            // an official fee named as such, or a visa centre's own counter
            (
                "en",
                "The SEVIS fee of 350 dollars is paid online before the embassy interview.",
            ),
            (
                "fr",
                "Les frais de dossier de 99 € se paient en ligne sur France-Visas.",
            ),
            (
                "ar",
                "دفعت رسوم التأشيرة ٣٠٠ ريال بنفسي في مركز التأشيرات ومعي الإيصال.",
            ),
        ],
    );
    // a payment to a go-between beside it is still a fee
    assert_each_flagged(
        "recruitment_fee",
        &[
            (
                "en",
                "Pay 300 dollars to our agent, then the rest directly to the consulate.",
            ),
            (
                "en",
                "Pay the CAD 4,200 to our consultant's personal account, not the college.",
            ),
            (
                "en",
                "Pay the SEVIS fee of 350 dollars to our agent before Friday.",
            ),
        ],
    );
}

#[test]
fn we_who_apply_and_pay_or_the_company_that_pays_the_rest_ask_nothing() {
    assert_none_flagged(
        "recruitment_fee",
        &[
            (
                "en",
                "We apply and pay for your work permit, and the farm pays your flight.",
            ),
            ("ar", "التذكرة والتأشيرة دفعناها حنا من الأول."),
            (
                "pt",
                "Vale-transporte com desconto de 6% do salário, o restante a empresa paga.",
            ),
            // the wage after "from the first day" is no sum asked first
            (
                "pt",
                "Registo desde o primeiro dia, salário R$ 1.900 e folga semanal.",
            ),
        ],
    );
    assert_each_flagged(
        "recruitment_fee",
        &[
            ("en", "You apply and pay 400 dollars for your work permit."),
            (
                "pt",
                "Pague primeiro R$ 1.900 de taxa e o restante na chegada.",
            ),
        ],
    );
}

#[test]
fn a_workers_own_visa_fee_to_the_home_office_or_a_trust_that_paid_is_no_fee() {
    // Sentences written for this test.
    assert_none_flagged(
        "recruitment_fee",
        &[
            (
                "en",
                "Fruit pickers wanted, licensed by the GLAA. You pay your own visa fee of £298 to UKVI; we never charge a recruitment fee.",
            ),
            (
                "en",
                "Mum, the NHS trust paid my visa and flight, I signed the contract before leaving.",
            ),
        ],
    );
    assert_each_flagged(
        "recruitment_fee",
        &[(
            "en",
            "Pay the visa fee of 298 pounds to our agent, he sends it to UKVI.",
        )],
    );
}
