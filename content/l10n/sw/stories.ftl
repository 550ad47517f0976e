## Stories: one per module for each country with its own story set, and a general one.
## Ids: story-<module>-<country>-title/-body; the country is where the story is set
## (content/learn/<module>.toml). Grade-4 words, short sentences, read aloud by
## text-to-speech. Names and places belong together; no graphic detail.

## trafficking_and_smuggling

story-trafficking_and_smuggling-general-title = Safari na deni
story-trafficking_and_smuggling-general-body = Sam anamlipa mwanamume mmoja amsaidie kuvuka mpaka ili atafute kazi. Upande wa pili, mwanamume huyo anasema sasa Sam anadaiwa pesa nyingi zaidi. Anampeleka Sam shambani. Sam lazima afanye kazi kila siku bila malipo "mpaka deni lilipwe". Sam hawezi kuondoka. Mwanzoni, huu ulikuwa usafirishaji haramu wa wahamiaji. Sasa inaonekana kama biashara haramu ya binadamu. Nini kimebadilika? Sam anaikariri namba ya simu ya kaka yake.

story-trafficking_and_smuggling-jm-title = Kazi ya Montego Bay
story-trafficking_and_smuggling-jm-body = Kerry-Ann ana miaka 17 na anaishi May Pen, Jamaika. Mwanamke mmoja anampa kazi kwenye baa huko Montego Bay, pamoja na chumba. Anapofika, mwanamke huyo anasema anamdai pesa za basi na za chumba. Lazima afanye kazi kila usiku, na mwanamke huyo anashika mshahara wake na simu yake. Hakuna aliyevuka mpaka. Je, hii ni biashara haramu ya binadamu? Kerry-Ann anaazima simu na kumpigia shangazi yake. Nini kingine kingemsaidia?

story-trafficking_and_smuggling-ht-title = Kuvuka mpaka kutafuta kazi
story-trafficking_and_smuggling-ht-body = Widline anaishi Ouanaminthe, nchini Haiti. Anamlipa mwanamume mmoja gourde 20,000 amvushe mpaka kwenda Jamhuri ya Dominika, ambako anatumaini kupata kazi. Upande wa pili, mwanamume huyo anasema anadaiwa peso 40,000 zaidi. Anampeleka kwenye nyumba ambako lazima apike na kusafisha kila siku, bila malipo na bila siku ya mapumziko. Anaambiwa polisi watamkamata akitoka nje. Mwanzoni huu ulikuwa usafirishaji haramu wa wahamiaji. Sasa ni nini? Widline anaikariri namba ya simu ya dada yake.

story-trafficking_and_smuggling-tt-title = Mashua ya usiku
story-trafficking_and_smuggling-tt-body = Yusmary anatoka Venezuela. Anamlipa nahodha wa mashua ili ampeleke Cedros, Trinidad, usiku. Mwanamume mmoja anaisubiri mashua. Anasema Yusmary anadaiwa dola 10,000 zaidi za Trinidad na Tobago, na anachukua pasipoti yake. Anampeleka kufanya kazi kwenye baa na anashika mshahara wake. Mwanzoni huu ulikuwa usafirishaji haramu wa wahamiaji. Sasa ni nini? Mwanamke mmoja wa kanisani anampa Yusmary namba yake, endapo atahitaji msaada.

story-trafficking_and_smuggling-ng-title = Barabara ya kaskazini
story-trafficking_and_smuggling-ng-body = Osaro ana miaka 20 na anaishi Benin City, Naijeria. "Mtu wa mipango" anasema anaweza kumfikisha Ulaya kwa naira 800,000. Osaro analipa. Katika mji wa jangwani ambapo basi linasimama, wanaume hao wanasema bei imepanda. Osaro lazima afanye kazi kwenye eneo la ujenzi kwa ajili yao ili kuilipa. Wanashika simu yake na hawamlipi chochote. Mwanzoni huu ulikuwa usafirishaji haramu wa wahamiaji. Sasa ni nini? Osaro anaikariri namba ya simu ya mama yake.

story-trafficking_and_smuggling-gh-title = Uvuvi ziwani
story-trafficking_and_smuggling-gh-body = Kojo ana miaka 11 na anaishi karibu na Cape Coast, Ghana. Mwanamume mmoja anamwambia mama yake kwamba atampeleka Kojo kujifunza uvuvi katika Ziwa Volta na kutuma pesa nyumbani. Huko, Kojo anafanya kazi kwenye mashua tangu alfajiri. Haendi shule na halipwi. Mwanamume huyo anasema familia ilipokea pesa, kwa hiyo Kojo lazima abaki. Hakuna aliyevuka mpaka. Je, hii ni biashara haramu ya binadamu? Mwalimu wake wa zamani anaiarifu ofisi ya ustawi wa jamii.

story-trafficking_and_smuggling-sn-title = Mashua ya kwenda Hispania
story-trafficking_and_smuggling-sn-body = Moussa ana miaka 22 na anaishi Mbour, Senegali. Mwanamume mmoja anasema mashua ya kwenda Hispania itaondoka hivi karibuni, kwa faranga 500,000 za CFA. Moussa analipa. Safari inasimama katika nchi nyingine. Wanaume hao wanasema bei imepanda. Wanamweka Moussa ndani ya nyumba na kumwambia afanye kazi kwao bila malipo, au apigie familia yake iombe pesa zaidi. Mwanzoni huu ulikuwa usafirishaji haramu wa wahamiaji. Sasa ni nini? Kaka yake anaomba ushauri kwa kikundi cha kusaidia wahamiaji kabla familia haijatuma chochote.

