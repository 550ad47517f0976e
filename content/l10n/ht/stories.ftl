## Stories: one per module for each country with its own story set, and a general one.
## Ids: story-<module>-<country>-title/-body; the country is where the story is set
## (content/learn/<module>.toml). Grade-4 words, short sentences, read aloud by
## text-to-speech. Names and places belong together; no graphic detail.

## trafficking_and_smuggling

story-trafficking_and_smuggling-general-title = Vwayaj la ak dèt la
story-trafficking_and_smuggling-general-body = Sam peye yon nonm pou ede l travèse yon fwontyè pou l al chache travay. Lòt bò a, nonm nan di Sam dwe l pi plis lajan kounye a. Li mennen Sam nan yon jaden. Sam oblije travay chak jou san peye "jiskaske dèt la fin peye". Sam pa ka ale. Okòmansman, se te kontrebann. Kounye a, sa sanble trafik moun. Kisa ki chanje? Sam konnen nimewo telefòn frè l pa kè.

story-trafficking_and_smuggling-jm-title = Travay la nan Montego Bay
story-trafficking_and_smuggling-jm-body = Kerry-Ann gen 17 an e li rete May Pen, nan Jamayik. Yon fanm ofri l yon travay nan yon ba nan Montego Bay, ak yon chanm. Lè l rive, fanm nan di li dwe l lajan bis la ak chanm nan. Li oblije travay chak lannwit, e fanm nan kenbe salè l ak telefòn li. Pèsonn pa janm travèse fwontyè. Èske se trafik moun? Kerry-Ann prete yon telefòn e li rele matant li. Kisa ki ta ka ede l ankò?

story-trafficking_and_smuggling-ht-title = Travèse fwontyè a pou travay
story-trafficking_and_smuggling-ht-body = Widline rete Ouanaminthe, ann Ayiti. Li peye yon nonm 20,000 goud pou fè l travèse fwontyè a al Repiblik Dominikèn, kote li espere jwenn travay. Lòt bò a, nonm nan di li dwe l 40,000 peso anplis. Li mennen l nan yon kay kote li oblije fè manje ak netwaye chak jou, san peye e san jou konje. Yo di l lapolis ap arete l si l soti. Okòmansman, se te kontrebann. Kisa sa ye kounye a? Widline konnen nimewo telefòn sè l pa kè.

story-trafficking_and_smuggling-tt-title = Bato a lannwit
story-trafficking_and_smuggling-tt-body = Yusmary soti Venezyela. Li peye yon kapitèn bato pou mennen l Cedros, nan Trinidad, lannwit. Yon nonm ap tann bato a. Li di li dwe l 10,000 dola Trinidad ak Tobago anplis, e li pran paspò l. Li voye l travay nan yon ba e li kenbe salè l. Okòmansman, se te kontrebann. Kisa sa ye kounye a? Yon fanm nan legliz bay Yusmary nimewo l, si l ta bezwen èd.

story-trafficking_and_smuggling-ng-title = Wout nò a
story-trafficking_and_smuggling-ng-body = Osaro gen 20 an e li rete Benin City, nan Nijerya. Yon "nonm koneksyon" di li ka fè l rive an Ewòp pou 800,000 naira. Osaro peye. Nan vil nan dezè a kote bis la kanpe, mesye yo di pri a monte. Osaro oblije travay nan yon chantye konstriksyon pou yo pou l peye l. Yo kenbe telefòn li e yo pa ba l anyen. Okòmansman, se te kontrebann. Kisa sa ye kounye a? Osaro konnen nimewo telefòn manman l pa kè.

story-trafficking_and_smuggling-gh-title = Lapèch sou lak la
story-trafficking_and_smuggling-gh-body = Kojo gen 11 an e li rete toupre Cape Coast, nan Gana. Yon nonm di manman l li pral mennen Kojo aprann lapèch sou lak Volta e l ap voye lajan bay fanmi an. La, Kojo travay sou yon bato depi granmaten. Li pa al lekòl e yo pa peye l. Nonm nan di fanmi an te pran lajan, kidonk Kojo oblije rete. Pèsonn pa travèse fwontyè. Èske se trafik moun? Ansyen pwofesè Kojo avèti biwo sèvis sosyal la.

story-trafficking_and_smuggling-sn-title = Kannòt pou Espay
story-trafficking_and_smuggling-sn-body = Moussa gen 22 an e li rete Mbour, nan Senegal. Yon nonm di yon kannòt pral pati pou Espay byento, pou 500,000 fran CFA. Moussa peye. Vwayaj la kanpe nan yon lòt peyi. Mesye yo di pri a monte. Yo kenbe Moussa nan yon kay e yo di l travay pou yo san salè, oswa rele fanmi l pou plis lajan. Okòmansman, se te kontrebann. Kisa sa ye kounye a? Frè l mande yon gwoup ki ede migran konsèy anvan fanmi an voye anyen.

