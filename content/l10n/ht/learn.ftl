## Aprann: modil sansibilizasyon, leson, istwa ak kesyonè.
## Idantifyan: learn-<modil>-title/-summary, -l<n>-title/-body/-p<k> (pwen kle),
## story-<module>-<country>-title/-body in stories.ftl, -q<n> (kesyon), -q<n>-a/-b/-c (chwa),
## -q<n>-why (esplikasyon). Fraz kout: telefòn nan li chak tèks a wotvwa.

## Ekran yo

learn-menu-title = Aprann
learn-menu-choose-track = Nan ki gwoup ou vle aprann?
learn-menu-choose-module = Chwazi yon modil
learn-menu-lessons = Leson yo
learn-menu-scenario = Yon istwa pou reflechi
learn-menu-quiz = Kesyonè
learn-menu-progress = Pwogrè mwen
learn-menu-clear-progress = Efase pwogrè mwen
learn-lesson-heading = Leson { $number } sou { $total }
learn-key-points = Pwen kle yo
learn-quiz-question-heading = Kesyon { $number } sou { $total }
learn-quiz-correct = Se sa.
learn-quiz-wrong = Pa egzakteman. Repons lan se: { $answer }
learn-quiz-score = Ou jwenn { $score } sou { $total }.
learn-quiz-best = Pi bon nòt ou: { $score } sou { $total }.
learn-progress-line = { $module }: ou wè { $seen } leson sou { $total }
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
learn-trafficking_and_smuggling-l1-body = Trafik moun se lè yo sèvi ak yon moun pou fè lajan oswa pwofi, kont volonte l. Li gen twa pati. Yon moun rekrite, deplase oswa kache yon lòt moun. Li sèvi ak fòs, manti, menas oswa sitiyasyon difisil moun nan. E objektif la se esplwate l.
learn-trafficking_and_smuggling-l1-p1 = Aksyon an: yon moun rekrite, deplase, resevwa oswa kache yon lòt moun.
learn-trafficking_and_smuggling-l1-p2 = Mwayen an: fòs, menas, manti, dèt, oswa profite sitiyasyon fèb yon moun.
learn-trafficking_and_smuggling-l1-p3 = Objektif la: esplwate moun nan, nan travay, nan sèks, nan krim oswa nan lòt fason.

learn-trafficking_and_smuggling-l2-title = Timoun se yon ka apa
learn-trafficking_and_smuggling-l2-body = Pou yon timoun ki poko gen 18 an, lalwa pa bezwen fòs ni manti. Si yon moun rekrite oswa deplase yon timoun pou esplwate l, se trafik moun. Yon timoun pa janm ka dakò pou yo esplwate l.
learn-trafficking_and_smuggling-l2-p1 = Anba 18 an, se sèlman aksyon an ak objektif la ki konte.
learn-trafficking_and_smuggling-l2-p2 = Menm si yon timoun di "wi", sa pa fè esplwatasyon an legal.
learn-trafficking_and_smuggling-l2-p3 = Granmoun gen devwa pou pwoteje timoun.

learn-trafficking_and_smuggling-l3-title = Kisa kontrebann moun ye
learn-trafficking_and_smuggling-l3-body = Kontrebann moun se lè yon moun peye yon lòt pou ede l travèse yon fwontyè san bon papye. Se yon krim kont règ fwontyè leta. Vwayaj la fini nan fwontyè a. Men kontrebann ka tounen trafik moun, lè pasè a kòmanse kontwole oswa esplwate moun nan.
learn-trafficking_and_smuggling-l3-p1 = Kontrebann moun se yon travèse fwontyè ilegal ou peye.
learn-trafficking_and_smuggling-l3-p2 = Trafik moun se esplwatasyon, e li pa bezwen fwontyè.
learn-trafficking_and_smuggling-l3-p3 = Yon nouvo "dèt" apre vwayaj la se yon siy danje trafik moun.

