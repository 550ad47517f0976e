## Stories: one per module for each country with its own story set, and a general one.
## Ids: story-<module>-<country>-title/-body; the country is where the story is set
## (content/learn/<module>.toml). Grade-4 words, short sentences, read aloud by
## text-to-speech. Names and places belong together; no graphic detail.

## trafficking_and_smuggling

story-trafficking_and_smuggling-general-title = Le voyage et la dette
story-trafficking_and_smuggling-general-body = Sam paie un homme pour l'aider à passer une frontière et trouver du travail. De l'autre côté, l'homme dit que Sam lui doit maintenant beaucoup plus d'argent. Il emmène Sam dans une ferme. Sam doit travailler tous les jours sans salaire « jusqu'à ce que la dette soit payée ». Sam ne peut pas partir. Au début, c'était du trafic de migrants. Maintenant, cela ressemble à de la traite. Qu'est-ce qui a changé ? Sam connaît par cœur le numéro de son frère.

story-trafficking_and_smuggling-jm-title = Le travail à Montego Bay
story-trafficking_and_smuggling-jm-body = Kerry-Ann a 17 ans et vit à May Pen, en Jamaïque. Une femme lui offre un travail dans un bar à Montego Bay, avec une chambre. À son arrivée, la femme dit qu'elle lui doit l'argent du bus et de la chambre. Elle doit travailler chaque nuit, et la femme garde sa paie et son téléphone. Personne n'a passé de frontière. Est-ce de la traite ? Kerry-Ann emprunte un téléphone et appelle sa tante. Qu'est-ce qui pourrait encore l'aider ?

story-trafficking_and_smuggling-ht-title = De l'autre côté de la frontière pour travailler
story-trafficking_and_smuggling-ht-body = Widline vit à Ouanaminthe, en Haïti. Elle paie un homme 20 000 gourdes pour lui faire passer la frontière vers la République dominicaine, où elle espère trouver du travail. De l'autre côté, l'homme dit qu'elle lui doit encore 40 000 pesos. Il l'amène dans une maison où elle doit cuisiner et nettoyer tous les jours, sans salaire et sans jour de repos. On lui dit que la police l'arrêtera si elle sort. Au début, c'était du trafic de migrants. Qu'est-ce que c'est maintenant ? Widline connaît par cœur le numéro de sa sœur.

story-trafficking_and_smuggling-tt-title = Le bateau de nuit
story-trafficking_and_smuggling-tt-body = Yusmary vient du Venezuela. Elle paie un capitaine de bateau pour l'amener à Cedros, à Trinité, la nuit. Un homme attend le bateau. Il dit qu'elle lui doit encore 10 000 dollars de Trinité-et-Tobago, et il prend son passeport. Il l'envoie travailler dans un bar et garde sa paie. Au début, c'était du trafic de migrants. Qu'est-ce que c'est maintenant ? Une femme de l'église donne son numéro à Yusmary, au cas où elle aurait besoin d'aide.

story-trafficking_and_smuggling-ng-title = La route du nord
story-trafficking_and_smuggling-ng-body = Osaro a 20 ans et vit à Benin City, au Nigeria. Un « passeur » dit qu'il peut l'emmener en Europe pour 800 000 nairas. Osaro paie. Dans la ville du désert où le bus s'arrête, les hommes disent que le prix a augmenté. Osaro doit travailler pour eux sur un chantier pour le payer. Ils gardent son téléphone et ne le paient pas. Au début, c'était du trafic de migrants. Qu'est-ce que c'est maintenant ? Osaro connaît par cœur le numéro de sa mère.

story-trafficking_and_smuggling-gh-title = La pêche sur le lac
story-trafficking_and_smuggling-gh-body = Kojo a 11 ans et vit près de Cape Coast, au Ghana. Un homme dit à sa mère qu'il va emmener Kojo apprendre la pêche sur le lac Volta et envoyer de l'argent à la famille. Là-bas, Kojo travaille sur un bateau dès le petit matin. Il ne va pas à l'école et n'est pas payé. L'homme dit que la famille a reçu de l'argent, alors Kojo doit rester. Personne n'a passé de frontière. Est-ce de la traite ? L'ancien maître de Kojo prévient le service d'aide sociale.

story-trafficking_and_smuggling-sn-title = La pirogue pour l'Espagne
story-trafficking_and_smuggling-sn-body = Moussa a 22 ans et vit à Mbour, au Sénégal. Un homme dit qu'une pirogue part bientôt pour l'Espagne, pour 500 000 francs CFA. Moussa paie. Le voyage s'arrête dans un autre pays. Les hommes disent que le prix a augmenté. Ils gardent Moussa dans une maison et lui disent de travailler pour eux sans paie, ou d'appeler sa famille pour avoir plus d'argent. Au début, c'était du trafic de migrants. Qu'est-ce que c'est maintenant ? Son frère demande conseil à une association d'aide aux migrants avant que la famille n'envoie quoi que ce soit.