story-trafficking_and_smuggling-ke-title = Ede nan kay la
story-trafficking_and_smuggling-ke-body = Wanjiru gen 15 an e li rete nan yon bouk toupre Thika, nan Kenya. Yon fanmi l mennen l Nairobi pou ede nan yon kay. Li pwomèt l ap al lekòl. Li travay depi granmaten jis ta lannwit, san salè e san lekòl. Yo di l li pa ka tounen lakay li jiskaske fanmi an di l wi. Pèsonn pa travèse fwontyè. Èske se trafik moun? Yon vwazin avèti ofisye pwoteksyon timoun nan.

story-trafficking_and_smuggling-ug-title = Wout kout pou Dubai
story-trafficking_and_smuggling-ug-body = Akello gen 23 an e li rete Gulu, nan Ouganda. Yon ajan di li ka jwenn li yon travay nan yon magazen nan Dubai. Li peye l 2,000,000 shilling. Li di l pran yon bis pou Nairobi e pran avyon la ak yon viza vizitè, "pou l ale pi vit". Nan Dubai, zanmi l pran paspò l e li voye l netwaye kay. Yo pa peye l pandan de mwa. Kisa ki fè sa a se trafik moun? Akello konnen nimewo anbasad li pa kè.

story-trafficking_and_smuggling-et-title = Nouvo pri koutye a
story-trafficking_and_smuggling-et-body = Hana gen 19 an e li rete Hosaena, nan Etyopi. Yon koutye di li ka mennen l travay aletranje pou 60,000 birr. Sou wout la, nan yon vil lwen lakay li, li di l fò l travay nan yon restoran anvan pou l peye rès vwayaj la. Li travay depi granmaten jiska ta nan nwit. Pwopriyetè a kenbe lajan l pou koutye a. Li te peye pou yon travay, pa pou travèse yon fwontyè ilegalman. Kisa k ap rive l kounye a? Hana di fanmi l kote l ye chak fwa li ka rele.

story-trafficking_and_smuggling-ca-title = Mennaj sou entènèt la
story-trafficking_and_smuggling-ca-body = Amara gen 17 an e li rete Halifax. Yon nonm ki pi gran, li te rankontre sou entènèt, di li renmen l. Li achte rad pou li e li mennen l Monreyal pou yon wikenn. La, li di li dwe l pou otèl la ak kado yo, e li oblije travay pou li pou l peye. Li kenbe telefòn li. Pèsonn pa travèse fwontyè. Èske se trafik moun? Zanmi Amara rele liy èd kont trafik moun pou mande konsèy.

story-trafficking_and_smuggling-us-title = Ekip vandè a
story-trafficking_and_smuggling-us-body = Jaylen gen 19 an e li rete Detroit. Li antre nan yon ekip ki vann pòt an pòt e ki vwayaje de vil an vil. Bòs la kenbe kat idantite tout moun "pou otèl yo". Lajan Jaylen ale nan "frè" pou manje ak chanm, kidonk li toujou dwe lajan. Yo di l y ap kite l pou kont li nan yon vil li pa konnen si l kite travay la. Pèsonn pa travèse fwontyè. Èske sa ka toujou trafik moun? Jaylen rele matant li, e matant li mande yon liy èd konsèy.

## how_recruiters_lie

story-how_recruiters_lie-general-title = Mesaj travay ou reve a
story-how_recruiters_lie-general-body = Ana wè yon mesaj sou rezo sosyal: "Travay nan otèl aletranje. Bon salè. Pa bezwen eksperyans. Prèske pa gen plas ankò." Li ekri nimewo a. Ajan an di fò l peye yon frè pou viza a epi voye paspò l pa kourye. Li di y ap siyen kontra a lè l rive. Ki siy danje ou wè? Ana mande yon zanmi ede l verifye ajans lan anvan l peye anyen.

story-how_recruiters_lie-jm-title = Travay otèl Montego Bay la
story-how_recruiters_lie-jm-body = Shanice rete Montego Bay, nan Jamayik. Yon nonm nan yon fèt di li ka jwenn li yon travay nan yon otèl Ozetazini. Li mande 150,000 dola jamayiken pou "pwosesis". Li di l ap vwayaje ak yon viza vizitè e l ap ranje papye yo apre. Li pale avè l sèlman sou WhatsApp e li pa vle bay non otèl la. Ki siy danje ou wè? Shanice mande òf la sou papye e li chèche otèl la li menm.

story-how_recruiters_lie-ht-title = Parenn ki mande lajan
story-how_recruiters_lie-ht-body = Mirlande rete Okap, nan Ayiti. Yon nonm sou WhatsApp di li ka jwenn li yon parenn Ozetazini, pou l jwenn yon viza ak yon travay. Li vle 1,500 dola ameriken ak yon foto paspò l semèn sa a. Li di: "Pa mande pèsonn, plas yo ap fini vit." Ki siy danje ou wè? Mirlande mande yon biwo èd legal konsèy anvan l peye anyen.

story-how_recruiters_lie-tt-title = Travay otèl nan Kanada
story-how_recruiters_lie-tt-body = Keisha rete Chaguanas, nan Trinidad ak Tobago. Yon anons sou entènèt di: "Travay otèl nan Kanada. Pèmi travay nan de semèn. Peye 5,000 dola TT pou kenbe plas ou." Moun k ap rekrite a pa gen biwo e li voye sèlman mesaj vokal. Ki siy danje ou wè? Keisha chèche travay la sou sit ofisyèl gouvènman Kanada a anvan.