story-trafficking_and_smuggling-ke-title = Kusaidia nyumbani
story-trafficking_and_smuggling-ke-body = Wanjiru ana miaka 15 na anaishi katika kijiji karibu na Thika, Kenya. Jamaa mmoja anampeleka Nairobi kusaidia katika nyumba moja. Anaahidi kwamba atakwenda shule. Anafanya kazi kuanzia alfajiri hadi usiku sana, bila malipo na bila shule. Anaambiwa hawezi kurudi nyumbani mpaka familia iseme. Hakuna aliyevuka mpaka. Je, hii ni biashara haramu ya binadamu? Jirani mmoja anamwarifu afisa wa watoto.

story-trafficking_and_smuggling-ug-title = Njia fupi ya Dubai
story-trafficking_and_smuggling-ug-body = Akello ana miaka 23 na anaishi Gulu, Uganda. Wakala mmoja anasema anaweza kumtafutia kazi ya dukani Dubai. Anamlipa shilingi 2,000,000. Anamwambia apande basi hadi Nairobi na apande ndege kutoka huko kwa viza ya mgeni, "ili iwe haraka". Huko Dubai, rafiki yake anachukua pasipoti yake na kumpeleka kusafisha nyumba. Halipwi kwa miezi miwili. Ni nini kinachofanya hii iwe biashara haramu ya binadamu? Akello anakariri namba ya ubalozi wake.

story-trafficking_and_smuggling-et-title = Bei mpya ya dalali
story-trafficking_and_smuggling-et-body = Hana ana miaka 19 na anaishi Hosaena, Ethiopia. Dalali anasema anaweza kumpeleka kufanya kazi nje ya nchi kwa birr 60,000. Njiani, katika mji ulio mbali na nyumbani, anasema lazima kwanza afanye kazi katika mgahawa ili alipe sehemu iliyobaki ya safari. Anafanya kazi kuanzia alfajiri hadi usiku sana. Mwenye mgahawa anashika mshahara wake kwa ajili ya dalali. Alilipia kazi, si kuvushwa mpaka kinyume cha sheria. Sasa anapitia nini? Hana anaiambia familia yake alipo kila anapoweza kupiga simu.

story-trafficking_and_smuggling-ca-title = Mpenzi wa mtandaoni
story-trafficking_and_smuggling-ca-body = Amara ana miaka 17 na anaishi Halifax. Mwanamume mzee kuliko yeye, aliyekutana naye mtandaoni, anasema anampenda. Anamnunulia nguo na kumpeleka Montreal kwa wikendi. Huko anasema anamdai pesa za hoteli na zawadi, na lazima amfanyie kazi ili alipe. Anashika simu yake. Hakuna aliyevuka mpaka. Je, hii ni biashara haramu ya binadamu? Rafiki yake Amara anapiga simu kwa namba ya msaada dhidi ya biashara haramu ya binadamu kuomba ushauri.

story-trafficking_and_smuggling-us-title = Kikundi cha wauzaji
story-trafficking_and_smuggling-us-body = Jaylen ana miaka 19 na anaishi Detroit. Anajiunga na kikundi cha wauzaji wa nyumba kwa nyumba kinachosafiri kutoka mji mmoja hadi mwingine. Bosi anashika vitambulisho vya kila mtu "kwa ajili ya hoteli". Mshahara wa Jaylen unaenda kwenye "gharama" za chakula na vyumba, kwa hiyo daima anadaiwa pesa. Anaambiwa ataachwa peke yake katika mji asioujua akiacha kazi. Hakuna aliyevuka mpaka. Je, hii bado inaweza kuwa biashara haramu ya binadamu? Jaylen anampigia shangazi yake, naye anaomba ushauri kwa namba ya msaada.

## how_recruiters_lie

story-how_recruiters_lie-general-title = Ujumbe wa kazi ya ndoto
story-how_recruiters_lie-general-body = Ana anaona ujumbe kwenye mitandao ya kijamii: "Kazi za hoteli nje ya nchi. Mshahara mzuri. Uzoefu hauhitajiki. Nafasi karibu zimejaa." Anaandikia namba hiyo. Wakala anasema lazima alipe ada ya viza na atume pasipoti yake kwa mjumbe. Anasema mkataba utasainiwa akifika. Unaona ishara gani za hatari? Ana anamwomba rafiki yake amsaidie kuangalia wakala kabla hajalipa chochote.

story-how_recruiters_lie-jm-title = Kazi ya hoteli huko Montego Bay
story-how_recruiters_lie-jm-body = Shanice anaishi Montego Bay, Jamaika. Mwanamume mmoja kwenye sherehe anasema anaweza kumtafutia kazi ya hoteli Marekani. Anaomba dola 150,000 za Jamaika kwa ajili ya "kushughulikia hati". Anasema atasafiri kwa viza ya mgeni na kurekebisha hati baadaye. Anaongea naye kwenye WhatsApp tu na hataji jina la hoteli. Unaona ishara gani za hatari? Shanice anaomba ahadi ya kazi kwa maandishi na anaitafuta hoteli mwenyewe.

story-how_recruiters_lie-ht-title = Mdhamini wa kulipia
story-how_recruiters_lie-ht-body = Mirlande anaishi Cap-Haïtien, Haiti. Mwanamume mmoja kwenye WhatsApp anasema anaweza kumtafutia mdhamini Marekani, ili apate viza na kazi. Anataka dola 1,500 za Marekani na picha ya pasipoti yake wiki hii. Anasema: "Usimuulize mtu yeyote, nafasi zinaisha haraka." Unaona ishara gani za hatari? Mirlande anaomba ushauri kwa ofisi ya msaada wa kisheria kabla hajalipa chochote.

