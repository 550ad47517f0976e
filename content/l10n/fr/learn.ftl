## Apprendre : modules de sensibilisation, leçons, histoires et quiz.
## Phrases courtes : chaque texte est lu à voix haute par la synthèse vocale.

## Écrans

learn-menu-title = Apprendre
learn-menu-choose-track = Vous apprenez en tant que…
learn-menu-choose-module = Choisissez un module
learn-menu-scenario = Une histoire pour réfléchir
learn-menu-progress = Mes progrès
learn-menu-clear-progress = Effacer mes progrès
learn-lesson-heading = Leçon { $number } sur { $total }
learn-key-points = Points clés
learn-quiz-question-heading = Question { $number } sur { $total }
learn-quiz-correct = C'est juste.
learn-quiz-wrong = Pas tout à fait. La bonne réponse est : { $answer }
learn-quiz-score = Vous avez { $score } bonnes réponses sur { $total }.
learn-quiz-best = Votre meilleur score : { $score } sur { $total }.
learn-progress-none = Vous n'avez encore commencé aucun module.
learn-progress-cleared = Vos progrès ont été effacés. Rien d'autre n'a changé.
learn-lessons-count = { $count ->
    [one] { $count } leçon
   *[other] { $count } leçons
}

## Parcours

learn-track-migrants = Travailler ou partir à l'étranger
learn-track-migrants-summary = Pour les personnes qui pensent travailler à l'étranger, ou qui travaillent déjà loin de chez elles.
learn-track-students = Élèves
learn-track-students-summary = Pour les jeunes de 12 à 18 ans, à l'école ou entre amis.
learn-track-leaders = Responsables communautaires et enseignants
learn-track-leaders-summary = Pour les personnes qui animent des séances dans une église, une mosquée, une école ou un centre communautaire.

## Erreurs (elles ne répètent jamais ce qu'une personne a tapé)

learn-error-unknown-module = Aucun module ne porte ce nom.
learn-error-unknown-lesson = Aucune leçon ne porte ce nom dans ce module.
learn-error-unknown-audience = Choisissez l'un de ces groupes : migrants, students ou leaders.
learn-error-bad-region = Une région est un code de pays à deux lettres, comme HT, SN ou CA.
learn-error-answer-count = Répondez à toutes les questions. Ce quiz a { $count } questions.
learn-error-unknown-choice = Une réponse ne fait pas partie des choix.

## Module 1 : traite et trafic de migrants

learn-trafficking_and_smuggling-title = La traite et le trafic de migrants
learn-trafficking_and_smuggling-summary = Ce qu'est la traite des personnes, ce qu'est le trafic de migrants, et pourquoi la différence compte.

learn-trafficking_and_smuggling-l1-title = Ce qu'est la traite
learn-trafficking_and_smuggling-l1-body = La traite des êtres humains, c'est exploiter une personne pour gagner de l'argent ou un avantage. Elle a trois parties. Quelqu'un recrute, déplace ou cache une personne. Il utilise la force, des mensonges, des menaces ou la situation difficile de la personne. Et le but est de l'exploiter. Quand ces moyens sont utilisés, peu importe que la personne ait dit oui.
learn-trafficking_and_smuggling-l1-p1 = L'acte : quelqu'un recrute, déplace, reçoit ou cache une personne.
learn-trafficking_and_smuggling-l1-p2 = Les moyens : la force, les menaces, le mensonge, une dette, ou la situation de faiblesse de la personne.
learn-trafficking_and_smuggling-l1-p3 = Le but : l'exploiter, par le travail, le sexe, le crime ou d'autres façons.

learn-trafficking_and_smuggling-l2-title = Les enfants sont un cas à part
learn-trafficking_and_smuggling-l2-body = Pour un enfant de moins de 18 ans, la loi n'exige ni force ni mensonge. Si quelqu'un recrute ou déplace un enfant pour l'exploiter, c'est de la traite. Un enfant ne peut jamais accepter d'être exploité.
learn-trafficking_and_smuggling-l2-p1 = Avant 18 ans, seuls l'acte et le but comptent.
learn-trafficking_and_smuggling-l2-p2 = Le « oui » d'un enfant ne rend pas l'exploitation légale.
learn-trafficking_and_smuggling-l2-p3 = Les adultes ont le devoir de protéger les enfants.

learn-trafficking_and_smuggling-l3-title = Ce qu'est le trafic de migrants
learn-trafficking_and_smuggling-l3-body = Le trafic de migrants, c'est ce que fait le passeur : faire passer une frontière à une personne de façon illégale, pour gagner de l'argent. Le crime est celui du passeur. La règle de l'ONU dit qu'une personne n'est pas une criminelle simplement parce qu'elle a été transportée par un passeur. Certains pays donnent quand même des amendes ou renvoient les personnes entrées sans papiers : demandez conseil. Le trafic de migrants peut devenir de la traite, quand le passeur commence à contrôler ou à exploiter la personne.
learn-trafficking_and_smuggling-l3-p1 = Le trafic de migrants est l'acte du passeur : un passage illégal de frontière, pour de l'argent.
learn-trafficking_and_smuggling-l3-p2 = La traite, c'est l'exploitation, et elle n'a pas besoin de frontière.
learn-trafficking_and_smuggling-l3-p3 = Une nouvelle « dette » après le voyage est un signe d'alerte de traite.

learn-trafficking_and_smuggling-l4-title = Idées reçues et réalité
learn-trafficking_and_smuggling-l4-body = Beaucoup de gens croient des choses fausses sur la traite. Ces idées reçues empêchent de la voir. La traite arrive souvent près de chez soi, avec des personnes que l'on connaît déjà.
learn-trafficking_and_smuggling-l4-p1 = Idée reçue : il y a toujours une frontière. Réalité : cela peut arriver dans votre propre ville.
learn-trafficking_and_smuggling-l4-p2 = Idée reçue : les victimes sont toujours enfermées. Réalité : beaucoup sont tenues par une dette, des menaces et la peur.
learn-trafficking_and_smuggling-l4-p3 = Idée reçue : cela n'arrive qu'aux femmes. Réalité : des hommes, des femmes, des garçons et des filles en sont victimes.
learn-trafficking_and_smuggling-l4-p4 = Idée reçue : s'ils ont accepté de partir, ce n'est pas de la traite. Réalité : accepter un travail, ce n'est pas accepter d'être exploité.
learn-trafficking_and_smuggling-l5-title = Ce qu'est le travail forcé
learn-trafficking_and_smuggling-l5-body = Le travail forcé, c'est un travail que quelqu'un oblige une personne à faire sous la menace d'une punition, et qu'elle n'a pas accepté librement. La menace peut être la violence, une dette, un passeport gardé ou la menace d'appeler la police. Un travail accepté au début peut devenir du travail forcé, quand la personne n'est plus libre de dire non ou de partir.
learn-trafficking_and_smuggling-l5-p1 = Travail forcé : un travail sous la menace, qui n'a pas été choisi librement.
learn-trafficking_and_smuggling-l5-p2 = La menace peut être la violence, une dette, un passeport gardé ou la police.
learn-trafficking_and_smuggling-l5-p3 = Un travail que vous avez accepté peut quand même devenir du travail forcé.