story-how_recruiters_lie-ng-title = Nonm sou Instagram nan
story-how_recruiters_lie-ng-body = Ifeoma gen 19 an e li rete Onitsha, nan Nijerya. Yon nonm li rankontre sou Instagram di li renmen l. Li di li gen yon magazen nan Dubai ak yon travay pou li. Li voye lajan pou paspò l. Li di l pa di paran l anyen jiskaske l rive. Ki siy danje ou wè? Ifeoma pale matant li de òf la.

story-how_recruiters_lie-gh-title = Esè foutbòl la
story-how_recruiters_lie-gh-body = Kwame gen 16 an e li jwe foutbòl Kumasi, nan Gana. Yon nonm di yon klib an Ewòp vle l pou yon esè. Fanmi an dwe peye 30,000 cedi pou viza a ak vwayaj la. Nonm nan pa vle bay non klib la. Li di: "Pa di antrenè w, gen lòt ti gason ki vle plas sa a." Ki siy danje ou wè? Kwame pale antrenè l ak paran l de òf la.

story-how_recruiters_lie-sn-title = Travay nan salon an
story-how_recruiters_lie-sn-body = Aïssatou rete Thiès, nan Senegal. Yon fanm nan katye l di li ka jwenn li yon travay nan yon salon bote nan Gòlf la. Li di viza a gratis, e Aïssatou ap remèt lajan an sou salè l. Y ap ba l kontra a nan ayewopò a. Ki siy danje ou wè? Aïssatou mande wè kontra a an franse anvan l pati.

story-how_recruiters_lie-ke-title = Sèvis kliyan nan Tayilann
story-how_recruiters_lie-ke-body = Grace rete Nairobi, nan Kenya. Li wè yon anons: "Travay sèvis kliyan nan Tayilann. 150,000 shilling pa mwa. Tikè avyon peye. Kòmanse semèn pwochèn." Rekritè a di l vwayaje ak yon viza touris. Li pa ka di non konpayi a. Ki siy danje ou wè? Grace mande yon viza travay ak yon kontra ekri anvan l dakò.

story-how_recruiters_lie-ug-title = Travay tape nan Tayilann
story-how_recruiters_lie-ug-body = Joseph gen 25 an e li rete Kampala, nan Ouganda. Yon zanmi sou Facebook di l ap travay nan "maketing sou entènèt" nan Tayilann. Li di salè a se 3,000 dola ameriken pa mwa e konpayi an peye avyon an. Li sèlman bezwen tape vit an angle e vwayaje ak yon viza touris. Ki siy danje ou wè? Joseph chèche non konpayi an ak mo "eskwokri".

story-how_recruiters_lie-et-title = Wout kout la
story-how_recruiters_lie-et-body = Kedija gen 18 an e li rete Jimma, nan Etyopi. Yon koutye nan vil li di yon fanmi nan Arabi Saoudit bezwen yon moun pou travay nan kay. Li di l ka pran "wout kout la", sou wout ak nan bato, san ajans e san kontra. Li mande 50,000 birr. Ki siy danje ou wè? Kedija mande nan biwo travay la ki ajans ki gen lisans.

story-how_recruiters_lie-ca-title = Yon òf travay pou vann
story-how_recruiters_lie-ca-body = Adwoa se yon etidyan ki soti Gana, li rete Brampton, nan Ontario. Yon konsiltan di li ka vann li yon òf travay ki ap ede l rete Kanada. Pri a se 25,000 dola. Li di anpil etidyan peye l. Ki siy danje ou wè? Adwoa gade si non l sou lis ofisyèl konsiltan imigrasyon ki gen otorizasyon yo.

story-how_recruiters_lie-us-title = Rekritè mannken an
story-how_recruiters_lie-us-body = Maya gen 15 an e li rete Atlanta. Yon moun ki di li se rekritè mannken voye l yon mesaj sou entènèt. Li di Maya ka vin popilè. Li mande plis foto, e li di l pa di paran l anyen pou kounye a. Apre sa, li ofri l yon tikè bis pou yo rankontre nan yon lòt vil. Ki siy danje ou wè? Maya pale manman l de sa e li bloke kont lan.

## rights_at_work

story-rights_at_work-general-title = Kenbe paspò a an sekirite
story-rights_at_work-general-body = Leo rive pou yon nouvo travay aletranje. Manadjè a di: "Ban m paspò w. M ap kenbe l an sekirite." Li di tou kontra a ap diferan de sa Leo te siyen lakay li, e salè a ap pi ba. Ki dwa Leo genyen? Kisa li ta ka fè san danje? Leo kenbe yon foto paspò l ak premye kontra a.

story-rights_at_work-jm-title = Otèl la nan Karolin di Sid
story-rights_at_work-jm-body = Andre rete Ocho Rios, nan Jamayik. Li al travay nan yon otèl nan Karolin di Sid ak yon viza travay pou sezon an. Bòs la kenbe paspò travayè yo "pou pwoteje yo". Chak semèn, li retire plis lajan sou salè yo pou chanm nan pase sa l te pwomèt. Ki dwa Andre genyen? Kisa li ta ka fè san danje? Andre kenbe yon foto kontra l ak fich salè l yo.