story-trafficking_and_smuggling-ke-title = Aider à la maison
story-trafficking_and_smuggling-ke-body = Wanjiru a 15 ans et vit dans un village près de Thika, au Kenya. Un parent l'emmène à Nairobi pour aider dans une maison. Il promet qu'elle ira à l'école. Elle travaille du petit matin jusque tard le soir, sans paie et sans école. On lui dit qu'elle ne peut pas rentrer chez elle avant que la famille le décide. Personne n'a passé de frontière. Est-ce de la traite ? Une voisine prévient l'agent de protection de l'enfance.

story-trafficking_and_smuggling-ug-title = Le chemin court vers Dubaï
story-trafficking_and_smuggling-ug-body = Akello a 23 ans et vit à Gulu, en Ouganda. Un agent dit qu'il peut lui trouver un travail dans un magasin à Dubaï. Elle lui paie 2 000 000 de shillings. Il lui dit de prendre un bus jusqu'à Nairobi et de partir de là en avion avec un visa de visiteur, « pour aller plus vite ». À Dubaï, son ami prend son passeport et l'envoie faire le ménage dans des maisons. Elle n'est pas payée pendant deux mois. Qu'est-ce qui fait de cette histoire de la traite ? Akello connaît par cœur le numéro de son ambassade.

story-trafficking_and_smuggling-et-title = Le nouveau prix du courtier
story-trafficking_and_smuggling-et-body = Hana a 19 ans et vit à Hosaena, en Éthiopie. Un courtier dit qu'il peut l'emmener travailler à l'étranger pour 60 000 birrs. En route, dans une ville loin de chez elle, il dit qu'elle doit d'abord travailler dans un restaurant pour payer la suite du voyage. Elle travaille du petit matin à tard le soir. Le patron garde son salaire pour le courtier. Elle a payé pour un emploi, pas pour passer une frontière illégalement. Que lui arrive-t-il maintenant ? Hana dit à sa famille où elle est chaque fois qu'elle peut appeler.

story-trafficking_and_smuggling-ca-title = Le copain d'Internet
story-trafficking_and_smuggling-ca-body = Amara a 17 ans et vit à Halifax. Un homme plus âgé, rencontré en ligne, dit qu'il l'aime. Il lui achète des vêtements et l'emmène à Montréal pour un week-end. Là, il dit qu'elle lui doit l'hôtel et les cadeaux, et qu'elle doit travailler pour lui pour payer. Il garde son téléphone. Personne n'a passé de frontière. Est-ce de la traite ? L'amie d'Amara appelle la ligne d'urgence contre la traite pour demander conseil.

story-trafficking_and_smuggling-us-title = L'équipe de vente
story-trafficking_and_smuggling-us-body = Jaylen a 19 ans et vit à Détroit. Il rejoint une équipe de vente au porte-à-porte qui voyage de ville en ville. Le patron garde les pièces d'identité de tout le monde « pour les hôtels ». La paie de Jaylen part en « frais » de repas et de chambre, alors il doit toujours de l'argent. On lui dit qu'il sera laissé seul dans une ville inconnue s'il arrête. Personne n'a passé de frontière. Est-ce que cela peut quand même être de la traite ? Jaylen appelle sa tante, et elle demande conseil à une ligne d'aide.

## how_recruiters_lie

story-how_recruiters_lie-general-title = Le message du travail de rêve
story-how_recruiters_lie-general-body = Ana voit un message sur les réseaux sociaux : « Emplois dans des hôtels à l'étranger. Bon salaire. Sans expérience. Presque plus de places. » Elle écrit au numéro. L'agent dit qu'elle doit payer des frais pour le visa et envoyer son passeport par coursier. Il dit que le contrat sera signé à son arrivée. Quels signes d'alerte voyez-vous ? Ana demande à une amie de l'aider à vérifier l'agence avant de payer quoi que ce soit.

story-how_recruiters_lie-jm-title = L'emploi d'hôtel à Montego Bay
story-how_recruiters_lie-jm-body = Shanice vit à Montego Bay, en Jamaïque. Un homme rencontré à une fête dit qu'il peut lui trouver un emploi dans un hôtel aux États-Unis. Il demande 150 000 dollars jamaïcains de « frais de dossier ». Il dit qu'elle voyagera avec un visa de visiteur et qu'on réglera les papiers plus tard. Il ne lui parle que sur WhatsApp et refuse de donner le nom de l'hôtel. Quels signes d'alerte voyez-vous ? Shanice demande l'offre par écrit et cherche elle-même l'hôtel.

story-how_recruiters_lie-ht-title = Le parrain payant
story-how_recruiters_lie-ht-body = Mirlande vit au Cap-Haïtien, en Haïti. Un homme sur WhatsApp dit qu'il peut lui trouver un parrain aux États-Unis, pour qu'elle ait un visa et un travail. Il veut 1 500 dollars américains et une photo de son passeport cette semaine. Il dit : « Ne demande à personne, les places partent vite. » Quels signes d'alerte voyez-vous ? Mirlande demande conseil à un bureau d'aide juridique avant de payer quoi que ce soit.

story-how_recruiters_lie-tt-title = Des emplois d'hôtel au Canada
story-how_recruiters_lie-tt-body = Keisha vit à Chaguanas, à Trinité-et-Tobago. Une annonce en ligne dit : « Emplois d'hôtel au Canada. Permis de travail en deux semaines. Payez 5 000 dollars TT pour garder votre place. » Le recruteur n'a pas de bureau et n'envoie que des messages vocaux. Quels signes d'alerte voyez-vous ? Keisha cherche d'abord l'offre sur le site officiel du gouvernement canadien.