learn-trafficking_and_smuggling-q1 = Quelles sont les trois parties de la traite d'un adulte ?
learn-trafficking_and_smuggling-q1-a = Un acte, un moyen et un but
learn-trafficking_and_smuggling-q1-b = Une frontière, un passeport et un travail
learn-trafficking_and_smuggling-q1-c = Une dette, un contrat et un visa
learn-trafficking_and_smuggling-q1-why = La traite, c'est un acte (recruter, déplacer, cacher), un moyen (force, mensonge, menaces, abus d'une situation de faiblesse) et un but (l'exploitation). Une frontière n'est pas nécessaire.

learn-trafficking_and_smuggling-q2 = Où la traite peut-elle avoir lieu ?
learn-trafficking_and_smuggling-q2-a = Seulement quand on passe une frontière
learn-trafficking_and_smuggling-q2-b = Seulement dans les grandes villes loin de chez soi
learn-trafficking_and_smuggling-q2-c = Partout, même dans votre propre ville ou votre village
learn-trafficking_and_smuggling-q2-why = La traite, c'est l'exploitation, pas le voyage. Beaucoup de personnes sont victimes de traite dans leur propre pays ou leur propre ville.

learn-trafficking_and_smuggling-q3 = Une jeune fille de 15 ans accepte de suivre un homme qui lui promet du travail, puis elle est exploitée. Est-ce de la traite ?
learn-trafficking_and_smuggling-q3-a = Non, parce qu'elle a accepté de partir
learn-trafficking_and_smuggling-q3-b = Oui, c'est de la traite
learn-trafficking_and_smuggling-q3-c = Seulement si elle a été emmenée dans un autre pays
learn-trafficking_and_smuggling-q3-why = Pour toute personne de moins de 18 ans, la recruter ou la déplacer pour l'exploiter, c'est de la traite, même si elle a dit oui.

learn-trafficking_and_smuggling-q4 = Qu'est-ce que le trafic de migrants ?
learn-trafficking_and_smuggling-q4-a = Tout travail payé dans un autre pays
learn-trafficking_and_smuggling-q4-b = Un crime que le migrant commet en voyageant sans papiers
learn-trafficking_and_smuggling-q4-c = Faire passer une frontière illégalement, pour de l'argent
learn-trafficking_and_smuggling-q4-why = Le trafic de migrants est l'acte du passeur : faire passer une frontière illégalement à une personne pour gagner de l'argent. Selon la règle de l'ONU, la personne transportée n'est pas une criminelle pour cela. Le trafic peut devenir de la traite si la personne est ensuite contrôlée et exploitée.

learn-trafficking_and_smuggling-q5 = Après le voyage, le passeur dit que vous lui devez encore de l'argent et que vous devez travailler pour lui sans salaire. De quoi est-ce le signe ?
learn-trafficking_and_smuggling-q5-a = De la traite par la dette
learn-trafficking_and_smuggling-q5-b = Un coût normal du voyage
learn-trafficking_and_smuggling-q5-c = Un accord juste, car vous avez accepté de partir
learn-trafficking_and_smuggling-q5-why = Une nouvelle dette que vous devez rembourser en travaillant, sans pouvoir partir, s'appelle la servitude pour dettes : la dette sert à vous contrôler. C'est un signe courant de traite, même si vous avez accepté le voyage.

## Module 2 : comment les recruteurs mentent

learn-how_recruiters_lie-title = Comment les recruteurs mentent
learn-how_recruiters_lie-summary = Les ruses utilisées pour attirer des personnes vers l'exploitation, et comment les repérer.

learn-how_recruiters_lie-l1-title = Faux emplois et frais
learn-how_recruiters_lie-l1-body = Beaucoup de trafiquants d'êtres humains commencent par une offre d'emploi. Le salaire est très élevé. Aucune expérience n'est demandée. Puis ils vous demandent de payer : pour le visa, la formation, la visite médicale, ou une caution. Un employeur honnête paie ces frais, pas le travailleur.
learn-how_recruiters_lie-l1-p1 = Un salaire bien au-dessus de la normale pour ce travail est un signe d'alerte.
learn-how_recruiters_lie-l1-p2 = Demander des frais au travailleur est un signal d'alarme.
learn-how_recruiters_lie-l1-p3 = « Partez cette semaine » et « n'en parlez à personne » sont des pressions.

learn-how_recruiters_lie-l2-title = Offres d'études, de sport et de mannequinat
learn-how_recruiters_lie-l2-body = Certaines offres promettent une place dans une école, un essai dans un club de football, ou un contrat de mannequin à l'étranger. La famille paie beaucoup d'argent. À l'arrivée, il n'y a ni école ni club. Le jeune se retrouve avec une dette, ou on le force à travailler.
learn-how_recruiters_lie-l2-p1 = On peut vérifier un vrai club ou une vraie école sur leur site officiel et auprès de l'ambassade.
learn-how_recruiters_lie-l2-p2 = Les vrais recruteurs sportifs ne font pas payer les essais aux familles.
learn-how_recruiters_lie-l2-p3 = Parlez à un adulte de confiance avant d'envoyer des photos, des papiers ou de l'argent.

learn-how_recruiters_lie-l3-title = Les emplois en ligne qui cachent des centres d'arnaque
learn-how_recruiters_lie-l3-body = Certaines annonces proposent des emplois « en informatique », au « service client » ou dans la « vente en ligne » dans un autre pays, souvent en Asie du Sud-Est. Le billet d'avion est payé. Le nom de l'employeur reste flou. À l'arrivée, les personnes sont forcées à escroquer d'autres gens en ligne et ne peuvent pas partir.
learn-how_recruiters_lie-l3-p1 = Un employeur flou et un billet gratuit sont des signes d'alerte.
learn-how_recruiters_lie-l3-p2 = Cherchez le nom de l'entreprise avec le mot « arnaque ».
learn-how_recruiters_lie-l3-p3 = Ne partez pas pour un emploi avec un simple visa de touriste.

learn-how_recruiters_lie-l4-title = L'amour, les amis et la famille
learn-how_recruiters_lie-l4-body = Certains trafiquants d'êtres humains se font passer pour un petit ami, une petite amie ou un ami. D'autres sont des proches qui « arrangent tout ». Ils offrent des cadeaux et de l'attention, puis demandent quelque chose en retour. Des cadeaux et un voyage payés pour vous peuvent devenir une dette.
learn-how_recruiters_lie-l4-p1 = Un nouveau partenaire qui veut vous emmener loin très vite est un signe d'alerte.
learn-how_recruiters_lie-l4-p2 = Quelqu'un qui veut que votre relation reste secrète peut vous vouloir du mal.
learn-how_recruiters_lie-l4-p3 = Même l'offre d'un proche doit être vérifiée comme les autres.

learn-how_recruiters_lie-q1 = Un recruteur vous demande de payer votre visa et votre formation avant de partir. Que fait un employeur honnête ?
learn-how_recruiters_lie-q1-a = Le travailleur paie, puis est remboursé sur son salaire
learn-how_recruiters_lie-q1-b = L'employeur les paie
learn-how_recruiters_lie-q1-c = Le travailleur paie la moitié, en signe de confiance
learn-how_recruiters_lie-q1-why = Selon les règles du recrutement équitable, l'employeur paie les frais de recrutement et les coûts liés. Des frais demandés au travailleur sont un signal d'alarme, un signe que quelque chose ne va peut-être pas.

learn-how_recruiters_lie-q2 = Une annonce dit : « Très bon salaire, sans expérience, départ cette semaine, n'en parlez à personne. » Que devez-vous penser ?
learn-how_recruiters_lie-q2-a = C'est une chance, dites oui vite
learn-how_recruiters_lie-q2-b = C'est bien si le salaire est écrit
learn-how_recruiters_lie-q2-c = La vérifier avec une personne de confiance avant de décider
learn-how_recruiters_lie-q2-why = Un salaire trop beau, la pression pour décider vite et le secret sont des ruses courantes. Prenez le temps de vérifier l'offre avec une personne de confiance.

learn-how_recruiters_lie-q3 = Un recruteur veut que votre famille paie un essai de football à l'étranger. Qu'est-ce qui est vrai ?
learn-how_recruiters_lie-q3-a = Un vrai club ne demande pas aux familles de payer un essai
learn-how_recruiters_lie-q3-b = Payer est normal, les essais coûtent cher à l'étranger
learn-how_recruiters_lie-q3-c = C'est sûr si le recruteur est gentil et connu
learn-how_recruiters_lie-q3-why = Les fausses académies de football prennent l'argent des familles. Un vrai club peut être vérifié, et il ne fait pas payer un essai.

learn-how_recruiters_lie-q4 = Un nouvel ami en ligne vous offre des cadeaux, veut que vous voyagiez pour le voir, et que vous le gardiez secret. Qu'est-ce que c'est ?
learn-how_recruiters_lie-q4-a = Normal, s'il a l'air gentil et honnête
learn-how_recruiters_lie-q4-b = Un signe d'alerte de manipulation (grooming)
learn-how_recruiters_lie-q4-c = Sans danger, si vous le voyez dans un lieu public
learn-how_recruiters_lie-q4-why = La manipulation (grooming), c'est gagner la confiance d'un jeune avec des cadeaux et de l'attention, pour lui faire du mal ou l'exploiter. Les cadeaux, le secret et la pression pour voyager en sont des signes. En parler à un adulte de confiance vous protège.

learn-how_recruiters_lie-q5 = Quelle offre est un signe d'alerte de centre d'arnaque en ligne ?
learn-how_recruiters_lie-q5-a = Un emploi « informatique » à l'étranger, vol payé, sans nom d'entreprise
learn-how_recruiters_lie-q5-b = Un emploi dans un magasin près de chez vous, avec un contrat à lire d'abord
learn-how_recruiters_lie-q5-c = Un emploi dans un hôtel que vous pouvez vérifier, avec un permis de travail
learn-how_recruiters_lie-q5-why = Les centres d'escroquerie recrutent avec des emplois vagues « informatique » ou « service client » à l'étranger. Un vol gratuit, un visa de touriste et un employeur flou sont des signaux d'alarme. À l'arrivée, les personnes sont forcées d'escroquer d'autres gens en ligne.

## Module 3 : vos droits au travail et quand vous migrez

learn-rights_at_work-title = Vos droits au travail
learn-rights_at_work-summary = À quoi ressemble un emploi honnête, avant le départ et pendant le travail.

learn-rights_at_work-l1-title = Vous ne devez pas payer pour un emploi
learn-rights_at_work-l1-body = C'est l'employeur qui paie les coûts de votre recrutement. Cela comprend les frais d'agence, le visa et le voyage. Vous ne devez pas payer pour obtenir un emploi. Si on vous demande de payer, demandez pourquoi, et demandez conseil.
learn-rights_at_work-l1-p1 = L'employeur paie les frais de recrutement et les coûts liés.
learn-rights_at_work-l1-p2 = Demandez un reçu pour tout argent versé.
learn-rights_at_work-l1-p3 = Une dette pour un emploi peut servir à vous contrôler.

learn-rights_at_work-l2-title = Un contrat écrit que vous comprenez
learn-rights_at_work-l2-body = Avant de partir, vous devez avoir un contrat écrit dans une langue que vous comprenez. Il indique votre salaire, vos heures, vos jours de repos, votre logement et qui paie le voyage. Gardez-en une copie. Méfiez-vous si on vous dit qu'un nouveau contrat sera signé à l'arrivée.
learn-rights_at_work-l2-p1 = Recevez le contrat avant de voyager.
learn-rights_at_work-l2-p2 = Il doit être dans une langue que vous savez lire.
learn-rights_at_work-l2-p3 = Il indique le salaire, les heures, les jours de repos et le logement.
learn-rights_at_work-l2-p4 = Gardez une copie en lieu sûr, et envoyez-en une à une personne de confiance.

learn-rights_at_work-l3-title = Votre passeport est à vous
learn-rights_at_work-l3-body = Votre passeport et vos papiers vous appartiennent. Un employeur ou un agent ne doit pas les garder. Vous pouvez les garder dans un endroit sûr, à vous. Si quelqu'un prend vos papiers, c'est un signe d'alerte.
learn-rights_at_work-l3-p1 = Gardez vous-même votre passeport et votre pièce d'identité.
learn-rights_at_work-l3-p2 = Gardez des copies et des photos de vos papiers.
learn-rights_at_work-l3-p3 = Un employeur qui garde vos papiers est un signe d'alerte de travail forcé.

learn-rights_at_work-l4-title = Personne ne peut vous forcer à rester
learn-rights_at_work-l4-body = Personne ne peut vous forcer à rester dans un emploi par des menaces, la violence ou une dette. Vous pouvez toujours demander à rentrer chez vous. Changer d'employeur dépend de votre visa. Dans certains endroits, comme les pays du Golfe, ou le travail agricole au Canada et aux États-Unis, le visa est lié à un seul employeur. Partir peut vous faire signaler ou renvoyer chez vous. Demandez donc conseil d'abord, à un service d'aide ou à votre ambassade. Avant de signer, vérifiez le recruteur : cherchez sa licence et renseignez-vous auprès d'un bureau du gouvernement ou d'une organisation connue.
learn-rights_at_work-l4-p1 = Personne ne peut vous garder au travail par des menaces ou une dette.
learn-rights_at_work-l4-p2 = Si votre visa vous lie à un seul employeur, demandez conseil avant de partir.
learn-rights_at_work-l4-p3 = Un simple visa de touriste ne permet pas de travailler. Demandez quels papiers votre emploi exige.
learn-rights_at_work-l4-p4 = Un recruteur agréé peut être vérifié auprès du gouvernement.

learn-rights_at_work-q1 = Qui doit payer les frais de votre recrutement ?
learn-rights_at_work-q1-a = Vous, le travailleur
learn-rights_at_work-q1-b = L'employeur
learn-rights_at_work-q1-c = Vous et l'employeur, moitié chacun
learn-rights_at_work-q1-why = Le recrutement équitable veut dire que l'employeur paie les frais de recrutement et les coûts liés. Le travailleur ne paie rien pour l'emploi.

learn-rights_at_work-q2 = Quand devez-vous recevoir un contrat écrit ?
learn-rights_at_work-q2-a = À l'arrivée, donné par l'employeur
learn-rights_at_work-q2-b = Jamais, une promesse au téléphone suffit
learn-rights_at_work-q2-c = Avant de partir, dans une langue que vous lisez
learn-rights_at_work-q2-why = Un contrat avant le voyage, dans une langue que vous lisez, vous protège. « On signera à votre arrivée » est un signe d'alerte.

learn-rights_at_work-q3 = Votre employeur veut garder votre passeport. Qu'est-ce qui est vrai ?
learn-rights_at_work-q3-a = C'est un signe d'alerte
learn-rights_at_work-q3-b = C'est normal, pour obtenir votre visa
learn-rights_at_work-q3-c = C'est bien s'il vous donne une copie
learn-rights_at_work-q3-why = Garder les papiers d'un travailleur est un des indicateurs du travail forcé : les signes que les spécialistes recherchent. Votre passeport est à vous, même pendant qu'on prépare un visa.

learn-rights_at_work-q4 = À l'étranger, votre patron dit que vous devez rester jusqu'à ce que vous ayez payé une grosse dette. Qu'est-ce qui est vrai ?
learn-rights_at_work-q4-a = Une dette permet à un employeur de vous garder au travail
learn-rights_at_work-q4-b = Personne ne peut vous forcer à rester pour une dette
learn-rights_at_work-q4-c = Vous pouvez quitter tout emploi et tout visa à tout moment
learn-rights_at_work-q4-why = Faire travailler quelqu'un par des menaces ou une dette, c'est du travail forcé. Vous pouvez toujours demander à rentrer chez vous. Mais si votre visa est lié à un seul employeur, partir peut vous faire signaler ou renvoyer chez vous. Parlez d'abord à un service d'aide ou à votre ambassade.

learn-rights_at_work-q5 = Vous allez travailler à l'étranger. Que devez-vous avoir avant de partir ?
learn-rights_at_work-q5-a = Un visa de touriste, et les papiers réglés plus tard
learn-rights_at_work-q5-b = Rien : l'agence garde votre passeport pour le visa
learn-rights_at_work-q5-c = Le droit de travailler dans ce pays
learn-rights_at_work-q5-why = Un simple visa de touriste ne permet pas de travailler, et vous rend facile à contrôler. Les bons papiers dépendent du pays : un visa de travail, un permis de travail avec un visa de visiteur (comme dans le programme de travail agricole du Canada), ou la libre circulation (la CEDEAO en Afrique de l'Ouest, le CSME pour les travailleurs qualifiés de la CARICOM).

## Module 4 : les signes d'alerte chez une autre personne

learn-warning_signs-title = Les signes d'alerte chez quelqu'un d'autre
learn-warning_signs-summary = Comment remarquer qu'un ami, un camarade de classe ou un voisin est peut-être en danger.

learn-warning_signs-l1-title = Comment la personne peut paraître
learn-warning_signs-l1-body = Une personne exploitée peut sembler très fatiguée ou affamée. Elle peut avoir des blessures qu'elle n'explique pas. Elle peut sembler avoir peur, être nerveuse ou très silencieuse. Ses réponses peuvent sembler apprises par cœur.
learn-warning_signs-l1-p1 = Toujours fatiguée, affamée ou malade.
learn-warning_signs-l1-p2 = Semble avoir peur, ou se tait quand une certaine personne est là.
learn-warning_signs-l1-p3 = Ses réponses semblent récitées.

learn-warning_signs-l2-title = Conditions de travail et de vie
learn-warning_signs-l2-body = Regardez comment la personne travaille et vit. Elle peut travailler de très longues heures sans jour de repos. Elle peut dormir sur son lieu de travail, ou dans une pièce surpeuplée. Elle peut ne pas aller à l'école.
learn-warning_signs-l2-p1 = De très longues heures, sans jour de repos.
learn-warning_signs-l2-p2 = Elle vit sur le lieu de travail ou dans un logement surpeuplé.
learn-warning_signs-l2-p3 = Un enfant qui travaille au lieu d'aller à l'école.

learn-warning_signs-l3-title = Les signes de contrôle
learn-warning_signs-l3-body = Quelqu'un contrôle peut-être la personne. Une autre personne parle à sa place. Quelqu'un d'autre garde ses papiers, son argent ou son téléphone. Elle ne peut pas sortir seule. Son histoire ne tient pas debout.
learn-warning_signs-l3-p1 = Quelqu'un parle toujours à sa place.
learn-warning_signs-l3-p2 = Quelqu'un d'autre garde sa pièce d'identité, son argent ou son téléphone.
learn-warning_signs-l3-p3 = Elle ne peut pas aller et venir librement.

learn-warning_signs-l4-title = Les relations qui créent une dette
learn-warning_signs-l4-body = Un jeune peut avoir un partenaire beaucoup plus âgé. Ce partenaire offre des cadeaux, du crédit de téléphone ou de l'argent. Puis il dit que le jeune lui doit quelque chose en retour. C'est une façon fréquente de contrôler les jeunes.
learn-warning_signs-l4-p1 = Un petit ami ou une petite amie beaucoup plus âgé.
learn-warning_signs-l4-p2 = Des cadeaux chers « qu'il faut rembourser ».
learn-warning_signs-l4-p3 = Des changements soudains : absences à l'école, nouveaux secrets, nouveaux amis bien plus âgés.

learn-warning_signs-q1 = Lequel de ces faits peut être un signe d'alerte d'exploitation ?
learn-warning_signs-q1-a = Elle est discrète et ne vous regarde pas dans les yeux
learn-warning_signs-q1-b = Quelqu'un d'autre garde ses papiers
learn-warning_signs-q1-c = Elle envoie presque tout son salaire à sa famille
learn-warning_signs-q1-why = Quand une autre personne garde les papiers de quelqu'un, cela peut vouloir dire qu'il est contrôlé. Être discret, ou ne pas regarder les gens dans les yeux, n'est pas un signe en soi : dans beaucoup de cultures, c'est une marque de respect.

learn-warning_signs-q2 = Le partenaire beaucoup plus âgé d'une camarade lui offre des cadeaux et dit qu'elle doit le rembourser. Qu'est-ce que c'est ?
learn-warning_signs-q2-a = Un signe d'alerte de contrôle
learn-warning_signs-q2-b = Normal, s'il est gentil avec elle la plupart du temps
learn-warning_signs-q2-c = C'est son choix, donc ce n'est pas un problème
learn-warning_signs-q2-why = Un partenaire beaucoup plus âgé et des cadeaux qui créent une dette sont une façon fréquente de contrôler les jeunes. Parlez-en à un adulte de confiance.

learn-warning_signs-q3 = Vous pensez qu'un ami est peut-être en danger. Quelle est la première étape la plus sûre ?
learn-warning_signs-q3-a = Affronter la personne qui le contrôle
learn-warning_signs-q3-b = Parler à un adulte de confiance ou à un service d'aide
learn-warning_signs-q3-c = En parler tout de suite en ligne
learn-warning_signs-q3-why = Affronter quelqu'un ou publier en ligne peut mettre votre ami encore plus en danger. Un adulte de confiance ou un service d'aide sait quoi faire.

learn-warning_signs-q4 = Un enfant travaille toute la journée dans une maison et ne va jamais à l'école. Est-ce un signe d'alerte ?
learn-warning_signs-q4-a = Non, les enfants aident à la maison dans toutes les familles
learn-warning_signs-q4-b = Non, si la famille donne à l'enfant à manger et un lit
learn-warning_signs-q4-c = Oui, c'est un signe d'alerte
learn-warning_signs-q4-why = Aider à la maison, c'est normal. De longues heures de travail au lieu de l'école, et aucune liberté de sortir, sont des signes d'alerte d'exploitation d'un enfant.

learn-warning_signs-q5 = Un seul signe d'alerte prouve-t-il qu'une personne est victime de traite ?
learn-warning_signs-q5-a = Oui, un seul signe suffit comme preuve
learn-warning_signs-q5-b = Oui, si c'est un signe très fort
learn-warning_signs-q5-c = Non, ce n'est pas une preuve
learn-warning_signs-q5-why = Les signes d'alerte sont des signaux de risque, pas des preuves. Quand vous en remarquez plusieurs, parlez-en à quelqu'un qui peut aider.

## Module 5 : la liste pour une migration sûre

learn-safe_migration-title = Partir en sécurité
learn-safe_migration-summary = Que faire avant de partir, pendant le voyage et à l'arrivée.

learn-safe_migration-l1-title = Avant de partir
learn-safe_migration-l1-body = Vérifiez l'emploi et le recruteur avant de partir. Assurez-vous d'avoir un contrat écrit et le droit de travailler là-bas, par exemple un visa de travail ou un permis de travail. Dites à votre famille où vous allez et avec qui.
learn-safe_migration-l1-p1 = Vérifiez la licence du recruteur et le nom de l'employeur.
learn-safe_migration-l1-p2 = Obtenez un contrat que vous comprenez et les papiers qui vous permettent d'y travailler.
learn-safe_migration-l1-p3 = Laissez le nom et l'adresse de l'employeur à votre famille.

learn-safe_migration-l2-title = Vos papiers et vos contacts
learn-safe_migration-l2-body = Faites des copies de votre passeport, de votre visa et de votre contrat. Laissez-en un jeu à une personne de confiance au pays. Apprenez par cœur le numéro d'une personne de confiance, et les numéros d'aide du lieu où vous allez.
learn-safe_migration-l2-p1 = Gardez des copies de vos papiers en lieu sûr.
learn-safe_migration-l2-p2 = Apprenez par cœur au moins un numéro de confiance.
learn-safe_migration-l2-p3 = Convenez avec votre famille d'un mot de code qui veut dire « j'ai besoin d'aide ».

learn-safe_migration-l3-title = Pendant le voyage
learn-safe_migration-l3-body = Gardez votre passeport et votre argent sur vous. Méfiez-vous si des inconnus vous attendent à la frontière, ou si le plan change tout à coup. Restez en contact avec votre famille.
learn-safe_migration-l3-p1 = Ne confiez votre passeport à personne.
learn-safe_migration-l3-p2 = Un changement soudain de trajet ou d'emploi est un signe d'alerte.
learn-safe_migration-l3-p3 = Envoyez un message à votre famille à chaque étape.

learn-safe_migration-l4-title = À l'arrivée, et si les choses changent
learn-safe_migration-l4-body = Sachez où se trouve l'ambassade de votre pays. Renseignez-vous sur les services d'aide sur place. Si l'emploi n'est pas celui qu'on vous a promis, vous avez des choix. Vous pouvez demander conseil avant de décider quoi faire.
learn-safe_migration-l4-p1 = Sachez où se trouve votre ambassade ou votre consulat.
learn-safe_migration-l4-p2 = Trouvez des services d'aide qui ne signalent pas les personnes à l'immigration.
learn-safe_migration-l4-p3 = Si les choses changent, demandez conseil. Vous n'avez pas à décider seul.

learn-safe_migration-q1 = Que faire des copies de votre passeport et de votre contrat ?
learn-safe_migration-q1-a = Les donner au recruteur pour qu'il les garde
learn-safe_migration-q1-b = En laisser un jeu à une personne de confiance
learn-safe_migration-q1-c = Les jeter une fois bien arrivé
learn-safe_migration-q1-why = Les copies vous aident à prouver qui vous êtes et ce qu'on vous a promis si vos papiers sont perdus ou pris.

learn-safe_migration-q2 = Pourquoi apprendre par cœur un numéro de confiance ?
learn-safe_migration-q2-a = Votre téléphone peut être pris ou perdu
learn-safe_migration-q2-b = Pour que le recruteur puisse toujours vous joindre
learn-safe_migration-q2-c = Inutile, il est enregistré dans le téléphone
learn-safe_migration-q2-why = Les personnes qui en contrôlent d'autres prennent souvent leur téléphone. Un numéro appris par cœur vous permet de demander de l'aide depuis n'importe quel téléphone.

learn-safe_migration-q3 = En route, le plan change tout à coup : un autre emploi, une autre ville. Qu'est-ce que c'est ?
learn-safe_migration-q3-a = Une partie normale d'un voyage à l'étranger
learn-safe_migration-q3-b = C'est bien, si le nouveau travail paie plus
learn-safe_migration-q3-c = Un signe d'alerte
learn-safe_migration-q3-why = Un changement soudain d'emploi ou de route est un signe courant qu'on vous ment. Prévenez une personne de confiance et demandez conseil.

learn-safe_migration-q4 = Avant de partir, qui doit connaître le nom et l'adresse de votre employeur ?
learn-safe_migration-q4-a = Votre famille, ou une autre personne de confiance au pays
learn-safe_migration-q4-b = Seulement le recruteur, qui le garde secret
learn-safe_migration-q4-c = Personne, c'est plus sûr de le garder pour soi
learn-safe_migration-q4-why = Si une personne de confiance sait où vous êtes, elle peut vous chercher et demander de l'aide si elle perd le contact avec vous.

learn-safe_migration-q5 = À l'étranger, l'emploi n'est pas celui qu'on vous a promis. Qu'est-ce qui est vrai ?
learn-safe_migration-q5-a = Vous devez rester, car vous avez signé un contrat
learn-safe_migration-q5-b = Vous n'avez aucun choix avant la fin du contrat
learn-safe_migration-q5-c = Vous pouvez demander conseil sur vos choix
learn-safe_migration-q5-why = Vous n'êtes pas seul. Les ambassades et les services d'aide peuvent expliquer vos options, et certains ne signalent pas les personnes à l'immigration.

## Module 6 : obtenir de l'aide en sécurité

learn-getting_help-title = Obtenir de l'aide en sécurité
learn-getting_help-summary = Où trouver de l'aide, ce qui se passe quand vous demandez, et comment aider un ami.

learn-getting_help-l1-title = Une aide sûre pour vous
learn-getting_help-l1-body = Certains services d'aide sont gratuits et confidentiels. Certains ne signalent pas les personnes à la police ni à l'immigration. L'annuaire d'aide de cette application indique, pour chaque service, s'il fait des signalements aux autorités et si vous pouvez rester anonyme.
learn-getting_help-l1-p1 = Beaucoup de lignes d'aide sont gratuites et confidentielles.
learn-getting_help-l1-p2 = Vérifiez si un service fait des signalements à l'immigration avant d'appeler.
learn-getting_help-l1-p3 = En cas de danger immédiat, appelez le numéro d'urgence.

learn-getting_help-l2-title = Ce qui se passe quand vous appelez
learn-getting_help-l2-body = Une personne formée vous écoute. Vous choisissez ce que vous dites. Vous n'êtes pas obligé de donner votre nom. Elle vous explique vos options et ce qu'elle peut faire. C'est vous qui décidez de la suite.
learn-getting_help-l2-p1 = Vous pouvez d'abord poser des questions.
learn-getting_help-l2-p2 = Vous pouvez souvent rester anonyme.
learn-getting_help-l2-p3 = Vous choisissez la prochaine étape.

learn-getting_help-l3-title = Aider un ami sans danger
learn-getting_help-l3-body = Si un ami est peut-être en danger, écoutez-le et croyez-le. N'affrontez pas la personne qui le contrôle. Cela peut aggraver les choses. Aidez votre ami à joindre un service, ou demandez au service ce que vous pouvez faire.
learn-getting_help-l3-p1 = Écoutez et croyez.
learn-getting_help-l3-p2 = N'affrontez jamais vous-même un trafiquant d'êtres humains.
learn-getting_help-l3-p3 = Laissez votre ami décider, sauf si un enfant est en danger.

learn-getting_help-l4-title = Garder votre téléphone privé
learn-getting_help-l4-body = Quelqu'un peut regarder votre téléphone. Cette application a une sortie rapide et peut cacher ce que vous avez enregistré. S'il n'est pas sûr de garder des messages sur l'aide, effacez seulement ceux-là. Un historique d'appels ou de messages vide peut éveiller les soupçons d'une personne qui vous contrôle. Utilisez un téléphone de confiance quand vous le pouvez.
learn-getting_help-l4-p1 = Utilisez la sortie rapide si quelqu'un arrive.
learn-getting_help-l4-p2 = Effacez seulement ce qui concerne l'aide, pas tout l'historique.
learn-getting_help-l4-p3 = Enregistrez les numéros d'aide sous un nom neutre.
learn-getting_help-l5-title = Vous ne devez pas être puni pour ce qu'on vous a forcé à faire
learn-getting_help-l5-body = Les personnes victimes de traite ou de travail forcé sont des victimes. Les règles internationales disent qu'elles ne doivent pas être punies pour ce qu'on les a forcées à faire, comme travailler sans papiers ou utiliser de faux papiers. Tous les pays ne respectent pas bien cette règle. Un service d'aide peut vous dire comment cela se passe là où vous êtes.
learn-getting_help-l5-p1 = Les victimes ne doivent pas être punies pour ce qu'on les a forcées à faire.
learn-getting_help-l5-p2 = Cette règle s'appelle la non-sanction.
learn-getting_help-l5-p3 = Demandez à un service d'aide comment cela se passe dans votre pays.

learn-getting_help-q1 = Votre ami est peut-être contrôlé par un trafiquant d'êtres humains. Que ne devez-vous PAS faire ?
learn-getting_help-q1-a = L'écouter et le croire
learn-getting_help-q1-b = Affronter vous-même le trafiquant d'êtres humains
learn-getting_help-q1-c = Demander à un service d'aide ce que vous pouvez faire
learn-getting_help-q1-why = Affronter un trafiquant d'êtres humains peut vous mettre en danger, vous et votre ami. Écouter et demander conseil sont des étapes sûres.

learn-getting_help-q2 = Vous appelez une ligne d'aide. Devez-vous donner votre nom ?
learn-getting_help-q2-a = Oui, sinon ils ne vous aideront pas
learn-getting_help-q2-b = Oui, et ils préviendront la police
learn-getting_help-q2-c = Souvent non, vous pouvez demander d'abord
learn-getting_help-q2-why = Beaucoup de services vous laissent rester anonyme, c'est-à-dire sans donner votre nom. Vous pouvez demander d'abord, et choisir ce que vous dites.

learn-getting_help-q3 = Vous avez peur d'être signalé à l'immigration. Que pouvez-vous vérifier ?
learn-getting_help-q3-a = Si le service signale les gens à l'immigration
learn-getting_help-q3-b = Seulement les heures d'ouverture du service
learn-getting_help-q3-c = Rien, seule la police peut aider
learn-getting_help-q3-why = Tous les services ne signalent pas les gens à l'immigration. L'annuaire d'aide de cette application indique, pour chaque service, s'il le fait.

learn-getting_help-q4 = Une personne est en danger immédiat. Que devez-vous faire ?
learn-getting_help-q4-a = Appeler le numéro d'urgence
learn-getting_help-q4-b = Attendre de voir si ça s'améliore
learn-getting_help-q4-c = Y aller seul et affronter la personne
learn-getting_help-q4-why = Quand la vie ou la sécurité de quelqu'un est en danger maintenant, appelez le numéro d'urgence.

learn-getting_help-q5 = Une amie de 14 ans vous dit qu'elle est exploitée et vous demande de garder le secret. Que faire ?
learn-getting_help-q5-a = Garder le secret, comme elle l'a demandé
learn-getting_help-q5-b = Attendre qu'elle ait 18 ans pour agir
learn-getting_help-q5-c = Le dire à un adulte de confiance
learn-getting_help-q5-why = Quand un enfant est en danger, en parler à un adulte de confiance est la bonne chose à faire, même s'il a demandé le secret.

## Module 7 : pour les responsables et les enseignants

learn-for_leaders-title = Pour les responsables et les enseignants
learn-for_leaders-summary = Animer une séance, réagir à une confidence, orienter sans danger, et prendre soin de soi.

learn-for_leaders-l1-title = Animer une séance
learn-for_leaders-l1-body = Partez de ce que les gens savent déjà. Utilisez les histoires, pas des images effrayantes. Convenez ensemble de règles : respect, pas de noms, personne n'est obligé de parler. Dites aux gens où trouver de l'aide, et qu'ils peuvent vous parler après.
learn-for_leaders-l1-p1 = Convenez de règles : respect, confidentialité, pas de noms dans les histoires.
learn-for_leaders-l1-p2 = Utilisez des histoires et des questions, jamais des images choquantes.
learn-for_leaders-l1-p3 = Dites où trouver de l'aide, au début et à la fin.

learn-for_leaders-l2-title = Quand quelqu'un se confie
learn-for_leaders-l2-body = Une personne peut vous parler de sa propre situation. Écoutez calmement. Croyez-la. Ne demandez pas tous les détails. Ne promettez pas un secret que vous ne pouvez pas garder. Pensez d'abord à sa sécurité, puis à l'orientation.
learn-for_leaders-l2-p1 = Écoutez, croyez, et restez calme.
learn-for_leaders-l2-p2 = Ne promettez pas un secret que vous ne pouvez pas garder.
learn-for_leaders-l2-p3 = La sécurité d'abord : la personne peut-elle rentrer chez elle sans danger aujourd'hui ?
learn-for_leaders-l2-p4 = Orientez vers un service, avec son accord si c'est un adulte.

learn-for_leaders-l3-title = Les circuits d'orientation locaux
learn-for_leaders-l3-body = Avant votre séance, connaissez les services locaux : une ligne d'aide, un foyer, une aide juridique, un service de santé. Sachez lesquels font des signalements à la police ou à l'immigration. Gardez la liste sur vous, et vérifiez qu'elle est à jour.
learn-for_leaders-l3-p1 = Connaissez deux ou trois services locaux avant la séance.
learn-for_leaders-l3-p2 = Sachez quels services font des signalements à la police ou à l'immigration.
learn-for_leaders-l3-p3 = Les règles de protection de l'enfance s'appliquent quand un enfant se confie.

learn-for_leaders-l4-title = Prendre soin de soi
learn-for_leaders-l4-body = Entendre des histoires difficiles peut peser lourd. Parlez avec une personne de confiance, sans donner de noms. Faites des pauses. Vous ne pouvez pas tout régler seul, et ce n'est pas grave.
learn-for_leaders-l4-p1 = Partagez le poids avec un responsable ou un collègue, sans noms.
learn-for_leaders-l4-p2 = Reposez-vous après les séances difficiles.
learn-for_leaders-l4-p3 = Vous êtes une partie d'un réseau d'aide.

learn-for_leaders-q1 = Quelqu'un vous dit qu'il est exploité. Que faire en premier ?
learn-for_leaders-q1-a = L'écouter calmement et le croire
learn-for_leaders-q1-b = Lui demander tous les détails de ce qui s'est passé
learn-for_leaders-q1-c = Le dire à tout le groupe
learn-for_leaders-q1-why = Écouter et croire crée la confiance. Trop de questions peuvent bouleverser la personne et nuire à une procédure plus tard.

learn-for_leaders-q2 = Quelqu'un vous dit qu'il est exploité. Devez-vous promettre de garder le secret ?
learn-for_leaders-q2-a = Oui, pour que la personne vous fasse confiance
learn-for_leaders-q2-b = Oui, sinon elle ne vous parlera plus jamais
learn-for_leaders-q2-c = Non, pas si vous devrez peut-être agir
learn-for_leaders-q2-why = Vous devrez peut-être agir pour protéger quelqu'un, surtout un enfant. Soyez honnête sur ce que vous allez faire, et ne promettez pas un secret que vous ne pourrez pas garder.

learn-for_leaders-q3 = Quel support est le meilleur pour une séance avec des jeunes ?
learn-for_leaders-q3-a = Des photos choquantes de victimes
learn-for_leaders-q3-b = Des histoires et des questions
learn-for_leaders-q3-c = Des films qui montrent de la vraie violence
learn-for_leaders-q3-why = Les images choquantes peuvent faire peur et faire honte, et elles ne sont pas nécessaires. Les histoires et les questions aident à apprendre et à se souvenir.

learn-for_leaders-q4 = Que devez-vous savoir avant la séance ?
learn-for_leaders-q4-a = Rien, les gens trouvent de l'aide seuls
learn-for_leaders-q4-b = Seulement le numéro national de la police
learn-for_leaders-q4-c = Les services d'aide locaux et leur fonctionnement
learn-for_leaders-q4-why = Connaître les services locaux, et ceux qui signalent à la police ou à l'immigration, vous permet d'aider quelqu'un tout de suite, d'une façon sûre pour lui. C'est ce qu'on appelle un circuit d'orientation.

learn-for_leaders-q5 = Après avoir entendu des histoires difficiles, qu'est-ce qui vous aide ?
learn-for_leaders-q5-a = Parler à une personne de confiance, sans noms
learn-for_leaders-q5-b = Tout garder pour soi et travailler encore plus
learn-for_leaders-q5-c = Raconter toute l'histoire à des amis, avec les noms
learn-for_leaders-q5-why = Prendre soin de vous vous permet de continuer à aider les autres. Partagez le poids avec un responsable ou un collègue, sans donner de noms, et reposez-vous.

## Glossaire : les mots des leçons et des explications, en mots simples.

learn-menu-glossary = Les mots utilisés ici
learn-glossary-title = Les mots utilisés dans les leçons
learn-glossary-trafficking-term = Traite des êtres humains
learn-glossary-trafficking = Quand quelqu'un recrute, déplace ou cache une personne, par la force, des mensonges, des menaces ou sa situation difficile, pour l'exploiter.
learn-glossary-smuggling-term = Trafic de migrants
learn-glossary-smuggling = Faire passer une frontière à une personne de façon illégale, pour gagner de l'argent. Le crime est celui du passeur, pas du migrant.
learn-glossary-exploitation-term = Exploitation
learn-glossary-exploitation = Utiliser une personne pour le profit de quelqu'un d'autre, par exemple par le travail forcé, le sexe forcé ou le crime forcé.
learn-glossary-forced_labour-term = Travail forcé
learn-glossary-forced_labour = Un travail qu'une personne est obligée de faire sous la menace d'une punition, et qu'elle n'a pas accepté librement.
learn-glossary-debt_bondage-term = Servitude pour dettes
learn-glossary-debt_bondage = Une dette utilisée pour contrôler une personne. Elle doit travailler pour la payer, mais la dette augmente ou ne finit jamais.
learn-glossary-grooming-term = Manipulation (grooming)
learn-glossary-grooming = Quand quelqu'un gagne la confiance d'une personne avec des cadeaux, de l'attention ou de l'amour, pour lui faire du mal ou l'exploiter plus tard.
learn-glossary-warning_sign-term = Signe d'alerte, signal d'alarme, indicateur
learn-glossary-warning_sign = Quelque chose qui peut montrer un danger. Un seul signe n'est pas une preuve, mais c'est une raison de vérifier et de demander conseil.
learn-glossary-recruitment_fees-term = Frais de recrutement
learn-glossary-recruitment_fees = L'argent pour obtenir un emploi, comme les frais d'agence, de visa ou de formation. L'employeur doit les payer, pas le travailleur.
learn-glossary-work_permit-term = Permis de travail
learn-glossary-work_permit = Un papier du gouvernement d'un pays qui vous permet d'y travailler. Certains permis sont liés à un seul employeur.
learn-glossary-free_movement-term = Libre circulation
learn-glossary-free_movement = Des règles qui permettent aux personnes de certaines régions de voyager, vivre ou travailler dans d'autres pays membres, comme la CEDEAO en Afrique de l'Ouest, ou le CSME pour les travailleurs qualifiés de la CARICOM.
learn-glossary-anonymous-term = Anonyme
learn-glossary-anonymous = Sans donner votre nom.
learn-glossary-disclosure-term = Révélation
learn-glossary-disclosure = Quand une personne vous raconte le mal qu'on lui a fait.
learn-glossary-referral-term = Orientation
learn-glossary-referral = Aider une personne à joindre un service qui peut l'aider, avec son accord. Un circuit d'orientation, c'est la liste des services locaux vers qui vous pouvez envoyer les gens.
learn-glossary-non_punishment-term = Non-sanction
learn-glossary-non_punishment = La règle qui dit que les victimes de traite ou de travail forcé ne doivent pas être punies pour ce qu'on les a forcées à faire.

# The app: a module's progress, under its name.
learn-lessons-seen = { $seen } leçons vues sur { $total }