story-rights_at_work-ht-title = Chantye a
story-rights_at_work-ht-body = Wilner soti Pòtoprens, nan Ayiti. Li travay nan yon chantye konstriksyon Sendomeng, nan Repiblik Dominikèn. Bòs la kenbe paspò l e li peye l sèlman mwatye sa l te pwomèt. Li di y ap voye Wilner tounen si l plenn. Ki dwa Wilner genyen? Kisa li ta ka fè san danje? Wilner ekri jou ak lè li travay yo.

story-rights_at_work-tt-title = Otèl la nan yon lòt peyi
story-rights_at_work-tt-body = Marlon rete San Fernando, nan Trinidad ak Tobago. Li peye yon ajan 8,000 dola Trinidad ak Tobago pou yon travay nan yon otèl aletranje. Lè l rive, manadjè a mande paspò l "pou dosye yo". Nouvo kontra a montre yon salè pi ba ak sis jou travay chak semèn. Ki dwa Marlon genyen? Kisa li ta ka fè san danje? Marlon kenbe yon kopi premye kontra li te siyen an.

story-rights_at_work-ng-title = Nouvo kontra nan ayewopò a
story-rights_at_work-ng-body = Tunde rete Ibadan, nan Nijerya. Yon ajans jwenn li yon travay chofè nan Katar. Nan ayewopò a, ajan an ba l yon nouvo kontra, ak yon salè pi ba e plis èdtan. Li di: "Siyen vit, sinon ou rate avyon an." Ki dwa Tunde genyen? Kisa li ta ka mande? Tunde kenbe yon kopi premye kontra a.

story-rights_at_work-gh-title = De zan nan yon sèl kay
story-rights_at_work-gh-body = Abena soti Kumasi, nan Gana. Li travay nan kay yon fanmi nan Liban. Fanmi an kenbe paspò l. Yo di Abena pa ka pati anvan de zan li yo fini. Li travay chak jou, san jou konje. Ki dwa Abena genyen? Kisa li ta ka fè san danje? Abena kenbe yon foto paspò l nan telefòn yon zanmi.

story-rights_at_work-sn-title = Yon kontra li pa ka li
story-rights_at_work-sn-body = Fatou rete Dakar, nan Senegal. Yon ajan ofri l travay netwayaj nan yon otèl nan peyi Gòlf yo. Li mande 500,000 fran CFA. Kontra a nan yon lang li pa ka li. Li di: "Siyen sèlman. Tout moun fè sa." Ki dwa Fatou genyen? Kisa li ta ka mande? Fatou mande kontra a an franse e li montre l yon moun li fè konfyans.

story-rights_at_work-ke-title = Menas "sove" a
story-rights_at_work-ke-body = Kiprop soti Eldoret, nan Kenya. Li travay kòm gad sekirite nan Arabi Saoudit. Salè l pi ba pase sa kontra l di, e bòs la kenbe paspò l. Lè Kiprop poze kesyon, bòs la di l ap deklare l kòm yon moun ki sove. Ki dwa Kiprop genyen? Ki moun li ta ka mande konsèy? Kiprop mande yon sèvis èd kisa viza l pèmèt anvan l fè anyen.

story-rights_at_work-ug-title = Travay lakay moun aletranje
story-rights_at_work-ug-body = Sarah rete Kampala, nan Ouganda. Li ale travay kòm moun k ap ede nan kay yon fanmi aletranje. Premye jou a, fanmi an pran paspò l ak telefòn li. Li travay depi sizè nan maten jiska minwi, san jou konje. Ki dwa Sarah genyen? Kisa li ta ka fè san danje? Sarah aprann nimewo telefòn anbasad li pa kè.

story-rights_at_work-et-title = Pa gen jou konje
story-rights_at_work-et-body = Meseret soti Dessie, nan Etyopi. Li travay pou yon fanmi nan Kowèt. Li travay depi granmaten jis ta lannwit. Li pa gen jou konje, e fanmi an kenbe telefòn li prèske tout jounen an. Ki dwa Meseret genyen? Kisa li ta ka fè san danje? Meseret aprann nimewo anbasad li pa kè.

story-rights_at_work-ca-title = Ajans travay tanporè a
story-rights_at_work-ca-body = Kofi vin Kanada pou l etidye. Li travay nan yon depo atravè yon ajans travay tanporè. Ajans lan kenbe yon pati nan salè l pou "frè" e li kenbe pèmi etid li. Yo di y ap denonse l si l plenn. Ki dwa Kofi genyen? Ki moun li ta ka mande konsèy? Kofi ekri lè li travay yo e li kenbe fich salè l yo.

story-rights_at_work-us-title = Fèm nan Florid
story-rights_at_work-us-body = Jermaine soti St Elizabeth, nan Jamayik. Li vin Florid ak yon viza travay agrikòl pou rekòlte. Chèf ekip la kenbe paspò travayè yo. Chak semèn, li retire lajan sou salè yo "pou viza a" ak bis la. Ki dwa Jermaine genyen? Ki moun li ta ka mande konsèy? Jermaine mande yon gwoup èd legal pou travayè agrikòl konsèy.

## warning_signs