story-how_recruiters_lie-ng-title = L'homme d'Instagram
story-how_recruiters_lie-ng-body = Ifeoma a 19 ans et vit à Onitsha, au Nigeria. Un homme rencontré sur Instagram dit qu'il l'aime. Il dit qu'il a un magasin à Dubaï et un travail pour elle. Il envoie de l'argent pour son passeport. Il dit qu'elle ne doit rien dire à ses parents avant d'arriver. Quels signes d'alerte voyez-vous ? Ifeoma parle de l'offre à sa tante.

story-how_recruiters_lie-gh-title = L'essai de football
story-how_recruiters_lie-gh-body = Kwame a 16 ans et joue au football à Kumasi, au Ghana. Un homme dit qu'un club en Europe le veut pour un essai. La famille doit payer 30 000 cédis pour le visa et le voyage. L'homme ne veut pas donner le nom du club. Il dit : « N'en parle pas à ton entraîneur, d'autres garçons veulent cette place. » Quels signes d'alerte voyez-vous ? Kwame parle de l'offre à son entraîneur et à ses parents.

story-how_recruiters_lie-sn-title = Le travail au salon
story-how_recruiters_lie-sn-body = Aïssatou vit à Thiès, au Sénégal. Une femme de son quartier dit qu'elle peut lui trouver un travail dans un salon de beauté dans le Golfe. Elle dit que le visa est gratuit et qu'Aïssatou le remboursera avec sa paie. Le contrat sera donné à l'aéroport. Quels signes d'alerte voyez-vous ? Aïssatou demande à voir le contrat en français avant de partir.

story-how_recruiters_lie-ke-title = Service client en Thaïlande
story-how_recruiters_lie-ke-body = Grace vit à Nairobi, au Kenya. Elle voit une annonce : « Emplois au service client en Thaïlande. 150 000 shillings par mois. Billet payé. Début la semaine prochaine. » Le recruteur lui dit de voyager avec un visa de touriste. Il ne peut pas dire le nom de l'entreprise. Quels signes d'alerte voyez-vous ? Grace demande un visa de travail et un contrat écrit avant d'accepter.

story-how_recruiters_lie-ug-title = Des emplois de saisie en Thaïlande
story-how_recruiters_lie-ug-body = Joseph a 25 ans et vit à Kampala, en Ouganda. Une amie sur Facebook dit qu'elle travaille dans le « marketing en ligne » en Thaïlande. Elle dit que la paie est de 3 000 dollars américains par mois et que l'entreprise paie le vol. Il doit seulement taper vite en anglais et voyager avec un visa de touriste. Quels signes d'alerte voyez-vous ? Joseph cherche le nom de l'entreprise avec le mot « arnaque ».

story-how_recruiters_lie-et-title = La route courte
story-how_recruiters_lie-et-body = Kedija a 18 ans et vit à Jimma, en Éthiopie. Un courtier de sa ville dit qu'une famille en Arabie saoudite cherche une aide ménagère. Il dit qu'elle peut partir « par le chemin court », par la route et en bateau, sans agence et sans contrat. Il demande 50 000 birrs. Quels signes d'alerte voyez-vous ? Kedija demande au bureau du travail quelles agences ont une licence.

story-how_recruiters_lie-ca-title = Une offre d'emploi à vendre
story-how_recruiters_lie-ca-body = Adwoa est une étudiante du Ghana à Brampton, en Ontario. Un consultant dit qu'il peut lui vendre une offre d'emploi qui l'aidera à rester au Canada. Le prix est de 25 000 dollars. Il dit que beaucoup d'étudiants le paient. Quels signes d'alerte voyez-vous ? Adwoa vérifie s'il est sur la liste officielle des consultants en immigration autorisés.

story-how_recruiters_lie-us-title = Le dénicheur de mannequins
story-how_recruiters_lie-us-body = Maya a 15 ans et vit à Atlanta. Une personne qui se dit dénicheur de mannequins lui envoie un message en ligne. Elle dit que Maya pourrait devenir célèbre. Elle demande d'autres photos, et dit de ne rien dire à ses parents pour l'instant. Plus tard, elle offre un billet de bus pour se voir dans une autre ville. Quels signes d'alerte voyez-vous ? Maya en parle à sa mère et bloque le compte.

## rights_at_work

story-rights_at_work-general-title = Garder le passeport en sécurité
story-rights_at_work-general-body = Léo arrive à l'étranger pour un nouvel emploi. Le gérant dit : « Donne-moi ton passeport. Je le garde en sécurité. » Il dit aussi que le contrat sera différent de celui que Léo a signé chez lui, et que le salaire sera plus bas. Quels sont les droits de Léo ? Que pourrait-il faire sans se mettre en danger ? Leo garde une photo de son passeport et du premier contrat.

