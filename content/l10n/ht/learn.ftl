## Aprann: modil sansibilizasyon, leson, istwa ak kesyonè.
## Idantifyan: learn-<modil>-title/-summary, -l<n>-title/-body/-p<k> (pwen kle),
## story-<module>-<country>-title/-body in stories.ftl, -q<n> (kesyon), -q<n>-a/-b/-c (chwa),
## -q<n>-why (esplikasyon). Fraz kout: telefòn nan li chak tèks a wotvwa.

## Ekran yo

learn-menu-title = Aprann
learn-menu-choose-track = Nan ki gwoup ou vle aprann?
learn-menu-choose-module = Chwazi yon modil
learn-menu-scenario = Yon istwa pou reflechi
learn-menu-progress = Pwogrè mwen
learn-menu-clear-progress = Efase pwogrè mwen
learn-lesson-heading = Leson { $number } sou { $total }
learn-key-points = Pwen kle yo
learn-quiz-question-heading = Kesyon { $number } sou { $total }
learn-quiz-correct = Se sa.
learn-quiz-wrong = Pa egzakteman. Repons lan se: { $answer }
learn-quiz-score = Ou jwenn { $score } sou { $total }.
learn-quiz-best = Pi bon nòt ou: { $score } sou { $total }.
learn-progress-none = Ou poko kòmanse okenn modil.
learn-progress-cleared = Nou efase pwogrè ou nan aprantisaj la. Nou pa chanje anyen lòt.
learn-lessons-count = { $count } leson

## Gwoup yo

learn-track-migrants = Travay oswa ale viv lòt bò dlo
learn-track-migrants-summary = Pou moun k ap panse ale travay nan yon lòt peyi, oswa ki deja ap travay lwen lakay yo.
learn-track-students = Elèv
learn-track-students-summary = Pou jèn ki gen 12 a 18 an, lekòl oswa ak zanmi yo.
learn-track-leaders = Lidè kominotè ak pwofesè
learn-track-leaders-summary = Pou moun ki anime sesyon nan yon legliz, yon moske, yon lekòl oswa yon sant kominotè.

## Erè (yo pa janm repete sa yon moun tape)

learn-error-unknown-module = Pa gen okenn modil ki gen non sa a.
learn-error-unknown-lesson = Pa gen okenn leson ki gen non sa a nan modil sa a.
learn-error-unknown-audience = Chwazi youn nan gwoup sa yo: migrants, students oswa leaders.
learn-error-bad-region = Yon rejyon se yon kòd peyi ak de lèt, tankou JM, NG oswa KE.
learn-error-answer-count = Reponn chak kesyon. Kesyonè sa a gen { $count } kesyon.
learn-error-unknown-choice = Gen yon repons ki pa youn nan chwa yo.

## Modil 1: trafik moun ak kontrebann moun

learn-trafficking_and_smuggling-title = Trafik moun ak kontrebann moun
learn-trafficking_and_smuggling-summary = Kisa trafik moun ye, kisa kontrebann moun ye, e poukisa diferans lan enpòtan.

learn-trafficking_and_smuggling-l1-title = Kisa trafik moun ye
learn-trafficking_and_smuggling-l1-body = Trafik moun se esplwate yon moun pou fè lajan oswa yon lòt avantaj. Li gen twa pati. Yon moun rekrite, deplase oswa kache yon moun. Li sèvi ak fòs, manti, menas oswa sitiyasyon difisil moun nan. Epi objektif la se esplwate l. Lè yo sèvi ak mwayen sa yo, sa pa gen enpòtans si moun nan te di wi.
learn-trafficking_and_smuggling-l1-p1 = Aksyon an: yon moun rekrite, deplase, resevwa oswa kache yon lòt moun.
learn-trafficking_and_smuggling-l1-p2 = Mwayen an: fòs, menas, manti, dèt, oswa profite sitiyasyon fèb yon moun.
learn-trafficking_and_smuggling-l1-p3 = Objektif la: esplwate moun nan, nan travay, nan sèks, nan krim oswa nan lòt fason.

learn-trafficking_and_smuggling-l2-title = Timoun se yon ka apa
learn-trafficking_and_smuggling-l2-body = Pou yon timoun ki poko gen 18 an, lalwa pa bezwen fòs ni manti. Si yon moun rekrite oswa deplase yon timoun pou esplwate l, se trafik moun. Yon timoun pa janm ka dakò pou yo esplwate l.
learn-trafficking_and_smuggling-l2-p1 = Anba 18 an, se sèlman aksyon an ak objektif la ki konte.
learn-trafficking_and_smuggling-l2-p2 = Menm si yon timoun di "wi", sa pa fè esplwatasyon an legal.
learn-trafficking_and_smuggling-l2-p3 = Granmoun gen devwa pou pwoteje timoun.

learn-trafficking_and_smuggling-l3-title = Kisa kontrebann moun ye
learn-trafficking_and_smuggling-l3-body = Kontrebann moun se sa pasè a fè: fè yon moun travèse yon fwontyè ilegalman, pou fè lajan. Krim nan se pou pasè a. Règ Nasyonzini an di yon moun pa yon kriminèl jis paske yon pasè te fè l travèse. Gen peyi ki toujou bay amann oswa voye tounen moun ki antre san papye, kidonk mande konsèy. Kontrebann ka tounen trafik moun, lè pasè a kòmanse kontwole oswa esplwate moun nan.
learn-trafficking_and_smuggling-l3-p1 = Kontrebann se zak pasè a: yon travèse fwontyè ilegal, pou lajan.
learn-trafficking_and_smuggling-l3-p2 = Trafik moun se esplwatasyon, e li pa bezwen fwontyè.
learn-trafficking_and_smuggling-l3-p3 = Yon nouvo "dèt" apre vwayaj la se yon siy danje trafik moun.

