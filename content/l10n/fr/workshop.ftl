## Mode atelier : plans de séance, vue de présentation, déroulé d'une séance, export de suivi.

## Écrans

workshop-menu-title = Animer un atelier
workshop-menu-choose-plan = Choisissez un plan de séance
workshop-menu-present = Présenter la séance, une partie à la fois
workshop-menu-run = Mener la séance : présence et quiz
workshop-menu-attendance = Compter les personnes présentes
workshop-menu-end = Terminer la séance
workshop-menu-export = Exporter le bilan pour le bailleur de fonds
workshop-plan-migrants = Séance sur le travail à l'étranger en sécurité : { $minutes } minutes
workshop-plan-students = Séance pour les élèves : { $minutes } minutes
workshop-plan-leaders = Séance pour les responsables et les enseignants : { $minutes } minutes
workshop-present-heading = Partie { $number } sur { $total } : { $minutes } minutes
workshop-label-activity = Activité
workshop-label-notes = Notes pour l'animateur
workshop-label-prompts = Questions pour le groupe
workshop-label-cards = Cartes de jeu de rôle
workshop-label-hands = À main levée
workshop-ask-attendance = Combien de personnes sont présentes ? Tapez un nombre.
workshop-ask-scores = Tapez le score de chaque personne, séparés par des virgules. Par exemple : 3,5,4
workshop-ask-hands = Combien de mains sont levées ? Tapez un nombre.
workshop-ask-phase = De quel quiz s'agit-il ? 1 : avant la séance. 2 : après la séance.
workshop-phase-pre = Avant la séance
workshop-phase-post = Après la séance
workshop-session-started = La séance a commencé.
workshop-attendance-saved = { $count ->
    [one] { $count } personne est présente.
   *[other] { $count } personnes sont présentes.
}
workshop-scores-saved = { $count ->
    [one] { $count } score enregistré. Aucun nom n'est gardé.
   *[other] { $count } scores enregistrés. Aucun nom n'est gardé.
}
workshop-hands-saved = Enregistré : { $count } mains levées.
workshop-session-ended = La séance est terminée. Merci de l'avoir animée.
workshop-quiz-max = Chaque score est un nombre de 0 à { $max }.
workshop-export-note = Ce bilan ne contient aucun nom, aucun numéro de téléphone et aucune réponse d'une personne en particulier.

## Questions à main levée

workshop-hands-know_someone_abroad = Levez la main si vous connaissez quelqu'un qui est parti travailler à l'étranger.
workshop-hands-seen_offer = Levez la main si vous avez déjà vu une offre d'emploi trop belle pour être vraie.
workshop-hands-know_help = Levez la main si vous savez où trouver de l'aide sans danger.
workshop-hands-online_contact = Levez la main si un inconnu vous a déjà envoyé une offre par message en ligne.

## Erreurs (elles ne répètent jamais ce qu'une personne a tapé)

workshop-error-unknown-plan = Aucun plan de séance ne porte ce nom.
workshop-error-unknown-session = Aucune séance ne porte ce nom sur ce téléphone.
workshop-error-unknown-hands = Cette question à main levée ne fait pas partie de ce plan de séance.
workshop-error-score-range = Chaque score doit être un nombre entier de 0 à { $max }.
workshop-error-no-scores = Tapez au moins un score.
workshop-error-missed-count = Donnez un nombre d'erreurs pour chaque question du quiz : { $count } nombres.
workshop-error-negative-count = Le nombre de personnes doit être un nombre entier, 0 ou plus.
workshop-error-session-ended = Cette séance est déjà terminée. Commencez une nouvelle séance.
workshop-error-phase = Choisissez pre (avant la séance) ou post (après la séance).
workshop-error-format = Choisissez csv ou json.
workshop-error-no-sessions = Il n'y a encore aucune séance terminée à exporter. Terminez d'abord une séance.
workshop-error-missed-range = Chaque nombre d'erreurs doit être un nombre entier de 0 à { $max } (les personnes qui ont donné un score).
workshop-error-too-many-scores = Il y a plus de scores que de personnes présentes ({ $count }). Vérifiez les scores ou le nombre de personnes.

## Parties de l'ordre du jour

workshop-item-welcome-title = Accueil et règles du groupe
workshop-item-welcome-activity = Accueillez tout le monde. Dites de quoi parle la séance et combien de temps elle dure. Convenez ensemble de trois règles : le respect, pas de noms dans les histoires, personne n'est obligé de parler.
workshop-item-welcome-notes = Dites dès le début où trouver de l'aide, et que les gens peuvent vous parler en privé après. Ne demandez à personne de parler de sa propre situation devant le groupe.
workshop-item-welcome-prompt1 = Qu'aimeriez-vous apprendre aujourd'hui ?
workshop-item-welcome-prompt2 = Quelle règle vous aiderait à vous sentir libre de parler ?

