## Jifunze: moduli za uhamasishaji, masomo, visa vya kufikiria na maswali.
## Vitambulisho: learn-<moduli>-title/-summary, -l<n>-title/-body/-p<k> (mambo muhimu),
## story-<module>-<country>-title/-body in stories.ftl, -q<n> (swali), -q<n>-a/-b/-c (majibu ya kuchagua),
## -q<n>-why (maelezo). Sentensi fupi: kila maandishi yanasomwa kwa sauti na simu.

## Skrini

learn-menu-title = Jifunze
learn-menu-choose-track = Unajifunza kama nani?
learn-menu-choose-module = Chagua moduli
learn-menu-scenario = Kisa cha kufikiria
learn-menu-progress = Maendeleo yangu
learn-menu-clear-progress = Futa maendeleo yangu
learn-lesson-heading = Somo { $number } kati ya { $total }
learn-key-points = Mambo muhimu
learn-quiz-question-heading = Swali { $number } kati ya { $total }
learn-quiz-correct = Sawa kabisa.
learn-quiz-wrong = Hapana, si hilo. Jibu ni: { $answer }
learn-quiz-score = Umepata { $score } kati ya { $total }.
learn-quiz-best = Alama yako bora: { $score } kati ya { $total }.
learn-progress-none = Bado hujaanza moduli yoyote.
learn-progress-cleared = Maendeleo yako ya kujifunza yamefutwa. Hakuna kitu kingine kilichobadilishwa.
learn-lessons-count = { $count ->
    [one] somo { $count }
   *[other] masomo { $count }
}

## Makundi

learn-track-migrants = Kufanya kazi au kuhamia nje ya nchi
learn-track-migrants-summary = Kwa watu wanaofikiria kufanya kazi nje ya nchi, au ambao tayari wanafanya kazi mbali na nyumbani.
learn-track-students = Wanafunzi
learn-track-students-summary = Kwa vijana wa miaka 12 hadi 18, shuleni au pamoja na marafiki.
learn-track-leaders = Viongozi wa jamii na walimu
learn-track-leaders-summary = Kwa watu wanaoendesha vipindi kanisani, msikitini, shuleni au katika kituo cha jamii.

## Makosa (hayarudii kamwe kile mtu alichoandika)

learn-error-unknown-module = Hakuna moduli yenye jina hilo.
learn-error-unknown-lesson = Hakuna somo lenye jina hilo katika moduli hii.
learn-error-unknown-audience = Chagua moja ya makundi haya: migrants, students au leaders.
learn-error-bad-region = Eneo ni msimbo wa nchi wenye herufi mbili, kama JM, NG au KE.
learn-error-answer-count = Jibu kila swali. Jaribio hili lina maswali { $count }.
learn-error-unknown-choice = Jibu moja si mojawapo ya machaguo.

## Moduli 1: biashara haramu ya binadamu na magendo ya kuvusha watu

learn-trafficking_and_smuggling-title = Biashara haramu ya binadamu na usafirishaji haramu wa wahamiaji
learn-trafficking_and_smuggling-summary = Biashara haramu ya binadamu ni nini, usafirishaji haramu wa wahamiaji ni nini, na kwa nini tofauti ni muhimu.

learn-trafficking_and_smuggling-l1-title = Biashara haramu ya binadamu ni nini
learn-trafficking_and_smuggling-l1-body = Biashara haramu ya binadamu ni kumnyonya mtu ili kupata pesa au faida nyingine. Ina sehemu tatu. Mtu anamsajili, anamhamisha au anamficha mtu. Anatumia nguvu, uongo, vitisho au hali ngumu ya mtu huyo. Na lengo ni kumnyonya. Njia hizi zikitumika, haijalishi kama mtu huyo alikubali.
learn-trafficking_and_smuggling-l1-p1 = Kitendo: mtu anamwandikisha, anamhamisha, anampokea au anamficha mtu mwingine.
learn-trafficking_and_smuggling-l1-p2 = Njia: nguvu, vitisho, uongo, deni, au kutumia hali dhaifu ya mtu.
learn-trafficking_and_smuggling-l1-p3 = Lengo: kumnyonya, kwa kazi, ngono, uhalifu au kwa njia nyingine.

learn-trafficking_and_smuggling-l2-title = Watoto ni tofauti
learn-trafficking_and_smuggling-l2-body = Kwa mtoto aliye chini ya miaka 18, sheria haihitaji nguvu wala uongo. Mtu akimwandikisha au kumhamisha mtoto ili kumnyonya, hiyo ni biashara haramu ya binadamu. Mtoto hawezi kamwe kukubali kunyonywa.
learn-trafficking_and_smuggling-l2-p1 = Chini ya miaka 18, kinachohesabika ni kitendo na lengo tu.
learn-trafficking_and_smuggling-l2-p2 = "Ndiyo" ya mtoto haifanyi unyonyaji kuwa halali.
learn-trafficking_and_smuggling-l2-p3 = Watu wazima wana wajibu wa kuwalinda watoto.

learn-trafficking_and_smuggling-l3-title = Usafirishaji haramu wa wahamiaji ni nini
learn-trafficking_and_smuggling-l3-body = Usafirishaji haramu wa wahamiaji ni kile anachofanya mvushaji: kumvusha mtu mpaka kinyume cha sheria, ili apate pesa. Kosa ni la mvushaji. Kanuni ya Umoja wa Mataifa inasema mtu si mhalifu kwa sababu tu alivushwa. Nchi nyingine bado hutoza faini au hurudisha watu walioingia bila hati, kwa hiyo omba ushauri. Usafirishaji haramu wa wahamiaji unaweza kugeuka kuwa biashara haramu ya binadamu, pale mvushaji anapoanza kumdhibiti au kumnyonya mtu huyo.
learn-trafficking_and_smuggling-l3-p1 = Usafirishaji haramu wa wahamiaji ni kitendo cha mvushaji: kuvusha mtu mpaka kinyume cha sheria, kwa pesa.
learn-trafficking_and_smuggling-l3-p2 = Biashara haramu ya binadamu inahusu unyonyaji, na haihitaji mpaka.
learn-trafficking_and_smuggling-l3-p3 = "Deni" jipya baada ya safari ni ishara ya hatari ya biashara haramu ya binadamu.