story-how_recruiters_lie-tt-title = Kazi za hoteli Kanada
story-how_recruiters_lie-tt-body = Keisha anaishi Chaguanas, Trinidad na Tobago. Tangazo la mtandaoni linasema: "Kazi za hoteli Kanada. Kibali cha kazi kwa wiki mbili. Lipa dola 5,000 za TT kushikilia nafasi yako." Mwajiri huyo hana ofisi na anatuma ujumbe wa sauti tu. Unaona ishara gani za hatari? Keisha anaitafuta kazi hiyo kwanza kwenye tovuti rasmi ya serikali ya Kanada.

story-how_recruiters_lie-ng-title = Mwanamume wa Instagram
story-how_recruiters_lie-ng-body = Ifeoma ana miaka 19 na anaishi Onitsha, Naijeria. Mwanamume aliyekutana naye kwenye Instagram anasema anampenda. Anasema ana duka Dubai na kazi kwa ajili yake. Anatuma pesa za pasipoti. Anasema asiwaambie wazazi wake mpaka afike. Unaona ishara gani za hatari? Ifeoma anamweleza shangazi yake kuhusu ahadi hiyo.

story-how_recruiters_lie-gh-title = Majaribio ya mpira
story-how_recruiters_lie-gh-body = Kwame ana miaka 16 na anacheza mpira wa miguu Kumasi, Ghana. Mwanamume mmoja anasema klabu moja ya Ulaya inamtaka kwa majaribio. Familia lazima ilipe cedi 30,000 kwa viza na safari. Mwanamume huyo hataji jina la klabu. Anasema, "Usimwambie kocha wako, wavulana wengine wanataka nafasi hii." Unaona ishara gani za hatari? Kwame anamweleza kocha wake na wazazi wake kuhusu ahadi hiyo.

story-how_recruiters_lie-sn-title = Kazi ya saluni
story-how_recruiters_lie-sn-body = Aïssatou anaishi Thiès, Senegali. Mwanamke mmoja wa mtaa wake anasema anaweza kumtafutia kazi katika saluni ya urembo huko Ghuba. Anasema viza ni bure, na Aïssatou atalipa kutoka kwenye mshahara wake. Mkataba atapewa uwanja wa ndege. Unaona ishara gani za hatari? Aïssatou anaomba kuona mkataba kwa Kifaransa kabla ya kuondoka.

story-how_recruiters_lie-ke-title = Huduma kwa wateja nchini Thailand
story-how_recruiters_lie-ke-body = Grace anaishi Nairobi, Kenya. Anaona tangazo: "Kazi za huduma kwa wateja nchini Thailand. Shilingi 150,000 kwa mwezi. Tiketi ya ndege imelipiwa. Anza wiki ijayo." Wakala anasema asafiri kwa viza ya utalii. Hawezi kutaja jina la kampuni. Unaona ishara gani za hatari? Grace anaomba viza ya kazi na mkataba wa maandishi kabla ya kukubali.

story-how_recruiters_lie-ug-title = Kazi za kuchapa Thailand
story-how_recruiters_lie-ug-body = Joseph ana miaka 25 na anaishi Kampala, Uganda. Rafiki yake wa Facebook anasema anafanya kazi ya "masoko ya mtandaoni" Thailand. Anasema mshahara ni dola 3,000 za Marekani kwa mwezi na kampuni inalipa tiketi ya ndege. Anahitaji tu kuchapa haraka kwa Kiingereza na kusafiri kwa viza ya utalii. Unaona ishara gani za hatari? Joseph anatafuta jina la kampuni pamoja na neno "utapeli".

story-how_recruiters_lie-et-title = Njia fupi
story-how_recruiters_lie-et-body = Kedija ana miaka 18 na anaishi Jimma, Ethiopia. Dalali mmoja wa mji wake anasema familia moja ya Saudi Arabia inataka msaidizi wa nyumbani. Anasema anaweza kwenda "kwa njia fupi", kwa barabara na kwa mashua, bila wakala na bila mkataba. Anaomba birr 50,000. Unaona ishara gani za hatari? Kedija anauliza ofisi ya kazi ni mawakala gani wenye leseni.

story-how_recruiters_lie-ca-title = Kazi inayouzwa
story-how_recruiters_lie-ca-body = Adwoa ni mwanafunzi kutoka Ghana anayeishi Brampton, Ontario. Mshauri mmoja anasema anaweza kumuuzia ahadi ya kazi itakayomsaidia kubaki Kanada. Bei ni dola 25,000. Anasema wanafunzi wengi hulipa. Unaona ishara gani za hatari? Adwoa anaangalia kama yuko kwenye orodha rasmi ya washauri wa uhamiaji wenye leseni.

story-how_recruiters_lie-us-title = Msaka vipaji wa uanamitindo
story-how_recruiters_lie-us-body = Maya ana miaka 15 na anaishi Atlanta. Mtu anayesema ni msaka vipaji wa uanamitindo anamtumia ujumbe mtandaoni. Anasema Maya anaweza kuwa maarufu. Anaomba picha zaidi, na anasema asiwaambie wazazi wake bado. Baadaye anampa tiketi ya basi ili wakutane katika mji mwingine. Unaona ishara gani za hatari? Maya anamweleza mama yake na anaizuia akaunti hiyo.

## rights_at_work

story-rights_at_work-general-title = Kuitunza pasipoti salama
story-rights_at_work-general-body = Leo anafika kwa kazi mpya nje ya nchi. Meneja anasema, "Nipe pasipoti yako. Nitaitunza salama." Pia anasema mkataba utakuwa tofauti na ule Leo aliosaini nyumbani, na mshahara utakuwa mdogo zaidi. Leo ana haki gani? Anaweza kufanya nini kwa usalama? Leo anahifadhi picha ya pasipoti yake na ya mkataba wa kwanza.