story-rights_at_work-jm-title = L'hôtel en Caroline du Sud
story-rights_at_work-jm-body = Andre vit à Ocho Rios, en Jamaïque. Il part travailler dans un hôtel en Caroline du Sud avec un visa de travail pour la saison. Le patron garde les passeports des travailleurs « pour les protéger ». Chaque semaine, il prend sur leur paie plus d'argent pour la chambre que promis. Quels sont les droits d'Andre ? Que pourrait-il faire sans danger ? Andre garde une photo de son contrat et de ses fiches de paie.

story-rights_at_work-ht-title = Le chantier
story-rights_at_work-ht-body = Wilner vient de Port-au-Prince, en Haïti. Il travaille sur un chantier à Saint-Domingue, en République dominicaine. Le patron garde son passeport et ne lui paie que la moitié de ce qu'il a promis. Il dit que Wilner sera renvoyé s'il se plaint. Quels sont les droits de Wilner ? Que pourrait-il faire sans danger ? Wilner note les jours et les heures où il travaille.

story-rights_at_work-tt-title = L'hôtel dans un autre pays
story-rights_at_work-tt-body = Marlon vit à San Fernando, à Trinité-et-Tobago. Il a payé un agent 8 000 dollars de Trinité-et-Tobago pour un emploi dans un hôtel à l'étranger. À son arrivée, le gérant lui demande son passeport « pour le dossier ». Le nouveau contrat prévoit un salaire plus bas et six jours de travail par semaine. Quels sont les droits de Marlon ? Que pourrait-il faire sans se mettre en danger ? Marlon garde une copie du premier contrat qu'il a signé.

story-rights_at_work-ng-title = Le nouveau contrat à l'aéroport
story-rights_at_work-ng-body = Tunde vit à Ibadan, au Nigeria. Une agence lui trouve un travail de chauffeur au Qatar. À l'aéroport, l'agent lui donne un nouveau contrat, avec une paie plus basse et des heures plus longues. Il dit : « Signe vite, ou tu rates l'avion. » Quels sont les droits de Tunde ? Que pourrait-il demander ? Tunde garde une copie du premier contrat.

story-rights_at_work-gh-title = Deux ans dans une maison
story-rights_at_work-gh-body = Abena vient de Kumasi, au Ghana. Elle travaille comme aide ménagère pour une famille au Liban. La famille garde son passeport. Elle dit qu'Abena ne peut pas partir avant la fin de ses deux ans. Elle travaille tous les jours, sans jour de repos. Quels sont les droits d'Abena ? Que pourrait-elle faire sans danger ? Abena garde une photo de son passeport sur le téléphone d'une amie.

story-rights_at_work-sn-title = Un contrat qu'elle ne peut pas lire
story-rights_at_work-sn-body = Fatou vit à Dakar, au Sénégal. Un agent lui propose un travail de ménage dans un hôtel du Golfe. Il demande 500 000 francs CFA. Le contrat est dans une langue qu'elle ne sait pas lire. Il dit : « Signe, c'est tout. Tout le monde le fait. » Quels sont les droits de Fatou ? Que pourrait-elle demander ? Fatou demande le contrat en français et le montre à une personne de confiance.

story-rights_at_work-ke-title = La menace de « fuite »
story-rights_at_work-ke-body = Kiprop vient d'Eldoret, au Kenya. Il travaille comme agent de sécurité en Arabie saoudite. Sa paie est plus basse que ce que dit son contrat, et le patron garde son passeport. Quand Kiprop pose des questions, le patron dit qu'il le déclarera en fuite. Quels sont les droits de Kiprop ? À qui pourrait-il demander conseil ? Kiprop demande à un service d'aide ce que son visa permet avant de faire quoi que ce soit.

story-rights_at_work-ug-title = Le travail de maison à l'étranger
story-rights_at_work-ug-body = Sarah vit à Kampala, en Ouganda. Elle part travailler comme aide de maison dans une famille à l'étranger. Le premier jour, la famille prend son passeport et son téléphone. Elle travaille de six heures du matin à minuit, sans jour de repos. Quels sont les droits de Sarah ? Que pourrait-elle faire sans se mettre en danger ? Sarah apprend par cœur le numéro de son ambassade.

story-rights_at_work-et-title = Pas de jour de repos
story-rights_at_work-et-body = Meseret vient de Dessie, en Éthiopie. Elle travaille pour une famille au Koweït. Elle travaille du petit matin jusque tard le soir. Elle n'a pas de jour de repos, et la famille garde son téléphone presque toute la journée. Quels sont les droits de Meseret ? Que pourrait-elle faire sans danger ? Meseret apprend par cœur le numéro de son ambassade.

story-rights_at_work-ca-title = L'agence de placement
story-rights_at_work-ca-body = Kofi est venu au Canada pour étudier. Il travaille dans un entrepôt par une agence de placement. L'agence garde une partie de sa paie pour des « frais » et garde son permis d'études. Elle dit qu'il sera dénoncé s'il se plaint. Quels sont les droits de Kofi ? À qui pourrait-il demander conseil ? Kofi note ses heures et garde ses fiches de paie.