learn-trafficking_and_smuggling-l4-title = Sa moun kwè ak sa ki vre
learn-trafficking_and_smuggling-l4-body = Anpil moun kwè bagay sou trafik moun ki pa vre. Kwayans sa yo anpeche moun wè l. Trafik moun souvan rive toupre lakay, ak moun moun nan deja konnen.
learn-trafficking_and_smuggling-l4-p1 = Sa moun kwè: li toujou travèse yon fwontyè. Sa ki vre: li ka rive nan pwòp vil ou.
learn-trafficking_and_smuggling-l4-p2 = Sa moun kwè: viktim yo toujou fèmen. Sa ki vre: anpil ladan yo kontwole ak dèt, menas ak laperèz.
learn-trafficking_and_smuggling-l4-p3 = Sa moun kwè: se sèlman fanm sa rive. Sa ki vre: gason, fanm, ti gason ak ti fi ka viktim trafik.
learn-trafficking_and_smuggling-l4-p4 = Sa moun kwè: si moun nan te dakò ale, se pa trafik. Sa ki vre: dakò pou yon travay pa vle di dakò pou yo esplwate w.
learn-trafficking_and_smuggling-l5-title = Kisa travay fòse ye
learn-trafficking_and_smuggling-l5-body = Travay fòse se yon travay yon moun fòse yon lòt fè anba menas yon pinisyon, e moun nan pa t aksepte l lib. Menas la ka vyolans, yon dèt, yon paspò yo kenbe, oswa menas pou rele lapolis. Yon travay moun nan te aksepte okòmansman ka tounen travay fòse, lè li pa lib ankò pou l di non oswa pou l ale.
learn-trafficking_and_smuggling-l5-p1 = Travay fòse: travay anba menas, moun nan pa t chwazi l lib.
learn-trafficking_and_smuggling-l5-p2 = Menas la ka vyolans, yon dèt, yon paspò yo kenbe oswa lapolis.
learn-trafficking_and_smuggling-l5-p3 = Yon travay ou te aksepte ka toujou tounen travay fòse.

learn-trafficking_and_smuggling-q1 = Ki twa pati ki fè trafik yon granmoun?
learn-trafficking_and_smuggling-q1-a = Yon zak, yon mwayen ak yon objektif
learn-trafficking_and_smuggling-q1-b = Yon fwontyè, yon paspò ak yon travay
learn-trafficking_and_smuggling-q1-c = Yon dèt, yon kontra ak yon viza
learn-trafficking_and_smuggling-q1-why = Trafik moun se yon aksyon (rekrite, deplase, kache), yon mwayen (fòs, manti, menas, profite sitiyasyon fèb moun) ak yon objektif (esplwatasyon). Li pa bezwen fwontyè.

learn-trafficking_and_smuggling-q2 = Ki kote trafik moun ka rive?
learn-trafficking_and_smuggling-q2-a = Sèlman lè yon moun travèse yon fwontyè
learn-trafficking_and_smuggling-q2-b = Sèlman nan gwo vil lwen lakay
learn-trafficking_and_smuggling-q2-c = Nenpòt kote, menm nan pwòp vil ou oswa bouk ou
learn-trafficking_and_smuggling-q2-why = Trafik moun se esplwatasyon, se pa vwayaj. Anpil moun viktim trafik nan pwòp peyi yo oswa nan pwòp vil yo.

learn-trafficking_and_smuggling-q3 = Yon tifi 15 an dakò ale ak yon nonm ki pwomèt li travay, epi apre yo esplwate l. Èske se trafik moun?
learn-trafficking_and_smuggling-q3-a = Non, paske li te dakò ale
learn-trafficking_and_smuggling-q3-b = Wi, se trafik moun
learn-trafficking_and_smuggling-q3-c = Sèlman si yo te mennen l nan yon lòt peyi
learn-trafficking_and_smuggling-q3-why = Pou nenpòt moun ki poko gen 18 an, rekrite oswa deplase l pou esplwate l se trafik moun, menm si li te di wi.

learn-trafficking_and_smuggling-q4 = Kisa kontrebann moun ye?
learn-trafficking_and_smuggling-q4-a = Nenpòt travay ki peye nan yon lòt peyi
learn-trafficking_and_smuggling-q4-b = Yon krim migran an fè lè l vwayaje san papye
learn-trafficking_and_smuggling-q4-c = Fè yon moun travèse yon fwontyè ilegalman, pou lajan
learn-trafficking_and_smuggling-q4-why = Kontrebann moun se zak pasè a: fè yon moun travèse yon fwontyè ilegalman pou fè lajan. Dapre règ Nasyonzini an, moun yo te fè travèse a pa yon kriminèl pou sa. Kontrebann ka tounen trafik moun si apre sa yo kontwole e esplwate moun nan.

learn-trafficking_and_smuggling-q5 = Apre yon vwayaj an kachèt, pasè a di ou dwe plis e fò w travay pou li san peye. Siy kisa sa ye?
learn-trafficking_and_smuggling-q5-a = Trafik moun atravè yon dèt
learn-trafficking_and_smuggling-q5-b = Yon pri nòmal pou vwayaj la
learn-trafficking_and_smuggling-q5-c = Yon bon antant, paske ou te dakò vwayaje
learn-trafficking_and_smuggling-q5-why = Yon nouvo dèt ou dwe travay pou peye, san okenn mwayen pou ale, rele esklavaj pou dèt: yo sèvi ak dèt la pou kontwole w. Se yon siy trafik moun nou wè souvan, menm si ou te dakò fè vwayaj la.

## Modil 2: kijan rekritè bay manti

learn-how_recruiters_lie-title = Kijan rekritè bay manti
learn-how_recruiters_lie-summary = Riz moun itilize pou rekrite lòt moun pou esplwate yo, ak kijan pou w rekonèt yo.

learn-how_recruiters_lie-l1-title = Fo travay ak frè
learn-how_recruiters_lie-l1-body = Anpil trafikan kòmanse ak yon anons travay. Salè a wo anpil. Ou pa bezwen eksperyans. Apre sa, yo mande w peye: pou viza a, pou fòmasyon, pou yon egzamen medikal, oswa yon depo. Yon bon patwon peye frè sa yo, se pa travayè a.
learn-how_recruiters_lie-l1-p1 = Yon salè ki twò wo pou travay la se yon siy danje.
learn-how_recruiters_lie-l1-p2 = Lè yo mande travayè a peye yon frè, se yon gwo siy danje.
learn-how_recruiters_lie-l1-p3 = "Pati semèn sa a" ak "pa di pèsonn" se riz pou fè presyon sou ou.

learn-how_recruiters_lie-l2-title = Òf pou etid, espò ak mannken
learn-how_recruiters_lie-l2-body = Gen òf ki pwomèt yon plas nan yon lekòl, yon esè nan yon klib foutbòl, oswa yon kontra mannken aletranje. Fanmi an peye anpil lajan. Lè jèn nan rive, pa gen lekòl ni klib. Yo kite l ak yon dèt, oswa yo fòse l travay.
learn-how_recruiters_lie-l2-p1 = Ou ka tcheke vrè klib ak vrè lekòl sou pwòp sit entènèt ofisyèl yo ak nan anbasad la.
learn-how_recruiters_lie-l2-p2 = Vrè rekritè espò pa mande fanmi peye pou esè.
learn-how_recruiters_lie-l2-p3 = Pale ak yon granmoun ou fè konfyans anvan ou voye foto, papye oswa lajan.