story-rights_at_work-jm-title = Hoteli ya South Carolina
story-rights_at_work-jm-body = Andre anaishi Ocho Rios, Jamaika. Anakwenda kufanya kazi katika hoteli huko South Carolina kwa viza ya kazi ya msimu. Bosi anashika pasipoti za wafanyakazi "ili kuzitunza". Kila wiki, anakata pesa nyingi zaidi za chumba kwenye mishahara yao kuliko alivyoahidi. Andre ana haki gani? Anaweza kufanya nini kwa usalama? Andre anahifadhi picha ya mkataba wake na hati zake za mshahara.

story-rights_at_work-ht-title = Eneo la ujenzi
story-rights_at_work-ht-body = Wilner anatoka Port-au-Prince, Haiti. Anafanya kazi kwenye eneo la ujenzi huko Santo Domingo, Jamhuri ya Dominika. Bosi anashika pasipoti yake na anamlipa nusu tu ya alivyoahidi. Anasema Wilner atarudishwa kwao akilalamika. Wilner ana haki gani? Anaweza kufanya nini kwa usalama? Wilner anaandika siku na saa anazofanya kazi.

story-rights_at_work-tt-title = Hoteli katika nchi nyingine
story-rights_at_work-tt-body = Marlon anaishi San Fernando, Trinidad na Tobago. Alimlipa wakala dola 8,000 za Trinidad na Tobago kwa kazi ya hoteli nje ya nchi. Anapofika, meneja anaomba pasipoti yake "kwa ajili ya kumbukumbu". Mkataba mpya unaonyesha mshahara mdogo zaidi na siku sita za kazi kila wiki. Marlon ana haki gani? Anaweza kufanya nini kwa usalama? Marlon anahifadhi nakala ya mkataba wa kwanza aliosaini.

story-rights_at_work-ng-title = Mkataba mpya uwanja wa ndege
story-rights_at_work-ng-body = Tunde anaishi Ibadan, Naijeria. Wakala mmoja anampatia kazi ya udereva Qatar. Uwanja wa ndege, wakala anampa mkataba mpya, wenye mshahara mdogo na saa nyingi zaidi. Anasema: "Saini haraka, la sivyo utakosa ndege." Tunde ana haki gani? Anaweza kuomba nini? Tunde anahifadhi nakala ya mkataba wa kwanza.

story-rights_at_work-gh-title = Miaka miwili katika nyumba moja
story-rights_at_work-gh-body = Abena anatoka Kumasi, Ghana. Anafanya kazi ya nyumbani kwa familia moja Lebanon. Familia inashika pasipoti yake. Wanasema Abena hawezi kuondoka mpaka miaka yake miwili iishe. Anafanya kazi kila siku, bila siku ya kupumzika. Abena ana haki gani? Anaweza kufanya nini kwa usalama? Abena anahifadhi picha ya pasipoti yake kwenye simu ya rafiki yake.

story-rights_at_work-sn-title = Mkataba asioweza kuusoma
story-rights_at_work-sn-body = Fatou anaishi Dakar, Senegal. Wakala anampa kazi ya usafi katika hoteli katika nchi za Ghuba. Anaomba faranga 500,000 za CFA. Mkataba uko katika lugha ambayo hawezi kuisoma. Anasema, "Saini tu. Kila mtu hufanya hivyo." Fatou ana haki gani? Anaweza kuomba nini? Fatou anaomba mkataba kwa Kifaransa na kumwonyesha mtu anayemwamini.

story-rights_at_work-ke-title = Tishio la "kutoroka"
story-rights_at_work-ke-body = Kiprop anatoka Eldoret, Kenya. Anafanya kazi ya ulinzi Saudi Arabia. Mshahara wake ni mdogo kuliko unavyosema mkataba, na bosi anashika pasipoti yake. Kiprop anapouliza, bosi anasema atamripoti kuwa ametoroka. Kiprop ana haki gani? Anaweza kuomba ushauri kwa nani? Kiprop anauliza huduma ya msaada viza yake inamruhusu nini kabla hajafanya lolote.

story-rights_at_work-ug-title = Kazi ya nyumbani nje ya nchi
story-rights_at_work-ug-body = Sarah anaishi Kampala, Uganda. Anaenda kufanya kazi kama mfanyakazi wa nyumbani kwa familia moja nje ya nchi. Siku ya kwanza, familia hiyo inachukua pasipoti na simu yake. Anafanya kazi kuanzia saa kumi na mbili asubuhi hadi saa sita usiku, bila siku ya mapumziko. Sarah ana haki gani? Anaweza kufanya nini kwa usalama? Sarah anakariri namba ya simu ya ubalozi wake.

story-rights_at_work-et-title = Hakuna siku ya kupumzika
story-rights_at_work-et-body = Meseret anatoka Dessie, Ethiopia. Anafanya kazi kwa familia moja Kuwait. Anafanya kazi kuanzia alfajiri hadi usiku sana. Hana siku ya kupumzika, na familia inashika simu yake karibu siku nzima. Meseret ana haki gani? Anaweza kufanya nini kwa usalama? Meseret anakariri namba ya ubalozi wake.

story-rights_at_work-ca-title = Wakala wa kazi za muda
story-rights_at_work-ca-body = Kofi alikuja Kanada kusoma. Anafanya kazi katika ghala kupitia wakala wa kazi za muda. Wakala huyo anakata sehemu ya mshahara wake kwa ajili ya "ada" na anashika kibali chake cha masomo. Wanasema watamripoti akilalamika. Kofi ana haki gani? Anaweza kuomba ushauri kwa nani? Kofi anaandika saa zake za kazi na anahifadhi hati zake za mshahara.

