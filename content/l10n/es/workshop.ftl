## Modo taller: planes de sesión, la vista para presentar, dar una sesión, la exportación para seguimiento y evaluación.
## Ids: workshop-item-<item>-title/-activity/-notes/-prompt<k>/-card<k> (partes del programa),
## workshop-plan-<audience> (títulos de los planes), workshop-hands-<id> (preguntas a mano alzada).

## Pantallas

workshop-menu-title = Dar un taller
workshop-menu-choose-plan = Elige un plan de sesión
workshop-menu-present = Presentar la sesión, una parte a la vez
workshop-menu-run = Dar la sesión: asistencia y cuestionarios
workshop-menu-export = Exportar el resumen para el financiador
workshop-plan-migrants = Sesión sobre cómo trabajar en otro país de forma segura: { $minutes } minutos
workshop-plan-students = Sesión para estudiantes: { $minutes } minutos
workshop-plan-leaders = Sesión para líderes y docentes: { $minutes } minutos
workshop-present-heading = Parte { $number } de { $total }: { $minutes } minutos
workshop-label-activity = Actividad
workshop-label-notes = Notas para quien facilita
workshop-label-prompts = Preguntas para el grupo
workshop-label-cards = Tarjetas de juego de roles
workshop-label-hands = A mano alzada
workshop-ask-attendance = ¿Cuántas personas hay aquí? Escribe un número.
workshop-ask-scores = Escribe los puntos de cada persona, separados por comas. Por ejemplo: 3,5,4
workshop-ask-hands = ¿Cuántas manos hay levantadas? Escribe un número.
workshop-ask-phase = ¿Qué cuestionario es este? 1: antes de la sesión. 2: después de la sesión.
workshop-phase-pre = Antes de la sesión
workshop-phase-post = Después de la sesión
workshop-session-started = La sesión ha empezado.
workshop-attendance-saved = { $count ->
    [one] Hay { $count } persona aquí.
   *[other] Hay { $count } personas aquí.
}
workshop-scores-saved = { $count ->
    [one] Se guardó { $count } resultado. No se guarda ningún nombre.
   *[other] Se guardaron { $count } resultados. No se guarda ningún nombre.
}
workshop-hands-saved = { $count ->
    [one] Guardado: { $count } mano levantada.
   *[other] Guardado: { $count } manos levantadas.
}
workshop-session-ended = La sesión ha terminado. Gracias por darla.
workshop-quiz-max = Cada resultado es un número del 0 al { $max }.
workshop-export-note = Este resumen no tiene nombres, ni números de teléfono, ni las respuestas de ninguna persona en particular.

## Preguntas a mano alzada

workshop-hands-know_someone_abroad = Levanta la mano si conoces a alguien que se fue a otro país a trabajar.
workshop-hands-seen_offer = Levanta la mano si has visto una oferta de trabajo que parecía demasiado buena para ser verdad.
workshop-hands-know_help = Levanta la mano si sabes dónde pedir ayuda de forma segura.
workshop-hands-online_contact = Levanta la mano si alguna vez un desconocido te ha enviado un mensaje por internet con una oferta.

## Errores (nunca repiten lo que escribió la persona)

workshop-error-unknown-plan = No hay ningún plan de sesión con ese nombre.
workshop-error-unknown-session = No hay ninguna sesión con ese nombre en este teléfono.
workshop-error-unknown-hands = Esa pregunta a mano alzada no forma parte de este plan de sesión.
workshop-error-score-range = Cada resultado tiene que ser un número entero del 0 al { $max }.
workshop-error-no-scores = Escribe al menos un resultado.
workshop-error-negative-count = El número de personas tiene que ser un número entero, 0 o más.
workshop-error-session-ended = Esta sesión ya terminó. Empieza una sesión nueva.
workshop-error-phase = Elige pre (antes de la sesión) o post (después de la sesión).
workshop-error-format = Elige csv o json.
workshop-error-no-sessions = Todavía no hay sesiones terminadas para exportar. Primero termina una sesión.
workshop-error-missed-range = Cada número de fallos tiene que ser un número entero del 0 al { $max } (las personas que dieron un resultado).
workshop-error-too-many-scores = Hay más resultados que personas presentes ({ $count }). Revisa los resultados o el número de personas.

## Partes del programa

workshop-item-welcome-title = Bienvenida y reglas del grupo
workshop-item-welcome-activity = Dale la bienvenida a todos. Di de qué trata la sesión y cuánto dura. Acuerden juntos tres reglas: respeto, sin nombres en las historias, nadie está obligado a contar nada.
workshop-item-welcome-notes = Di al principio dónde se puede pedir ayuda, y que pueden hablar contigo en privado después. No le preguntes a nadie por su propia situación delante del grupo.
workshop-item-welcome-prompt1 = ¿Qué te gustaría aprender hoy?
workshop-item-welcome-prompt2 = ¿Qué regla te ayudaría a sentirte con confianza para hablar?