learn-trafficking_and_smuggling-l4-title = Imani potofu na ukweli
learn-trafficking_and_smuggling-l4-body = Watu wengi wanaamini mambo kuhusu biashara haramu ya binadamu ambayo si kweli. Imani hizi potofu zinawazuia watu kuiona. Mara nyingi inatokea karibu na nyumbani, na watu ambao mtu huyo tayari anawajua.
learn-trafficking_and_smuggling-l4-p1 = Imani potofu: daima inavuka mpaka. Ukweli: inaweza kutokea katika mji wako mwenyewe.
learn-trafficking_and_smuggling-l4-p2 = Imani potofu: waathiriwa daima hufungiwa ndani. Ukweli: wengi hudhibitiwa kwa deni, vitisho na hofu.
learn-trafficking_and_smuggling-l4-p3 = Imani potofu: inawapata wanawake tu. Ukweli: wanaume, wanawake, wavulana na wasichana wote wanaweza kuwa waathiriwa.
learn-trafficking_and_smuggling-l4-p4 = Imani potofu: kama alikubali kwenda, si biashara haramu ya binadamu. Ukweli: kukubali kazi si kukubali kunyonywa.
learn-trafficking_and_smuggling-l5-title = Kazi ya kulazimishwa ni nini
learn-trafficking_and_smuggling-l5-body = Kazi ya kulazimishwa ni kazi ambayo mtu analazimishwa kufanya chini ya tishio la adhabu, na hakuikubali kwa hiari. Tishio linaweza kuwa vurugu, deni, pasipoti kushikiliwa, au tishio la kuita polisi. Kazi ambayo mtu aliikubali mwanzoni inaweza kugeuka kuwa kazi ya kulazimishwa, pale ambapo hana uhuru tena wa kukataa au kuondoka.
learn-trafficking_and_smuggling-l5-p1 = Kazi ya kulazimishwa: kazi chini ya tishio, isiyochaguliwa kwa hiari.
learn-trafficking_and_smuggling-l5-p2 = Tishio linaweza kuwa vurugu, deni, pasipoti iliyoshikiliwa au polisi.
learn-trafficking_and_smuggling-l5-p3 = Kazi uliyoikubali bado inaweza kugeuka kuwa kazi ya kulazimishwa.

learn-trafficking_and_smuggling-q1 = Ni sehemu zipi tatu zinazounda biashara haramu ya binadamu kwa mtu mzima?
learn-trafficking_and_smuggling-q1-a = Kitendo, njia na lengo
learn-trafficking_and_smuggling-q1-b = Mpaka, pasipoti na kazi
learn-trafficking_and_smuggling-q1-c = Deni, mkataba na viza
learn-trafficking_and_smuggling-q1-why = Biashara haramu ya binadamu ni kitendo (kuandikisha, kuhamisha, kuficha), njia (nguvu, uongo, vitisho, kutumia hali dhaifu ya mtu) na lengo (unyonyaji). Mpaka hauhitajiki.

learn-trafficking_and_smuggling-q2 = Biashara haramu ya binadamu inaweza kutokea wapi?
learn-trafficking_and_smuggling-q2-a = Pale tu mtu anapovuka mpaka
learn-trafficking_and_smuggling-q2-b = Katika miji mikubwa mbali na nyumbani tu
learn-trafficking_and_smuggling-q2-c = Popote, hata katika mji wako au kijiji chako
learn-trafficking_and_smuggling-q2-why = Biashara haramu ya binadamu inahusu unyonyaji, si safari. Watu wengi huwa waathiriwa katika nchi yao au mji wao wenyewe.

learn-trafficking_and_smuggling-q3 = Msichana wa miaka 15 anakubali kwenda na mwanamume anayemwahidi kazi, kisha ananyonywa. Je, hii ni biashara haramu ya binadamu?
learn-trafficking_and_smuggling-q3-a = Hapana, kwa sababu alikubali kwenda
learn-trafficking_and_smuggling-q3-b = Ndiyo, ni biashara haramu ya binadamu
learn-trafficking_and_smuggling-q3-c = Ikiwa tu alipelekwa nchi nyingine
learn-trafficking_and_smuggling-q3-why = Kwa yeyote aliye chini ya miaka 18, kumwandikisha au kumhamisha ili kumnyonya ni biashara haramu ya binadamu, hata kama alisema ndiyo.

learn-trafficking_and_smuggling-q4 = Usafirishaji haramu wa wahamiaji ni nini?
learn-trafficking_and_smuggling-q4-a = Kazi yoyote yenye malipo katika nchi nyingine
learn-trafficking_and_smuggling-q4-b = Kosa analofanya mhamiaji kwa kusafiri bila hati
learn-trafficking_and_smuggling-q4-c = Kumvusha mtu mpaka kinyume cha sheria, kwa pesa
learn-trafficking_and_smuggling-q4-why = Usafirishaji haramu wa wahamiaji ni kitendo cha mvushaji: kumvusha mtu mpaka kinyume cha sheria ili apate pesa. Kwa kanuni ya Umoja wa Mataifa, mtu aliyevushwa si mhalifu kwa hilo. Usafirishaji haramu wa wahamiaji unaweza kugeuka kuwa biashara haramu ya binadamu ikiwa baadaye mtu huyo anadhibitiwa na kunyonywa.

learn-trafficking_and_smuggling-q5 = Baada ya safari ya usafirishaji haramu wa wahamiaji, mvushaji anasema unadaiwa zaidi na lazima umfanyie kazi bila malipo. Hii ni ishara ya nini?
learn-trafficking_and_smuggling-q5-a = Biashara haramu ya binadamu kupitia deni
learn-trafficking_and_smuggling-q5-b = Gharama ya kawaida ya safari
learn-trafficking_and_smuggling-q5-c = Makubaliano ya haki, kwa sababu ulikubali kusafiri
learn-trafficking_and_smuggling-q5-why = Deni jipya ambalo lazima ulilipe kwa kufanya kazi, bila njia ya kuondoka, linaitwa utumwa wa deni: deni linatumika kukudhibiti. Ni ishara ya kawaida ya biashara haramu ya binadamu, hata kama ulikubali safari.

## Moduli 2: jinsi mawakala wa ajira wanavyodanganya

learn-how_recruiters_lie-title = Jinsi mawakala wa ajira wanavyodanganya
learn-how_recruiters_lie-summary = Hila ambazo watu hutumia kuwaingiza wengine kwenye unyonyaji, na jinsi ya kuzitambua.

learn-how_recruiters_lie-l1-title = Kazi bandia na ada
learn-how_recruiters_lie-l1-body = Wafanyabiashara haramu wa binadamu wengi huanza na tangazo la kazi. Mshahara ni mkubwa sana. Uzoefu hauhitajiki. Kisha wanakuomba ulipe: kwa viza, kwa mafunzo, kwa uchunguzi wa afya, au amana. Mwajiri wa haki hulipa gharama hizi, si mfanyakazi.
learn-how_recruiters_lie-l1-p1 = Mshahara ulio juu sana kuliko kawaida kwa kazi hiyo ni ishara ya hatari.
learn-how_recruiters_lie-l1-p2 = Kumwomba mfanyakazi alipe ada ni ishara kubwa ya hatari.
learn-how_recruiters_lie-l1-p3 = "Ondoka wiki hii" na "usimwambie mtu" ni hila za kukushinikiza.

learn-how_recruiters_lie-l2-title = Ofa za masomo, michezo na uanamitindo
learn-how_recruiters_lie-l2-body = Ofa nyingine zinaahidi nafasi shuleni, majaribio katika klabu ya mpira wa miguu, au mkataba wa uanamitindo nje ya nchi. Familia inalipa pesa nyingi. Kijana anapofika, hakuna shule wala klabu. Anaachwa na deni, au analazimishwa kufanya kazi.
learn-how_recruiters_lie-l2-p1 = Klabu na shule halisi zinaweza kuthibitishwa kwenye tovuti zao rasmi na kwa ubalozi.
learn-how_recruiters_lie-l2-p2 = Wasaka vipaji halisi hawaombi familia zilipe majaribio.
learn-how_recruiters_lie-l2-p3 = Ongea na mtu mzima unayemwamini kabla ya kutuma picha, hati au pesa.