story-rights_at_work-us-title = Shamba la Florida
story-rights_at_work-us-body = Jermaine anatoka St Elizabeth, Jamaika. Anakuja Florida kwa viza ya kazi ya shambani kuvuna mazao. Msimamizi wa kikundi anashika pasipoti za wafanyakazi. Kila wiki anakata pesa kwenye mishahara yao "kwa ajili ya viza" na basi. Jermaine ana haki gani? Anaweza kuomba ushauri kwa nani? Jermaine anaomba ushauri kwa kikundi cha msaada wa kisheria kwa wafanyakazi wa mashambani.

## warning_signs

story-warning_signs-general-title = Rafiki aliyebadilika
story-warning_signs-general-body = Rafiki yako Tom ana kazi mpya. Sasa daima amechoka. Bosi wake anampeleka kila mahali kwa gari na anajibu kwa niaba yake mnapozungumza. Tom anasema hawezi kuja kukutembelea kwa sababu "anadaiwa" pesa za chumba chake. Unaona ishara gani? Unaweza kufanya nini bila kumweka Tom hatarini?

story-warning_signs-jm-title = Mpenzi mpya wa Tiana
story-warning_signs-jm-body = Tiana yuko darasa moja nawe huko Spanish Town, Jamaika. Ana mpenzi mpya aliye mkubwa kwake sana kwa umri. Anamnunulia vocha za simu na nguo mpya. Sasa mara nyingi anakosa shule. Anasema lazima "amlipe". Unaona ishara gani? Unaweza kuongea na nani?

story-warning_signs-ht-title = Msichana wa nyumba jirani
story-warning_signs-ht-body = Guerline ana takriban miaka 10 na anaishi na familia ya jirani huko Port-au-Prince, Haiti. Alikuja kutoka kijijini "ili aende shule". Unamwona akibeba maji na kupika siku nzima. Haendi shule. Anaonekana amechoka sana na mara nyingi ana njaa. Unaona ishara gani? Unaweza kuzungumza na nani?

story-warning_signs-tt-title = Dukani
story-warning_signs-tt-body = Unafanya kazi dukani Chaguanas, Trinidad na Tobago. Mwanamke kijana huja mara nyingi na mwanamume mmoja. Anazungumza Kihispania tu. Mwanamume anamjibia, anashika kitambulisho chake na analipa kila kitu. Haonekani mwenye furaha kamwe na haji peke yake kamwe. Unaona ishara gani? Unaweza kufanya nini kwa usalama?

story-warning_signs-ng-title = Msichana wa nyumba jirani
story-warning_signs-ng-body = Msichana mwenye umri wa takriban miaka 13 anaishi na majirani zako huko Lagos, Naijeria. Alitoka kijijini "kusaidia kazi za nyumbani". Anafanya kazi tangu alfajiri hadi usiku sana. Haendi shule na haruhusiwi kamwe kutoka peke yake. Unaona ishara gani? Unaweza kuongea na nani?

story-warning_signs-gh-title = Soko la Makola
story-warning_signs-gh-body = Katika soko la Makola, Accra, Ghana, msichana wa takriban miaka 14 anabeba mizigo mizito siku nzima. Alikuja kutoka kaskazini na mwanamke anayechukua pesa zake zote. Msichana analala sokoni na haendi shule. Unaona ishara gani? Unaweza kuzungumza na nani?

story-warning_signs-sn-title = Wavulana wa sokoni
story-warning_signs-sn-body = Huko Dakar, Senegali, unawaona wavulana wale wale wadogo wakiomba karibu na soko kila siku, wakiwa na kopo. Wanaonekana wana njaa na hawana viatu. Wanasema lazima wampelekee mwanamume mmoja pesa kila siku, la sivyo wataadhibiwa. Unaona ishara gani? Unaweza kuzungumza na nani?

story-warning_signs-ke-title = Ujumbe kutoka Thailand
story-warning_signs-ke-body = Jirani yako wa Mombasa, Kenya, alikwenda Thailand kwa "kazi ya IT". Sasa familia yake inapata ujumbe wa ajabu. Unatumia maneno yale yale kila mara. Anawaomba watume pesa za kulipa "faini" ili aweze kuondoka. Hapigi simu ya video kamwe. Unaona ishara gani? Familia yake inaweza kuzungumza na nani?

story-warning_signs-ug-title = Sokoni
story-warning_signs-ug-body = Katika soko la Kampala, Uganda, unamwona msichana wa takriban miaka 14 akiuza bidhaa kila siku, hata wakati wa masomo. Mwanamke mmoja daima anamwangalia na kujibu kwa niaba yake. Msichana anaonekana amechoka na ana njaa. Unaona ishara gani? Unaweza kuongea na nani?

story-warning_signs-et-title = Msichana wa mgahawani
story-warning_signs-et-body = Katika mgahawa mdogo Addis Ababa, Ethiopia, msichana wa takriban miaka 13 anafanya kazi kila siku hadi usiku. Haendi shule. Mwenye mgahawa anamjibia unapozungumza naye. Anasema analala jikoni. Unaona ishara gani? Unaweza kuzungumza na nani?

story-warning_signs-ca-title = Jumapili kanisani
story-warning_signs-ca-body = Unasaidia katika kanisa moja huko Leamington, Ontario. Jumapili, wafanyakazi wengi wa mashambani kutoka Jamaika na Trinidad huja. Mfanyakazi mmoja anasema bosi anashika pasipoti yake. Aliambiwa atarudishwa nyumbani akiugua au akilalamika. Anaonekana ana hofu. Unaona ishara gani? Unaweza kufanya nini kwa usalama?