story-warning_signs-general-title = Yon zanmi ki chanje
story-warning_signs-general-body = Zanmi ou Tom gen yon nouvo travay. Kounye a li toujou fatige. Bòs li mennen l tout kote nan machin e se li ki reponn pou Tom lè ou pale avè l. Tom di li pa ka vin vizite paske li "dwe" lajan pou chanm li. Ki siy ou remake? Kisa ou ta ka fè san ou pa mete Tom an danje?

story-warning_signs-jm-title = Nouvo menaj Tiana
story-warning_signs-jm-body = Tiana nan klas ou nan Spanish Town, Jamayik. Li gen yon nouvo menaj ki pi gran pase l anpil. Li achte kat telefòn ak rad nèf pou li. Kounye a li manke lekòl souvan. Li di li oblije "remèt li". Ki siy ou remake? Ak kiyès ou ta ka pale?

story-warning_signs-ht-title = Tifi bò kote a
story-warning_signs-ht-body = Guerline gen anviwon 10 an e li rete lakay fanmi bò kote a, Pòtoprens. Li soti andeyò "pou l al lekòl". Ou wè l ap pote dlo e fè manje tout jounen. Li pa al lekòl. Li sanble fatige anpil e li souvan grangou. Ki siy ou remake? Ak ki moun ou ta ka pale?

story-warning_signs-tt-title = Nan magazen an
story-warning_signs-tt-body = Ou travay nan yon magazen Chaguanas, nan Trinidad ak Tobago. Yon jèn fanm souvan vini ak yon nonm. Li pale panyòl sèlman. Nonm nan reponn pou li, li kenbe kat idantite l e li peye tout bagay. Li pa janm sanble kontan e li pa janm vini pou kont li. Ki siy ou remake? Kisa ou ta ka fè san danje?

story-warning_signs-ng-title = Tifi lakay vwazen an
story-warning_signs-ng-body = Yon tifi ki gen anviwon 13 an rete lakay vwazen ou yo nan Lagos, Nijerya. Li soti nan yon bouk pou l vin "ede nan kay la". Li travay depi anvan jou kase jiska ta nan nwit. Li pa ale lekòl e yo pa janm kite l soti pou kont li. Ki siy ou remake? Ak kiyès ou ta ka pale?

story-warning_signs-gh-title = Nan mache Makola
story-warning_signs-gh-body = Nan mache Makola, Akra, nan Gana, yon tifi anviwon 14 an pote gwo chay tout jounen. Li soti nan nò a ak yon fanm ki pran tout lajan l. Tifi a dòmi nan mache a e li pa al lekòl. Ki siy ou remake? Ak ki moun ou ta ka pale?

story-warning_signs-sn-title = Ti gason nan mache a
story-warning_signs-sn-body = Dakar, nan Senegal, ou wè menm ti gason yo ap mande charite toupre mache a chak jou, ak yon ti bwat. Yo sanble grangou e yo pa gen soulye. Yo di yo oblije pote lajan chak jou bay yon nonm, sinon y ap pini yo. Ki siy ou remake? Ak ki moun ou ta ka pale?

story-warning_signs-ke-title = Mesaj ki soti Tayilann
story-warning_signs-ke-body = Vwazen ou nan Mombasa, nan Kenya, te ale Tayilann pou yon "travay enfòmatik". Kounye a fanmi l resevwa mesaj ki etranj. Yo itilize menm mo yo chak fwa. Li mande yo voye lajan pou peye yon "amann" pou l ka pati. Li pa janm rele an videyo. Ki siy ou remake? Ak ki moun fanmi l ta ka pale?

story-warning_signs-ug-title = Nan mache a
story-warning_signs-ug-body = Nan mache a Kampala, Ouganda, ou wè yon tifi ki gen anviwon 14 an k ap vann machandiz chak jou, menm lè lekòl ap fonksyone. Yon fanm toujou ap veye l e se li ki reponn pou li. Tifi a sanble fatige e grangou. Ki siy ou remake? Ak kiyès ou ta ka pale?

story-warning_signs-et-title = Tifi nan kafe a
story-warning_signs-et-body = Nan yon ti kafe nan Adis Abeba, nan Etyopi, yon tifi anviwon 13 an travay chak jou jis ta. Li pa al lekòl. Mèt kafe a reponn pou li lè w pale avè l. Li di li dòmi nan kwizin nan. Ki siy ou remake? Ak ki moun ou ta ka pale?

story-warning_signs-ca-title = Dimanch nan legliz
story-warning_signs-ca-body = Ou ede nan yon legliz nan Leamington, nan Ontario. Dimanch, anpil travayè agrikòl ki soti Jamayik ak Trinidad vini. Yon travayè di bòs la kenbe paspò l. Yo di l y ap voye l tounen lakay li si l malad oswa si l plenn. Li sanble pè. Ki siy ou remake? Kisa ou ta ka fè san danje?

story-warning_signs-us-title = Tanisha chanje
story-warning_signs-us-body = Tanisha gen 15 an e li nan klas ou nan Baltimore. Li gen yon mennaj ki pi gran. Li ba l yon nouvo telefòn ak nouvo rad. Kounye a li manke lekòl, li sanble fatige anpil e li di li oblije "travay pou li" lannwit. Li sanble pè l. Ki siy ou remake? Ak ki moun ou ta ka pale?