learn-how_recruiters_lie-l3-title = Travay sou entènèt ki se sant eskwokri
learn-how_recruiters_lie-l3-body = Gen anons ki ofri travay "enfòmatik", "sèvis kliyan" oswa "vant sou entènèt" nan yon lòt peyi, souvan nan Azi di Sidès. Yo peye tikè avyon an. Non patwon an pa klè. Lè moun yo rive, yo fòse yo twonpe lòt moun sou entènèt e yo pa ka ale.
learn-how_recruiters_lie-l3-p1 = Yon patwon ki pa klè ak yon tikè avyon gratis se siy danje.
learn-how_recruiters_lie-l3-p2 = Chèche non konpayi a sou entènèt ak mo "scam" oswa "eskwokri".
learn-how_recruiters_lie-l3-p3 = Pa vwayaje pou yon travay ak yon viza touris sèlman.

learn-how_recruiters_lie-l4-title = Lanmou, zanmi ak fanmi
learn-how_recruiters_lie-l4-body = Gen trafikan ki fè tankou yo se yon menaj oswa yon zanmi. Gen lòt ki se fanmi ki "ranje tout bagay". Yo bay kado ak atansyon, epi apre yo mande yon bagay an retou. Kado ak vwayaj yo peye pou ou ka tounen yon dèt.
learn-how_recruiters_lie-l4-p1 = Yon nouvo menaj ki vle mennen w lwen byen vit se yon siy danje.
learn-how_recruiters_lie-l4-p2 = Yon moun ki vle ou kache relasyon an ka gen move entansyon.
learn-how_recruiters_lie-l4-p3 = Menm òf yon fanmi dwe tcheke tankou nenpòt lòt òf.

learn-how_recruiters_lie-q1 = Yon rekritè mande w peye viza w ak fòmasyon w anvan ou pati. Kisa yon bon patwon fè?
learn-how_recruiters_lie-q1-a = Travayè a peye, apre yo retire l sou salè l
learn-how_recruiters_lie-q1-b = Patwon an peye yo
learn-how_recruiters_lie-q1-c = Travayè a peye mwatye, pou montre konfyans
learn-how_recruiters_lie-q1-why = Dapre règ rekritman ki jis yo, se patwon an ki peye frè rekritman ak depans ki mache ak yo. Yon frè yo mande travayè a se yon drapo wouj, yon siy ke gen yon bagay ki ka pa bon.

learn-how_recruiters_lie-q2 = Yon anons travay di: "Bon salè, pa bezwen eksperyans, pati semèn sa a, pa di pèsonn." Kisa ou ta dwe panse?
learn-how_recruiters_lie-q2-a = Se yon chans; di wi vit
learn-how_recruiters_lie-q2-b = Li bon si salè a ekri
learn-how_recruiters_lie-q2-c = Tcheke l ak yon moun ou fè konfyans anvan ou deside
learn-how_recruiters_lie-q2-why = Yon salè ki twò bon, presyon pou deside vit ak sekrè se trik yo itilize souvan. Pran tan ou epi tcheke òf la ak yon moun ou fè konfyans.

learn-how_recruiters_lie-q3 = Yon rekritè espò vle fanmi w peye pou yon esè foutbòl aletranje. Kisa ki vre?
learn-how_recruiters_lie-q3-a = Yon vrè klib pa mande fanmi yo peye pou yon esè
learn-how_recruiters_lie-q3-b = Peye se nòmal; esè lòt bò koute lajan
learn-how_recruiters_lie-q3-c = Li san danje si rekritè a janti e moun konnen l
learn-how_recruiters_lie-q3-why = Fo akademi espò pran lajan fanmi. Ou ka tcheke yon vrè klib, e li pa fè moun peye pou yon esè.

learn-how_recruiters_lie-q4 = Yon nouvo zanmi sou entènèt ba ou kado, li vle ou vwayaje pou rankontre l, e li vle ou kenbe sa sekrè. Kisa sa ye?
learn-how_recruiters_lie-q4-a = Nòmal, si li sanble janti e onèt
learn-how_recruiters_lie-q4-b = Yon siy danje grooming (pyèj konfyans)
learn-how_recruiters_lie-q4-c = San danje, si nou rankontre nan yon kote piblik
learn-how_recruiters_lie-q4-why = Grooming se genyen konfyans yon jèn moun ak kado ak atansyon, pou fè l mal oswa esplwate l. Kado, sekrè ak presyon pou vwayaje se siy li. Pale ak yon granmoun ou fè konfyans pwoteje w.

learn-how_recruiters_lie-q5 = Ki òf travay ki se yon siy danje yon sant eskwokri sou entènèt?
learn-how_recruiters_lie-q5-a = Yon travay "enfòmatik" lòt bò, vòl peye, san non konpayi
learn-how_recruiters_lie-q5-b = Yon travay nan yon magazen toupre lakay, ak yon kontra ou ka li anvan
learn-how_recruiters_lie-q5-c = Yon travay nan yon otèl ou ka tcheke, ak yon pèmi travay
learn-how_recruiters_lie-q5-why = Sant eskwokri yo rekrite ak travay "enfòmatik" oswa "sèvis kliyan" ki pa klè lòt bò. Yon vòl gratis, yon viza touris ak yon patwon ki pa klè se drapo wouj. Lè moun yo rive, yo fòse yo twonpe lòt moun sou entènèt.

## Modil 3: dwa ou nan travay ak lè ou emigre

learn-rights_at_work-title = Dwa ou nan travay
learn-rights_at_work-summary = Kijan yon travay ki jis ye, anvan ou pati ak pandan w ap travay.

learn-rights_at_work-l1-title = Ou pa dwe peye pou jwenn yon travay
learn-rights_at_work-l1-body = Se patwon an ki peye frè pou rekrite w. Sa gen ladan frè ajans, frè viza ak vwayaj. Ou pa dwe peye yon frè pou jwenn yon travay. Si yo di w fò w peye, mande poukisa, epi chèche konsèy.
learn-rights_at_work-l1-p1 = Patwon an peye frè rekritman ak lòt frè ki mache avè l.
learn-rights_at_work-l1-p2 = Mande yon resi pou nenpòt lajan ou peye.
learn-rights_at_work-l1-p3 = Yo ka sèvi ak yon dèt pou yon travay pou kontwole w.

