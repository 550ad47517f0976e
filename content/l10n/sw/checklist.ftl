## Orodha ya kuhama kwa usalama

checklist-title = Orodha yangu ya kusafiri salama
checklist-stage-before-you-go = Kabla ya kuondoka
checklist-stage-on-the-journey = Wakati wa safari
checklist-stage-on-arrival = Unapofika
checklist-stage-if-things-go-wrong = Mambo yakienda vibaya

checklist-item-verify-recruiter = Hakikisha kupitia chanzo rasmi kwamba wakala ana leseni na mwajiri yupo kweli.
checklist-item-pay-no-fees = Usilipe ili kupata kazi. Mwajiri wa haki analipa gharama za uajiri.
checklist-item-written-contract = Pata mkataba ulioandikwa, kwa lugha unayosoma, kabla ya kuondoka.
checklist-item-work-visa = Kabla ya kusafiri kwa ajili ya kazi, hakikisha unaruhusiwa kufanya kazi huko: viza ya kazi, kibali cha kazi, au uhuru wa kutembea kama ECOWAS au CSME. Viza ya utalii peke yake haikuruhusu kufanya kazi.
checklist-item-copy-documents = Tengeneza nakala za pasipoti, viza na mkataba wako. Acha nakala kwa mtu unayemwamini.
checklist-item-memorise-contact = Kariri namba ya simu ya mtu unayemwamini.
checklist-item-safety-word = Kubaliana na familia yako neno la usalama. Linamaanisha: ninahitaji msaada.
checklist-item-know-embassy = Andika anwani na namba ya simu ya ubalozi wa nchi yako huko unakoenda.
checklist-item-keep-documents-on-you = Kaa na pasipoti na karatasi zako wakati wote.
checklist-item-share-travel-plan = Mwambie mtu unayemwamini unakoenda na utakapofika.
checklist-item-no-false-papers = Usikubali karatasi bandia wala njia ambayo hukuambiwa.
checklist-item-never-hand-over-passport = Kamwe usimpe mwajiri au wakala pasipoti yako. Ni yako.
checklist-item-job-matches-contract = Hakikisha kazi, mshahara na makazi ni kama mkataba unavyosema.
checklist-item-stay-in-touch = Wasiliana na familia yako mara kwa mara.
checklist-item-know-your-rights = Jifunze haki zako kazini hapa: mshahara, saa na siku za mapumziko.
checklist-item-recognise-warning-signs = Uongo kuhusu kazi, vitisho, madeni yanayoongezeka au kutokuwa huru kuondoka ni ishara za hatari.
checklist-item-use-safety-word = Tuma neno lako la usalama kwa familia yako.
checklist-item-contact-help = Wasiliana na huduma ya msaada unayoiamini. Unaweza kuuliza kwanza kama wanaripoti kwa polisi.
checklist-item-contact-embassy = Wasiliana na ubalozi wako. Unaweza kusaidia kuhusu hati zilizopotea au zilizoshikiliwa.
checklist-item-retired = Kipengele ambacho hakipo tena kwenye orodha

checklist-done = Imefanyika
checklist-not-done = Bado
checklist-your-note = Dokezo lako: { $note }
checklist-added = Kipengele chako kimeongezwa.
checklist-saved = Imehifadhiwa.
checklist-removed = Imeondolewa.

## Menyu

menu-checklist = Orodha yangu ya kusafiri salama
checklist-menu-add = Ongeza kipengele changu
checklist-menu-note = Andika dokezo la siri kwenye kipengele
checklist-choose-item = Chagua kipengele
checklist-choose-stage = Chagua hatua

## Makosa

checklist-error-unknown-stage = Hatua hiyo haipo kwenye orodha.
checklist-error-unknown-item = Kipengele hicho hakipo kwenye orodha.
checklist-error-empty = Tafadhali andika maandishi.
checklist-error-too-long = Ni ndefu mno. Tumia herufi zisizozidi { $max }.
checklist-error-not-custom = Unaweza kuondoa tu vipengele ulivyoongeza mwenyewe.

## Skrini za orodha katika programu

checklist-progress = { $done } kati ya { $total } imefanyika
checklist-remove-note = Ondoa dokezo
checklist-remove-question = Uondoe kipengele hiki kwenye orodha yako?
checklist-note-hint = Kwenye simu hii tu.