story-rights_at_work-us-title = La ferme en Floride
story-rights_at_work-us-body = Jermaine vient de St Elizabeth, en Jamaïque. Il vient en Floride avec un visa de travail agricole pour la récolte. Le chef d'équipe garde les passeports des travailleurs. Chaque semaine, il prend de l'argent sur leur paie « pour le visa » et le bus. Quels sont les droits de Jermaine ? À qui pourrait-il demander conseil ? Jermaine demande conseil à un groupe d'aide juridique pour les travailleurs agricoles.

## warning_signs

story-warning_signs-general-title = Un ami qui a changé
story-warning_signs-general-body = Votre ami Tom a un nouveau travail. Il est toujours fatigué maintenant. Son patron le conduit partout et répond à sa place quand vous lui parlez. Tom dit qu'il ne peut pas venir vous voir parce qu'il « doit » de l'argent pour sa chambre. Quels signes remarquez-vous ? Que pourriez-vous faire sans mettre Tom en danger ?

story-warning_signs-jm-title = Le nouveau petit ami de Tiana
story-warning_signs-jm-body = Tiana est dans votre classe à Spanish Town, en Jamaïque. Elle a un nouveau petit ami beaucoup plus âgé. Il lui achète du crédit de téléphone et des vêtements neufs. Maintenant, elle manque souvent l'école. Elle dit qu'elle doit « le rembourser ». Quels signes remarquez-vous ? À qui pourriez-vous en parler ?

story-warning_signs-ht-title = La fille d'à côté
story-warning_signs-ht-body = Guerline a environ 10 ans et vit chez la famille d'à côté, à Port-au-Prince, en Haïti. Elle est venue de la campagne « pour aller à l'école ». Vous la voyez porter de l'eau et cuisiner toute la journée. Elle ne va pas à l'école. Elle a l'air très fatiguée et a souvent faim. Quels signes remarquez-vous ? À qui pourriez-vous en parler ?

story-warning_signs-tt-title = Au magasin
story-warning_signs-tt-body = Vous travaillez dans un magasin à Chaguanas, à Trinité-et-Tobago. Une jeune femme vient souvent avec un homme. Elle ne parle qu'espagnol. Il répond à sa place, tient sa carte d'identité et paie tout. Elle n'a jamais l'air heureuse et ne vient jamais seule. Quels signes remarquez-vous ? Que pourriez-vous faire sans danger ?

story-warning_signs-ng-title = La fille d'à côté
story-warning_signs-ng-body = Une fille d'environ 13 ans vit chez vos voisins à Lagos, au Nigeria. Elle est venue d'un village pour « aider à la maison ». Elle travaille de l'aube à tard le soir. Elle ne va pas à l'école et n'a jamais le droit de sortir seule. Quels signes remarquez-vous ? À qui pourriez-vous en parler ?

story-warning_signs-gh-title = Au marché de Makola
story-warning_signs-gh-body = Au marché de Makola, à Accra, au Ghana, une fille d'environ 14 ans porte de lourdes charges toute la journée. Elle est venue du nord avec une femme qui prend tout son argent. La fille dort au marché et ne va pas à l'école. Quels signes remarquez-vous ? À qui pourriez-vous en parler ?

story-warning_signs-sn-title = Les garçons du marché
story-warning_signs-sn-body = À Dakar, au Sénégal, vous voyez chaque jour les mêmes jeunes garçons mendier près du marché, avec une boîte de conserve. Ils ont l'air d'avoir faim et n'ont pas de chaussures. Ils disent qu'ils doivent rapporter de l'argent chaque jour à un homme, sinon ils seront punis. Quels signes remarquez-vous ? À qui pourriez-vous en parler ?

story-warning_signs-ke-title = Des messages de Thaïlande
story-warning_signs-ke-body = Votre voisin de Mombasa, au Kenya, est parti en Thaïlande pour un « emploi en informatique ». Maintenant, sa famille reçoit des messages étranges. Ils utilisent chaque fois les mêmes mots. Il leur demande d'envoyer de l'argent pour payer une « amende » afin de pouvoir partir. Il n'appelle jamais en vidéo. Quels signes remarquez-vous ? À qui sa famille pourrait-elle parler ?

story-warning_signs-ug-title = Au marché
story-warning_signs-ug-body = Au marché de Kampala, en Ouganda, vous voyez une fille d'environ 14 ans qui vend des marchandises tous les jours, même pendant les heures d'école. Une femme la surveille toujours et répond à sa place. La fille semble fatiguée et affamée. Quels signes remarquez-vous ? À qui pourriez-vous en parler ?

story-warning_signs-et-title = La fille du café
story-warning_signs-et-body = Dans un petit café d'Addis-Abeba, en Éthiopie, une fille d'environ 13 ans travaille tous les jours jusque tard. Elle ne va pas à l'école. Le patron répond à sa place quand vous lui parlez. Elle dit qu'elle dort dans la cuisine. Quels signes remarquez-vous ? À qui pourriez-vous en parler ?

story-warning_signs-ca-title = Le dimanche à l'église
story-warning_signs-ca-body = Vous aidez dans une église à Leamington, en Ontario. Le dimanche, beaucoup de travailleurs agricoles de Jamaïque et de Trinité viennent. Un travailleur dit que le patron garde son passeport. On lui a dit qu'il serait renvoyé chez lui s'il tombe malade ou s'il se plaint. Il a l'air d'avoir peur. Quels signes remarquez-vous ? Que pourriez-vous faire sans danger ?