learn-rights_at_work-l2-title = Yon kontra ekri ou konprann
learn-rights_at_work-l2-body = Anvan ou pati, ou dwe gen yon kontra ekri nan yon lang ou konprann. Li di salè w, lè travay yo, jou konje yo, kote w ap rete ak kiyès ki peye vwayaj la. Kenbe yon kopi. Fè atansyon si yo di w y ap siyen yon nouvo kontra lè w rive.
learn-rights_at_work-l2-p1 = Pran kontra a anvan ou vwayaje.
learn-rights_at_work-l2-p2 = Li dwe nan yon lang ou ka li.
learn-rights_at_work-l2-p3 = Li montre salè, lè travay, jou konje ak lojman.
learn-rights_at_work-l2-p4 = Kenbe yon kopi yon kote ki an sekirite, epi voye youn bay yon moun ou fè konfyans.

learn-rights_at_work-l3-title = Paspò ou se pou ou
learn-rights_at_work-l3-body = Paspò ou ak papye ou se pou ou. Yon patwon oswa yon ajan pa dwe kenbe yo. Ou ka kenbe yo nan yon kote ki an sekirite ki pou ou. Si yon moun pran papye ou, se yon siy danje.
learn-rights_at_work-l3-p1 = Kenbe pwòp paspò ou ak kat idantite ou.
learn-rights_at_work-l3-p2 = Kenbe kopi ak foto papye ou yo.
learn-rights_at_work-l3-p3 = Yon patwon ki kenbe papye ou se yon siy danje travay fòse.

learn-rights_at_work-l4-title = Pèsonn pa gen dwa fòse w rete
learn-rights_at_work-l4-body = Pèsonn pa gen dwa fòse w rete nan yon travay ak menas, vyolans oswa yon dèt. Ou ka toujou mande pou retounen lakay ou. Chanje patwon depann de viza ou. Nan kèk kote, tankou peyi Gòlf yo, oswa travay nan jaden nan Kanada ak Etazini, viza a mare ak yon sèl patwon. Si ou kite, yo ka rapòte w oswa voye w tounen. Kidonk mande konsèy anvan, bay yon sèvis èd oswa anbasad ou. Anvan ou siyen, tcheke rekritè a: gade si li gen yon lisans epi mande yon biwo leta oswa yon òganizasyon moun konnen.
learn-rights_at_work-l4-p1 = Pèsonn pa gen dwa kenbe w nan travay ak menas oswa yon dèt.
learn-rights_at_work-l4-p2 = Si viza ou mare w ak yon sèl patwon, mande konsèy anvan ou kite.
learn-rights_at_work-l4-p3 = Yon viza touris sèlman pa pèmèt ou travay. Mande ki papye travay ou bezwen.
learn-rights_at_work-l4-p4 = Ou ka tcheke yon rekritè ki gen lisans nan men leta.

learn-rights_at_work-q1 = Kiyès ki dwe peye frè pou rekrite w pou yon travay?
learn-rights_at_work-q1-a = Ou menm, travayè a
learn-rights_at_work-q1-b = Patwon an
learn-rights_at_work-q1-c = Ou menm ak patwon an, mwatye chak
learn-rights_at_work-q1-why = Rekritman ki jis vle di se patwon an ki peye frè rekritman ak lòt frè ki mache avè l. Travayè yo pa peye anyen pou travay la.

learn-rights_at_work-q2 = Kilè ou dwe jwenn yon kontra ekri?
learn-rights_at_work-q2-a = Lè ou rive, patwon an ba ou l
learn-rights_at_work-q2-b = Janm; yon pwomès nan telefòn ase
learn-rights_at_work-q2-c = Anvan ou pati, nan yon lang ou ka li
learn-rights_at_work-q2-why = Yon kontra anvan ou vwayaje, nan yon lang ou ka li, pwoteje w. "N ap siyen lè w rive" se yon siy danje.

learn-rights_at_work-q3 = Patwon ou vle kenbe paspò ou. Kisa ki vre?
learn-rights_at_work-q3-a = Se yon siy danje
learn-rights_at_work-q3-b = Se nòmal, pou fè viza ou
learn-rights_at_work-q3-c = Li bon si yo ba ou yon kopi
learn-rights_at_work-q3-why = Kenbe papye yon travayè se youn nan endikatè travay fòse yo: siy espesyalis yo chèche. Paspò ou se pou ou, menm pandan y ap fè yon viza.

learn-rights_at_work-q4 = Lòt bò, bòs ou di ou dwe rete jiskaske ou peye yon gwo dèt. Kisa ki vre?
learn-rights_at_work-q4-a = Yon dèt pèmèt yon patwon kenbe w nan travay
learn-rights_at_work-q4-b = Pèsonn pa gen dwa fòse w rete pou yon dèt
learn-rights_at_work-q4-c = Ou ka kite nenpòt travay ak nenpòt viza nenpòt lè
learn-rights_at_work-q4-why = Fòse yon moun travay ak menas oswa yon dèt se travay fòse. Ou ka toujou mande pou retounen lakay ou. Men si viza ou mare ak yon sèl patwon, si ou kite yo ka rapòte w oswa voye w tounen. Pale ak yon sèvis èd oswa anbasad ou anvan.

learn-rights_at_work-q5 = Ou pral travay lòt bò. Kisa ou dwe genyen anvan ou vwayaje?
learn-rights_at_work-q5-a = Yon viza touris, epi n a ranje papye yo apre
learn-rights_at_work-q5-b = Anyen: ajans lan kenbe paspò ou pou viza a
learn-rights_at_work-q5-c = Dwa pou travay nan peyi sa a
learn-rights_at_work-q5-why = Yon viza touris sèlman pa pèmèt ou travay, e li fè yo ka kontwole w fasil. Bon papye yo depann de peyi a: yon viza travay, yon pèmi travay ak yon viza vizitè (tankou nan pwogram travay nan jaden Kanada a), oswa libre sikilasyon (CEDEAO nan Afrik Lwès, CSME pou travayè kalifye CARICOM).

## Modil 4: siy danje nan lòt moun

learn-warning_signs-title = Siy danje nan lòt moun
learn-warning_signs-summary = Kijan pou w remake lè yon zanmi, yon kamarad lekòl oswa yon vwazen ka an danje.

learn-warning_signs-l1-title = Kijan yon moun ka parèt
learn-warning_signs-l1-body = Yon moun yo esplwate ka parèt trè fatige oswa grangou. Li ka gen blesi li pa esplike. Li ka parèt pè, enkyè oswa trè trankil. Repons li yo ka sanble li te aprann yo pa kè.
learn-warning_signs-l1-p1 = Toujou fatige, grangou oswa malad.
learn-warning_signs-l1-p2 = Li sanble pè, oswa li pe bouch li lè yon sèten moun la.
learn-warning_signs-l1-p3 = Li bay repons ki sanble li te repete yo davans.