learn-how_recruiters_lie-l3-title = Kazi za mtandaoni zilizo vituo vya utapeli
learn-how_recruiters_lie-l3-body = Matangazo mengine yanatoa kazi za "TEHAMA", "huduma kwa wateja" au "mauzo mtandaoni" katika nchi nyingine, mara nyingi Asia ya Kusini-Mashariki. Tiketi ya ndege inalipiwa. Jina la mwajiri halieleweki. Wanapofika, watu wanalazimishwa kuwatapeli wengine mtandaoni na hawawezi kuondoka.
learn-how_recruiters_lie-l3-p1 = Mwajiri asiyeeleweka na tiketi ya ndege ya bure ni ishara za hatari.
learn-how_recruiters_lie-l3-p2 = Tafuta jina la kampuni mtandaoni pamoja na neno "utapeli" au "scam".
learn-how_recruiters_lie-l3-p3 = Usisafiri kwa ajili ya kazi ukiwa na viza ya utalii peke yake.

learn-how_recruiters_lie-l4-title = Mapenzi, marafiki na familia
learn-how_recruiters_lie-l4-body = Baadhi ya wafanyabiashara haramu wa binadamu hujifanya kuwa mpenzi au rafiki. Wengine ni ndugu "wanaopanga kila kitu". Wanatoa zawadi na kukujali, kisha wanaomba kitu kama malipo. Zawadi na safari walizokulipia zinaweza kugeuka kuwa deni.
learn-how_recruiters_lie-l4-p1 = Mpenzi mpya anayetaka kukupeleka mbali haraka ni ishara ya hatari.
learn-how_recruiters_lie-l4-p2 = Mtu anayetaka uhusiano wenu uwe siri anaweza kuwa na nia mbaya.
learn-how_recruiters_lie-l4-p3 = Hata ofa ya ndugu inapaswa kuthibitishwa kama ofa nyingine yoyote.

learn-how_recruiters_lie-q1 = Wakala wa ajira anakuomba ulipie viza na mafunzo kabla ya kuondoka. Mwajiri wa haki hufanya nini?
learn-how_recruiters_lie-q1-a = Mfanyakazi analipa, kisha anarudishiwa kutoka mshahara
learn-how_recruiters_lie-q1-b = Mwajiri anazilipa
learn-how_recruiters_lie-q1-c = Mfanyakazi analipa nusu, kama ishara ya kuaminiana
learn-how_recruiters_lie-q1-why = Kwa kanuni za uajiri wa haki, mwajiri analipa ada za uajiri na gharama zinazohusiana. Ada inayoombwa kwa mfanyakazi ni bendera nyekundu, ishara kwamba huenda kuna tatizo.

learn-how_recruiters_lie-q2 = Tangazo la kazi linasema: "Mshahara mzuri sana, uzoefu hauhitajiki, ondoka wiki hii, usimwambie mtu." Unapaswa kufikiri nini?
learn-how_recruiters_lie-q2-a = Ni bahati; kubali haraka
learn-how_recruiters_lie-q2-b = Ni sawa kama mshahara umeandikwa
learn-how_recruiters_lie-q2-c = Ichunguze pamoja na mtu unayemwamini kabla ya kuamua
learn-how_recruiters_lie-q2-why = Mshahara mzuri kupita kiasi, shinikizo la kuamua haraka na usiri ni hila za kawaida. Chukua muda na uchunguze ofa hiyo pamoja na mtu unayemwamini.

learn-how_recruiters_lie-q3 = Msaka vipaji anataka familia yako ilipie majaribio ya mpira nje ya nchi. Kipi ni kweli?
learn-how_recruiters_lie-q3-a = Klabu halisi haiombi familia kulipia majaribio
learn-how_recruiters_lie-q3-b = Kulipa ni kawaida; majaribio nje ya nchi yanagharimu pesa
learn-how_recruiters_lie-q3-c = Ni salama kama wakala ni mkarimu na anajulikana
learn-how_recruiters_lie-q3-why = Vituo bandia vya mafunzo ya michezo huchukua pesa za familia. Klabu halisi inaweza kuthibitishwa, na haitozi pesa kwa majaribio.

learn-how_recruiters_lie-q4 = Rafiki mpya wa mtandaoni anakupa zawadi na anataka usafiri ili mkutane, na ufanye hivyo kwa siri. Hii ni nini?
learn-how_recruiters_lie-q4-a = Kawaida, kama anaonekana mkarimu na mwaminifu
learn-how_recruiters_lie-q4-b = Ishara ya hatari ya kurubuniwa
learn-how_recruiters_lie-q4-c = Salama, mkikutana mahali pa wazi
learn-how_recruiters_lie-q4-why = Kurubuni (grooming) ni kupata imani ya kijana kwa zawadi na uangalifu, ili kumdhuru au kumnyonya. Zawadi, usiri na shinikizo la kusafiri ni ishara zake. Kumweleza mtu mzima unayemwamini kunakulinda.

learn-how_recruiters_lie-q5 = Ni ofa gani ya kazi iliyo ishara ya hatari ya kituo cha utapeli mtandaoni?
learn-how_recruiters_lie-q5-a = Kazi ya "IT" nje ya nchi, tiketi ya ndege bure, bila jina la kampuni
learn-how_recruiters_lie-q5-b = Kazi ya duka karibu na nyumbani, yenye mkataba unaoweza kuusoma kwanza
learn-how_recruiters_lie-q5-c = Kazi katika hoteli unayoweza kuichunguza, yenye kibali cha kazi
learn-how_recruiters_lie-q5-why = Vituo vya utapeli huajiri kwa kazi zisizo wazi za "IT" au "huduma kwa wateja" nje ya nchi. Tiketi ya ndege bure, viza ya utalii na mwajiri asiye wazi ni bendera nyekundu. Wakifika, watu hulazimishwa kuwadanganya wengine mtandaoni.

## Moduli 3: haki zako kazini na unapohamia nchi nyingine

learn-rights_at_work-title = Haki zako kazini
learn-rights_at_work-summary = Kazi ya haki inaonekanaje, kabla ya kuondoka na unapofanya kazi.

learn-rights_at_work-l1-title = Hupaswi kulipia kazi
learn-rights_at_work-l1-body = Mwajiri ndiye hulipa gharama za kukuajiri. Hii inajumuisha ada za wakala, gharama za viza na usafiri. Hupaswi kulipa ada ili kupata kazi. Ukiambiwa lazima ulipe, uliza kwa nini, na utafute ushauri.
learn-rights_at_work-l1-p1 = Mwajiri hulipa ada za uajiri na gharama zinazohusiana.
learn-rights_at_work-l1-p2 = Omba risiti kwa pesa yoyote unayolipa.
learn-rights_at_work-l1-p3 = Deni la kupata kazi linaweza kutumiwa kukudhibiti.