story-warning_signs-us-title = Tanisha amebadilika
story-warning_signs-us-body = Tanisha ana miaka 15 na yuko darasani kwako huko Baltimore. Ana mpenzi mzee kuliko yeye. Alimpa simu mpya na nguo mpya. Sasa anakosa shule, anaonekana amechoka sana na anasema lazima "amfanyie kazi" usiku. Anaonekana anamwogopa. Unaona ishara gani? Unaweza kuzungumza na nani?

## safe_migration

story-safe_migration-general-title = Kujiandaa kuondoka
story-safe_migration-general-body = Mira ana ofa ya kazi katika nchi nyingine. Anaondoka baada ya mwezi mmoja. Ana simu, pasipoti yake na pesa kidogo. Mira afanye nini kabla ya kuondoka, safarini na anapofika? Mira anamwachia dada yake nakala ya pasipoti na ya mkataba wake.

story-safe_migration-jm-title = Kazi ya shambani Ontario
story-safe_migration-jm-body = Devon anaishi Clarendon, Jamaika. Ana ofa ya kazi ya msimu ya shambani huko Ontario, Kanada. Anaondoka baada ya wiki sita. Mama yake ana wasiwasi. Devon anaweza kuchunguza na kuandaa nini kabla ya kuondoka? Afanye nini ikiwa kazi si ile aliyoahidiwa? Devon anamwachia mama yake nakala ya mkataba wake na anwani ya shamba.

story-safe_migration-ht-title = Kazi Santiago
story-safe_migration-ht-body = Fabienne anaishi Jacmel, Haiti. Shangazi yake huko Santiago, Jamhuri ya Dominika, anasema kuna kazi dukani. Fabienne anapanga kwenda mwezi ujao. Ana simu na pesa kidogo. Anapaswa kuangalia nini kabla ya kwenda? Nani anapaswa kujua alipo? Fabienne anaandika namba ya shangazi yake kwenye karatasi na kuikariri.

story-safe_migration-tt-title = Kazi ya kuhudumia wagonjwa Uingereza
story-safe_migration-tt-body = Candice anaishi Arima, Trinidad na Tobago. Wakala mmoja anampa kazi ya kuhudumia wazee na wagonjwa Uingereza. Wakala uko London na unataka ada ya viza. Candice anapaswa kuangalia nini kabla ya kulipa? Anaweza kujiandaa vipi? Candice anaangalia kama mwajiri yuko kwenye orodha rasmi ya serikali ya Uingereza ya waajiri wenye leseni.

story-safe_migration-ng-title = Kusoma Kanada
story-safe_migration-ng-body = Aminata anaishi Abuja, Naijeria. Wakala anasema anaweza kumpatia nafasi katika chuo kimoja Kanada, viza na kazi ya muda, vyote kwa naira 3,000,000. Anataka pesa wiki hii. Aminata achunguze nini kabla ya kulipa? Anawezaje kujiandaa kwa safari? Aminata anaangalia kama chuo kiko kwenye orodha rasmi ya Kanada ya vyuo vilivyoidhinishwa.

story-safe_migration-gh-title = Kazi ya ujenzi Dubai
story-safe_migration-gh-body = Yaw anaishi Accra, Ghana. Amepata kazi kwenye eneo la ujenzi Dubai. Anaondoka baada ya miezi miwili. Mke wake ana wasiwasi. Yaw anapaswa kuangalia nini kuhusu wakala na mkataba? Anapaswa kuandaa nini? Yaw anamwachia mke wake nakala ya pasipoti yake na ya mkataba.

story-safe_migration-sn-title = Stroberi Hispania
story-safe_migration-sn-body = Ousmane anaishi Ziguinchor, Senegali. Amepata kazi ya kuchuma stroberi Hispania kwa miezi minne, kupitia mpango rasmi. Anaondoka wakati wa masika. Ousmane anapaswa kuangalia nini kabla ya kwenda? Nani anapaswa kujua anapofanya kazi? Ousmane anaiomba ofisi ya mpango huo mkataba wake kwa Kifaransa.

story-safe_migration-ke-title = Kazi za nyumbani katika nchi za Ghuba
story-safe_migration-ke-body = Mercy anaishi Nakuru, Kenya. Shirika la ajira linampa kazi ya mfanyakazi wa nyumbani katika nchi za Ghuba. Anaondoka mwezi ujao. Mercy achunguze nini kuhusu shirika hilo na mkataba? Aandae nini, na nani anapaswa kujua alipo? Mercy anaangalia kama wakala yuko kwenye orodha ya serikali ya mawakala wenye leseni.

story-safe_migration-ug-title = Kazi ya ulinzi Qatar
story-safe_migration-ug-body = Waiswa anaishi Jinja, Uganda. Wakala mmoja anampa kazi ya ulinzi Qatar. Anaondoka mwezi ujao. Waiswa anapaswa kuangalia nini kuhusu wakala na mkataba? Anapaswa kuandaa nini? Waiswa anaangalia kama wakala yuko kwenye orodha ya serikali ya mawakala wenye leseni.

story-safe_migration-et-title = Kazi ya nyumbani Saudi Arabia
story-safe_migration-et-body = Selam anaishi Bahir Dar, Ethiopia. Wakala mwenye leseni anampa kazi ya nyumbani Saudi Arabia. Anaondoka baada ya wiki sita. Selam anapaswa kuangalia nini kwenye mkataba? Anapaswa kuandaa nini, na nani anapaswa kujua alipo? Selam anakubaliana na mama yake siku moja kila wiki ya kupigiana simu.