## safe_migration

story-safe_migration-general-title = Pare pou pati
story-safe_migration-general-body = Mira gen yon òf travay nan yon lòt peyi. Li pati nan yon mwa. Li gen yon telefòn, paspò l ak yon ti kòb. Kisa Mira ta dwe fè anvan li pati, sou wout la ak lè li rive? Mira kite yon kopi paspò l ak kontra l bay sè l.

story-safe_migration-jm-title = Travay agrikòl nan Ontario
story-safe_migration-jm-body = Devon rete Clarendon, nan Jamayik. Li gen yon òf pou travay agrikòl sezonye nan Ontario, Kanada. Li pati nan sis semèn. Manman l enkyete. Kisa Devon ka tcheke e prepare anvan li pati? Kisa li ta dwe fè si travay la pa sa yo te pwomèt li? Devon kite yon kopi kontra l ak adrès fèm nan bay manman l.

story-safe_migration-ht-title = Travay nan Santiago
story-safe_migration-ht-body = Fabienne rete Jakmèl, nan Ayiti. Matant li nan Santiago, nan Repiblik Dominikèn, di gen travay nan yon magazen. Fabienne planifye pou l pati mwa pwochen. Li gen yon telefòn ak yon ti kòb. Kisa li ta dwe verifye anvan l pati? Ki moun ki ta dwe konnen kote l ye? Fabienne ekri nimewo matant li sou yon papye e li aprann li pa kè.

story-safe_migration-tt-title = Travay swen nan Angletè
story-safe_migration-tt-body = Candice rete Arima, nan Trinidad ak Tobago. Yon ajans ofri l yon travay pou okipe moun nan Angletè. Ajans lan nan Lond e li mande lajan pou viza a. Kisa Candice ta dwe verifye anvan l peye? Kijan li ka prepare l? Candice verifye si patwon an sou lis ofisyèl patwon ki gen otorizasyon gouvènman Wayòm Ini a.

story-safe_migration-ng-title = Etidye Kanada
story-safe_migration-ng-body = Aminata rete Abuja, nan Nijerya. Yon ajan di li ka ranje yon plas pou li nan yon kolèj Kanada, yon viza ak yon travay a tan pasyèl, tout pou 3,000,000 naira. Li vle lajan an semèn sa a. Kisa Aminata ta dwe tcheke anvan li peye? Kijan li ka prepare pou vwayaj la? Aminata verifye si kolèj la sou lis ofisyèl lekòl gouvènman Kanada apwouve yo.

story-safe_migration-gh-title = Travay konstriksyon nan Dubai
story-safe_migration-gh-body = Yaw rete Akra, nan Gana. Li gen yon òf pou travay nan yon chantye nan Dubai. L ap pati nan de mwa. Madanm li enkyete. Kisa Yaw ta dwe verifye sou ajans lan ak kontra a? Kisa li ta dwe prepare? Yaw kite yon kopi paspò l ak kontra l bay madanm li.

story-safe_migration-sn-title = Frèz nan Espay
story-safe_migration-sn-body = Ousmane rete Ziguinchor, nan Senegal. Li gen yon òf pou keyi frèz nan Espay pandan kat mwa, nan yon pwogram ofisyèl. L ap pati nan prentan. Kisa Ousmane ta dwe verifye anvan l pati? Ki moun ki ta dwe konnen kote l ap travay? Ousmane mande biwo pwogram nan kontra l an franse.

story-safe_migration-ke-title = Travay lakay moun nan peyi Gòlf yo
story-safe_migration-ke-body = Mercy rete Nakuru, nan Kenya. Yon ajans ofri l yon travay kòm moun k ap ede nan kay nan peyi Gòlf yo. Li pati mwa pwochen. Kisa Mercy ta dwe tcheke sou ajans lan ak kontra a? Kisa li ta dwe prepare, e kiyès ki ta dwe konnen ki kote li ye? Mercy verifye si ajans lan sou lis ajans gouvènman an otorize.

story-safe_migration-ug-title = Gad sekirite nan Katar
story-safe_migration-ug-body = Waiswa rete Jinja, nan Ouganda. Yon ajans ofri l yon travay gad sekirite nan Katar. L ap pati mwa pwochen. Kisa Waiswa ta dwe verifye sou ajans lan ak kontra a? Kisa li ta dwe prepare? Waiswa verifye si ajans lan sou lis ajans gouvènman an otorize.

story-safe_migration-et-title = Travay kay nan Arabi Saoudit
story-safe_migration-et-body = Selam rete Bahir Dar, nan Etyopi. Yon ajans ki gen lisans ofri l yon travay nan kay nan Arabi Saoudit. L ap pati nan sis semèn. Kisa Selam ta dwe verifye nan kontra a? Kisa li ta dwe prepare, e ki moun ki ta dwe konnen kote l ye? Selam dakò ak manman l sou yon jou chak semèn pou yo rele.