workshop-item-pre_quiz-title = Antes de empezar: un cuestionario corto
workshop-item-pre_quiz-activity = Lee en voz alta cada pregunta con sus opciones. Las personas responden en papel, levantando la mano o en el teléfono, que se pasa de mano en mano. Cuenta los puntos de cada persona. Sin nombres.
workshop-item-pre_quiz-notes = Di que esto no es un examen para nadie. Sirve para ver lo que aprendió el grupo. Anota solo los puntos.

workshop-item-trafficking-title = ¿Trata de personas o tráfico de migrantes?
workshop-item-trafficking-activity = Lee la lección "Qué es la trata de personas". Después lee cada mito de la lección "Mitos y realidades". Las personas se ponen de pie si creen que es verdad y se quedan sentadas si creen que es falso. Después de cada uno, di la realidad.
workshop-item-trafficking-notes = Explica las tres partes de forma sencilla: un acto, unos medios, un fin. Recuerda que con niños y niñas no hace falta fuerza ni mentiras. Lee la historia de la región y pregunta en qué momento el tráfico de migrantes se convirtió en trata.
workshop-item-trafficking-prompt1 = En la historia, ¿en qué momento el tráfico de migrantes se convirtió en trata?
workshop-item-trafficking-prompt2 = ¿Por qué a veces la gente piensa que una víctima "aceptó"?
workshop-item-trafficking-prompt3 = ¿Puede haber trata en nuestro propio pueblo o ciudad?

workshop-item-recruiters-title = Descubre la mentira
workshop-item-recruiters-activity = Lee la historia de "Cómo mienten los reclutadores". En grupos pequeños, las personas anotan todas las señales de alerta que encuentran. Cada grupo comparte una señal, hasta encontrarlas todas.
workshop-item-recruiters-notes = Señales que hay que encontrar: una comisión que paga el trabajador, una paga demasiado buena, presión para irse rápido, secreto, ningún contrato, una visa de turista, un empleador sin nombre. No culpes a las personas a quienes engañaron: estos trucos engañan a mucha gente.
workshop-item-recruiters-prompt1 = ¿Qué hacía que la oferta pareciera atractiva?
workshop-item-recruiters-prompt2 = ¿Qué le preguntarías al reclutador?
workshop-item-recruiters-prompt3 = ¿A quién podrías pedirle que revise una oferta?
workshop-item-recruiters-card1 = Reclutador: "Este trabajo paga muy bien y solo quedan dos cupos. Tienes que pagar la comisión de la visa hoy."
workshop-item-recruiters-card2 = Persona que busca trabajo: quieres el trabajo, pero primero quieres comprobarlo. Haz tres preguntas antes de decidir.

workshop-item-rights-title = ¿Trabajo justo o no?
workshop-item-rights-activity = Lee las lecciones sobre comisiones, contratos y pasaportes. Después, dos personas representan las tarjetas de juego de roles. El grupo dice qué fue justo y qué no.
workshop-item-rights-notes = Puntos clave: el empleador paga las comisiones de contratación; un contrato escrito antes del viaje, en un idioma que el trabajador sepa leer; el trabajador se queda con su pasaporte; el trabajador es libre de irse; una visa de trabajo para trabajar.
workshop-item-rights-prompt1 = ¿Qué debería decir un contrato justo?
workshop-item-rights-prompt2 = ¿Por qué querría un empleador quedarse con el pasaporte de un trabajador?
workshop-item-rights-card1 = Gerente: "Dame tu pasaporte, yo te lo guardo. Y aquí tienes un contrato nuevo. La paga es un poco más baja."
workshop-item-rights-card2 = Trabajador: quieres conservar tu trabajo y tu pasaporte. Di que no con educación, y pide el contrato que firmaste en tu país.

workshop-item-warning-title = ¿Qué notarías?
workshop-item-warning-activity = Lee la historia de "Señales de alerta en otra persona". En parejas, las personas ordenan las señales en tres grupos: cómo se ve la persona, cómo trabaja y vive, y quién la controla.
workshop-item-warning-notes = Insiste en que las señales son motivos para preocuparse, no pruebas. Lo seguro es hablar con un adulto de confianza o con un servicio de ayuda, nunca enfrentar a nadie.
workshop-item-warning-prompt1 = ¿Qué señales notaste primero?
workshop-item-warning-prompt2 = ¿Qué adulto de confianza hay con quien podrías hablar?
workshop-item-warning-prompt3 = ¿Qué podría empeorar las cosas para esa persona?

workshop-item-safe_migration-title = Prepara una maleta segura
workshop-item-safe_migration-activity = Dibuja una maleta en una hoja grande. El grupo la llena con lo que una persona necesita antes de irse: un contrato revisado, una visa de trabajo, copias de los papeles, un número de teléfono aprendido de memoria, la dirección de la embajada, una palabra clave acordada con la familia.
workshop-item-safe_migration-notes = Lee la historia de la región. Pregunta qué debería comprobar la persona antes de pagarle a nadie. Muestra la lista de comprobación de la aplicación.
workshop-item-safe_migration-prompt1 = ¿Qué pondrías primero en la maleta?
workshop-item-safe_migration-prompt2 = ¿Qué deberías hacer si el plan cambia durante el viaje?