learn-trafficking_and_smuggling-l4-title = Sa moun kwè ak sa ki vre
learn-trafficking_and_smuggling-l4-body = Anpil moun kwè bagay sou trafik moun ki pa vre. Kwayans sa yo anpeche moun wè l. Trafik moun souvan rive toupre lakay, ak moun moun nan deja konnen.
learn-trafficking_and_smuggling-l4-p1 = Sa moun kwè: li toujou travèse yon fwontyè. Sa ki vre: li ka rive nan pwòp vil ou.
learn-trafficking_and_smuggling-l4-p2 = Sa moun kwè: viktim yo toujou fèmen. Sa ki vre: anpil ladan yo kontwole ak dèt, menas ak laperèz.
learn-trafficking_and_smuggling-l4-p3 = Sa moun kwè: se sèlman fanm sa rive. Sa ki vre: gason, fanm, ti gason ak ti fi ka viktim trafik.
learn-trafficking_and_smuggling-l4-p4 = Sa moun kwè: si moun nan te dakò ale, se pa trafik. Sa ki vre: dakò pou yon travay pa vle di dakò pou yo esplwate w.

learn-trafficking_and_smuggling-q1 = Ki twa pati ki fè trafik yon granmoun?
learn-trafficking_and_smuggling-q1-a = Yon fwontyè, yon paspò ak yon travay
learn-trafficking_and_smuggling-q1-b = Yon aksyon, yon mwayen ak yon objektif esplwatasyon
learn-trafficking_and_smuggling-q1-c = Yon dèt, yon kontra ak yon viza
learn-trafficking_and_smuggling-q1-why = Trafik moun se yon aksyon (rekrite, deplase, kache), yon mwayen (fòs, manti, menas, profite sitiyasyon fèb moun) ak yon objektif (esplwatasyon). Li pa bezwen fwontyè.

learn-trafficking_and_smuggling-q2 = Èske trafik moun toujou vle di travèse yon fwontyè?
learn-trafficking_and_smuggling-q2-a = Wi, toujou
learn-trafficking_and_smuggling-q2-b = Non, li ka rive anndan yon sèl peyi, menm nan yon sèl vil
learn-trafficking_and_smuggling-q2-why = Trafik moun se esplwatasyon, se pa vwayaj. Anpil moun viktim trafik nan pwòp peyi yo oswa nan pwòp vil yo.

learn-trafficking_and_smuggling-q3 = Yon tifi 15 an dakò ale ak yon nonm ki pwomèt li travay, epi apre yo esplwate l. Èske se trafik moun?
learn-trafficking_and_smuggling-q3-a = Non, paske li te dakò
learn-trafficking_and_smuggling-q3-b = Wi. Pou yon timoun, pa bezwen fòs ni manti
learn-trafficking_and_smuggling-q3-c = Sèlman si yo te mennen l nan yon lòt peyi
learn-trafficking_and_smuggling-q3-why = Pou nenpòt moun ki poko gen 18 an, rekrite oswa deplase l pou esplwate l se trafik moun, menm si li te di wi.

learn-trafficking_and_smuggling-q4 = Kisa kontrebann moun ye?
learn-trafficking_and_smuggling-q4-a = Peye yon moun pou travèse yon fwontyè san bon papye
learn-trafficking_and_smuggling-q4-b = Nenpòt travay nan yon lòt peyi
learn-trafficking_and_smuggling-q4-c = Travay san kontra
learn-trafficking_and_smuggling-q4-why = Kontrebann moun se yon travèse fwontyè ilegal ou peye. Li ka tounen trafik moun si apre sa yo kontwole e esplwate moun nan.

learn-trafficking_and_smuggling-q5 = Apre yon vwayaj an kachèt, pasè a di ou dwe plis e fò w travay pou li san peye. Siy kisa sa ye?
learn-trafficking_and_smuggling-q5-a = Yon frè vwayaj nòmal
learn-trafficking_and_smuggling-q5-b = Trafik moun ak dèt
learn-trafficking_and_smuggling-q5-c = Yon bon òf travay
learn-trafficking_and_smuggling-q5-why = Yon nouvo dèt ou oblije travay pou peye, san okenn fason pou w ale, se esklavaj pou dèt. Se yon siy trafik moun ki konn parèt souvan.

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
learn-how_recruiters_lie-l3-p3 = Pa janm vwayaje ak yon viza touris pou al travay.

learn-how_recruiters_lie-l4-title = Lanmou, zanmi ak fanmi
learn-how_recruiters_lie-l4-body = Gen trafikan ki fè tankou yo se yon menaj oswa yon zanmi. Gen lòt ki se fanmi ki "ranje tout bagay". Yo bay kado ak atansyon, epi apre yo mande yon bagay an retou. Kado ak vwayaj yo peye pou ou ka tounen yon dèt.
learn-how_recruiters_lie-l4-p1 = Yon nouvo menaj ki vle mennen w lwen byen vit se yon siy danje.
learn-how_recruiters_lie-l4-p2 = Yon moun ki vle ou kache relasyon an ka gen move entansyon.
learn-how_recruiters_lie-l4-p3 = Menm òf yon fanmi dwe tcheke tankou nenpòt lòt òf.