story-warning_signs-us-title = Tanisha a changé
story-warning_signs-us-body = Tanisha a 15 ans et est dans votre classe à Baltimore. Elle a un copain plus âgé. Il lui a donné un nouveau téléphone et de nouveaux vêtements. Maintenant, elle manque l'école, a l'air très fatiguée et dit qu'elle doit « travailler pour lui » la nuit. Elle semble avoir peur de lui. Quels signes remarquez-vous ? À qui pourriez-vous en parler ?

## safe_migration

story-safe_migration-general-title = Se préparer à partir
story-safe_migration-general-body = Mira a une offre d'emploi dans un autre pays. Elle part dans un mois. Elle a un téléphone, son passeport et un peu d'argent. Que doit faire Mira avant de partir, pendant le voyage et à son arrivée ? Mira laisse une copie de son passeport et de son contrat à sa sœur.

story-safe_migration-jm-title = Travail agricole en Ontario
story-safe_migration-jm-body = Devon vit à Clarendon, en Jamaïque. Il a une offre de travail agricole saisonnier en Ontario, au Canada. Il part dans six semaines. Sa mère s'inquiète. Que peut vérifier et préparer Devon avant de partir ? Que doit-il faire si le travail n'est pas celui qu'on lui a promis ? Devon laisse à sa mère une copie de son contrat et l'adresse de la ferme.

story-safe_migration-ht-title = Du travail à Santiago
story-safe_migration-ht-body = Fabienne vit à Jacmel, en Haïti. Sa tante, à Santiago en République dominicaine, dit qu'il y a du travail dans un magasin. Fabienne compte partir le mois prochain. Elle a un téléphone et un peu d'argent. Que devrait-elle vérifier avant de partir ? Qui devrait savoir où elle est ? Fabienne écrit le numéro de sa tante sur un papier et l'apprend par cœur.

story-safe_migration-tt-title = Aide-soignante en Angleterre
story-safe_migration-tt-body = Candice vit à Arima, à Trinité-et-Tobago. Une agence lui offre un travail d'aide-soignante en Angleterre. L'agence est à Londres et demande des frais pour le visa. Que devrait vérifier Candice avant de payer ? Comment peut-elle se préparer ? Candice vérifie que l'employeur est sur la liste officielle des employeurs autorisés du gouvernement britannique.

story-safe_migration-ng-title = Étudier au Canada
story-safe_migration-ng-body = Aminata vit à Abuja, au Nigeria. Un agent dit qu'il peut lui trouver une place dans un collège au Canada, un visa et un emploi à temps partiel, le tout pour 3 000 000 de nairas. Il veut l'argent cette semaine. Que doit vérifier Aminata avant de payer ? Comment peut-elle préparer le voyage ? Aminata vérifie que le collège est sur la liste officielle des établissements agréés du Canada.

story-safe_migration-gh-title = Un chantier à Dubaï
story-safe_migration-gh-body = Yaw vit à Accra, au Ghana. Il a une offre pour travailler sur un chantier à Dubaï. Il part dans deux mois. Sa femme est inquiète. Que devrait vérifier Yaw sur l'agence et le contrat ? Que devrait-il préparer ? Yaw laisse une copie de son passeport et de son contrat à sa femme.

story-safe_migration-sn-title = Les fraises en Espagne
story-safe_migration-sn-body = Ousmane vit à Ziguinchor, au Sénégal. Il a une offre pour cueillir des fraises en Espagne pendant quatre mois, dans un programme officiel. Il part au printemps. Que devrait vérifier Ousmane avant de partir ? Qui devrait savoir où il travaille ? Ousmane demande au bureau du programme son contrat en français.

story-safe_migration-ke-title = Travail de maison dans le Golfe
story-safe_migration-ke-body = Mercy vit à Nakuru, au Kenya. Une agence lui propose un emploi d'aide de maison dans le Golfe. Elle part le mois prochain. Que doit vérifier Mercy sur l'agence et le contrat ? Que doit-elle préparer, et qui doit savoir où elle est ? Mercy vérifie que l'agence est sur la liste des agences autorisées du gouvernement.

story-safe_migration-ug-title = Agent de sécurité au Qatar
story-safe_migration-ug-body = Waiswa vit à Jinja, en Ouganda. Une agence lui offre un travail d'agent de sécurité au Qatar. Il part le mois prochain. Que devrait vérifier Waiswa sur l'agence et le contrat ? Que devrait-il préparer ? Waiswa vérifie que l'agence est sur la liste des agences autorisées du gouvernement.

story-safe_migration-et-title = Travail de maison en Arabie saoudite
story-safe_migration-et-body = Selam vit à Bahir Dar, en Éthiopie. Une agence autorisée lui offre un travail d'aide ménagère en Arabie saoudite. Elle part dans six semaines. Que devrait vérifier Selam dans le contrat ? Que devrait-elle préparer, et qui devrait savoir où elle est ? Selam convient avec sa mère d'un jour d'appel chaque semaine.