learn-rights_at_work-l2-title = Mkataba wa maandishi unaouelewa
learn-rights_at_work-l2-body = Kabla ya kuondoka, unapaswa kuwa na mkataba wa maandishi katika lugha unayoielewa. Unaeleza mshahara wako, saa za kazi, siku za mapumziko, mahali utakapoishi na nani analipa usafiri. Weka nakala. Kuwa mwangalifu ukiambiwa mkataba mpya utasainiwa ukifika.
learn-rights_at_work-l2-p1 = Pata mkataba kabla ya kusafiri.
learn-rights_at_work-l2-p2 = Lazima uwe katika lugha unayoweza kusoma.
learn-rights_at_work-l2-p3 = Unaonyesha mshahara, saa za kazi, siku za mapumziko na makazi.
learn-rights_at_work-l2-p4 = Weka nakala mahali salama, na mtumie mtu unayemwamini nakala moja.

learn-rights_at_work-l3-title = Pasipoti yako ni yako
learn-rights_at_work-l3-body = Pasipoti na hati zako ni mali yako. Mwajiri au wakala hapaswi kuzishika. Unaweza kuziweka mahali salama pako mwenyewe. Mtu akichukua hati zako, hiyo ni ishara ya hatari.
learn-rights_at_work-l3-p1 = Shika pasipoti na kitambulisho chako mwenyewe.
learn-rights_at_work-l3-p2 = Weka nakala na picha za hati zako.
learn-rights_at_work-l3-p3 = Mwajiri anayeshika hati zako ni ishara ya hatari ya kazi ya kulazimishwa.

learn-rights_at_work-l4-title = Hakuna anayeweza kukulazimisha kubaki
learn-rights_at_work-l4-body = Hakuna anayeweza kukulazimisha kubaki kazini kwa vitisho, vurugu au deni. Unaweza kuomba kurudi nyumbani wakati wowote. Kubadilisha mwajiri kunategemea viza yako. Katika baadhi ya maeneo, kama nchi za Ghuba, au kazi za mashambani Kanada na Marekani, viza imefungwa kwa mwajiri mmoja. Ukiondoka, unaweza kuripotiwa au kurudishwa nyumbani. Kwa hiyo omba ushauri kwanza, kwa huduma ya msaada au ubalozi wako. Kabla ya kusaini, mchunguze wakala wa ajira: angalia kama ana leseni na uliza ofisi ya serikali au shirika linalojulikana.
learn-rights_at_work-l4-p1 = Hakuna anayeweza kukushikilia kazini kwa vitisho au deni.
learn-rights_at_work-l4-p2 = Kama viza yako imefungwa kwa mwajiri mmoja, omba ushauri kabla ya kuondoka.
learn-rights_at_work-l4-p3 = Viza ya utalii peke yake haikuruhusu kufanya kazi. Uliza kazi yako inahitaji hati gani.
learn-rights_at_work-l4-p4 = Wakala wa ajira mwenye leseni anaweza kuchunguzwa kwa serikali.

learn-rights_at_work-q1 = Nani anapaswa kulipa ada za kukuajiri kwa kazi?
learn-rights_at_work-q1-a = Wewe, mfanyakazi
learn-rights_at_work-q1-b = Mwajiri
learn-rights_at_work-q1-c = Wewe na mwajiri, nusu kwa nusu
learn-rights_at_work-q1-why = Uajiri wa haki unamaanisha mwajiri hulipa ada za uajiri na gharama zinazohusiana. Wafanyakazi hawalipi chochote ili kupata kazi.

learn-rights_at_work-q2 = Unapaswa kupata mkataba wa maandishi lini?
learn-rights_at_work-q2-a = Ukifika, kutoka kwa mwajiri
learn-rights_at_work-q2-b = Kamwe; ahadi kwa simu inatosha
learn-rights_at_work-q2-c = Kabla ya kuondoka, kwa lugha unayoweza kusoma
learn-rights_at_work-q2-why = Mkataba kabla ya kusafiri, kwa lugha unayoweza kusoma, unakulinda. "Tutasaini ukifika" ni ishara ya hatari.

learn-rights_at_work-q3 = Mwajiri wako anataka kushika pasipoti yako. Kipi ni kweli?
learn-rights_at_work-q3-a = Ni ishara ya hatari
learn-rights_at_work-q3-b = Ni kawaida, ili kupata viza yako
learn-rights_at_work-q3-c = Ni sawa kama watakupa nakala
learn-rights_at_work-q3-why = Kushikilia hati za mfanyakazi ni mojawapo ya viashiria vya kazi ya kulazimishwa: ishara ambazo wataalamu hutafuta. Pasipoti yako ni yako, hata wakati viza inashughulikiwa.

learn-rights_at_work-q4 = Ukiwa nje ya nchi, bosi anasema lazima ubaki hadi ulipe deni kubwa. Nini ni kweli?
learn-rights_at_work-q4-a = Deni linamruhusu mwajiri kukushikilia kazini
learn-rights_at_work-q4-b = Hakuna anayeweza kukulazimisha kubaki kwa sababu ya deni
learn-rights_at_work-q4-c = Unaweza kuacha kazi yoyote na viza yoyote wakati wowote
learn-rights_at_work-q4-why = Kumlazimisha mtu kufanya kazi kwa vitisho au deni ni kazi ya kulazimishwa. Unaweza kuomba kurudi nyumbani wakati wowote. Lakini kama viza yako imefungwa kwa mwajiri mmoja, ukiondoka unaweza kuripotiwa au kurudishwa nyumbani. Ongea kwanza na huduma ya msaada au ubalozi wako.

learn-rights_at_work-q5 = Utafanya kazi nje ya nchi. Unapaswa kuwa na nini kabla ya kusafiri?
learn-rights_at_work-q5-a = Viza ya utalii, na hati zitarekebishwa baadaye
learn-rights_at_work-q5-b = Hakuna: wakala anashikilia pasipoti yako kwa ajili ya viza
learn-rights_at_work-q5-c = Ruhusa ya kufanya kazi katika nchi hiyo
learn-rights_at_work-q5-why = Viza ya utalii peke yake haikuruhusu kufanya kazi, na inakufanya rahisi kudhibitiwa. Hati sahihi zinategemea nchi: viza ya kazi, kibali cha kazi pamoja na viza ya mgeni (kama katika mpango wa kazi za mashambani wa Kanada), au uhuru wa kutembea (ECOWAS Afrika Magharibi, CSME kwa wafanyakazi wenye ujuzi wa CARICOM).

## Moduli 4: ishara za hatari kwa mtu mwingine

learn-warning_signs-title = Ishara za hatari kwa mtu mwingine
learn-warning_signs-summary = Jinsi ya kutambua wakati rafiki, mwanafunzi mwenzako au jirani anaweza kuwa hatarini.