learn-warning_signs-l2-title = Kondisyon travay ak lavi
learn-warning_signs-l2-body = Gade kijan moun nan travay ak kijan li viv. Li ka travay anpil èdtan san jou konje. Li ka dòmi kote li travay, oswa nan yon chanm ki gen twòp moun. Li ka pa ale lekòl.
learn-warning_signs-l2-p1 = Travay anpil èdtan, san jou konje.
learn-warning_signs-l2-p2 = Li rete kote li travay oswa nan yon lojman ki gen twòp moun.
learn-warning_signs-l2-p3 = Yon timoun ki travay olye li ale lekòl.

learn-warning_signs-l3-title = Siy kontwòl
learn-warning_signs-l3-body = Yon moun ka ap kontwole moun nan. Yon lòt moun pale pou li. Yon lòt moun kenbe papye l, lajan l oswa telefòn li. Li pa ka soti pou kont li. Istwa li pa kenbe.
learn-warning_signs-l3-p1 = Yon lòt moun toujou pale pou li.
learn-warning_signs-l3-p2 = Yon lòt moun kenbe kat idantite l, lajan l oswa telefòn li.
learn-warning_signs-l3-p3 = Li pa ka ale e vini jan li vle.

learn-warning_signs-l4-title = Relasyon ki kreye dèt
learn-warning_signs-l4-body = Yon jèn ka gen yon menaj ki pi gran pase l anpil. Menaj la bay kado, kat telefòn oswa lajan. Apre sa, menaj la di li dwe l yon bagay an retou. Se yon fason moun konn sèvi souvan pou kontwole jèn.
learn-warning_signs-l4-p1 = Yon menaj ki pi gran anpil.
learn-warning_signs-l4-p2 = Kado ki koute chè ki "fò w remèt".
learn-warning_signs-l4-p3 = Chanjman toudenkou: li manke lekòl, li gen nouvo sekrè, nouvo zanmi ki pi gran anpil.

learn-warning_signs-q1 = Kilès nan bagay sa yo ki ka yon siy danje ki montre y ap esplwate yon moun?
learn-warning_signs-q1-a = Li trankil e li pa gade w nan je
learn-warning_signs-q1-b = Yon lòt moun kenbe papye l
learn-warning_signs-q1-c = Li voye prèske tout salè l bay fanmi l
learn-warning_signs-q1-why = Lè yon lòt moun kenbe papye yon moun, sa ka vle di yo kontwole l. Rete trankil, oswa pa gade moun nan je, se pa yon siy pou kont li: nan anpil kilti se yon fason pou montre respè.

learn-warning_signs-q2 = Menaj yon kamarad lekòl, ki pi gran pase l anpil, ba l kado e di li oblije remèt li. Kisa sa ye?
learn-warning_signs-q2-a = Yon siy danje kontwòl
learn-warning_signs-q2-b = Nòmal, si li janti avè l prèske tout tan
learn-warning_signs-q2-c = Se chwa pa l, kidonk se pa yon pwoblèm
learn-warning_signs-q2-why = Yon menaj ki pi gran anpil ak kado ki kreye yon dèt se yon fason moun konn sèvi souvan pou kontwole jèn. Pale ak yon granmoun ou fè konfyans.

learn-warning_signs-q3 = Ou panse yon zanmi ka an danje. Ki premye etap ki pi an sekirite?
learn-warning_signs-q3-a = Al fè fas ak moun ki kontwole l la
learn-warning_signs-q3-b = Pale ak yon granmoun ou fè konfyans oswa yon sèvis èd
learn-warning_signs-q3-c = Poste sa sou entènèt touswit
learn-warning_signs-q3-why = Al fè fas ak yon moun oswa pibliye sou entènèt ka mete zanmi ou nan pi gwo danje. Yon granmoun ou fè konfyans oswa yon sèvis èd konnen kisa pou yo fè.

learn-warning_signs-q4 = Yon timoun travay tout lajounen nan yon kay e li pa janm ale lekòl. Èske se yon siy danje?
learn-warning_signs-q4-a = Non, timoun ede lakay nan tout fanmi
learn-warning_signs-q4-b = Non, si fanmi an bay timoun nan manje ak yon kabann
learn-warning_signs-q4-c = Wi, se yon siy danje
learn-warning_signs-q4-why = Ede lakay se nòmal. Anpil èdtan travay olye lekòl, e pa gen libète pou soti, se siy danje esplwatasyon timoun.

learn-warning_signs-q5 = Èske yon sèl siy danje pwouve yon moun viktim trafik?
learn-warning_signs-q5-a = Wi, yon sèl siy ase kòm prèv
learn-warning_signs-q5-b = Wi, si siy la fò anpil
learn-warning_signs-q5-c = Non, se pa yon prèv
learn-warning_signs-q5-why = Siy danje yo se siyal risk, se pa prèv. Lè ou remake plizyè, pale ak yon moun ki ka ede.

## Modil 5: lis pou emigre san danje

learn-safe_migration-title = Deplase san danje
learn-safe_migration-summary = Kisa pou w fè anvan ou pati, sou wout la ak lè ou rive.

learn-safe_migration-l1-title = Anvan ou pati
learn-safe_migration-l1-body = Tcheke travay la ak rekritè a anvan ou pati. Asire w ou gen yon kontra ekri ak dwa pou travay la, tankou yon viza travay oswa yon pèmi travay. Di fanmi ou ki kote w prale ak ki moun.
learn-safe_migration-l1-p1 = Tcheke lisans rekritè a ak non patwon an.
learn-safe_migration-l1-p2 = Jwenn yon kontra ou konprann ak papye ki pèmèt ou travay la.
learn-safe_migration-l1-p3 = Kite non ak adrès patwon an bay fanmi ou.

learn-safe_migration-l2-title = Papye ou ak kontak ou
learn-safe_migration-l2-body = Fè kopi paspò ou, viza ou ak kontra ou. Kite yon seri kopi ak yon moun ou fè konfyans lakay. Aprann pa kè nimewo telefòn yon moun ou fè konfyans, ak nimewo èd kote w prale a.
learn-safe_migration-l2-p1 = Kenbe kopi papye ou yo yon kote ki an sekirite.
learn-safe_migration-l2-p2 = Aprann pa kè omwen yon nimewo telefòn yon moun ou fè konfyans.
learn-safe_migration-l2-p3 = Antann ou ak fanmi ou sou yon mo sekrè ki vle di "M bezwen èd".