story-safe_migration-ca-title = Kazi katika mji mpya
story-safe_migration-ca-body = Jada ana miaka 18. Familia yake inatoka Haiti, na anaishi Montréal-Nord. Rafiki wa rafiki anasema kuna kazi kwa ajili yake Toronto, pamoja na chumba. Hajawahi kukutana na mwajiri. Jada anapaswa kuangalia nini kabla ya kwenda? Anapaswa kupanga nini ikiwa mambo yataharibika?

story-safe_migration-us-title = Kazi baada ya dhoruba
story-safe_migration-us-body = Marcus ana miaka 20 na anaishi Jackson, Mississippi. Kikundi kimoja kinampa kazi ya kukarabati nyumba baada ya dhoruba huko Florida. Wanalipa safari na vyumba, na wanasema atalipwa mwisho wa kazi. Marcus anapaswa kuangalia nini kabla ya kwenda? Marcus anauliza jina la kampuni na kuandika anwani atakapokaa.

## getting_help

story-getting_help-general-title = Ujumbe wa usiku
story-getting_help-general-body = Binamu yako anafanya kazi nje ya nchi. Usiku sana anatuma ujumbe mfupi: "Bosi wangu amechukua pasipoti yangu. Siwezi kutoka nje. Tafadhali usinipigie simu." Unaweza kufanya nini kumsaidia kwa usalama?

story-getting_help-jm-title = Ujumbe wa sauti wa chini chini
story-getting_help-jm-body = Binamu yako Nadine alitoka Kingston kwenda kufanya kazi katika hoteli kwenye kisiwa kingine. Anatuma ujumbe wa sauti kwa sauti ya chini: bosi amechukua pasipoti yake na anasema anamdai pesa za tiketi ya ndege. Anakuomba usimwambie mama yake. Unaweza kufanya nini kumsaidia kwa usalama?

story-getting_help-ht-title = Ujumbe kutoka Santo Domingo
story-getting_help-ht-body = Dada yako Rose anafanya kazi katika nyumba moja Santo Domingo. Usiku anatuma ujumbe wa WhatsApp. Familia inashika hati zake na haijamlipa kwa miezi miwili. Anakuomba usimpigie simu. Unaweza kufanya nini kumsaidia kwa usalama?

story-getting_help-tt-title = Rafiki mpya kanisani
story-getting_help-tt-body = Mwanamke kijana kutoka Venezuela anakuja kanisani kwenu San Fernando. Anakueleza kwa Kihispania kwamba bosi wake anashika pasipoti yake na kuchukua mshahara wake. Anaogopa polisi. Unaweza kufanya nini kumsaidia kwa usalama?

story-getting_help-ng-title = Ujumbe wa Blessing
story-getting_help-ng-body = Rafiki yako Blessing aliondoka Benin City kwenda kufanya kazi katika saluni katika nchi nyingine. Sasa anaandika kwamba hakuna saluni. Lazima amfanyie kazi "madam" ili kulipa deni kubwa. Anaogopa kinachoweza kuipata familia yake. Unaweza kufanya nini kumsaidia kwa usalama?

story-getting_help-gh-title = Simu ya Kofi kutoka Dubai
story-getting_help-gh-body = Binamu yako Kofi alitoka Kumasi kwenda Dubai kwa kazi ya udereva. Anapiga simu kwa simu ya rafiki. Kazi si udereva. Anafanya kazi ghalani usiku kucha, na bosi anashika pasipoti yake. Anakuomba usimwambie mama yake bado. Unaweza kufanya nini kumsaidia kwa usalama?

story-getting_help-sn-title = Simu kutoka Libya
story-getting_help-sn-body = Binamu yako Cheikh aliondoka Kaolack ili afike Ulaya. Sasa anapiga simu kutoka Libya. Wanaume fulani wanamshikilia ndani ya nyumba na wanaiomba familia yake pesa. Ana hofu. Unaweza kufanya nini kumsaidia kwa usalama?

story-getting_help-ke-title = Simu kutoka Ghuba
story-getting_help-ke-body = Dada yako anafanya kazi kama mfanyakazi wa nyumbani katika nchi za Ghuba. Anapiga simu usiku kwa simu ya kuazima. Anafanya kazi siku nzima, hajalipwa kwa miezi mitatu, na hawezi kutoka nyumbani. Unaweza kufanya nini kumsaidia kwa usalama?

story-getting_help-ug-title = Ujumbe wa sauti kutoka Oman
story-getting_help-ug-body = Dada yako Nakato anafanya kazi ya nyumbani Oman. Anatuma ujumbe mfupi wa sauti usiku sana. Familia ilichukua simu yake, na anaitumia tu wanapolala. Hajalipwa. Unaweza kufanya nini kumsaidia kwa usalama?

story-getting_help-et-title = Meron huko Beirut
story-getting_help-et-body = Rafiki yako Meron, kutoka Addis Ababa, anafanya kazi katika nyumba moja Beirut. Anaandika kwamba anafanya kazi siku nzima, analala sakafuni jikoni na hawezi kutoka nje. Anakuomba usiiambie familia yake. Unaweza kufanya nini kumsaidia kwa usalama?

story-getting_help-ca-title = Rafiki wa shuleni
story-getting_help-ca-body = Rafiki yako Roselène anasoma shuleni kwenu Montréal-Nord. Anasema mpenzi wake mzee kuliko yeye anakagua simu yake na kushika pesa zake. Anasema anamdai. Ana hofu, na anakuomba usimwambie mtu yeyote. Unaweza kufanya nini kumsaidia kwa usalama?