learn-how_recruiters_lie-q1 = Yon rekritè mande w peye viza w ak fòmasyon w anvan ou pati. Kisa yon bon patwon fè?
learn-how_recruiters_lie-q1-a = Patwon an peye frè sa yo, se pa travayè a
learn-how_recruiters_lie-q1-b = Se toujou travayè a ki peye
learn-how_recruiters_lie-q1-c = Travayè a peye mwatye
learn-how_recruiters_lie-q1-why = Dapre règ rekritman ki jis, se patwon an ki peye frè rekritman ak lòt frè ki mache avè l. Lè yo mande travayè a yon frè, se yon gwo siy danje.

learn-how_recruiters_lie-q2 = Yon anons travay di: "Bon salè, pa bezwen eksperyans, pati semèn sa a, pa di pèsonn." Kisa ou ta dwe panse?
learn-how_recruiters_lie-q2-a = Se yon chans, di wi vit
learn-how_recruiters_lie-q2-b = Li gen plizyè siy danje; tcheke l anvan ou deside
learn-how_recruiters_lie-q2-why = Yon salè ki twò bon, presyon pou deside vit ak sekrè se riz moun konn sèvi souvan. Pran tan w epi tcheke ak yon moun ou fè konfyans.

learn-how_recruiters_lie-q3 = Yon rekritè espò vle fanmi w peye pou yon esè foutbòl aletranje. Kisa ki vre?
learn-how_recruiters_lie-q3-a = Vrè klib pa mande fanmi peye pou esè
learn-how_recruiters_lie-q3-b = Tout klib fè moun peye pou esè
learn-how_recruiters_lie-q3-c = Pa gen danje si rekritè a janti
learn-how_recruiters_lie-q3-why = Fo akademi espò pran lajan fanmi. Ou ka tcheke yon vrè klib, e li pa fè moun peye pou yon esè.

learn-how_recruiters_lie-q4 = Yon nouvo zanmi sou entènèt ba ou kado, li vle ou vwayaje pou rankontre l, e li vle ou kenbe sa sekrè. Kisa sa ye?
learn-how_recruiters_lie-q4-a = Se nòmal pou yon nouvo zanmi
learn-how_recruiters_lie-q4-b = Se yon siy danje manipilasyon; pale ak yon granmoun ou fè konfyans
learn-how_recruiters_lie-q4-why = Kado, sekrè ak presyon pou vwayaje se fason trafikan genyen konfyans moun. Lè ou pale ak yon granmoun ou fè konfyans, ou pi an sekirite.

learn-how_recruiters_lie-q5 = Ki òf travay ki se yon siy danje yon sant eskwokri sou entènèt?
learn-how_recruiters_lie-q5-a = Yon travay nan yon boutik toupre ou, ak yon kontra ou ka li
learn-how_recruiters_lie-q5-b = Yon travay "sèvis kliyan" aletranje ak yon tikè avyon gratis, yon viza touris e san non konpayi
learn-how_recruiters_lie-q5-why = Sant eskwokri yo rekrite ak travay "enfòmatik" oswa "sèvis kliyan" aletranje ki pa klè. Yon tikè avyon gratis, yon viza touris ak yon patwon ki pa klè se gwo siy danje.

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

learn-rights_at_work-l4-title = Ou lib pou w ale
learn-rights_at_work-l4-body = Ou gen dwa chanje travay oswa retounen lakay ou. Pèsonn pa dwe anpeche w ak menas oswa ak yon dèt. Tcheke yon rekritè anvan ou siyen: gade si li gen yon lisans epi mande yon biwo leta oswa yon òganizasyon moun konnen.
learn-rights_at_work-l4-p1 = Ou ka kite yon travay san yo mete w nan dèt pou penalite.
learn-rights_at_work-l4-p2 = Ou ka tcheke yon rekritè ki gen lisans ak leta.
learn-rights_at_work-l4-p3 = Yon viza travay se pou travay. Yon viza touris pa pou sa.