learn-safe_migration-l3-title = Sou wout la
learn-safe_migration-l3-body = Kenbe paspò ou ak lajan ou sou ou. Fè atansyon si moun ou pa konnen vin kontre w nan fwontyè a, oswa si plan an chanje toudenkou. Rete an kontak ak fanmi ou.
learn-safe_migration-l3-p1 = Pa bay pèsonn paspò ou pou yo pote l pou ou.
learn-safe_migration-l3-p2 = Yon chanjman wout oswa travay toudenkou se yon siy danje.
learn-safe_migration-l3-p3 = Voye yon mesaj bay fanmi ou nan chak arè.

learn-safe_migration-l4-title = Lè ou rive, e si bagay yo chanje
learn-safe_migration-l4-body = Chèche konnen ki kote anbasad peyi ou ye. Aprann konnen sèvis èd ki genyen nan zòn nan. Si travay la pa sa yo te pwomèt ou, ou gen chwa. Ou ka jwenn konsèy anvan ou deside kisa pou w fè.
learn-safe_migration-l4-p1 = Konnen ki kote anbasad oswa konsila peyi ou ye.
learn-safe_migration-l4-p2 = Chèche sèvis èd ki pa denonse moun bay imigrasyon.
learn-safe_migration-l4-p3 = Si bagay yo chanje, chèche konsèy. Ou pa oblije deside pou kont ou.

learn-safe_migration-q1 = Kisa ou ta dwe fè ak kopi paspò ou ak kontra ou?
learn-safe_migration-q1-a = Bay rekritè a yo pou l kenbe yo
learn-safe_migration-q1-b = Kite yon seri kopi ak yon moun ou fè konfyans
learn-safe_migration-q1-c = Jete yo lè ou fin rive byen
learn-safe_migration-q1-why = Kopi yo ede w pwouve kiyès ou ye ak sa yo te pwomèt ou si papye ou pèdi oswa si yo pran yo.

learn-safe_migration-q2 = Poukisa pou w aprann pa kè yon nimewo telefòn moun ou fè konfyans?
learn-safe_migration-q2-a = Yo ka pran telefòn ou oswa li ka pèdi
learn-safe_migration-q2-b = Pou rekritè a ka toujou jwenn ou
learn-safe_migration-q2-c = Pa bezwen; li anrejistre nan telefòn nan
learn-safe_migration-q2-why = Moun ki kontwole lòt moun souvan pran telefòn yo. Yon nimewo ou konnen pa kè pèmèt ou mande èd nan nenpòt telefòn.

learn-safe_migration-q3 = Sou wout la, plan an chanje toudenkou: yon nouvo travay, yon nouvo vil. Kisa sa ye?
learn-safe_migration-q3-a = Yon bagay nòmal lè w ap vwayaje lòt bò
learn-safe_migration-q3-b = Li bon, si nouvo travay la peye plis
learn-safe_migration-q3-c = Yon siy danje
learn-safe_migration-q3-why = Yon chanjman toudenkou nan travay oswa wout se yon siy yo souvan wè ke y ap ba ou manti. Di yon moun ou fè konfyans epi mande konsèy.

learn-safe_migration-q4 = Anvan ou pati, kiyès ki ta dwe konnen non ak adrès patwon ou?
learn-safe_migration-q4-a = Fanmi ou, oswa yon lòt moun ou fè konfyans lakay
learn-safe_migration-q4-b = Sèlman rekritè a, ki kenbe l sekrè
learn-safe_migration-q4-c = Pèsonn; li pi an sekirite pou w pa di l
learn-safe_migration-q4-why = Si yon moun ou fè konfyans konnen ki kote ou ye, li ka ede chèche w e mande èd si li pa jwenn nouvèl ou.

learn-safe_migration-q5 = Aletranje, travay la pa sa yo te pwomèt ou. Kisa ki vre?
learn-safe_migration-q5-a = Ou dwe rete, paske ou te siyen yon kontra
learn-safe_migration-q5-b = Ou pa gen chwa jiskaske kontra a fini
learn-safe_migration-q5-c = Ou ka mande konsèy sou chwa ou yo
learn-safe_migration-q5-why = Ou pa pou kont ou. Anbasad ak sèvis èd ka esplike w chwa ou genyen, e gen ladan yo ki pa denonse moun bay imigrasyon.

## Modil 6: jwenn èd san danje

learn-getting_help-title = Jwenn èd san danje
learn-getting_help-summary = Ki kote pou jwenn èd, kisa k ap pase lè ou mande, ak kijan pou ede yon zanmi.

learn-getting_help-l1-title = Èd ki an sekirite pou ou
learn-getting_help-l1-body = Gen sèvis èd ki gratis e ki konfidansyèl. Gen ladan yo ki pa denonse moun bay lapolis oswa imigrasyon. Lis sèvis èd ki nan aplikasyon sa a di, pou chak sèvis, si li fè rapò bay otorite yo e si ou ka rete anonim.
learn-getting_help-l1-p1 = Anpil liy èd gratis e konfidansyèl.
learn-getting_help-l1-p2 = Tcheke si yon sèvis fè rapò bay imigrasyon anvan ou rele.
learn-getting_help-l1-p3 = Si gen danje touswit, rele nimewo ijans lan.

learn-getting_help-l2-title = Kisa k ap pase lè ou rele
learn-getting_help-l2-body = Yon moun ki fòme ap koute w. Se ou ki chwazi sa w ap di. Ou pa oblije bay non w. Y ap esplike w chwa ou genyen ak sa yo ka fè. Se ou ki deside sa k ap pase apre.
learn-getting_help-l2-p1 = Ou ka poze kesyon anvan.
learn-getting_help-l2-p2 = Souvan, ou ka rete anonim.
learn-getting_help-l2-p3 = Se ou ki chwazi pwochen etap la.

learn-getting_help-l3-title = Ede yon zanmi san danje
learn-getting_help-l3-body = Si yon zanmi ka an danje, koute l e kwè l. Pa al fè fas ak moun ki kontwole l la. Sa ka fè bagay yo vin pi mal. Ede zanmi ou jwenn yon sèvis, oswa mande sèvis la kisa ou ka fè.
learn-getting_help-l3-p1 = Koute e kwè.
learn-getting_help-l3-p2 = Pa janm al fè fas ak yon trafikan ou menm.
learn-getting_help-l3-p3 = Kite zanmi ou deside, sòf si yon timoun an danje.