story-safe_migration-ca-title = Yon travay nan yon lòt vil
story-safe_migration-ca-body = Jada gen 18 an. Fanmi l soti Ayiti, e li rete Monreyal-Nò. Zanmi yon zanmi di gen yon travay pou li Toronto, ak yon chanm. Li pa janm rankontre patwon an. Kisa Jada ta dwe verifye anvan l pati? Kisa li ta dwe planifye si bagay yo ta mal tounen?

story-safe_migration-us-title = Travay apre tanpèt la
story-safe_migration-us-body = Marcus gen 20 an e li rete Jackson, nan Misisipi. Yon ekip ofri l travay pou repare kay apre yon tanpèt nan Florid. Yo peye vwayaj la ak chanm yo, e yo di y ap peye l nan fen travay la. Kisa Marcus ta dwe verifye anvan l pati? Marcus mande non konpayi an e li ekri adrès kote l pral rete a.

## getting_help

story-getting_help-general-title = Yon mesaj nan nwit
story-getting_help-general-body = Kouzin ou travay aletranje. Ta nan nwit, li voye yon ti mesaj: "Bòs mwen pran paspò m. M pa ka soti. Tanpri pa rele m." Kisa ou ka fè pou ede l san danje?

story-getting_help-jm-title = Yon ti mesaj vokal tou ba
story-getting_help-jm-body = Kouzin ou Nadine kite Kingston pou al travay nan yon otèl sou yon lòt zile. Li voye yon mesaj vokal tou ba: bòs la pran paspò l e li di li dwe l pou tikè avyon an. Li mande w pa di manman l. Kisa ou ka fè pou ede l san danje?

story-getting_help-ht-title = Yon mesaj ki soti Sendomeng
story-getting_help-ht-body = Sè ou Rose travay nan yon kay Sendomeng. Lannwit li voye yon mesaj WhatsApp. Fanmi an kenbe papye l e yo pa peye l depi de mwa. Li mande w pa rele l. Kisa ou ka fè pou ede l san danje?

story-getting_help-tt-title = Yon nouvo zanmi nan legliz
story-getting_help-tt-body = Yon jèn fanm ki soti Venezyela vin nan legliz ou nan San Fernando. Li di w an panyòl bòs li kenbe paspò l e li pran salè l. Li pè lapolis. Kisa ou ka fè pou ede l san danje?

story-getting_help-ng-title = Mesaj Blessing
story-getting_help-ng-body = Zanmi ou Blessing kite Benin City pou al travay nan yon salon nan yon lòt peyi. Kounye a li ekri pa gen salon. Li oblije travay pou yon "madam" pou l peye yon gwo dèt. Li pè pou sa ki ka rive fanmi l. Kisa ou ka fè pou ede l san danje?

story-getting_help-gh-title = Apèl Kofi soti Dubai
story-getting_help-gh-body = Kouzen ou Kofi te kite Kumasi pou Dubai pou yon travay chofè. Li rele ak telefòn yon zanmi. Travay la se pa kondui. Li travay tout lannwit nan yon depo, e bòs la kenbe paspò l. Li mande w pa di manman l anyen pou kounye a. Kisa ou ka fè pou ede l san danje?

story-getting_help-sn-title = Yon apèl ki soti Libi
story-getting_help-sn-body = Kouzen ou Cheikh te kite Kaolack pou l rive an Ewòp. Kounye a li rele soti Libi. Gen mesye ki kenbe l nan yon kay e k ap mande fanmi l lajan. Li pè. Kisa ou ka fè pou ede l san danje?

story-getting_help-ke-title = Yon apèl ki soti nan peyi Gòlf yo
story-getting_help-ke-body = Sè ou travay kòm moun k ap ede nan kay nan peyi Gòlf yo. Li rele nan nwit ak yon telefòn li prete. Li travay tout lajounen, yo pa peye l depi twa mwa, e li pa ka soti nan kay la. Kisa ou ka fè pou ede l san danje?

story-getting_help-ug-title = Yon mesaj vokal ki soti Omàn
story-getting_help-ug-body = Sè ou Nakato travay nan kay moun nan Omàn. Li voye yon ti mesaj vokal ta lannwit. Fanmi an pran telefòn li, e li sèvi avè l sèlman lè yo dòmi. Yo pa peye l. Kisa ou ka fè pou ede l san danje?

story-getting_help-et-title = Meron nan Beyrouth
story-getting_help-et-body = Zanmi ou Meron, ki soti Adis Abeba, travay nan yon kay nan Beyrouth. Li ekri li travay tout jounen, li dòmi atè nan kwizin nan e li pa ka soti. Li mande w pa di fanmi l anyen. Kisa ou ka fè pou ede l san danje?

story-getting_help-ca-title = Yon zanmi lekòl
story-getting_help-ca-body = Zanmi ou Roselène al lekòl avè w nan Monreyal-Nò. Li di mennaj li ki pi gran an tcheke telefòn li e li kenbe lajan l. Li di li dwe l. Li pè, e li mande w pa di pèsonn. Kisa ou ka fè pou ede l san danje?

story-getting_help-us-title = Nouvo travay Jean
story-getting_help-us-body = Kouzen ou Jean soti Ayiti e li rete ak fanmi w nan Miyami. Li travay pou yon konpayi netwayaj. Bòs la kenbe papye l e li peye l trè piti. Li di l ap rele imigrasyon si Jean plenn. Kisa ou ka fè pou ede Jean san danje?