learn-warning_signs-l1-title = Jinsi mtu anavyoweza kuonekana
learn-warning_signs-l1-body = Mtu anayenyonywa anaweza kuonekana amechoka sana au ana njaa. Anaweza kuwa na majeraha asiyoyaeleza. Anaweza kuonekana mwenye hofu, wasiwasi au kimya sana. Majibu yake yanaweza kusikika kama amekariri.
learn-warning_signs-l1-p1 = Daima amechoka, ana njaa au si mzima.
learn-warning_signs-l1-p2 = Anaonekana kuogopa, au ananyamaza mtu fulani akiwa karibu.
learn-warning_signs-l1-p3 = Anatoa majibu yanayosikika kama amefundishwa.

learn-warning_signs-l2-title = Hali ya kazi na maisha
learn-warning_signs-l2-body = Angalia jinsi mtu huyo anavyofanya kazi na kuishi. Anaweza kufanya kazi saa nyingi sana bila siku za mapumziko. Anaweza kulala mahali anapofanyia kazi, au katika chumba chenye watu wengi mno. Huenda haendi shuleni.
learn-warning_signs-l2-p1 = Saa nyingi sana za kazi, bila siku za mapumziko.
learn-warning_signs-l2-p2 = Anaishi mahali pa kazi au katika makazi yenye msongamano.
learn-warning_signs-l2-p3 = Mtoto anayefanya kazi badala ya kwenda shule.

learn-warning_signs-l3-title = Ishara za kudhibitiwa
learn-warning_signs-l3-body = Huenda kuna mtu anayemdhibiti. Mtu mwingine anazungumza kwa niaba yake. Mtu mwingine anashika hati, pesa au simu yake. Hawezi kutoka peke yake. Maelezo yake hayaeleweki vizuri.
learn-warning_signs-l3-p1 = Mtu mwingine daima anazungumza kwa niaba yake.
learn-warning_signs-l3-p2 = Mtu mwingine anashika kitambulisho, pesa au simu yake.
learn-warning_signs-l3-p3 = Hawezi kwenda na kurudi kwa uhuru.

learn-warning_signs-l4-title = Mahusiano yanayozaa deni
learn-warning_signs-l4-body = Kijana anaweza kuwa na mpenzi aliye mkubwa kwake sana kwa umri. Mpenzi huyo anatoa zawadi, vocha za simu au pesa. Kisha anasema kijana anadaiwa kitu kama malipo. Hii ni njia ya kawaida ya kuwadhibiti vijana.
learn-warning_signs-l4-p1 = Mpenzi mkubwa sana kwa umri.
learn-warning_signs-l4-p2 = Zawadi za bei ghali "zinazopaswa kulipwa".
learn-warning_signs-l4-p3 = Mabadiliko ya ghafla: kukosa shule, siri mpya, marafiki wapya walio wakubwa sana kwa umri.

learn-warning_signs-q1 = Ni kipi kati ya hivi kinaweza kuwa ishara ya hatari kwamba mtu ananyonywa?
learn-warning_signs-q1-a = Ni mkimya na hakutazami machoni
learn-warning_signs-q1-b = Mtu mwingine anashikilia kitambulisho chake
learn-warning_signs-q1-c = Anatuma karibu mshahara wote kwa familia
learn-warning_signs-q1-why = Mtu mwingine anaposhikilia hati za mtu, inaweza kumaanisha anadhibitiwa. Kuwa mkimya, au kutotazama watu machoni, si ishara peke yake: katika tamaduni nyingi ni heshima.

learn-warning_signs-q2 = Mpenzi wa mwanafunzi mwenzako, aliye mkubwa kwake sana kwa umri, anampa zawadi na kusema lazima amlipe. Hii ni nini?
learn-warning_signs-q2-a = Ishara ya hatari ya udhibiti
learn-warning_signs-q2-b = Kawaida, kama ni mkarimu kwake siku nyingi
learn-warning_signs-q2-c = Ni uamuzi wake, kwa hiyo si tatizo
learn-warning_signs-q2-why = Mpenzi mkubwa sana kwa umri na zawadi zinazozaa deni ni njia ya kawaida ya kuwadhibiti vijana. Ongea na mtu mzima unayemwamini.

learn-warning_signs-q3 = Unafikiri rafiki yako anaweza kuwa hatarini. Hatua ipi ya kwanza iliyo salama zaidi?
learn-warning_signs-q3-a = Kumkabili mtu anayemdhibiti
learn-warning_signs-q3-b = Ongea na mtu mzima unayemwamini au huduma ya msaada
learn-warning_signs-q3-c = Chapisha mtandaoni mara moja
learn-warning_signs-q3-why = Kumkabili mtu au kuchapisha mtandaoni kunaweza kumweka rafiki yako katika hatari zaidi. Mtu mzima unayemwamini au huduma ya msaada wanajua la kufanya.

learn-warning_signs-q4 = Mtoto anafanya kazi siku nzima katika nyumba na haendi shule kamwe. Je, hii ni ishara ya hatari?
learn-warning_signs-q4-a = Hapana, watoto husaidia nyumbani katika kila familia
learn-warning_signs-q4-b = Hapana, kama familia inampa mtoto chakula na kitanda
learn-warning_signs-q4-c = Ndiyo, ni ishara ya hatari
learn-warning_signs-q4-why = Kusaidia nyumbani ni kawaida. Saa nyingi za kazi badala ya shule, na kukosa uhuru wa kutoka, ni ishara za hatari za unyonyaji wa mtoto.

learn-warning_signs-q5 = Je, ishara moja ya hatari inathibitisha kwamba mtu ni mwathiriwa wa biashara haramu ya binadamu?
learn-warning_signs-q5-a = Ndiyo, ishara moja inatosha kuwa ushahidi
learn-warning_signs-q5-b = Ndiyo, kama ishara ni kubwa sana
learn-warning_signs-q5-c = Hapana, si ushahidi
learn-warning_signs-q5-why = Ishara za hatari ni viashiria vya hatari, si ushahidi. Unapoona kadhaa, ongea na mtu anayeweza kusaidia.

## Moduli 5: orodha ya kuhama kwa usalama

learn-safe_migration-title = Kuhama kwa usalama
learn-safe_migration-summary = Nini cha kufanya kabla ya kuondoka, safarini na unapofika.

learn-safe_migration-l1-title = Kabla ya kuondoka
learn-safe_migration-l1-body = Chunguza kazi na wakala wa ajira kabla ya kuondoka. Hakikisha una mkataba ulioandikwa na haki ya kufanya kazi huko, kama viza ya kazi au kibali cha kazi. Iambie familia yako unakoenda na uko na nani.
learn-safe_migration-l1-p1 = Chunguza leseni ya wakala wa ajira na jina la mwajiri.
learn-safe_migration-l1-p2 = Pata mkataba unaouelewa na hati zinazokuruhusu kufanya kazi huko.
learn-safe_migration-l1-p3 = Iachie familia yako jina na anwani ya mwajiri.