learn-rights_at_work-q1 = Kiyès ki dwe peye frè pou rekrite w pou yon travay?
learn-rights_at_work-q1-a = Ou menm, travayè a
learn-rights_at_work-q1-b = Patwon an
learn-rights_at_work-q1-c = Fanmi ou
learn-rights_at_work-q1-why = Rekritman ki jis vle di se patwon an ki peye frè rekritman ak lòt frè ki mache avè l. Travayè yo pa peye anyen pou travay la.

learn-rights_at_work-q2 = Kilè ou dwe jwenn yon kontra ekri?
learn-rights_at_work-q2-a = Anvan ou pati, nan yon lang ou konprann
learn-rights_at_work-q2-b = Apre ou rive
learn-rights_at_work-q2-c = Ou pa bezwen kontra
learn-rights_at_work-q2-why = Yon kontra anvan ou vwayaje, nan lang ou, pwoteje w. "N ap siyen lè w rive" se yon siy danje.

learn-rights_at_work-q3 = Patwon ou vle kenbe paspò ou. Kisa ki vre?
learn-rights_at_work-q3-a = Se nòmal e pa gen danje
learn-rights_at_work-q3-b = Paspò ou se pou ou; yon patwon ki kenbe l se yon siy danje
learn-rights_at_work-q3-why = Kenbe papye yon travayè se youn nan siy travay fòse. Ou gen dwa kenbe pwòp paspò ou.

learn-rights_at_work-q4 = Èske ou ka kite yon travay aletranje si ou vle?
learn-rights_at_work-q4-a = Wi. Ou ka chanje travay oswa retounen lakay san yo mete w nan dèt pou penalite
learn-rights_at_work-q4-b = Non, pa janm anvan kontra a fini
learn-rights_at_work-q4-why = Libète pou w ale se yon dwa debaz. Yon dèt oswa yon menas ki anpeche w ale se yon siy travay fòse.

learn-rights_at_work-q5 = Ak ki viza ou dwe vwayaje pou yon travay?
learn-rights_at_work-q5-a = Yon viza touris
learn-rights_at_work-q5-b = Yon viza travay
learn-rights_at_work-q5-c = San viza
learn-rights_at_work-q5-why = Lè w travay ak yon viza touris, ou pa gen pwoteksyon e li fasil pou yo kontwole w. Yon vrè travay aletranje vini ak yon viza travay.

## Modil 4: siy danje nan lòt moun

learn-warning_signs-title = Siy danje nan lòt moun
learn-warning_signs-summary = Kijan pou w remake lè yon zanmi, yon kamarad lekòl oswa yon vwazen ka an danje.

learn-warning_signs-l1-title = Kijan yon moun ka parèt
learn-warning_signs-l1-body = Yon moun yo esplwate ka parèt trè fatige oswa grangou. Li ka gen blesi li pa esplike. Li ka parèt pè, enkyè oswa trè trankil. Repons li yo ka sanble li te aprann yo pa kè.
learn-warning_signs-l1-p1 = Toujou fatige, grangou oswa malad.
learn-warning_signs-l1-p2 = Pè, enkyè, oswa li evite gade moun.
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
learn-warning_signs-q1-a = Yon lòt moun toujou pale pou li e kenbe kat idantite l
learn-warning_signs-q1-b = Li gen yon nouvo koupe cheve
learn-warning_signs-q1-c = Li renmen travay li
learn-warning_signs-q1-why = Lè yon lòt moun pale pou yon moun e kenbe papye l, sa ka vle di y ap kontwole l.

learn-warning_signs-q2 = Menaj yon kamarad lekòl, ki pi gran pase l anpil, ba l kado e di li oblije remèt li. Kisa sa ye?
learn-warning_signs-q2-a = Yon relasyon nòmal
learn-warning_signs-q2-b = Yon siy danje: kado ka sèvi pou kreye yon dèt ak kontwòl
learn-warning_signs-q2-why = Yon menaj ki pi gran anpil ak kado ki kreye yon dèt se yon fason moun konn sèvi souvan pou kontwole jèn. Pale ak yon granmoun ou fè konfyans.