story-safe_migration-ca-title = Un travail dans une autre ville
story-safe_migration-ca-body = Jada a 18 ans. Sa famille vient d'Haïti, et elle vit à Montréal-Nord. L'ami d'une amie dit qu'il y a un travail pour elle à Toronto, avec une chambre. Elle n'a jamais rencontré l'employeur. Que devrait vérifier Jada avant de partir ? Que devrait-elle prévoir au cas où les choses tourneraient mal ?

story-safe_migration-us-title = Du travail après la tempête
story-safe_migration-us-body = Marcus a 20 ans et vit à Jackson, dans le Mississippi. Une équipe lui offre du travail pour réparer des maisons après une tempête en Floride. Elle paie le voyage et les chambres, et dit qu'il sera payé à la fin du chantier. Que devrait vérifier Marcus avant de partir ? Marcus demande le nom de l'entreprise et note l'adresse où il va loger.

## getting_help

story-getting_help-general-title = Un message la nuit
story-getting_help-general-body = Votre cousine travaille à l'étranger. Tard le soir, elle envoie un court message : « Mon patron a pris mon passeport. Je ne peux pas sortir. Ne m'appelle pas, s'il te plaît. » Que pouvez-vous faire pour l'aider sans la mettre en danger ?

story-getting_help-jm-title = Un message vocal à voix basse
story-getting_help-jm-body = Votre cousine Nadine est partie de Kingston pour travailler dans un hôtel sur une autre île. Elle envoie un message vocal à voix basse : le patron a pris son passeport et dit qu'elle lui doit le billet d'avion. Elle vous demande de ne rien dire à sa mère. Que pouvez-vous faire pour l'aider sans la mettre en danger ?

story-getting_help-ht-title = Un message de Saint-Domingue
story-getting_help-ht-body = Votre sœur Rose travaille dans une maison à Saint-Domingue. La nuit, elle envoie un message WhatsApp. La famille garde ses papiers et ne l'a pas payée depuis deux mois. Elle vous demande de ne pas l'appeler. Que pouvez-vous faire pour l'aider sans danger ?

story-getting_help-tt-title = Une nouvelle amie à l'église
story-getting_help-tt-body = Une jeune femme du Venezuela vient à votre église à San Fernando. Elle vous dit en espagnol que son patron garde son passeport et prend sa paie. Elle a peur de la police. Que pouvez-vous faire pour l'aider sans danger ?

story-getting_help-ng-title = Le message de Blessing
story-getting_help-ng-body = Votre amie Blessing a quitté Benin City pour travailler dans un salon de coiffure dans un autre pays. Maintenant, elle écrit qu'il n'y a pas de salon. Elle doit travailler pour une « madame » pour rembourser une grosse dette. Elle a peur de ce qui pourrait arriver à sa famille. Que pouvez-vous faire pour l'aider sans la mettre en danger ?

story-getting_help-gh-title = L'appel de Kofi depuis Dubaï
story-getting_help-gh-body = Votre cousin Kofi est parti de Kumasi à Dubaï pour un travail de chauffeur. Il appelle avec le téléphone d'un ami. Le travail n'est pas de conduire. Il travaille toute la nuit dans un entrepôt, et le patron garde son passeport. Il vous demande de ne pas encore le dire à sa mère. Que pouvez-vous faire pour l'aider sans danger ?

story-getting_help-sn-title = Un appel de Libye
story-getting_help-sn-body = Votre cousin Cheikh a quitté Kaolack pour rejoindre l'Europe. Maintenant, il appelle de Libye. Des hommes le gardent dans une maison et demandent de l'argent à sa famille. Il a peur. Que pouvez-vous faire pour l'aider sans danger ?

story-getting_help-ke-title = Un appel du Golfe
story-getting_help-ke-body = Votre sœur travaille comme aide de maison dans le Golfe. Elle appelle la nuit avec un téléphone emprunté. Elle travaille toute la journée, n'a pas été payée depuis trois mois et ne peut pas sortir de la maison. Que pouvez-vous faire pour l'aider sans la mettre en danger ?

story-getting_help-ug-title = Un message vocal d'Oman
story-getting_help-ug-body = Votre sœur Nakato travaille comme aide ménagère à Oman. Elle envoie un court message vocal tard le soir. La famille a pris son téléphone, et elle ne s'en sert que quand ils dorment. Elle n'a pas été payée. Que pouvez-vous faire pour l'aider sans danger ?

story-getting_help-et-title = Meron à Beyrouth
story-getting_help-et-body = Votre amie Meron, d'Addis-Abeba, travaille dans une maison à Beyrouth. Elle écrit qu'elle travaille toute la journée, dort par terre dans la cuisine et ne peut pas sortir. Elle vous demande de ne rien dire à sa famille. Que pouvez-vous faire pour l'aider sans danger ?

story-getting_help-ca-title = Une amie à l'école
story-getting_help-ca-body = Votre amie Roselène va à votre école à Montréal-Nord. Elle dit que son copain plus âgé vérifie son téléphone et garde son argent. Il dit qu'elle lui doit de l'argent. Elle a peur et vous demande de ne le dire à personne. Que pouvez-vous faire pour l'aider sans danger ?