learn-safe_migration-l2-title = Hati zako na mawasiliano yako
learn-safe_migration-l2-body = Tengeneza nakala za pasipoti, viza na mkataba wako. Mwachie mtu unayemwamini nyumbani seti moja. Kariri namba moja ya simu ya mtu unayemwamini, na namba za msaada za mahali unakokwenda.
learn-safe_migration-l2-p1 = Weka nakala za hati zako mahali salama.
learn-safe_migration-l2-p2 = Kariri angalau namba moja ya simu ya mtu unayemwamini.
learn-safe_migration-l2-p3 = Kubaliana na familia yako neno la siri linalomaanisha "Nahitaji msaada".

learn-safe_migration-l3-title = Safarini
learn-safe_migration-l3-body = Kaa na pasipoti na pesa zako. Kuwa mwangalifu watu usiowajua wakikupokea mpakani, au mpango ukibadilika ghafla. Endelea kuwasiliana na familia yako.
learn-safe_migration-l3-p1 = Usimpe mtu yeyote pasipoti yako akubebee.
learn-safe_migration-l3-p2 = Mabadiliko ya ghafla ya njia au kazi ni ishara ya hatari.
learn-safe_migration-l3-p3 = Tuma ujumbe kwa familia yako kila kituo.

learn-safe_migration-l4-title = Unapofika, na mambo yakibadilika
learn-safe_migration-l4-body = Jua ubalozi wa nchi yako uko wapi. Jifunze kuhusu huduma za msaada za mahali hapo. Ikiwa kazi si ile uliyoahidiwa, una machaguo. Unaweza kupata ushauri kabla ya kuamua la kufanya.
learn-safe_migration-l4-p1 = Jua ubalozi au ubalozi mdogo wa nchi yako uko wapi.
learn-safe_migration-l4-p2 = Tafuta huduma za msaada zisizoripoti watu kwa idara ya uhamiaji.
learn-safe_migration-l4-p3 = Mambo yakibadilika, tafuta ushauri. Huhitaji kuamua peke yako.

learn-safe_migration-q1 = Ufanye nini na nakala za pasipoti na mkataba wako?
learn-safe_migration-q1-a = Kumpa wakala wa ajira azihifadhi
learn-safe_migration-q1-b = Kuacha seti moja kwa mtu unayemwamini
learn-safe_migration-q1-c = Kuzitupa ukishafika salama
learn-safe_migration-q1-why = Nakala zinakusaidia kuthibitisha wewe ni nani na uliahidiwa nini ikiwa hati zako zitapotea au kuchukuliwa.

learn-safe_migration-q2 = Kwa nini ukariri namba ya simu ya mtu unayemwamini?
learn-safe_migration-q2-a = Simu yako inaweza kuchukuliwa au kupotea
learn-safe_migration-q2-b = Ili wakala wa ajira akupate wakati wote
learn-safe_migration-q2-c = Si lazima; imehifadhiwa kwenye simu
learn-safe_migration-q2-why = Watu wanaowadhibiti wengine mara nyingi huchukua simu zao. Namba unayoijua kwa moyo inakuwezesha kuomba msaada kutoka simu yoyote.

learn-safe_migration-q3 = Njiani, mpango unabadilika ghafla: kazi mpya, mji mpya. Hii ni nini?
learn-safe_migration-q3-a = Sehemu ya kawaida ya safari ya nje
learn-safe_migration-q3-b = Ni sawa, kama kazi mpya inalipa zaidi
learn-safe_migration-q3-c = Ishara ya hatari
learn-safe_migration-q3-why = Mabadiliko ya ghafla ya kazi au njia ni ishara ya kawaida kwamba unadanganywa. Mweleze mtu unayemwamini na uombe ushauri.

learn-safe_migration-q4 = Kabla ya kuondoka, nani anapaswa kujua jina na anwani ya mwajiri wako?
learn-safe_migration-q4-a = Familia yako, au mtu mwingine unayemwamini nyumbani
learn-safe_migration-q4-b = Wakala wa ajira tu, anayeweka siri
learn-safe_migration-q4-c = Hakuna; ni salama zaidi kutosema
learn-safe_migration-q4-why = Ikiwa mtu unayemwamini anajua ulipo, anaweza kusaidia kukutafuta na kuomba msaada mkipoteza mawasiliano.

learn-safe_migration-q5 = Ukiwa nje ya nchi, kazi si ile uliyoahidiwa. Kipi ni kweli?
learn-safe_migration-q5-a = Lazima ubaki, kwa sababu ulisaini mkataba
learn-safe_migration-q5-b = Huna chaguo hadi mkataba uishe
learn-safe_migration-q5-c = Unaweza kuomba ushauri kuhusu chaguo zako
learn-safe_migration-q5-why = Hauko peke yako. Balozi na huduma za msaada zinaweza kukueleza machaguo yako, na baadhi haziripoti watu kwa idara ya uhamiaji.

## Moduli 6: kupata msaada kwa usalama

learn-getting_help-title = Kupata msaada kwa usalama
learn-getting_help-summary = Mahali pa kupata msaada, kinachotokea unapoomba, na jinsi ya kumsaidia rafiki.

learn-getting_help-l1-title = Msaada ulio salama kwako
learn-getting_help-l1-body = Baadhi ya huduma za msaada ni za bure na za siri. Baadhi haziripoti watu kwa polisi au idara ya uhamiaji. Orodha ya huduma za msaada katika programu hii inaeleza, kwa kila huduma, kama inaripoti kwa mamlaka na kama unaweza kubaki bila kujitambulisha.
learn-getting_help-l1-p1 = Simu nyingi za msaada ni za bure na za siri.
learn-getting_help-l1-p2 = Angalia kama huduma inaripoti kwa idara ya uhamiaji kabla ya kupiga simu.
learn-getting_help-l1-p3 = Ukiwa katika hatari ya papo hapo, piga namba ya dharura.

learn-getting_help-l2-title = Kinachotokea unapopiga simu
learn-getting_help-l2-body = Mtu aliyefunzwa anakusikiliza. Wewe unachagua la kusema. Huhitaji kutaja jina lako. Wanakueleza machaguo yako na wanachoweza kufanya. Wewe unaamua kinachofuata.
learn-getting_help-l2-p1 = Unaweza kuuliza maswali kwanza.
learn-getting_help-l2-p2 = Mara nyingi unaweza kubaki bila kujitambulisha.
learn-getting_help-l2-p3 = Wewe unachagua hatua inayofuata.

learn-getting_help-l3-title = Kumsaidia rafiki bila hatari
learn-getting_help-l3-body = Rafiki akiwa huenda yuko hatarini, msikilize na umwamini. Usimkabili mtu anayemdhibiti. Hilo linaweza kufanya mambo kuwa mabaya zaidi. Msaidie rafiki yako kufikia huduma, au uliza huduma hiyo unachoweza kufanya.
learn-getting_help-l3-p1 = Sikiliza na uamini.
learn-getting_help-l3-p2 = Usimkabili kamwe mfanyabiashara haramu wa binadamu wewe mwenyewe.
learn-getting_help-l3-p3 = Mwache rafiki yako aamue, isipokuwa mtoto akiwa hatarini.