learn-warning_signs-q3 = Ou panse yon zanmi ka an danje. Ki premye etap ki pi an sekirite?
learn-warning_signs-q3-a = Al fè fas ak moun ki kontwole l la
learn-warning_signs-q3-b = Pibliye sa sou entènèt
learn-warning_signs-q3-c = Pale ak yon granmoun ou fè konfyans oswa yon sèvis èd
learn-warning_signs-q3-why = Al fè fas ak yon moun oswa pibliye sou entènèt ka mete zanmi ou nan pi gwo danje. Yon granmoun ou fè konfyans oswa yon sèvis èd konnen kisa pou yo fè.

learn-warning_signs-q4 = Yon timoun travay tout lajounen nan yon kay e li pa janm ale lekòl. Èske se yon siy danje?
learn-warning_signs-q4-a = Wi
learn-warning_signs-q4-b = Non, se yon èd nòmal lakay
learn-warning_signs-q4-why = Anpil èdtan travay olye lekòl, e pa gen libète pou soti, se siy danje esplwatasyon timoun.

learn-warning_signs-q5 = Èske yon sèl siy danje pwouve yon moun viktim trafik?
learn-warning_signs-q5-a = Wi, toujou
learn-warning_signs-q5-b = Non. Siy yo se rezon pou w enkyete w e mande konsèy, se pa prèv
learn-warning_signs-q5-why = Siy danje yo se siyal risk, se pa prèv. Lè ou remake plizyè, pale ak yon moun ki ka ede.

## Modil 5: lis pou emigre san danje

learn-safe_migration-title = Deplase san danje
learn-safe_migration-summary = Kisa pou w fè anvan ou pati, sou wout la ak lè ou rive.

learn-safe_migration-l1-title = Anvan ou pati
learn-safe_migration-l1-body = Tcheke travay la ak rekritè a anvan ou pati. Asire w ou gen yon kontra ekri ak yon viza travay. Di fanmi ou ki kote w prale ak ak kiyès.
learn-safe_migration-l1-p1 = Tcheke lisans rekritè a ak non patwon an.
learn-safe_migration-l1-p2 = Pran yon kontra ou konprann ak yon viza travay.
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
learn-safe_migration-q1-a = Kenbe kopi yo an sekirite, e kite yon seri ak yon moun ou fè konfyans
learn-safe_migration-q1-b = Bay rekritè a yo tout
learn-safe_migration-q1-c = Ou pa bezwen kopi
learn-safe_migration-q1-why = Kopi yo ede w pwouve kiyès ou ye ak sa yo te pwomèt ou si papye ou pèdi oswa si yo pran yo.

learn-safe_migration-q2 = Poukisa pou w aprann pa kè yon nimewo telefòn moun ou fè konfyans?
learn-safe_migration-q2-a = Yo ka pran telefòn ou oswa li ka pèdi
learn-safe_migration-q2-b = Li pa itil
learn-safe_migration-q2-why = Moun ki kontwole lòt moun souvan pran telefòn yo. Yon nimewo ou konnen pa kè pèmèt ou mande èd nan nenpòt telefòn.

learn-safe_migration-q3 = Sou wout la, plan an chanje toudenkou: yon nouvo travay, yon nouvo vil. Kisa sa ye?
learn-safe_migration-q3-a = Yon bagay nòmal nan vwayaj
learn-safe_migration-q3-b = Yon siy danje; kontakte yon moun ou fè konfyans
learn-safe_migration-q3-why = Yon chanjman travay oswa wout toudenkou se yon siy twonpri ki konn parèt souvan. Di yon moun ou fè konfyans epi chèche konsèy.

learn-safe_migration-q4 = Anvan ou pati, kiyès ki ta dwe konnen non ak adrès patwon ou?
learn-safe_migration-q4-a = Pèsonn
learn-safe_migration-q4-b = Fanmi ou oswa yon moun ou fè konfyans
learn-safe_migration-q4-why = Si yon moun ou fè konfyans konnen ki kote ou ye, li ka ede chèche w e mande èd si li pa jwenn nouvèl ou.

learn-safe_migration-q5 = Aletranje, travay la pa sa yo te pwomèt ou. Kisa ki vre?
learn-safe_migration-q5-a = Ou pa gen chwa
learn-safe_migration-q5-b = Ou gen chwa e ou ka jwenn konsèy, pa egzanp nan anbasad ou oswa nan yon sèvis èd
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
learn-getting_help-l4-body = Yon moun ka tcheke telefòn ou. Aplikasyon sa a gen yon bouton pou sòti vit e li ka kache sa ou anrejistre. Efase mesaj sou èd si li pa an sekirite pou w kenbe yo. Sèvi ak yon telefòn ou fè konfyans lè ou kapab.
learn-getting_help-l4-p1 = Sèvi ak sòti vit la si yon moun vini.
learn-getting_help-l4-p2 = Efase istorik apèl ak mesaj si li pa an sekirite.
learn-getting_help-l4-p3 = Anrejistre nimewo èd yo anba yon non ki pa atire atansyon.