learn-getting_help-l4-title = Kenbe telefòn ou prive
learn-getting_help-l4-body = Yon moun ka tcheke telefòn ou. Aplikasyon sa a gen yon sòti rapid e li ka kache sa ou anrejistre. Si li pa an sekirite pou kenbe mesaj sou èd, efase sèlman mesaj sa yo. Yon lis apèl oswa mesaj ki vid ka fè yon moun k ap kontwole w sispèk. Sèvi ak yon telefòn ou fè konfyans lè ou kapab.
learn-getting_help-l4-p1 = Sèvi ak sòti vit la si yon moun vini.
learn-getting_help-l4-p2 = Efase sèlman sa ki sou mande èd, pa tout istorik la.
learn-getting_help-l4-p3 = Anrejistre nimewo èd yo anba yon non ki pa atire atansyon.
learn-getting_help-l5-title = Yo pa ta dwe pini w pou sa yo te fòse w fè
learn-getting_help-l5-body = Moun yo te fè trafik oswa yo te fòse travay se viktim. Règ entènasyonal yo di yo pa ta dwe pini yo pou sa yo te fòse yo fè, tankou travay san papye oswa sèvi ak fo papye. Se pa tout peyi ki respekte règ sa a byen. Yon sèvis èd ka di w kijan sa mache kote ou ye a.
learn-getting_help-l5-p1 = Yo pa ta dwe pini viktim yo pou sa yo te fòse yo fè.
learn-getting_help-l5-p2 = Règ sa a rele prensip pa pini viktim.
learn-getting_help-l5-p3 = Mande yon sèvis èd kijan sa mache nan peyi ou.

learn-getting_help-q1 = Yon trafikan ka ap kontwole zanmi ou. Kisa ou PA dwe fè?
learn-getting_help-q1-a = Koute l e kwè l
learn-getting_help-q1-b = Al fè fas ak trafikan an ou menm
learn-getting_help-q1-c = Mande yon sèvis èd sa ou ka fè
learn-getting_help-q1-why = Lè ou al fè fas ak yon trafikan, ou ka mete tèt ou ak zanmi ou an danje. Koute e chèche konsèy se etap ki san danje.

learn-getting_help-q2 = Ou rele yon liy èd. Èske ou oblije bay non w?
learn-getting_help-q2-a = Wi, sinon yo p ap ede w
learn-getting_help-q2-b = Wi, epi yo pral di lapolis
learn-getting_help-q2-c = Souvan non; ou ka mande anvan
learn-getting_help-q2-why = Anpil sèvis kite w rete anonim, sa vle di san ou pa bay non ou. Ou ka mande anvan, epi chwazi sa ou pataje.

learn-getting_help-q3 = Ou pè pou yo denonse w bay imigrasyon. Kisa ou ka tcheke?
learn-getting_help-q3-a = Si sèvis la rapòte moun bay imigrasyon
learn-getting_help-q3-b = Sèlman lè sèvis la louvri
learn-getting_help-q3-c = Anyen; se lapolis sèlman ki ka ede
learn-getting_help-q3-why = Se pa tout sèvis ki rapòte moun bay imigrasyon. Anyè èd nan aplikasyon sa a di pou chak sèvis si li fè sa.

learn-getting_help-q4 = Yon moun an danje kounye a menm. Kisa ou ta dwe fè?
learn-getting_help-q4-a = Rele nimewo ijans lan
learn-getting_help-q4-b = Tann pou wè si sa ap amelyore
learn-getting_help-q4-c = Ale la pou kont ou pou fè fas ak moun nan
learn-getting_help-q4-why = Lè lavi oswa sekirite yon moun an danje kounye a, rele nimewo ijans lan.

learn-getting_help-q5 = Yon zanmi ki gen 14 an di w y ap esplwate l e li mande w kenbe sa sekrè. Kisa ki pi bon?
learn-getting_help-q5-a = Kenbe sekrè a, jan li te mande
learn-getting_help-q5-b = Tann li gen 18 an pou fè yon bagay
learn-getting_help-q5-c = Di yon granmoun ou fè konfyans
learn-getting_help-q5-why = Lè yon timoun an danje, pale ak yon granmoun ou fè konfyans se sa ki bon pou fè, menm si li te mande w kenbe sekrè.

## Modil 7: pou lidè ak pwofesè

learn-for_leaders-title = Pou lidè ak pwofesè
learn-for_leaders-summary = Anime yon sesyon, reyaji lè yon moun fè w konfidans, voye moun jwenn èd san danje, e pran swen tèt ou.

learn-for_leaders-l1-title = Anime yon sesyon
learn-for_leaders-l1-body = Kòmanse ak sa moun yo deja konnen. Sèvi ak istwa yo, pa ak imaj ki fè moun pè. Antann nou sou règ gwoup la: respè, pa gen non, pèsonn pa oblije pataje. Di moun yo ki kote yo ka jwenn èd, e yo ka pale avè w apre.
learn-for_leaders-l1-p1 = Antann nou sou règ yo: respè, vi prive, pa gen non nan istwa yo.
learn-for_leaders-l1-p2 = Sèvi ak istwa ak kesyon, pa janm ak foto ki choke moun.
learn-for_leaders-l1-p3 = Di ki kote moun ka jwenn èd, okòmansman e alafen.

learn-for_leaders-l2-title = Lè yon moun fè w konfidans
learn-for_leaders-l2-body = Yon moun ka pale w de pwòp sitiyasyon pa l. Koute l ak kalm. Kwè l. Pa mande l tout detay. Pa pwomèt kenbe yon sekrè ou pa ka kenbe. Panse ak sekirite l anvan, epi apre sa ak kote pou voye l jwenn èd.
learn-for_leaders-l2-p1 = Koute, kwè, e rete kalm.
learn-for_leaders-l2-p2 = Pa pwomèt yon sekrè ou pa ka kenbe.
learn-for_leaders-l2-p3 = Sekirite an premye: èske moun nan ka retounen lakay li jodi a san danje?
learn-for_leaders-l2-p4 = Voye l bay yon sèvis, avèk dakò l si se yon granmoun.

learn-for_leaders-l3-title = Sèvis lokal pou voye moun
learn-for_leaders-l3-body = Anvan sesyon ou, konnen sèvis ki nan zòn nan: yon liy èd, yon abri, yon gwoup èd legal, yon sèvis sante. Konnen kilès ki fè rapò bay lapolis oswa imigrasyon. Kenbe lis la sou ou, e tcheke si li ajou.
learn-for_leaders-l3-p1 = Konnen de oswa twa sèvis lokal anvan sesyon an.
learn-for_leaders-l3-p2 = Konnen ki sèvis ki fè rapò bay lapolis oswa imigrasyon.
learn-for_leaders-l3-p3 = Règ pou pwoteje timoun aplike lè yon timoun fè w konfidans.