learn-getting_help-l4-title = Kuweka simu yako faragha
learn-getting_help-l4-body = Mtu anaweza kukagua simu yako. Programu hii ina njia ya kutoka haraka na inaweza kuficha ulichohifadhi. Kama si salama kuweka ujumbe kuhusu msaada, futa hizo tu. Orodha tupu ya simu au ujumbe inaweza kumtia shaka mtu anayekudhibiti. Tumia simu unayoiamini unapoweza.
learn-getting_help-l4-p1 = Tumia njia ya kutoka haraka mtu akija.
learn-getting_help-l4-p2 = Futa tu kile kinachohusu kuomba msaada, si historia yote.
learn-getting_help-l4-p3 = Hifadhi namba za msaada kwa jina lisilovutia macho.
learn-getting_help-l5-title = Hupaswi kuadhibiwa kwa ulicholazimishwa kufanya
learn-getting_help-l5-body = Watu waliofanyiwa biashara haramu ya binadamu au kulazimishwa kufanya kazi ni waathiriwa. Kanuni za kimataifa zinasema hawapaswi kuadhibiwa kwa mambo waliyolazimishwa kufanya, kama kufanya kazi bila hati au kutumia hati za uongo. Si kila nchi inafuata kanuni hii vizuri. Huduma ya msaada inaweza kukueleza inavyofanya kazi ulipo.
learn-getting_help-l5-p1 = Waathiriwa hawapaswi kuadhibiwa kwa walicholazimishwa kufanya.
learn-getting_help-l5-p2 = Kanuni hii inaitwa kutoadhibu waathiriwa.
learn-getting_help-l5-p3 = Uliza huduma ya msaada inavyofanya kazi katika nchi yako.

learn-getting_help-q1 = Rafiki yako huenda anadhibitiwa na mfanyabiashara haramu wa binadamu. HUPASWI kufanya nini?
learn-getting_help-q1-a = Kumsikiliza na kumwamini
learn-getting_help-q1-b = Kumkabili mfanyabiashara huyo haramu wewe mwenyewe
learn-getting_help-q1-c = Kuuliza huduma ya msaada unachoweza kufanya
learn-getting_help-q1-why = Kumkabili mfanyabiashara haramu wa binadamu kunaweza kukuweka wewe na rafiki yako hatarini. Kusikiliza na kutafuta ushauri ni hatua salama.

learn-getting_help-q2 = Unapiga simu ya msaada. Je, lazima utaje jina lako?
learn-getting_help-q2-a = Ndiyo, la sivyo hawatakusaidia
learn-getting_help-q2-b = Ndiyo, na watawaambia polisi
learn-getting_help-q2-c = Mara nyingi hapana; unaweza kuuliza kwanza
learn-getting_help-q2-why = Huduma nyingi zinakuruhusu kubaki bila kujulikana, yaani bila kutaja jina lako. Unaweza kuuliza kwanza, na kuchagua unachoeleza.

learn-getting_help-q3 = Unaogopa kuripotiwa kwa idara ya uhamiaji. Unaweza kuangalia nini?
learn-getting_help-q3-a = Kama huduma inaripoti kwa uhamiaji
learn-getting_help-q3-b = Saa za kufunguliwa kwa huduma tu
learn-getting_help-q3-c = Hakuna; polisi tu wanaweza kusaidia
learn-getting_help-q3-why = Si kila huduma inaripoti kwa uhamiaji. Orodha ya msaada katika programu hii inasema kwa kila huduma kama inafanya hivyo.

learn-getting_help-q4 = Mtu yuko katika hatari ya papo hapo. Ufanye nini?
learn-getting_help-q4-a = Piga simu namba ya dharura
learn-getting_help-q4-b = Subiri uone kama itakuwa bora
learn-getting_help-q4-c = Nenda peke yako ukamkabili mtu huyo
learn-getting_help-q4-why = Maisha au usalama wa mtu ukiwa hatarini sasa hivi, piga namba ya dharura.

learn-getting_help-q5 = Rafiki yako wa miaka 14 anakuambia ananyonywa na anakuomba uitunze siri. Kipi ni bora?
learn-getting_help-q5-a = Kutunza siri, kama alivyoomba
learn-getting_help-q5-b = Kusubiri hadi afike miaka 18 ndipo ufanye kitu
learn-getting_help-q5-c = Kumweleza mtu mzima unayemwamini
learn-getting_help-q5-why = Mtoto akiwa hatarini, kumwambia mtu mzima unayemwamini ndilo jambo sahihi, hata kama alikuomba utunze siri.

## Moduli 7: kwa viongozi na walimu

learn-for_leaders-title = Kwa viongozi na walimu
learn-for_leaders-summary = Kuendesha kipindi, kujibu mtu anapofunguka, kumwelekeza mtu kwa huduma kwa usalama, na kujitunza.

learn-for_leaders-l1-title = Kuendesha kipindi
learn-for_leaders-l1-body = Anza na kile watu wanachokijua tayari. Tumia visa, si picha za kutisha. Kubalianeni kanuni za kikundi: heshima, bila majina, hakuna kulazimishwa kueleza. Waambie watu wanapoweza kupata msaada, na kwamba wanaweza kuongea nawe baadaye.
learn-for_leaders-l1-p1 = Kubalianeni kanuni: heshima, faragha, bila majina katika visa.
learn-for_leaders-l1-p2 = Tumia visa na maswali, kamwe si picha za kushtua.
learn-for_leaders-l1-p3 = Eleza mahali msaada unapopatikana, mwanzoni na mwishoni.

learn-for_leaders-l2-title = Mtu anapokueleza
learn-for_leaders-l2-body = Mtu anaweza kukueleza kuhusu hali yake mwenyewe. Sikiliza kwa utulivu. Mwamini. Usiulize kila undani. Usiahidi kutunza siri usiyoweza kuitunza. Fikiria kwanza usalama wake, kisha kumwelekeza kwa huduma.
learn-for_leaders-l2-p1 = Sikiliza, amini, na utulie.
learn-for_leaders-l2-p2 = Usiahidi siri usiyoweza kuitunza.
learn-for_leaders-l2-p3 = Usalama kwanza: je, ni salama kwa mtu huyu kurudi nyumbani leo?
learn-for_leaders-l2-p4 = Mwelekeze kwa huduma, kwa ridhaa yake ikiwa ni mtu mzima.

learn-for_leaders-l3-title = Njia za rufaa za eneo lako
learn-for_leaders-l3-body = Kabla ya kipindi chako, zijue huduma za eneo lako: simu ya msaada, makazi salama, kikundi cha msaada wa kisheria, huduma ya afya. Jua zipi zinaripoti kwa polisi au idara ya uhamiaji. Kaa na orodha hiyo, na uhakikishe ni ya sasa.
learn-for_leaders-l3-p1 = Jua huduma mbili au tatu za eneo lako kabla ya kipindi.
learn-for_leaders-l3-p2 = Jua huduma zipi zinaripoti kwa polisi au idara ya uhamiaji.
learn-for_leaders-l3-p3 = Kanuni za ulinzi wa mtoto zinatumika mtoto anapofunguka.