story-getting_help-us-title = Le nouveau travail de Jean
story-getting_help-us-body = Votre cousin Jean est venu d'Haïti et vit avec votre famille à Miami. Il travaille pour une entreprise de nettoyage. Le patron garde ses papiers et le paie très peu. Il dit qu'il appellera l'immigration si Jean se plaint. Que pouvez-vous faire pour aider Jean sans danger ?

## for_leaders

story-for_leaders-general-title = Après la séance
story-for_leaders-general-body = Après votre séance, une jeune femme attend que tout le monde soit parti. Elle dit que l'emploi qu'elle a trouvé à l'étranger ressemble à l'histoire que vous avez racontée. Elle part la semaine prochaine et a déjà payé des frais. Elle vous demande de ne rien dire à sa famille. Que dites-vous et que faites-vous ?

story-for_leaders-jm-title = Après le culte à Kingston
story-for_leaders-jm-body = Vous animez une séance dans la salle d'une église à Kingston, en Jamaïque. Après, un jeune homme reste. Il dit qu'un agent a son passeport et lui demande encore de l'argent avant qu'il puisse partir pour du travail agricole. Il a honte d'en parler à son pasteur. Que dites-vous et que faites-vous ?

story-for_leaders-ht-title = Après la séance aux Gonaïves
story-for_leaders-ht-body = Vous animez une séance dans une église aux Gonaïves, en Haïti. Après, une mère dit qu'une femme a proposé d'emmener sa fille de 12 ans à Port-au-Prince. La fille vivrait chez une famille et « irait à l'école ». La femme veut partir cette semaine. Que dites-vous et que faites-vous ?

story-for_leaders-tt-title = Après la séance à Point Fortin
story-for_leaders-tt-body = Vous animez une séance dans un centre communautaire à Point Fortin, à Trinité-et-Tobago. Après, une enseignante dit qu'une fille de 15 ans venue du Venezuela manque souvent la classe. Un homme adulte vient la chercher à l'école. La fille dit que c'est son « oncle ». Que dites-vous et que faites-vous ?

story-for_leaders-ng-title = Après la séance à Benin City
story-for_leaders-ng-body = Vous animez une séance dans un centre communautaire à Benin City, au Nigeria. Après, une jeune femme nommée Osas reste. Elle dit qu'une « madame » va lui payer le voyage vers l'Italie. D'abord, elle doit prêter serment dans un sanctuaire de rembourser l'argent. Que dites-vous et que faites-vous ?

story-for_leaders-gh-title = Après la séance à Accra
story-for_leaders-gh-body = Vous animez une séance dans un centre communautaire à Accra, au Ghana. Après, une mère dit qu'on a promis à son fils de 15 ans une place dans une académie de football à l'étranger. Un homme a demandé de l'argent et l'acte de naissance du garçon. Que dites-vous et que faites-vous ?

story-for_leaders-sn-title = Après la séance à Kaolack
story-for_leaders-sn-body = Vous animez une séance dans un centre de jeunes à Kaolack, au Sénégal. Après, un jeune homme dit que son oncle rassemble de l'argent dans la famille. Il doit prendre une pirogue pour l'Espagne la semaine prochaine. Il vous demande de ne pas le dire à sa mère. Que dites-vous et que faites-vous ?

story-for_leaders-ke-title = Après le cours à Kisumu
story-for_leaders-ke-body = Vous animez une séance dans un lycée à Kisumu, au Kenya. Après, une élève dit que sa grande sœur travaille dans le Golfe et n'a pas été payée depuis des mois. La famille a peur de se plaindre. Que dites-vous et que faites-vous ?

story-for_leaders-ug-title = Après la séance à Mbarara
story-for_leaders-ug-body = Vous animez une séance dans une église à Mbarara, en Ouganda. Après, une jeune femme dit qu'un agent lui demande d'aller d'abord au Kenya et de prendre l'avion pour le Golfe de là-bas, « pour aller plus vite ». Elle l'a déjà payé. Que dites-vous et que faites-vous ?

story-for_leaders-et-title = Après la classe à Dessie
story-for_leaders-et-body = Vous animez une séance dans une école à Dessie, en Éthiopie. Après, une fille de 16 ans dit qu'un courtier va l'emmener en Arabie saoudite par la route et en bateau le mois prochain. Sa famille doit payer 40 000 birrs. Que dites-vous et que faites-vous ?

story-for_leaders-ca-title = Après le groupe de jeunes à Brampton
story-for_leaders-ca-body = Vous animez une séance pour un groupe de jeunes dans une église caribéenne à Brampton, en Ontario. Après, une jeune de 16 ans dit qu'un homme rencontré en ligne lui envoie de l'argent et veut qu'elle vienne dans sa ville. Elle vous demande de garder ça entre vous. Que dites-vous et que faites-vous ?

story-for_leaders-us-title = Après le culte en Caroline du Nord
story-for_leaders-us-body = Vous animez une séance dans une église en Caroline du Nord. Beaucoup de travailleurs agricoles qui viennent chaque saison de Jamaïque et d'Haïti y assistent. Après, un travailleur dit que le chef d'équipe garde leurs passeports et prend de l'argent sur leur paie pour le visa. Que dites-vous et que faites-vous ?