workshop-item-help-title = ¿Quién puede ayudar?
workshop-item-help-activity = Juntos, hagan una lista de los servicios de ayuda del lugar que conocen: una línea de ayuda, un refugio, un grupo de asistencia legal, un servicio de salud, un líder religioso. Usen el directorio de ayuda de la aplicación para ver cuáles informan a la policía o a inmigración.
workshop-item-help-notes = Nunca le aconsejes a nadie que enfrente a un tratante. Explica qué pasa cuando alguien llama a una línea de ayuda. Recuerda a todos el número de emergencias para cuando hay un peligro inmediato.
workshop-item-help-prompt1 = ¿Qué podría impedir que alguien pida ayuda?
workshop-item-help-prompt2 = ¿Cómo podrías ayudar a un amigo sin ponerlo en peligro?
workshop-item-help-card1 = Amiga en otro país: "Mi jefe me quitó el pasaporte. Por favor, no me llames, él revisa mi teléfono."
workshop-item-help-card2 = Tú: quieres ayudar sin poner a nadie en peligro. Di qué vas a hacer, y qué no vas a hacer sin el acuerdo de tu amiga.

workshop-item-leaders-title = Cuando alguien te cuenta algo
workshop-item-leaders-activity = En parejas, representen a alguien que cuenta su situación, usando las tarjetas de juego de roles. Después cambien de papel. El grupo comparte qué ayudó a la persona a sentirse segura.
workshop-item-leaders-notes = Escucha, cree, mantén la calma. No pidas todos los detalles. No prometas un secreto que no puedes guardar. Primero la seguridad, después la derivación. Con un niño o una niña, sigue las reglas de protección infantil. Planea tu propio apoyo después de las conversaciones difíciles.
workshop-item-leaders-prompt1 = ¿Qué palabras ayudaron a la persona a sentir que le creían?
workshop-item-leaders-prompt2 = ¿A qué servicios locales la derivarías, y esos servicios informan a inmigración?
workshop-item-leaders-prompt3 = ¿Cómo vas a cuidarte después de una sesión difícil?
workshop-item-leaders-card1 = Participante: después de la sesión te quedas. Le pagaste una comisión a un reclutador y te vas la próxima semana. Te da vergüenza y le pides al líder que no se lo diga a nadie.
workshop-item-leaders-card2 = Líder: escucha y cree. Sé honesto sobre lo que puedes mantener en privado. Ofrece un siguiente paso seguro.

workshop-item-break-title = Descanso
workshop-item-break-activity = Un descanso corto. Quédate disponible para quien quiera hablar en privado.
workshop-item-break-notes = Fíjate si alguien parece afectado, y pregúntale con discreción cómo está.

workshop-item-post_quiz-title = ¿Qué aprendimos? El mismo cuestionario otra vez
workshop-item-post_quiz-activity = Haz las mismas preguntas que al principio, de la misma forma. Cuenta los puntos de cada persona. Sin nombres. Después da las respuestas correctas y explícalas.
workshop-item-post_quiz-notes = Compara el resultado del grupo, no los resultados de cada persona. Pregunta qué preguntas sorprendieron al grupo.

workshop-item-closing-title = Cierre y dónde pedir ayuda
workshop-item-closing-activity = Pide a cada persona que diga una cosa que va a recordar. Muestra el directorio de ayuda de la aplicación. Repite que pueden hablar contigo en privado.
workshop-item-closing-notes = Termina con esperanza: la ayuda existe y hay personas que sí salen de la explotación. Dale las gracias al grupo.
workshop-item-closing-prompt1 = ¿Qué cosa le vas a contar a un amigo o a alguien de tu familia?

workshop-menu-attendance = Contar a las personas presentes
workshop-menu-end = Terminar la sesión
workshop-error-missed-count = Da un número de errores para cada pregunta del cuestionario: { $count } números.

## The app: the group quiz typed one score at a time, or the phone passed around

workshop-menu-quiz-pre = Cuestionario del grupo antes de la sesión
workshop-menu-quiz-post = Cuestionario del grupo después de la sesión
workshop-menu-type-scores = Escribir el resultado de cada persona, uno por uno
workshop-ask-one-score = Escribe el resultado de una persona: un número del 0 al { $max }.
workshop-scores-done-hint = Después escribe el resultado de la siguiente persona. Cuando estén todos, vuelve atrás y guárdalos.
workshop-scores-typed = Resultados escritos, aún sin guardar
workshop-menu-missed = Contar cuántas personas fallaron cada pregunta
workshop-ask-missed = ¿Cuántas personas fallaron esta pregunta? Un número del 0 al { $max }.
workshop-menu-undo-score = Quitar el último resultado escrito
workshop-menu-pass-phone = Pasar el teléfono de mano en mano
