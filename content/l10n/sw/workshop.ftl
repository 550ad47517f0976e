## Hali ya warsha: mipango ya vipindi, kuwasilisha, kuendesha kipindi, kuhamisha ripoti ya ufuatiliaji na tathmini.
## Vitambulisho: workshop-item-<kipengele>-title/-activity/-notes/-prompt<k>/-card<k> (vipengele vya ratiba),
## workshop-plan-<kundi> (majina ya mipango), workshop-hands-<id> (maswali ya kunyoosha mikono).

## Skrini

workshop-menu-title = Endesha warsha
workshop-menu-choose-plan = Chagua mpango wa kipindi
workshop-menu-present = Wasilisha kipindi, sehemu moja baada ya nyingine
workshop-menu-run = Endesha kipindi: mahudhurio na maswali
workshop-menu-export = Hamisha muhtasari kwa ajili ya mfadhili
workshop-plan-migrants = Kipindi kuhusu kufanya kazi nje ya nchi kwa usalama: dakika { $minutes }
workshop-plan-students = Kipindi cha wanafunzi: dakika { $minutes }
workshop-plan-leaders = Kipindi cha viongozi na walimu: dakika { $minutes }
workshop-present-heading = Sehemu { $number } kati ya { $total }: dakika { $minutes }
workshop-label-activity = Shughuli
workshop-label-notes = Maelezo kwa mwezeshaji
workshop-label-prompts = Maswali kwa kikundi
workshop-label-cards = Kadi za kuigiza
workshop-label-hands = Kunyoosha mikono
workshop-ask-attendance = Kuna watu wangapi hapa? Andika namba.
workshop-ask-scores = Andika alama ya kila mtu, zikitenganishwa kwa koma. Kwa mfano: 3,5,4
workshop-ask-hands = Mikono mingapi imenyooshwa? Andika namba.
workshop-ask-phase = Haya ni maswali yapi? 1: kabla ya kipindi. 2: baada ya kipindi.
workshop-phase-pre = Kabla ya kipindi
workshop-phase-post = Baada ya kipindi
workshop-session-started = Kipindi kimeanza.
workshop-attendance-saved = { $count ->
    [one] Mtu { $count } yupo hapa.
   *[other] Watu { $count } wapo hapa.
}
workshop-scores-saved = { $count ->
    [one] Alama { $count } imehifadhiwa. Hakuna majina yanayohifadhiwa.
   *[other] Alama { $count } zimehifadhiwa. Hakuna majina yanayohifadhiwa.
}
workshop-hands-saved = Imehifadhiwa: mikono { $count }.
workshop-session-ended = Kipindi kimekwisha. Asante kwa kukiendesha.
workshop-quiz-max = Kila alama ni namba kuanzia 0 hadi { $max }.
workshop-export-note = Muhtasari huu hauna majina, hauna namba za simu na hauna majibu ya mtu yeyote mmoja.

## Maswali ya kunyoosha mikono

workshop-hands-know_someone_abroad = Nyoosha mkono kama unamjua mtu aliyekwenda nje ya nchi kufanya kazi.
workshop-hands-seen_offer = Nyoosha mkono kama umewahi kuona ofa ya kazi iliyoonekana nzuri mno kuwa kweli.
workshop-hands-know_help = Nyoosha mkono kama unajua mahali pa kupata msaada kwa usalama.
workshop-hands-online_contact = Nyoosha mkono kama mtu usiyemjua amewahi kukutumia ujumbe mtandaoni wenye ofa.

## Makosa (hayarudii kamwe kile mtu alichoandika)

workshop-error-unknown-plan = Hakuna mpango wa kipindi wenye jina hilo.
workshop-error-unknown-session = Hakuna kipindi chenye jina hilo kwenye simu hii.
workshop-error-unknown-hands = Swali hilo la kunyoosha mikono si sehemu ya mpango huu wa kipindi.
workshop-error-score-range = Kila alama lazima iwe namba kamili kuanzia 0 hadi { $max }.
workshop-error-no-scores = Andika angalau alama moja.
workshop-error-negative-count = Idadi ya watu lazima iwe namba kamili, 0 au zaidi.
workshop-error-session-ended = Kipindi hiki kimekwisha tayari. Anzisha kipindi kipya.
workshop-error-phase = Chagua pre (kabla ya kipindi) au post (baada ya kipindi).
workshop-error-format = Chagua csv au json.
workshop-error-no-sessions = Bado hakuna vipindi vilivyokamilika vya kuhamisha. Maliza kipindi kwanza.
workshop-error-missed-range = Kila idadi ya makosa lazima iwe namba kamili kuanzia 0 hadi { $max } (watu waliotoa alama).
workshop-error-too-many-scores = Kuna alama nyingi kuliko watu waliopo ({ $count }). Kagua alama au idadi ya watu.