story-getting_help-us-title = Kazi mpya ya Jean
story-getting_help-us-body = Binamu yako Jean alikuja kutoka Haiti na anaishi na familia yenu Miami. Anafanya kazi kwa kampuni ya usafi. Bosi anashika hati zake na anamlipa kidogo sana. Anasema atawaita maafisa wa uhamiaji Jean akilalamika. Unaweza kufanya nini kumsaidia Jean kwa usalama?

## for_leaders

story-for_leaders-general-title = Baada ya kipindi
story-for_leaders-general-body = Baada ya kipindi chako, mwanamke kijana anasubiri hadi kila mtu aondoke. Anasema kazi aliyopata nje ya nchi inafanana na kisa ulichosimulia. Anaondoka wiki ijayo na tayari amelipa ada. Anakuomba usiiambie familia yake. Unasema nini na unafanya nini?

story-for_leaders-jm-title = Baada ya ibada huko Kingston
story-for_leaders-jm-body = Unaendesha kipindi katika ukumbi wa kanisa huko Kingston, Jamaika. Baadaye, kijana mmoja wa kiume anabaki. Anasema wakala ameshika pasipoti yake na anaomba pesa zaidi kabla hajasafiri kwa kazi ya shambani. Anaona aibu kumwambia mchungaji wake. Unasema nini na unafanya nini?

story-for_leaders-ht-title = Baada ya kikao Gonaïves
story-for_leaders-ht-body = Unaendesha kikao katika kanisa moja Gonaïves, Haiti. Baadaye, mama mmoja anasema mwanamke fulani amejitolea kumpeleka binti yake wa miaka 12 Port-au-Prince. Msichana angeishi na familia moja na "kwenda shule". Mwanamke huyo anataka kuondoka wiki hii. Unasema nini na unafanya nini?

story-for_leaders-tt-title = Baada ya kikao Point Fortin
story-for_leaders-tt-body = Unaendesha kikao katika kituo cha jamii Point Fortin, Trinidad na Tobago. Baadaye, mwalimu mmoja anasema msichana wa miaka 15 kutoka Venezuela hukosa darasa mara nyingi. Mwanamume mzima humchukua shuleni. Msichana anasema ni "mjomba" wake. Unasema nini na unafanya nini?

story-for_leaders-ng-title = Baada ya kikao Benin City
story-for_leaders-ng-body = Unaendesha kikao katika kituo cha jamii Benin City, Naijeria. Baadaye, mwanamke kijana anayeitwa Osas anabaki. Anasema "madam" mmoja atamlipia safari ya kwenda Italia. Kwanza, lazima aape kiapo kwenye madhabahu kwamba atarudisha pesa. Unasema nini na unafanya nini?

story-for_leaders-gh-title = Baada ya kipindi huko Accra
story-for_leaders-gh-body = Unaendesha kipindi katika kituo cha jamii huko Accra, Ghana. Baadaye, mama mmoja anasema mwanawe wa miaka 15 aliahidiwa nafasi katika akademi ya mpira wa miguu nje ya nchi. Mwanamume mmoja ameomba pesa na cheti cha kuzaliwa cha mvulana huyo. Unasema nini na unafanya nini?

story-for_leaders-sn-title = Baada ya kikao Kaolack
story-for_leaders-sn-body = Unaendesha kikao katika kituo cha vijana Kaolack, Senegali. Baadaye, kijana mmoja anasema mjomba wake anakusanya pesa kutoka kwa familia. Atapanda mashua kwenda Hispania wiki ijayo. Anakuomba usimwambie mama yake. Unasema nini na unafanya nini?

story-for_leaders-ke-title = Baada ya darasa huko Kisumu
story-for_leaders-ke-body = Unaendesha kipindi katika shule ya sekondari huko Kisumu, Kenya. Baadaye, mwanafunzi mmoja anasema dada yake mkubwa anafanya kazi katika nchi za Ghuba na hajalipwa kwa miezi kadhaa. Familia inaogopa kulalamika. Unasema nini na unafanya nini?

story-for_leaders-ug-title = Baada ya kikao Mbarara
story-for_leaders-ug-body = Unaendesha kikao katika kanisa moja Mbarara, Uganda. Baadaye, mwanamke kijana anasema wakala anamtaka aende Kenya kwanza na apande ndege kwenda Ghuba kutoka huko, "ili iwe haraka". Tayari amemlipa. Unasema nini na unafanya nini?

story-for_leaders-et-title = Baada ya darasa Dessie
story-for_leaders-et-body = Unaendesha kikao katika shule moja Dessie, Ethiopia. Baadaye, msichana wa miaka 16 anasema dalali atampeleka Saudi Arabia kwa barabara na kwa mashua mwezi ujao. Familia yake lazima ilipe birr 40,000. Unasema nini na unafanya nini?

story-for_leaders-ca-title = Baada ya kikundi cha vijana Brampton
story-for_leaders-ca-body = Unaendesha kikao cha kikundi cha vijana katika kanisa la Wakaribiani huko Brampton, Ontario. Baadaye, msichana wa miaka 16 anasema mwanamume aliyekutana naye mtandaoni anamtumia pesa na anataka aende mjini kwake. Anakuomba mlifanye siri kati yenu. Unasema nini na unafanya nini?

story-for_leaders-us-title = Baada ya ibada North Carolina
story-for_leaders-us-body = Unaendesha kikao katika kanisa moja North Carolina. Wafanyakazi wengi wa mashambani wanaokuja kila msimu kutoka Jamaika na Haiti huhudhuria. Baadaye, mfanyakazi mmoja anasema msimamizi wa kikundi anashika pasipoti zao na anakata pesa kwenye mishahara yao kwa ajili ya viza. Unasema nini na unafanya nini?