## for_leaders

story-for_leaders-general-title = Apre sesyon an
story-for_leaders-general-body = Apre sesyon ou, yon jèn fanm tann jiskaske tout moun fin ale. Li di travay li genyen aletranje a sanble ak istwa ou te rakonte a. Li pati semèn pwochèn e li deja peye yon frè. Li mande w pa di fanmi l. Kisa ou di e kisa ou fè?

story-for_leaders-jm-title = Apre legliz nan Kingston
story-for_leaders-jm-body = Ou anime yon sesyon nan sal yon legliz nan Kingston, Jamayik. Apre sa, yon jèn gason rete dèyè. Li di yon ajan gen paspò l e li mande plis lajan anvan li ka vwayaje pou travay agrikòl. Li wont pale ak pastè l. Kisa ou di e kisa ou fè?

story-for_leaders-ht-title = Apre sesyon an nan Gonayiv
story-for_leaders-ht-body = Ou anime yon sesyon nan yon legliz nan Gonayiv, nan Ayiti. Apre, yon manman di yon fanm ofri pou l mennen pitit fi l ki gen 12 an Pòtoprens. Tifi a t ap rete lakay yon fanmi e "al lekòl". Fanm nan vle pati semèn sa a. Kisa ou di e kisa ou fè?

story-for_leaders-tt-title = Apre sesyon an nan Point Fortin
story-for_leaders-tt-body = Ou anime yon sesyon nan yon sant kominotè nan Point Fortin, nan Trinidad ak Tobago. Apre, yon pwofesè di yon tifi 15 an ki soti Venezyela souvan manke klas. Yon gran nonm vin chèche l lekòl. Tifi a di se "tonton" li. Kisa ou di e kisa ou fè?

story-for_leaders-ng-title = Apre sesyon an nan Benin City
story-for_leaders-ng-body = Ou anime yon sesyon nan yon sant kominotè nan Benin City, nan Nijerya. Apre, yon jèn fanm ki rele Osas rete. Li di yon "madanm" pral peye vwayaj li pou Itali. Anvan, li oblije fè sèman nan yon tanp pou l remèt lajan an. Kisa ou di e kisa ou fè?

story-for_leaders-gh-title = Apre sesyon an nan Accra
story-for_leaders-gh-body = Ou anime yon sesyon nan yon sant kominotè nan Accra, Gana. Apre sa, yon manman di yo te pwomèt pitit gason l ki gen 15 an yon plas nan yon akademi foutbòl aletranje. Yon nonm mande lajan ak batistè ti gason an. Kisa ou di e kisa ou fè?

story-for_leaders-sn-title = Apre sesyon an nan Kaolack
story-for_leaders-sn-body = Ou anime yon sesyon nan yon sant jèn nan Kaolack, nan Senegal. Apre, yon jèn gason di tonton l ap ranmase lajan nan fanmi an. Li gen pou l pran yon kannòt pou Espay semèn pwochèn. Li mande w pa di manman l. Kisa ou di e kisa ou fè?

story-for_leaders-ke-title = Apre klas nan Kisumu
story-for_leaders-ke-body = Ou anime yon sesyon nan yon lekòl segondè nan Kisumu, Kenya. Apre sa, yon elèv di gran sè l travay nan peyi Gòlf yo e yo pa peye l depi plizyè mwa. Fanmi an pè pote plent. Kisa ou di e kisa ou fè?

story-for_leaders-ug-title = Apre sesyon an nan Mbarara
story-for_leaders-ug-body = Ou anime yon sesyon nan yon legliz nan Mbarara, nan Ouganda. Apre, yon jèn fanm di yon ajan mande l al Kenya anvan e pran avyon pou Gòlf la soti la, "pou l ale pi vit". Li deja peye l. Kisa ou di e kisa ou fè?

story-for_leaders-et-title = Apre klas la nan Dessie
story-for_leaders-et-body = Ou anime yon sesyon nan yon lekòl nan Dessie, nan Etyopi. Apre, yon tifi 16 an di yon koutye pral mennen l Arabi Saoudit sou wout ak nan bato mwa pwochen. Fanmi l gen pou l peye 40,000 birr. Kisa ou di e kisa ou fè?

story-for_leaders-ca-title = Apre gwoup jèn yo nan Brampton
story-for_leaders-ca-body = Ou anime yon sesyon pou yon gwoup jèn nan yon legliz karayibeyen nan Brampton, nan Ontario. Apre, yon jèn fi 16 an di yon nonm li te rankontre sou entènèt ap voye lajan ba li e li vle l vin nan vil li. Li mande w kenbe sa ant nou de. Kisa ou di e kisa ou fè?

story-for_leaders-us-title = Apre sèvis la nan Karolin di Nò
story-for_leaders-us-body = Ou anime yon sesyon nan yon legliz nan Karolin di Nò. Anpil travayè agrikòl ki vini chak sezon soti Jamayik ak Ayiti patisipe. Apre, yon travayè di chèf ekip la kenbe paspò yo e li retire lajan sou salè yo pou viza a. Kisa ou di e kisa ou fè?