## Vipengele vya ratiba

workshop-item-welcome-title = Karibu na kanuni za kikundi
workshop-item-welcome-activity = Wakaribishe wote. Eleza kipindi kinahusu nini na kitachukua muda gani. Kubalianeni pamoja kanuni tatu: heshima, bila majina katika visa, hakuna anayelazimika kueleza.
workshop-item-welcome-notes = Mwanzoni, eleza mahali watu wanapoweza kupata msaada, na kwamba wanaweza kuongea nawe faraghani baadaye. Usimuulize mtu yeyote kuhusu hali yake mwenyewe mbele ya kikundi.
workshop-item-welcome-prompt1 = Ungependa kujifunza nini leo?
workshop-item-welcome-prompt2 = Ni kanuni gani itakusaidia kujisikia salama kuongea?

workshop-item-pre_quiz-title = Kabla hatujaanza: maswali mafupi
workshop-item-pre_quiz-activity = Soma kila swali kwa sauti pamoja na machaguo yake. Watu wanajibu kwenye karatasi, kwa kunyoosha mikono, au kwenye simu inayopitishwa kwa kila mmoja. Hesabu alama ya kila mtu. Bila majina.
workshop-item-pre_quiz-notes = Eleza kwamba huu si mtihani wa mtu yeyote. Unasaidia kuonyesha kikundi kimejifunza nini. Ingiza alama tu.

workshop-item-trafficking-title = Biashara haramu ya binadamu au usafirishaji haramu wa wahamiaji?
workshop-item-trafficking-activity = Soma somo "Biashara haramu ya binadamu ni nini". Kisha soma kila imani potofu kutoka somo "Imani potofu na ukweli". Watu wanasimama kama wanafikiri ni kweli, na wanabaki wameketi kama wanafikiri si kweli. Toa ukweli baada ya kila moja.
workshop-item-trafficking-notes = Eleza sehemu tatu kwa urahisi: kitendo, njia, lengo. Wakumbushe watu kwamba kwa watoto, nguvu au uongo hauhitajiki. Soma kisa cha eneo lenu na uulize ni lini usafirishaji haramu wa wahamiaji uligeuka kuwa biashara haramu ya binadamu.
workshop-item-trafficking-prompt1 = Katika kisa, ni lini usafirishaji haramu wa wahamiaji uligeuka kuwa biashara haramu ya binadamu?
workshop-item-trafficking-prompt2 = Kwa nini wakati mwingine watu hufikiri mwathiriwa "alikubali"?
workshop-item-trafficking-prompt3 = Je, biashara haramu ya binadamu inaweza kutokea katika mji wetu?

workshop-item-recruiters-title = Gundua uongo
workshop-item-recruiters-activity = Soma kisa kutoka "Jinsi mawakala wa ajira wanavyodanganya". Katika vikundi vidogo, watu wanaorodhesha kila ishara ya hatari wanayoipata. Kila kikundi kinaeleza ishara moja hadi zote zipatikane.
workshop-item-recruiters-notes = Ishara za kutafuta: ada kwa mfanyakazi, mshahara mzuri kupita kiasi, shinikizo la kuondoka haraka, usiri, hakuna mkataba, viza ya utalii, mwajiri asiye na jina. Usiwalaumu watu waliodanganywa: hila hizi huwadanganya watu wengi.
workshop-item-recruiters-prompt1 = Nini kiliifanya ofa ionekane ya kuvutia?
workshop-item-recruiters-prompt2 = Ungemuuliza wakala wa ajira swali gani?
workshop-item-recruiters-prompt3 = Ungeweza kumwomba nani akusaidie kuthibitisha ofa?
workshop-item-recruiters-card1 = Wakala wa ajira: "Kazi hii inalipa vizuri sana na zimebaki nafasi mbili tu. Lazima ulipe ada ya viza leo."
workshop-item-recruiters-card2 = Mtafuta kazi: unaitaka kazi hii, lakini unataka kuithibitisha kwanza. Uliza maswali matatu kabla ya kuamua.

