discretion-title = Privacidade e disfarce
discretion-notifications-off = Sem notificações: { $state }
discretion-leave-no-trace-help = Enquanto isto estiver ligado, o Waymark não salva nada, nem o seu progresso, até você desligar.
discretion-saved = Feito.
discretion-error-disguise = Esse nome de aplicativo não está entre as opções.

disguise-waymark = Waymark
disguise-notes = Notas
disguise-calculator = Calculadora
disguise-weather = Tempo
disguise-recipes = Receitas