learn-for_leaders-l4-title = Pran swen tèt ou
learn-for_leaders-l4-body = Tande istwa ki difisil ka peze sou ou. Pale ak yon moun ou fè konfyans, san bay non. Pran poz. Ou pa ka rezoud tout bagay pou kont ou, e sa pa grav.
learn-for_leaders-l4-p1 = Pataje chay la ak yon sipèvizè oswa yon kòlèg, san bay non.
learn-for_leaders-l4-p2 = Repoze w apre sesyon ki difisil.
learn-for_leaders-l4-p3 = Ou se yon pati nan yon rezo èd.

learn-for_leaders-q1 = Yon moun di w y ap esplwate l. Ki premye bagay pou w fè?
learn-for_leaders-q1-a = Koute l ak kalm e kwè l
learn-for_leaders-q1-b = Mande l tout detay sou sa ki te pase
learn-for_leaders-q1-c = Di tout gwoup la
learn-for_leaders-q1-why = Koute e kwè moun nan bati konfyans. Twòp kesyon ka fè moun nan mal e li ka fè tò a yon ka devan lajistis pita.

learn-for_leaders-q2 = Yon moun di ou y ap esplwate l. Èske ou dwe pwomèt kenbe sa sekrè?
learn-for_leaders-q2-a = Wi, pou moun nan fè w konfyans
learn-for_leaders-q2-b = Wi, sinon li p ap janm pale avè w ankò
learn-for_leaders-q2-c = Non, si ou ka oblije aji
learn-for_leaders-q2-why = Ou ka oblije aji pou pwoteje yon moun, sitou yon timoun. Di verite sou sa ou pral fè, epi pa pwomèt yon sekrè ou pa ka kenbe.

learn-for_leaders-q3 = Ki materyèl ki pi bon pou yon sesyon ak jèn?
learn-for_leaders-q3-a = Foto viktim ki choke moun
learn-for_leaders-q3-b = Istwa ak kesyon
learn-for_leaders-q3-c = Fim ki montre vrè vyolans
learn-for_leaders-q3-why = Imaj ki choke moun ka fè moun pè e wont, e nou pa bezwen yo. Istwa ak kesyon ede moun aprann e sonje.

learn-for_leaders-q4 = Kisa ou ta dwe konnen anvan sesyon an?
learn-for_leaders-q4-a = Anyen; moun jwenn èd pou kont yo
learn-for_leaders-q4-b = Sèlman nimewo nasyonal lapolis
learn-for_leaders-q4-c = Sèvis èd lokal yo ak kijan yo mache
learn-for_leaders-q4-why = Konnen sèvis lokal yo, ak kiyès ki rapòte bay lapolis oswa imigrasyon, pèmèt ou ede yon moun touswit, yon fason ki an sekirite pou li. Sa rele yon chemen referans.

learn-for_leaders-q5 = Apre ou fin tande istwa ki difisil, kisa ki ka ede w?
learn-for_leaders-q5-a = Pale ak yon moun ou fè konfyans, san non
learn-for_leaders-q5-b = Kenbe tout pou kont ou epi travay pi di toujou
learn-for_leaders-q5-c = Rakonte zanmi tout istwa a, ak non moun yo
learn-for_leaders-q5-why = Pran swen tèt ou pèmèt ou kontinye ede lòt moun. Pataje chay la ak yon sipèvizè oswa yon kolèg, san pataje non, epi repoze w.


## Glosè: mo leson yo ak eksplikasyon yo, nan mo senp.

learn-menu-glossary = Mo nou itilize isit la
learn-glossary-title = Mo nou itilize nan leson yo
learn-glossary-trafficking-term = Trafik moun
learn-glossary-trafficking = Lè yon moun rekrite, deplase oswa kache yon moun, ak fòs, manti, menas oswa sitiyasyon difisil li, pou esplwate l.
learn-glossary-smuggling-term = Kontrebann moun
learn-glossary-smuggling = Fè yon moun travèse yon fwontyè ilegalman, pou fè lajan. Krim nan se pou pasè a, pa pou migran an.
learn-glossary-exploitation-term = Esplwatasyon
learn-glossary-exploitation = Sèvi ak yon moun pou benefis yon lòt, pa egzanp ak travay fòse, sèks fòse oswa krim fòse.
learn-glossary-forced_labour-term = Travay fòse
learn-glossary-forced_labour = Yon travay yo fòse yon moun fè anba menas yon pinisyon, e li pa t aksepte l lib.
learn-glossary-debt_bondage-term = Esklavaj pou dèt
learn-glossary-debt_bondage = Yon dèt yo sèvi pou kontwole yon moun. Li dwe travay pou peye l, men dèt la ap grandi oswa li pa janm fini.
learn-glossary-grooming-term = Grooming (pyèj konfyans)
learn-glossary-grooming = Lè yon moun genyen konfyans yon lòt ak kado, atansyon oswa lanmou, pou fè l mal oswa esplwate l pita.
learn-glossary-warning_sign-term = Siy danje, drapo wouj, endikatè
learn-glossary-warning_sign = Yon bagay ki ka montre gen danje. Yon sèl siy se pa yon prèv, men se yon rezon pou tcheke e mande konsèy.
learn-glossary-recruitment_fees-term = Frè rekritman
learn-glossary-recruitment_fees = Lajan pou jwenn yon travay, tankou frè ajans, viza oswa fòmasyon. Se patwon an ki dwe peye yo, pa travayè a.
learn-glossary-work_permit-term = Pèmi travay
learn-glossary-work_permit = Yon papye gouvènman yon peyi bay ki pèmèt ou travay la. Gen pèmi ki mare ak yon sèl patwon.
learn-glossary-free_movement-term = Libre sikilasyon
learn-glossary-free_movement = Règ ki pèmèt moun kèk rejyon vwayaje, viv oswa travay nan lòt peyi manm, tankou CEDEAO nan Afrik Lwès, oswa CSME pou travayè kalifye CARICOM.
learn-glossary-anonymous-term = Anonim
learn-glossary-anonymous = San ou pa bay non ou.
learn-glossary-disclosure-term = Revelasyon
learn-glossary-disclosure = Lè yon moun rakonte w mal yo te fè l.
learn-glossary-referral-term = Referans
learn-glossary-referral = Ede yon moun jwenn yon sèvis ki ka ede l, avèk dakò li. Yon chemen referans se lis sèvis lokal kote ou ka voye moun.
learn-glossary-non_punishment-term = Pa pini viktim
learn-glossary-non_punishment = Règ ki di yo pa ta dwe pini viktim trafik moun oswa travay fòse pou sa yo te fòse yo fè.

# The app: a module's progress, under its name.
learn-lessons-seen = ou wè { $seen } leson sou { $total }