learn-for_leaders-l4-title = Kujitunza
learn-for_leaders-l4-body = Kusikia visa vigumu kunaweza kukulemea. Ongea na mtu unayemwamini, bila kutaja majina. Pumzika. Huwezi kutatua kila kitu peke yako, na hilo ni sawa.
learn-for_leaders-l4-p1 = Shiriki mzigo na msimamizi au mwenzako, bila kutaja majina.
learn-for_leaders-l4-p2 = Pumzika baada ya vipindi vigumu.
learn-for_leaders-l4-p3 = Wewe ni sehemu moja ya mtandao wa msaada.

learn-for_leaders-q1 = Mtu anakuambia ananyonywa. Jambo la kwanza kufanya ni lipi?
learn-for_leaders-q1-a = Msikilize kwa utulivu na umwamini
learn-for_leaders-q1-b = Uliza kila undani wa kilichotokea
learn-for_leaders-q1-c = Waambie kikundi chote
learn-for_leaders-q1-why = Kusikiliza na kuamini hujenga uaminifu. Maswali mengi mno yanaweza kumuumiza mtu huyo na kuharibu kesi baadaye.

learn-for_leaders-q2 = Mtu anakueleza kwamba ananyonywa. Je, uahidi kutunza siri?
learn-for_leaders-q2-a = Ndiyo, ili mtu huyo akuamini
learn-for_leaders-q2-b = Ndiyo, la sivyo hatazungumza nawe tena
learn-for_leaders-q2-c = Hapana, kama huenda ukahitaji kuchukua hatua
learn-for_leaders-q2-why = Huenda ukahitaji kuchukua hatua ili kumlinda mtu, hasa mtoto. Kuwa mkweli kuhusu utakachofanya, na usiahidi siri usiyoweza kuitunza.

learn-for_leaders-q3 = Ni nyenzo gani bora kwa kipindi na vijana?
learn-for_leaders-q3-a = Picha za kushtua za waathiriwa
learn-for_leaders-q3-b = Hadithi na maswali
learn-for_leaders-q3-c = Filamu zinazoonyesha vurugu halisi
learn-for_leaders-q3-why = Picha za kushtua zinaweza kuogofya na kuaibisha watu, na hazihitajiki. Hadithi na maswali husaidia watu kujifunza na kukumbuka.

learn-for_leaders-q4 = Unapaswa kujua nini kabla ya kipindi?
learn-for_leaders-q4-a = Hakuna; watu hupata msaada wenyewe
learn-for_leaders-q4-b = Namba ya kitaifa ya polisi tu
learn-for_leaders-q4-c = Huduma za msaada za eneo na zinavyofanya kazi
learn-for_leaders-q4-why = Kujua huduma za eneo lako, na zipi zinaripoti kwa polisi au uhamiaji, kunakuwezesha kumsaidia mtu mara moja, kwa njia iliyo salama kwake. Hii inaitwa njia ya rufaa.

learn-for_leaders-q5 = Baada ya kusikia visa vigumu, nini kinakusaidia?
learn-for_leaders-q5-a = Ongea na mtu unayemwamini, bila majina
learn-for_leaders-q5-b = Kubaki nayo yote moyoni na kufanya kazi zaidi
learn-for_leaders-q5-c = Kuwasimulia marafiki hadithi yote, pamoja na majina
learn-for_leaders-q5-why = Kujitunza kunakuwezesha kuendelea kuwasaidia wengine. Shiriki mzigo na msimamizi au mwenzako, bila kutaja majina, na upumzike.


## Faharasa: maneno ya masomo na maelezo, kwa maneno rahisi.

learn-menu-glossary = Maneno yanayotumika hapa
learn-glossary-title = Maneno yanayotumika katika masomo
learn-glossary-trafficking-term = Biashara haramu ya binadamu
learn-glossary-trafficking = Mtu anapomsajili, kumhamisha au kumficha mtu, kwa nguvu, uongo, vitisho au hali yake ngumu, ili kumnyonya.
learn-glossary-smuggling-term = Usafirishaji haramu wa wahamiaji
learn-glossary-smuggling = Kumvusha mtu mpaka kinyume cha sheria, ili kupata pesa. Kosa ni la mvushaji, si la mhamiaji.
learn-glossary-exploitation-term = Unyonyaji
learn-glossary-exploitation = Kumtumia mtu kwa faida ya mwingine, kwa mfano kwa kazi ya kulazimishwa, ngono ya kulazimishwa au uhalifu wa kulazimishwa.
learn-glossary-forced_labour-term = Kazi ya kulazimishwa
learn-glossary-forced_labour = Kazi ambayo mtu analazimishwa kufanya chini ya tishio la adhabu, na hakuikubali kwa hiari.
learn-glossary-debt_bondage-term = Utumwa wa deni
learn-glossary-debt_bondage = Deni linalotumika kumdhibiti mtu. Lazima afanye kazi kulilipa, lakini linaongezeka au haliishi kamwe.
learn-glossary-grooming-term = Kurubuni (grooming)
learn-glossary-grooming = Mtu anapopata imani ya mwingine kwa zawadi, uangalifu au mapenzi, ili kumdhuru au kumnyonya baadaye.
learn-glossary-warning_sign-term = Ishara ya hatari, bendera nyekundu, kiashiria
learn-glossary-warning_sign = Kitu kinachoweza kuonyesha hatari. Ishara moja si ushahidi, lakini ni sababu ya kuchunguza na kuomba ushauri.
learn-glossary-recruitment_fees-term = Ada za uajiri
learn-glossary-recruitment_fees = Pesa za kupata kazi, kama gharama za wakala, viza au mafunzo. Mwajiri ndiye anapaswa kuzilipa, si mfanyakazi.
learn-glossary-work_permit-term = Kibali cha kazi
learn-glossary-work_permit = Hati kutoka serikali ya nchi inayokuruhusu kufanya kazi huko. Vibali vingine vimefungwa kwa mwajiri mmoja.
learn-glossary-free_movement-term = Uhuru wa kutembea
learn-glossary-free_movement = Kanuni zinazoruhusu watu wa baadhi ya kanda kusafiri, kuishi au kufanya kazi katika nchi nyingine wanachama, kama ECOWAS Afrika Magharibi, au CSME kwa wafanyakazi wenye ujuzi wa CARICOM.
learn-glossary-anonymous-term = Bila kujulikana
learn-glossary-anonymous = Bila kutaja jina lako.
learn-glossary-disclosure-term = Kufichua
learn-glossary-disclosure = Mtu anapokueleza madhara aliyofanyiwa.
learn-glossary-referral-term = Rufaa
learn-glossary-referral = Kumsaidia mtu kufikia huduma inayoweza kumsaidia, kwa ridhaa yake. Njia ya rufaa ni orodha ya huduma za eneo unazoweza kuwapeleka watu.
learn-glossary-non_punishment-term = Kutoadhibu waathiriwa
learn-glossary-non_punishment = Kanuni kwamba waathiriwa wa biashara haramu ya binadamu au kazi ya kulazimishwa hawapaswi kuadhibiwa kwa walicholazimishwa kufanya.

# The app: a module's progress, under its name.
learn-lessons-seen = umeona masomo { $seen } kati ya { $total }