learn-getting_help-q1 = Yon trafikan ka ap kontwole zanmi ou. Kisa ou PA dwe fè?
learn-getting_help-q1-a = Koute l e kwè l
learn-getting_help-q1-b = Al fè fas ak trafikan an ou menm
learn-getting_help-q1-c = Mande yon sèvis èd konsèy
learn-getting_help-q1-why = Lè ou al fè fas ak yon trafikan, ou ka mete tèt ou ak zanmi ou an danje. Koute e chèche konsèy se etap ki san danje.

learn-getting_help-q2 = Ou rele yon liy èd. Èske ou oblije bay non w?
learn-getting_help-q2-a = Wi, toujou
learn-getting_help-q2-b = Souvan non. Ou ka mande si ou ka rete anonim
learn-getting_help-q2-why = Anpil sèvis kite w rete anonim. Ou ka mande anvan, e chwazi sa ou vle pataje.

learn-getting_help-q3 = Ou pè pou yo denonse w bay imigrasyon. Kisa ou ka tcheke?
learn-getting_help-q3-a = Si sèvis la fè rapò bay imigrasyon, sa ekri nan lis sèvis èd la
learn-getting_help-q3-b = Anyen, tout sèvis fè rapò
learn-getting_help-q3-why = Se pa tout sèvis ki fè rapò bay imigrasyon. Lis sèvis èd la di pou chak sèvis si li fè sa.

learn-getting_help-q4 = Yon moun an danje kounye a menm. Kisa ou ta dwe fè?
learn-getting_help-q4-a = Tann demen
learn-getting_help-q4-b = Rele nimewo ijans lan
learn-getting_help-q4-why = Lè lavi oswa sekirite yon moun an danje kounye a, rele nimewo ijans lan.

learn-getting_help-q5 = Yon zanmi ki gen 14 an di w y ap esplwate l e li mande w kenbe sa sekrè. Kisa ki pi bon?
learn-getting_help-q5-a = Kenbe sekrè a
learn-getting_help-q5-b = Di yon granmoun ou fè konfyans, paske sekirite yon timoun pase anvan
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

learn-for_leaders-q2 = Èske ou ta dwe pwomèt kenbe sekrè sa yon moun fè w konfidans?
learn-for_leaders-q2-a = Wi, toujou
learn-for_leaders-q2-b = Non. Pa pwomèt yon sekrè ou pa ka kenbe
learn-for_leaders-q2-why = Ou ka bezwen aji pou pwoteje yon moun, sitou yon timoun. Di moun nan verite sou sa w ap fè.

learn-for_leaders-q3 = Ki materyèl ki pi bon pou yon sesyon ak jèn?
learn-for_leaders-q3-a = Foto viktim ki choke moun
learn-for_leaders-q3-b = Istwa ak kesyon ki fè moun reflechi, san imaj ki twò di
learn-for_leaders-q3-why = Imaj ki choke ka fè moun pè e fè yo wont. Istwa ak kesyon ede moun aprann e sonje.

learn-for_leaders-q4 = Kisa ou ta dwe konnen anvan sesyon an?
learn-for_leaders-q4-a = Sèvis èd lokal yo, ak kilès ki fè rapò bay lapolis oswa imigrasyon
learn-for_leaders-q4-b = Anyen, moun ka jwenn èd pou kont yo
learn-for_leaders-q4-why = Lè ou konnen sèvis lokal kote pou voye moun, ou ka ede yon moun touswit, yon fason ki san danje pou li.

learn-for_leaders-q5 = Apre ou fin tande istwa ki difisil, kisa ki ka ede w?
learn-for_leaders-q5-a = Kenbe tout bagay pou tèt ou
learn-for_leaders-q5-b = Pale ak yon sipèvizè oswa yon kòlèg, san bay non, e repoze w
learn-for_leaders-q5-why = Lè ou pran swen tèt ou, ou rete kapab ede lòt moun. Pataje chay la san pataje non moun.

learn-press-enter = Peze Enter pou kontinye.