workshop-item-rights-title = Kazi ya haki au la?
workshop-item-rights-activity = Soma masomo kuhusu ada, mikataba na pasipoti. Kisha watu wawili waigize kadi za kuigiza. Kikundi kinaeleza kipi kilikuwa cha haki na kipi hakikuwa.
workshop-item-rights-notes = Mambo muhimu: mwajiri hulipa ada za uajiri; mkataba wa maandishi kabla ya safari, katika lugha ambayo mfanyakazi anaisoma; mfanyakazi anashika pasipoti yake; mfanyakazi yuko huru kuondoka; viza ya kazi kwa ajili ya kazi.
workshop-item-rights-prompt1 = Mkataba wa haki unapaswa kusema nini?
workshop-item-rights-prompt2 = Kwa nini mwajiri atake kushika pasipoti ya mfanyakazi?
workshop-item-rights-card1 = Meneja: "Nipe pasipoti yako, nitaitunza salama. Na huu hapa mkataba mpya. Mshahara ni mdogo kidogo."
workshop-item-rights-card2 = Mfanyakazi: unataka kubaki na kazi yako na pasipoti yako. Kataa kwa adabu, na uombe mkataba uliousaini nyumbani.

workshop-item-warning-title = Ungegundua nini?
workshop-item-warning-activity = Soma kisa kutoka "Ishara za hatari kwa mtu mwingine". Wawili wawili, watu wanapanga ishara katika makundi matatu: jinsi mtu anavyoonekana, jinsi anavyofanya kazi na kuishi, na nani anayemdhibiti.
workshop-item-warning-notes = Sisitiza kwamba ishara ni sababu za kujali, si ushahidi. Jibu salama ni kuongea na mtu mzima unayemwamini au huduma ya msaada, kamwe si kumkabili mtu yeyote.
workshop-item-warning-prompt1 = Uligundua ishara zipi kwanza?
workshop-item-warning-prompt2 = Ni mtu mzima yupi unayemwamini ambaye unaweza kuongea naye?
workshop-item-warning-prompt3 = Nini kinaweza kufanya mambo kuwa mabaya zaidi kwa mtu huyo?

workshop-item-safe_migration-title = Andaa begi salama
workshop-item-safe_migration-activity = Chora begi kwenye karatasi kubwa. Kikundi kinalijaza kwa vitu ambavyo mtu anahitaji kabla ya kuondoka: mkataba uliothibitishwa, viza ya kazi, nakala za hati, namba ya simu iliyokaririwa, anwani ya ubalozi, neno la siri na familia.
workshop-item-safe_migration-notes = Soma kisa cha eneo lenu. Uliza mtu huyo anapaswa kuthibitisha nini kabla ya kumlipa mtu yeyote. Onyesha orodha ya ukaguzi iliyo katika programu.
workshop-item-safe_migration-prompt1 = Ungeweka nini kwanza kwenye begi?
workshop-item-safe_migration-prompt2 = Ufanye nini mpango ukibadilika safarini?

workshop-item-help-title = Nani anaweza kusaidia?
workshop-item-help-activity = Pamoja, orodhesheni huduma za msaada za eneo lenu mnazozijua: simu ya msaada, makazi salama, kikundi cha msaada wa kisheria, huduma ya afya, kiongozi wa dini. Tumieni orodha ya huduma za msaada katika programu kuangalia zipi zinaripoti kwa polisi au idara ya uhamiaji.
workshop-item-help-notes = Usimshauri kamwe mtu yeyote kumkabili mfanyabiashara haramu wa binadamu. Eleza kinachotokea mtu anapopiga simu ya msaada. Wakumbushe watu namba ya dharura kwa hatari ya papo hapo.
workshop-item-help-prompt1 = Nini kinaweza kumzuia mtu kuomba msaada?
workshop-item-help-prompt2 = Unawezaje kumsaidia rafiki bila kumweka hatarini?
workshop-item-help-card1 = Rafiki aliye nje ya nchi: "Bosi wangu amechukua pasipoti yangu. Tafadhali usinipigie simu, yeye hukagua simu yangu."
workshop-item-help-card2 = Wewe: unataka kusaidia kwa usalama. Eleza utakachofanya, na usichofanya bila ridhaa ya rafiki yako.

