## Apprendre : modules de sensibilisation, leçons, histoires et quiz.
## Phrases courtes : chaque texte est lu à voix haute par la synthèse vocale.

## Écrans

learn-menu-title = Apprendre
learn-menu-choose-track = Vous apprenez en tant que…
learn-menu-choose-module = Choisissez un module
learn-menu-lessons = Leçons
learn-menu-scenario = Une histoire pour réfléchir
learn-menu-quiz = Quiz
learn-menu-progress = Mes progrès
learn-menu-clear-progress = Effacer mes progrès
learn-press-enter = Appuyez sur Entrée pour continuer.
learn-lesson-heading = Leçon { $number } sur { $total }
learn-key-points = Points clés
learn-quiz-question-heading = Question { $number } sur { $total }
learn-quiz-correct = C'est juste.
learn-quiz-wrong = Pas tout à fait. La bonne réponse est : { $answer }
learn-quiz-score = Vous avez { $score } bonnes réponses sur { $total }.
learn-quiz-best = Votre meilleur score : { $score } sur { $total }.
learn-progress-line = { $module } : { $seen } leçons vues sur { $total }
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
learn-trafficking_and_smuggling-l1-body = La traite des personnes, c'est utiliser une personne pour gagner de l'argent ou un avantage, contre sa volonté. Elle a trois parties. Quelqu'un recrute, déplace ou cache une personne. Il utilise la force, le mensonge, les menaces ou la situation difficile de la personne. Et le but est de l'exploiter.
learn-trafficking_and_smuggling-l1-p1 = L'acte : quelqu'un recrute, déplace, reçoit ou cache une personne.
learn-trafficking_and_smuggling-l1-p2 = Les moyens : la force, les menaces, le mensonge, une dette, ou la situation de faiblesse de la personne.
learn-trafficking_and_smuggling-l1-p3 = Le but : l'exploiter, par le travail, le sexe, le crime ou d'autres façons.

learn-trafficking_and_smuggling-l2-title = Les enfants sont un cas à part
learn-trafficking_and_smuggling-l2-body = Pour un enfant de moins de 18 ans, la loi n'exige ni force ni mensonge. Si quelqu'un recrute ou déplace un enfant pour l'exploiter, c'est de la traite. Un enfant ne peut jamais accepter d'être exploité.
learn-trafficking_and_smuggling-l2-p1 = Avant 18 ans, seuls l'acte et le but comptent.
learn-trafficking_and_smuggling-l2-p2 = Le « oui » d'un enfant ne rend pas l'exploitation légale.
learn-trafficking_and_smuggling-l2-p3 = Les adultes ont le devoir de protéger les enfants.

learn-trafficking_and_smuggling-l3-title = Ce qu'est le trafic de migrants
learn-trafficking_and_smuggling-l3-body = Le trafic de migrants, c'est quand une personne paie quelqu'un pour l'aider à passer une frontière sans les bons papiers. C'est un crime contre les règles de l'État sur ses frontières. Le voyage s'arrête à la frontière. Mais le trafic peut devenir de la traite, quand le passeur commence à contrôler ou à exploiter la personne.
learn-trafficking_and_smuggling-l3-p1 = Le trafic de migrants est un passage de frontière illégal et payé.
learn-trafficking_and_smuggling-l3-p2 = La traite, c'est l'exploitation, et elle n'a pas besoin de frontière.
learn-trafficking_and_smuggling-l3-p3 = Une nouvelle « dette » après le voyage est un signe d'alerte de traite.

learn-trafficking_and_smuggling-l4-title = Idées reçues et réalité
learn-trafficking_and_smuggling-l4-body = Beaucoup de gens croient des choses fausses sur la traite. Ces idées reçues empêchent de la voir. La traite arrive souvent près de chez soi, avec des personnes que l'on connaît déjà.
learn-trafficking_and_smuggling-l4-p1 = Idée reçue : il y a toujours une frontière. Réalité : cela peut arriver dans votre propre ville.
learn-trafficking_and_smuggling-l4-p2 = Idée reçue : les victimes sont toujours enfermées. Réalité : beaucoup sont tenues par une dette, des menaces et la peur.
learn-trafficking_and_smuggling-l4-p3 = Idée reçue : cela n'arrive qu'aux femmes. Réalité : des hommes, des femmes, des garçons et des filles en sont victimes.
learn-trafficking_and_smuggling-l4-p4 = Idée reçue : s'ils ont accepté de partir, ce n'est pas de la traite. Réalité : accepter un travail, ce n'est pas accepter d'être exploité.