workshop-item-pre_quiz-title = Pour commencer : un petit quiz
workshop-item-pre_quiz-activity = Lisez chaque question à voix haute avec ses choix. Les gens répondent sur papier, à main levée, ou sur le téléphone qui passe de main en main. Comptez le score de chaque personne. Aucun nom.
workshop-item-pre_quiz-notes = Dites que ce n'est un examen pour personne. Cela aide à voir ce que le groupe a appris. N'enregistrez que les scores.

workshop-item-trafficking-title = Traite ou trafic de migrants ?
workshop-item-trafficking-activity = Lisez la leçon « Ce qu'est la traite ». Puis lisez chaque idée reçue de la leçon « Idées reçues et réalité ». Les gens se lèvent s'ils pensent que c'est vrai, et restent assis s'ils pensent que c'est faux. Donnez la réalité après chacune.
workshop-item-trafficking-notes = Gardez les trois parties simples : un acte, un moyen, un but. Rappelez que pour les enfants, il n'y a pas besoin de force ni de mensonge. Lisez l'histoire de la région et demandez à quel moment le trafic est devenu de la traite.
workshop-item-trafficking-prompt1 = Dans l'histoire, à quel moment le trafic est-il devenu de la traite ?
workshop-item-trafficking-prompt2 = Pourquoi pense-t-on parfois qu'une victime « a accepté » ?
workshop-item-trafficking-prompt3 = La traite peut-elle arriver dans notre propre ville ?

workshop-item-recruiters-title = Repérer le mensonge
workshop-item-recruiters-activity = Lisez l'histoire de « Comment les recruteurs mentent ». En petits groupes, les gens notent tous les signes d'alerte qu'ils trouvent. Chaque groupe donne un signe, jusqu'à ce que tous soient trouvés.
workshop-item-recruiters-notes = Signes à trouver : des frais pour le travailleur, un salaire trop beau, la pression pour partir vite, le secret, pas de contrat, un visa de touriste, un employeur sans nom. Ne blâmez pas les personnes qui ont été trompées : ces ruses trompent beaucoup de monde.
workshop-item-recruiters-prompt1 = Qu'est-ce qui rendait l'offre attirante ?
workshop-item-recruiters-prompt2 = Quelle question poseriez-vous au recruteur ?
workshop-item-recruiters-prompt3 = À qui pourriez-vous demander de vérifier une offre ?
workshop-item-recruiters-card1 = Recruteur : « Ce travail paie très bien et il ne reste que deux places. Vous devez payer les frais de visa aujourd'hui. »
workshop-item-recruiters-card2 = Personne qui cherche du travail : vous voulez ce travail, mais vous voulez d'abord le vérifier. Posez trois questions avant de décider.

workshop-item-rights-title = Emploi honnête ou pas ?
workshop-item-rights-activity = Lisez les leçons sur les frais, les contrats et les passeports. Puis deux personnes jouent les cartes de jeu de rôle. Le groupe dit ce qui était juste et ce qui ne l'était pas.
workshop-item-rights-notes = Points clés : l'employeur paie les frais de recrutement ; un contrat écrit avant le voyage, dans une langue que le travailleur lit ; le travailleur garde son passeport ; le travailleur est libre de partir ; un visa de travail pour travailler.
workshop-item-rights-prompt1 = Que doit dire un contrat honnête ?
workshop-item-rights-prompt2 = Pourquoi un employeur voudrait-il garder le passeport d'un travailleur ?
workshop-item-rights-card1 = Gérant : « Donne-moi ton passeport, je le garde en sécurité. Et voici un nouveau contrat. Le salaire est un peu plus bas. »
workshop-item-rights-card2 = Travailleur : vous voulez garder votre emploi et votre passeport. Dites non poliment, et demandez le contrat que vous avez signé chez vous.

workshop-item-warning-title = Que remarqueriez-vous ?
workshop-item-warning-activity = Lisez l'histoire de « Les signes d'alerte chez quelqu'un d'autre ». Par deux, les gens classent les signes en trois groupes : comment la personne paraît, comment elle travaille et vit, et qui la contrôle.
workshop-item-warning-notes = Insistez : les signes sont des raisons de s'inquiéter, pas des preuves. La réaction sûre est d'en parler à un adulte de confiance ou à un service d'aide, jamais d'affronter quelqu'un.
workshop-item-warning-prompt1 = Quels signes avez-vous remarqués en premier ?
workshop-item-warning-prompt2 = Quel adulte de confiance pourriez-vous aller voir ?
workshop-item-warning-prompt3 = Qu'est-ce qui pourrait aggraver la situation de la personne ?

workshop-item-safe_migration-title = Préparer un sac sûr
workshop-item-safe_migration-activity = Dessinez un sac sur une grande feuille. Le groupe le remplit avec ce qu'il faut avant de partir : un contrat vérifié, un visa de travail, des copies des papiers, un numéro appris par cœur, l'adresse de l'ambassade, un mot de code avec la famille.
workshop-item-safe_migration-notes = Lisez l'histoire de la région. Demandez ce que la personne doit vérifier avant de payer qui que ce soit. Montrez la liste de contrôle dans l'application.
workshop-item-safe_migration-prompt1 = Que mettriez-vous en premier dans le sac ?
workshop-item-safe_migration-prompt2 = Que faire si le plan change pendant le voyage ?