workshop-item-leaders-title = Mtu anapokueleza
workshop-item-leaders-activity = Wawili wawili, igizeni mtu anayefunguka kuhusu hali yake, kwa kutumia kadi za kuigiza. Kisha badilishaneni nafasi. Kikundi kinaeleza kilichomsaidia mtu huyo kujisikia salama.
workshop-item-leaders-notes = Sikiliza, amini, tulia. Usiulize kila undani. Usiahidi siri usiyoweza kuitunza. Usalama kwanza, kisha rufaa. Kwa mtoto, fuata kanuni za ulinzi wa mtoto. Panga msaada wako mwenyewe baada ya mazungumzo magumu.
workshop-item-leaders-prompt1 = Ni maneno gani yalimsaidia mtu huyo kuhisi anaaminiwa?
workshop-item-leaders-prompt2 = Ungemwelekeza kwa huduma zipi za eneo lako, na je, zinaripoti kwa idara ya uhamiaji?
workshop-item-leaders-prompt3 = Utajitunzaje baada ya kipindi kigumu?
workshop-item-leaders-card1 = Mshiriki: baada ya kipindi unabaki nyuma. Ulimlipa wakala wa ajira ada na unaondoka wiki ijayo. Unaona aibu na unamwomba kiongozi asimwambie mtu yeyote.
workshop-item-leaders-card2 = Kiongozi: sikiliza na uamini. Kuwa mkweli kuhusu kile unachoweza kukitunza kwa siri. Pendekeza hatua moja salama inayofuata.

workshop-item-break-title = Mapumziko
workshop-item-break-activity = Mapumziko mafupi. Kuwa tayari kwa yeyote anayetaka kuongea faraghani.
workshop-item-break-notes = Mwangalie yeyote anayeonekana kufadhaika, na umjulie hali kimya kimya.

workshop-item-post_quiz-title = Tumejifunza nini? Maswali yale yale tena
workshop-item-post_quiz-activity = Uliza maswali yale yale ya mwanzo, kwa njia ile ile. Hesabu alama ya kila mtu. Bila majina. Kisha toa majibu sahihi na uyaeleze.
workshop-item-post_quiz-notes = Linganisha matokeo ya kikundi, si ya mtu mmoja mmoja. Uliza ni maswali yapi yaliyoshangaza kikundi.

workshop-item-closing-title = Kufunga na mahali pa kupata msaada
workshop-item-closing-activity = Mwombe kila mtu aseme jambo moja atakalokumbuka. Onyesha orodha ya huduma za msaada katika programu. Rudia kwamba watu wanaweza kuongea nawe faraghani.
workshop-item-closing-notes = Maliza kwa matumaini: msaada upo na watu kweli hutoka katika unyonyaji. Kishukuru kikundi.
workshop-item-closing-prompt1 = Ni jambo gani moja utakalomwambia rafiki au mwanafamilia?

workshop-menu-attendance = Hesabu watu waliopo
workshop-menu-end = Maliza kipindi
workshop-error-missed-count = Andika idadi ya makosa kwa kila swali: namba { $count }.

## The app: the group quiz typed one score at a time, or the phone passed around

workshop-menu-quiz-pre = Maswali ya kikundi kabla ya kipindi
workshop-menu-quiz-post = Maswali ya kikundi baada ya kipindi
workshop-menu-type-scores = Andika alama ya kila mtu, mmoja baada ya mwingine
workshop-ask-one-score = Andika alama ya mtu mmoja: namba kuanzia 0 hadi { $max }.
workshop-scores-done-hint = Kisha andika alama ya mtu anayefuata. Ukimaliza kuandika zote, rudi nyuma na uzihifadhi.
workshop-scores-typed = Alama zilizoandikwa, bado hazijahifadhiwa
workshop-menu-missed = Hesabu watu wangapi walikosea kila swali
workshop-ask-missed = Watu wangapi walikosea swali hili? Namba kuanzia 0 hadi { $max }.
workshop-menu-undo-score = Ondoa alama ya mwisho iliyoandikwa
workshop-menu-pass-phone = Pitisha simu kwa kila mtu