learn-trafficking_and_smuggling-q1 = Quelles sont les trois parties de la traite d'un adulte ?
learn-trafficking_and_smuggling-q1-a = Une frontière, un passeport et un travail
learn-trafficking_and_smuggling-q1-b = Un acte, un moyen et un but d'exploitation
learn-trafficking_and_smuggling-q1-c = Une dette, un contrat et un visa
learn-trafficking_and_smuggling-q1-why = La traite, c'est un acte (recruter, déplacer, cacher), un moyen (force, mensonge, menaces, abus d'une situation de faiblesse) et un but (l'exploitation). Une frontière n'est pas nécessaire.

learn-trafficking_and_smuggling-q2 = La traite veut-elle toujours dire passer une frontière ?
learn-trafficking_and_smuggling-q2-a = Oui, toujours
learn-trafficking_and_smuggling-q2-b = Non, elle peut avoir lieu dans un seul pays, même dans une seule ville
learn-trafficking_and_smuggling-q2-why = La traite, c'est l'exploitation, pas le voyage. Beaucoup de personnes sont victimes de traite dans leur propre pays ou leur propre ville.

learn-trafficking_and_smuggling-q3 = Une jeune fille de 15 ans accepte de suivre un homme qui lui promet du travail, puis elle est exploitée. Est-ce de la traite ?
learn-trafficking_and_smuggling-q3-a = Non, parce qu'elle a accepté
learn-trafficking_and_smuggling-q3-b = Oui. Pour un enfant, il n'y a pas besoin de force ni de mensonge
learn-trafficking_and_smuggling-q3-c = Seulement si elle a été emmenée dans un autre pays
learn-trafficking_and_smuggling-q3-why = Pour toute personne de moins de 18 ans, la recruter ou la déplacer pour l'exploiter, c'est de la traite, même si elle a dit oui.

learn-trafficking_and_smuggling-q4 = Qu'est-ce que le trafic de migrants ?
learn-trafficking_and_smuggling-q4-a = Payer quelqu'un pour passer une frontière sans les bons papiers
learn-trafficking_and_smuggling-q4-b = N'importe quel travail dans un autre pays
learn-trafficking_and_smuggling-q4-c = Travailler sans contrat
learn-trafficking_and_smuggling-q4-why = Le trafic de migrants est un passage de frontière illégal et payé. Il peut devenir de la traite si la personne est ensuite contrôlée et exploitée.

learn-trafficking_and_smuggling-q5 = Après le voyage, le passeur dit que vous lui devez encore de l'argent et que vous devez travailler pour lui sans salaire. De quoi est-ce le signe ?
learn-trafficking_and_smuggling-q5-a = D'un coût de voyage normal
learn-trafficking_and_smuggling-q5-b = De traite par la dette
learn-trafficking_and_smuggling-q5-c = D'une offre d'emploi honnête
learn-trafficking_and_smuggling-q5-why = Une nouvelle dette à rembourser par le travail, sans moyen de partir, c'est la servitude pour dettes. C'est un signe fréquent de traite.

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
learn-how_recruiters_lie-l3-p3 = Ne partez jamais avec un visa de touriste pour un travail.

learn-how_recruiters_lie-l4-title = L'amour, les amis et la famille
learn-how_recruiters_lie-l4-body = Certains trafiquants d'êtres humains se font passer pour un petit ami, une petite amie ou un ami. D'autres sont des proches qui « arrangent tout ». Ils offrent des cadeaux et de l'attention, puis demandent quelque chose en retour. Des cadeaux et un voyage payés pour vous peuvent devenir une dette.
learn-how_recruiters_lie-l4-p1 = Un nouveau partenaire qui veut vous emmener loin très vite est un signe d'alerte.
learn-how_recruiters_lie-l4-p2 = Quelqu'un qui veut que votre relation reste secrète peut vous vouloir du mal.
learn-how_recruiters_lie-l4-p3 = Même l'offre d'un proche doit être vérifiée comme les autres.

learn-how_recruiters_lie-q1 = Un recruteur vous demande de payer votre visa et votre formation avant de partir. Que fait un employeur honnête ?
learn-how_recruiters_lie-q1-a = L'employeur paie ces frais, pas le travailleur
learn-how_recruiters_lie-q1-b = Le travailleur paie toujours
learn-how_recruiters_lie-q1-c = Le travailleur paie la moitié
learn-how_recruiters_lie-q1-why = Selon les règles du recrutement équitable, l'employeur paie les frais de recrutement et les coûts liés. Des frais demandés au travailleur sont un signal d'alarme.

learn-how_recruiters_lie-q2 = Une annonce dit : « Très bon salaire, sans expérience, départ cette semaine, n'en parlez à personne. » Que devez-vous penser ?
learn-how_recruiters_lie-q2-a = C'est une chance, il faut dire oui vite
learn-how_recruiters_lie-q2-b = Elle a plusieurs signes d'alerte ; vérifiez-la avant de décider
learn-how_recruiters_lie-q2-why = Un salaire trop beau, la pression pour décider vite et le secret sont des ruses fréquentes. Prenez le temps et vérifiez avec une personne de confiance.

learn-how_recruiters_lie-q3 = Un recruteur veut que votre famille paie un essai de football à l'étranger. Qu'est-ce qui est vrai ?
learn-how_recruiters_lie-q3-a = Les vrais clubs ne font pas payer les essais aux familles
learn-how_recruiters_lie-q3-b = Tous les clubs font payer les essais
learn-how_recruiters_lie-q3-c = C'est sûr si le recruteur est gentil
learn-how_recruiters_lie-q3-why = Les fausses académies de football prennent l'argent des familles. Un vrai club peut être vérifié, et il ne fait pas payer un essai.

learn-how_recruiters_lie-q4 = Un nouvel ami en ligne vous offre des cadeaux, veut que vous voyagiez pour le voir, et que vous le gardiez secret. Qu'est-ce que c'est ?
learn-how_recruiters_lie-q4-a = C'est normal pour un nouvel ami
learn-how_recruiters_lie-q4-b = Un signe d'alerte de manipulation ; parlez-en à un adulte de confiance
learn-how_recruiters_lie-q4-why = Les cadeaux, le secret et la pression pour voyager sont des moyens que les trafiquants d'êtres humains utilisent pour gagner la confiance. En parler à un adulte de confiance vous protège.

learn-how_recruiters_lie-q5 = Quelle offre est un signe d'alerte de centre d'arnaque en ligne ?
learn-how_recruiters_lie-q5-a = Un emploi dans un magasin près de chez vous, avec un contrat que vous pouvez lire
learn-how_recruiters_lie-q5-b = Un emploi au « service client » à l'étranger, avec billet gratuit, visa de touriste et sans nom d'entreprise
learn-how_recruiters_lie-q5-why = Les centres d'arnaque recrutent avec de vagues emplois « en informatique » ou au « service client » à l'étranger. Un billet gratuit, un visa de touriste et un employeur inconnu sont des signaux d'alarme.

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

learn-rights_at_work-l4-title = Vous êtes libre de partir
learn-rights_at_work-l4-body = Vous avez le droit de changer d'emploi ou de rentrer chez vous. Personne ne doit vous en empêcher par des menaces ou une dette. Vérifiez un recruteur avant de signer : cherchez sa licence et renseignez-vous auprès d'un bureau du gouvernement ou d'une organisation connue.
learn-rights_at_work-l4-p1 = Vous pouvez quitter un emploi sans « dette » de pénalité.
learn-rights_at_work-l4-p2 = Un recruteur agréé peut être vérifié auprès du gouvernement.
learn-rights_at_work-l4-p3 = Un visa de travail sert à travailler. Un visa de touriste, non.

learn-rights_at_work-q1 = Qui doit payer les frais de votre recrutement ?
learn-rights_at_work-q1-a = Vous, le travailleur
learn-rights_at_work-q1-b = L'employeur
learn-rights_at_work-q1-c = Votre famille
learn-rights_at_work-q1-why = Le recrutement équitable veut dire que l'employeur paie les frais de recrutement et les coûts liés. Le travailleur ne paie rien pour l'emploi.

learn-rights_at_work-q2 = Quand devez-vous recevoir un contrat écrit ?
learn-rights_at_work-q2-a = Avant de partir, dans une langue que vous comprenez
learn-rights_at_work-q2-b = Après votre arrivée
learn-rights_at_work-q2-c = Vous n'en avez pas besoin
learn-rights_at_work-q2-why = Un contrat avant le voyage, dans votre langue, vous protège. « On signera à ton arrivée » est un signe d'alerte.

learn-rights_at_work-q3 = Votre employeur veut garder votre passeport. Qu'est-ce qui est vrai ?
learn-rights_at_work-q3-a = C'est normal et sans danger
learn-rights_at_work-q3-b = Votre passeport est à vous ; un employeur qui le garde est un signe d'alerte
learn-rights_at_work-q3-why = Garder les papiers d'un travailleur est l'un des indicateurs du travail forcé. Vous avez le droit de garder votre propre passeport.

learn-rights_at_work-q4 = Pouvez-vous quitter un emploi à l'étranger si vous le voulez ?
learn-rights_at_work-q4-a = Oui. Vous pouvez changer d'emploi ou rentrer chez vous sans dette de pénalité
learn-rights_at_work-q4-b = Non, jamais avant la fin du contrat
learn-rights_at_work-q4-why = Être libre de partir est un droit de base. Une dette ou une menace qui vous empêche de partir est un signe de travail forcé.

learn-rights_at_work-q5 = Avec quel visa devez-vous voyager pour un emploi ?
learn-rights_at_work-q5-a = Un visa de touriste
learn-rights_at_work-q5-b = Un visa de travail
learn-rights_at_work-q5-c = Sans visa
learn-rights_at_work-q5-why = Travailler avec un visa de touriste vous laisse sans protection et facile à contrôler. Un vrai emploi à l'étranger vient avec un visa de travail.

## Module 4 : les signes d'alerte chez une autre personne

learn-warning_signs-title = Les signes d'alerte chez quelqu'un d'autre
learn-warning_signs-summary = Comment remarquer qu'un ami, un camarade de classe ou un voisin est peut-être en danger.

learn-warning_signs-l1-title = Comment la personne peut paraître
learn-warning_signs-l1-body = Une personne exploitée peut sembler très fatiguée ou affamée. Elle peut avoir des blessures qu'elle n'explique pas. Elle peut sembler avoir peur, être nerveuse ou très silencieuse. Ses réponses peuvent sembler apprises par cœur.
learn-warning_signs-l1-p1 = Toujours fatiguée, affamée ou malade.
learn-warning_signs-l1-p2 = Elle a peur, elle est anxieuse, ou elle évite de regarder les gens.
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
learn-warning_signs-q1-a = Quelqu'un d'autre parle toujours à sa place et garde sa pièce d'identité
learn-warning_signs-q1-b = Elle a une nouvelle coiffure
learn-warning_signs-q1-c = Elle aime son travail
learn-warning_signs-q1-why = Quand une autre personne parle pour quelqu'un et garde ses papiers, cela peut vouloir dire qu'il est contrôlé.

learn-warning_signs-q2 = Le partenaire beaucoup plus âgé d'une camarade lui offre des cadeaux et dit qu'elle doit le rembourser. Qu'est-ce que c'est ?
learn-warning_signs-q2-a = Une relation normale
learn-warning_signs-q2-b = Un signe d'alerte : les cadeaux peuvent servir à créer une dette et à contrôler
learn-warning_signs-q2-why = Un partenaire beaucoup plus âgé et des cadeaux qui créent une dette sont une façon fréquente de contrôler les jeunes. Parlez-en à un adulte de confiance.

learn-warning_signs-q3 = Vous pensez qu'un ami est peut-être en danger. Quelle est la première étape la plus sûre ?
learn-warning_signs-q3-a = Affronter la personne qui le contrôle
learn-warning_signs-q3-b = En parler sur les réseaux sociaux
learn-warning_signs-q3-c = En parler à un adulte de confiance ou à un service d'aide
learn-warning_signs-q3-why = Affronter quelqu'un ou publier en ligne peut mettre votre ami encore plus en danger. Un adulte de confiance ou un service d'aide sait quoi faire.

learn-warning_signs-q4 = Un enfant travaille toute la journée dans une maison et ne va jamais à l'école. Est-ce un signe d'alerte ?
learn-warning_signs-q4-a = Oui
learn-warning_signs-q4-b = Non, c'est une aide normale à la maison
learn-warning_signs-q4-why = De longues heures de travail au lieu de l'école, et aucune liberté de sortir, sont des signes d'alerte d'exploitation d'enfant.

learn-warning_signs-q5 = Un seul signe d'alerte prouve-t-il qu'une personne est victime de traite ?
learn-warning_signs-q5-a = Oui, toujours
learn-warning_signs-q5-b = Non. Les signes sont des raisons de s'inquiéter et de demander conseil, pas une preuve
learn-warning_signs-q5-why = Les signes d'alerte sont des signaux de risque, pas des preuves. Quand vous en remarquez plusieurs, parlez-en à quelqu'un qui peut aider.

## Module 5 : la liste pour une migration sûre

learn-safe_migration-title = Partir en sécurité
learn-safe_migration-summary = Que faire avant de partir, pendant le voyage et à l'arrivée.

learn-safe_migration-l1-title = Avant de partir
learn-safe_migration-l1-body = Vérifiez l'emploi et le recruteur avant de partir. Assurez-vous d'avoir un contrat écrit et un visa de travail. Dites à votre famille où vous allez et avec qui.
learn-safe_migration-l1-p1 = Vérifiez la licence du recruteur et le nom de l'employeur.
learn-safe_migration-l1-p2 = Obtenez un contrat que vous comprenez et un visa de travail.
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
learn-safe_migration-q1-a = Les garder en lieu sûr, et en laisser un jeu à une personne de confiance
learn-safe_migration-q1-b = Les donner toutes au recruteur
learn-safe_migration-q1-c = Vous n'avez pas besoin de copies
learn-safe_migration-q1-why = Les copies vous aident à prouver qui vous êtes et ce qu'on vous a promis si vos papiers sont perdus ou pris.

learn-safe_migration-q2 = Pourquoi apprendre par cœur un numéro de confiance ?
learn-safe_migration-q2-a = Votre téléphone peut être pris ou perdu
learn-safe_migration-q2-b = Cela ne sert à rien
learn-safe_migration-q2-why = Les personnes qui en contrôlent d'autres prennent souvent leur téléphone. Un numéro appris par cœur vous permet de demander de l'aide depuis n'importe quel téléphone.

learn-safe_migration-q3 = En route, le plan change tout à coup : un autre emploi, une autre ville. Qu'est-ce que c'est ?
learn-safe_migration-q3-a = Une partie normale du voyage
learn-safe_migration-q3-b = Un signe d'alerte ; contactez une personne de confiance
learn-safe_migration-q3-why = Un changement soudain d'emploi ou de trajet est un signe fréquent de tromperie. Prévenez une personne de confiance et demandez conseil.

learn-safe_migration-q4 = Avant de partir, qui doit connaître le nom et l'adresse de votre employeur ?
learn-safe_migration-q4-a = Personne
learn-safe_migration-q4-b = Votre famille ou une personne de confiance
learn-safe_migration-q4-why = Si une personne de confiance sait où vous êtes, elle peut vous chercher et demander de l'aide si elle perd le contact avec vous.

learn-safe_migration-q5 = À l'étranger, l'emploi n'est pas celui qu'on vous a promis. Qu'est-ce qui est vrai ?
learn-safe_migration-q5-a = Vous n'avez aucun choix
learn-safe_migration-q5-b = Vous avez des choix et vous pouvez demander conseil, par exemple à votre ambassade ou à un service d'aide
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
learn-getting_help-l4-body = Quelqu'un peut fouiller votre téléphone. Cette application a une sortie rapide et peut cacher ce que vous avez enregistré. Effacez les messages sur l'aide s'il n'est pas sûr de les garder. Utilisez un téléphone de confiance quand vous le pouvez.
learn-getting_help-l4-p1 = Utilisez la sortie rapide si quelqu'un arrive.
learn-getting_help-l4-p2 = Effacez l'historique des appels et des messages si ce n'est pas sûr.
learn-getting_help-l4-p3 = Enregistrez les numéros d'aide sous un nom neutre.

learn-getting_help-q1 = Votre ami est peut-être contrôlé par un trafiquant d'êtres humains. Que ne devez-vous PAS faire ?
learn-getting_help-q1-a = L'écouter et le croire
learn-getting_help-q1-b = Affronter vous-même le trafiquant d'êtres humains
learn-getting_help-q1-c = Demander conseil à un service d'aide
learn-getting_help-q1-why = Affronter un trafiquant d'êtres humains peut vous mettre en danger, vous et votre ami. Écouter et demander conseil sont des étapes sûres.

learn-getting_help-q2 = Vous appelez une ligne d'aide. Devez-vous donner votre nom ?
learn-getting_help-q2-a = Oui, toujours
learn-getting_help-q2-b = Souvent non. Vous pouvez demander à rester anonyme
learn-getting_help-q2-why = Beaucoup de services vous laissent rester anonyme. Vous pouvez d'abord poser la question, et choisir ce que vous dites.

learn-getting_help-q3 = Vous avez peur d'être signalé à l'immigration. Que pouvez-vous vérifier ?
learn-getting_help-q3-a = Si le service fait des signalements à l'immigration, comme l'indique l'annuaire d'aide
learn-getting_help-q3-b = Rien, tous les services font des signalements
learn-getting_help-q3-why = Tous les services ne font pas de signalements à l'immigration. L'annuaire d'aide l'indique pour chaque service.

learn-getting_help-q4 = Une personne est en danger immédiat. Que devez-vous faire ?
learn-getting_help-q4-a = Attendre demain
learn-getting_help-q4-b = Appeler le numéro d'urgence
learn-getting_help-q4-why = Quand la vie ou la sécurité de quelqu'un est en danger maintenant, appelez le numéro d'urgence.

learn-getting_help-q5 = Une amie de 14 ans vous dit qu'elle est exploitée et vous demande de garder le secret. Que faire ?
learn-getting_help-q5-a = Garder le secret
learn-getting_help-q5-b = En parler à un adulte de confiance, parce que la sécurité d'un enfant passe d'abord
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

learn-for_leaders-q2 = Devez-vous promettre de garder une confidence secrète ?
learn-for_leaders-q2-a = Oui, toujours
learn-for_leaders-q2-b = Non. Ne promettez pas un secret que vous ne pouvez pas garder
learn-for_leaders-q2-why = Vous devrez peut-être agir pour protéger quelqu'un, surtout un enfant. Soyez honnête sur ce que vous allez faire.

learn-for_leaders-q3 = Quel support est le meilleur pour une séance avec des jeunes ?
learn-for_leaders-q3-a = Des photos choquantes de victimes
learn-for_leaders-q3-b = Des histoires et des questions qui font réfléchir, sans contenu violent
learn-for_leaders-q3-why = Les images choquantes peuvent faire peur et faire honte. Les histoires et les questions aident à apprendre et à se souvenir.

learn-for_leaders-q4 = Que devez-vous savoir avant la séance ?
learn-for_leaders-q4-a = Les services d'aide locaux, et lesquels font des signalements à la police ou à l'immigration
learn-for_leaders-q4-b = Rien, les gens trouveront de l'aide tout seuls
learn-for_leaders-q4-why = Connaître le circuit d'orientation local vous permet d'aider quelqu'un tout de suite, d'une façon sûre pour lui.

learn-for_leaders-q5 = Après avoir entendu des histoires difficiles, qu'est-ce qui vous aide ?
learn-for_leaders-q5-a = Tout garder pour vous
learn-for_leaders-q5-b = En parler avec un responsable ou un collègue, sans noms, et vous reposer
learn-for_leaders-q5-why = Prendre soin de vous vous permet de continuer à aider les autres. Partagez le poids sans partager les noms.