workshop-item-help-title = Qui peut aider ?
workshop-item-help-activity = Ensemble, faites la liste des services d'aide locaux que vous connaissez : une ligne d'aide, un foyer, une aide juridique, un service de santé, un responsable religieux. Utilisez l'annuaire d'aide de l'application pour voir lesquels font des signalements à la police ou à l'immigration.
workshop-item-help-notes = Ne conseillez jamais à quelqu'un d'affronter un trafiquant d'êtres humains. Expliquez ce qui se passe quand on appelle une ligne d'aide. Rappelez le numéro d'urgence en cas de danger immédiat.
workshop-item-help-prompt1 = Qu'est-ce qui pourrait empêcher quelqu'un de demander de l'aide ?
workshop-item-help-prompt2 = Comment aider un ami sans le mettre en danger ?
workshop-item-help-card1 = Ami à l'étranger : « Mon patron a pris mon passeport. Ne m'appelle pas, s'il te plaît, il fouille mon téléphone. »
workshop-item-help-card2 = Vous : vous voulez aider sans danger. Dites ce que vous allez faire, et ce que vous ne ferez pas sans l'accord de votre ami.

workshop-item-leaders-title = Quand quelqu'un se confie
workshop-item-leaders-activity = Par deux, jouez une confidence avec les cartes de jeu de rôle. Puis échangez les rôles. Le groupe dit ce qui a aidé la personne à se sentir en sécurité.
workshop-item-leaders-notes = Écoutez, croyez, restez calme. Ne demandez pas tous les détails. Ne promettez pas un secret que vous ne pouvez pas garder. La sécurité d'abord, puis l'orientation. Avec un enfant, suivez les règles de protection de l'enfance. Prévoyez votre propre soutien après les conversations difficiles.
workshop-item-leaders-prompt1 = Quels mots ont aidé la personne à se sentir crue ?
workshop-item-leaders-prompt2 = Vers quels services locaux orienteriez-vous, et font-ils des signalements à l'immigration ?
workshop-item-leaders-prompt3 = Comment prendrez-vous soin de vous après une séance difficile ?
workshop-item-leaders-card1 = Participant : après la séance, vous restez. Vous avez payé des frais à un recruteur et vous partez la semaine prochaine. Vous avez honte et vous demandez au responsable de n'en parler à personne.
workshop-item-leaders-card2 = Responsable : écoutez et croyez. Soyez honnête sur ce que vous pouvez garder pour vous. Proposez une prochaine étape sûre.

workshop-item-break-title = Pause
workshop-item-break-activity = Une courte pause. Restez disponible pour toute personne qui veut parler en privé.
workshop-item-break-notes = Faites attention aux personnes qui semblent bouleversées, et allez les voir discrètement.

workshop-item-post_quiz-title = Qu'avons-nous appris ? Le même quiz, à nouveau
workshop-item-post_quiz-activity = Posez les mêmes questions qu'au début, de la même façon. Comptez le score de chaque personne. Aucun nom. Puis donnez les bonnes réponses et expliquez-les.
workshop-item-post_quiz-notes = Comparez le résultat du groupe, pas celui des personnes. Demandez quelles questions ont surpris le groupe.

workshop-item-closing-title = Clôture et où trouver de l'aide
workshop-item-closing-activity = Demandez à chaque personne de dire une chose qu'elle retiendra. Montrez l'annuaire d'aide dans l'application. Redites que les gens peuvent vous parler en privé.
workshop-item-closing-notes = Terminez sur une note d'espoir : l'aide existe et des personnes sortent de l'exploitation. Remerciez le groupe.
workshop-item-closing-prompt1 = Quelle est la chose que vous direz à un ami ou à un membre de votre famille ?

## The app: the group quiz typed one score at a time, or the phone passed around

workshop-menu-quiz-pre = Quiz de groupe avant la séance
workshop-menu-quiz-post = Quiz de groupe après la séance
workshop-menu-type-scores = Taper le score de chaque personne, un par un
workshop-ask-one-score = Tapez le score d'une personne : un nombre de 0 à { $max }.
workshop-scores-done-hint = Puis tapez le score de la personne suivante. Quand tous sont tapés, revenez en arrière et enregistrez-les.
workshop-scores-typed = Scores tapés, pas encore enregistrés
workshop-menu-missed = Compter combien de personnes se sont trompées à chaque question
workshop-ask-missed = Combien de personnes se sont trompées à cette question ? Un nombre de 0 à { $max }.
workshop-menu-undo-score = Retirer le dernier score tapé
workshop-menu-pass-phone = Faire passer le téléphone
