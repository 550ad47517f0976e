## Aprender: módulos de concienciación, lecciones, historias y cuestionarios.
## Ids: learn-<module>-title/-summary, -l<n>-title/-body/-p<k> (puntos clave),
## story-<module>-<country>-title/-body in stories.ftl, -q<n> (pregunta), -q<n>-a/-b/-c (opciones),
## -q<n>-why (explicación). Frases cortas: cada texto se lee en voz alta con texto a voz.

## Pantallas

learn-menu-title = Aprender
learn-menu-choose-track = ¿Qué grupo te describe mejor?
learn-menu-choose-module = Elige un módulo
learn-menu-scenario = Una historia para pensar
learn-menu-progress = Mi avance
learn-menu-clear-progress = Borrar mi avance
learn-lesson-heading = Lección { $number } de { $total }
learn-key-points = Puntos clave
learn-quiz-question-heading = Pregunta { $number } de { $total }
learn-quiz-correct = Correcto.
learn-quiz-wrong = No exactamente. La respuesta es: { $answer }
learn-quiz-score = Acertaste { $score } de { $total }.
learn-quiz-best = Tu mejor resultado: { $score } de { $total }.
learn-progress-none = Todavía no has empezado ningún módulo.
learn-progress-cleared = Se borró tu avance de aprendizaje. No se cambió nada más.
learn-lessons-count = { $count ->
    [one] { $count } lección
   *[other] { $count } lecciones
}

## Grupos

learn-track-migrants = Trabajar o mudarse a otro país
learn-track-migrants-summary = Para personas que piensan trabajar en otro país, o que ya trabajan lejos de casa.
learn-track-students = Estudiantes
learn-track-students-summary = Para jóvenes de 12 a 18 años, en la escuela o con sus amigos.
learn-track-leaders = Líderes comunitarios y docentes
learn-track-leaders-summary = Para personas que dan sesiones en una iglesia, una mezquita, una escuela o un centro comunitario.

## Errores (nunca repiten lo que escribió la persona)

learn-error-unknown-module = No hay ningún módulo con ese nombre.
learn-error-unknown-lesson = No hay ninguna lección con ese nombre en este módulo.
learn-error-unknown-audience = Elige uno de estos grupos: migrants (migrantes), students (estudiantes) o leaders (líderes).
learn-error-bad-region = Una región es un código de país de dos letras, como JM, NG o KE.
learn-error-answer-count = { $count ->
    [one] Responde la pregunta. Este cuestionario tiene { $count } pregunta.
   *[other] Responde todas las preguntas. Este cuestionario tiene { $count } preguntas.
}
learn-error-unknown-choice = Una de las respuestas no es una de las opciones.

## Módulo 1: trata de personas y tráfico de migrantes

learn-trafficking_and_smuggling-title = Trata de personas y tráfico de migrantes
learn-trafficking_and_smuggling-summary = Qué es la trata de personas, qué es el tráfico de migrantes y por qué importa la diferencia.

learn-trafficking_and_smuggling-l1-title = Qué es la trata de personas
learn-trafficking_and_smuggling-l1-body = La trata de personas es explotar a una persona para ganar dinero u otro beneficio. Tiene tres partes. Alguien recluta, traslada o esconde a una persona. Usa la fuerza, mentiras, amenazas o la situación difícil de la persona. Y el objetivo es explotarla. Cuando se usan estos medios, no importa que la persona haya dicho que sí.
learn-trafficking_and_smuggling-l1-p1 = El acto: alguien capta, traslada, recibe o esconde a una persona.
learn-trafficking_and_smuggling-l1-p2 = Los medios: fuerza, amenazas, mentiras, deudas, o aprovecharse de la situación débil de una persona.
learn-trafficking_and_smuggling-l1-p3 = El fin: explotarla, en el trabajo, en el sexo, en delitos o de otras formas.

learn-trafficking_and_smuggling-l2-title = Los niños y niñas son un caso especial
learn-trafficking_and_smuggling-l2-body = Cuando se trata de un niño o una niña menor de 18 años, la ley no exige fuerza ni mentiras. Si alguien capta o traslada a un menor para explotarlo, es trata. Un niño nunca puede aceptar que lo exploten.
learn-trafficking_and_smuggling-l2-p1 = Con menores de 18 años, solo cuentan el acto y el fin.
learn-trafficking_and_smuggling-l2-p2 = El "sí" de un niño no hace legal la explotación.
learn-trafficking_and_smuggling-l2-p3 = Los adultos tienen el deber de proteger a los niños.

learn-trafficking_and_smuggling-l3-title = Qué es el tráfico de migrantes
learn-trafficking_and_smuggling-l3-body = El tráfico de migrantes es lo que hace el traficante: hacer cruzar a una persona una frontera de forma ilegal, para ganar dinero. El delito es del traficante. La regla de la ONU dice que una persona no es una criminal solo porque la hayan pasado de forma ilegal. Algunos países igual ponen multas o devuelven a quienes entran sin papeles, así que pide consejo. El tráfico de migrantes puede convertirse en trata, cuando el traficante empieza a controlar o a explotar a la persona.
learn-trafficking_and_smuggling-l3-p1 = El tráfico de migrantes es el acto del traficante: un cruce ilegal de frontera, por dinero.
learn-trafficking_and_smuggling-l3-p2 = La trata tiene que ver con la explotación, y no necesita una frontera.
learn-trafficking_and_smuggling-l3-p3 = Una nueva "deuda" después del viaje es una señal de alerta de trata.

learn-trafficking_and_smuggling-l4-title = Mitos y realidades
learn-trafficking_and_smuggling-l4-body = Mucha gente cree cosas sobre la trata que no son ciertas. Estos mitos impiden verla. La trata muchas veces ocurre cerca de casa, con personas que la persona ya conoce.
learn-trafficking_and_smuggling-l4-p1 = Mito: siempre se cruza una frontera. Realidad: puede pasar en tu propio pueblo o ciudad.
learn-trafficking_and_smuggling-l4-p2 = Mito: a las víctimas siempre las tienen encerradas. Realidad: a muchas las controlan con deudas, amenazas y miedo.
learn-trafficking_and_smuggling-l4-p3 = Mito: solo les pasa a las mujeres. Realidad: hombres, mujeres, niños y niñas son víctimas de trata.
learn-trafficking_and_smuggling-l4-p4 = Mito: si aceptó ir, no es trata. Realidad: aceptar un trabajo no es aceptar que te exploten.
learn-trafficking_and_smuggling-l5-title = Qué es el trabajo forzoso
learn-trafficking_and_smuggling-l5-body = El trabajo forzoso es un trabajo que alguien obliga a hacer a una persona bajo la amenaza de un castigo, y que la persona no aceptó libremente. La amenaza puede ser violencia, una deuda, quedarse con su pasaporte o amenazar con llamar a la policía. Un trabajo aceptado al principio puede volverse trabajo forzoso, cuando la persona ya no es libre de decir que no o de irse.
learn-trafficking_and_smuggling-l5-p1 = Trabajo forzoso: trabajo bajo amenaza, que no se eligió libremente.
learn-trafficking_and_smuggling-l5-p2 = La amenaza puede ser violencia, una deuda, un pasaporte retenido o la policía.
learn-trafficking_and_smuggling-l5-p3 = Un trabajo que aceptaste puede volverse trabajo forzoso.

learn-trafficking_and_smuggling-q1 = ¿Cuáles son las tres partes de la trata de una persona adulta?
learn-trafficking_and_smuggling-q1-a = Un acto, un medio y un fin
learn-trafficking_and_smuggling-q1-b = Una frontera, un pasaporte y un trabajo
learn-trafficking_and_smuggling-q1-c = Una deuda, un contrato y una visa
learn-trafficking_and_smuggling-q1-why = La trata es un acto (captar, trasladar, esconder), unos medios (fuerza, mentiras, amenazas, aprovecharse de una situación débil) y un fin (la explotación). No hace falta una frontera.

learn-trafficking_and_smuggling-q2 = ¿Dónde puede ocurrir la trata?
learn-trafficking_and_smuggling-q2-a = Solo cuando alguien cruza una frontera
learn-trafficking_and_smuggling-q2-b = Solo en grandes ciudades lejos de casa
learn-trafficking_and_smuggling-q2-c = En cualquier lugar, incluso en tu ciudad o tu pueblo
learn-trafficking_and_smuggling-q2-why = La trata tiene que ver con la explotación, no con el viaje. Muchas personas son víctimas de trata en su propio país o ciudad.

learn-trafficking_and_smuggling-q3 = Una chica de 15 años acepta irse con un hombre que le promete trabajo, y después la explotan. ¿Es trata?
learn-trafficking_and_smuggling-q3-a = No, porque ella aceptó ir
learn-trafficking_and_smuggling-q3-b = Sí, es trata
learn-trafficking_and_smuggling-q3-c = Solo si la llevaron a otro país
learn-trafficking_and_smuggling-q3-why = Con cualquier persona menor de 18 años, captarla o trasladarla para explotarla es trata, aunque haya dicho que sí.

learn-trafficking_and_smuggling-q4 = ¿Qué es el tráfico de migrantes?
learn-trafficking_and_smuggling-q4-a = Cualquier trabajo pagado en otro país
learn-trafficking_and_smuggling-q4-b = Un delito que comete el migrante al viajar sin papeles
learn-trafficking_and_smuggling-q4-c = Hacer cruzar una frontera ilegalmente, por dinero
learn-trafficking_and_smuggling-q4-why = El tráfico de migrantes es el acto del traficante: hacer cruzar a una persona una frontera de forma ilegal para ganar dinero. Según la regla de la ONU, la persona trasladada no es una criminal por eso. El tráfico puede convertirse en trata si después controlan y explotan a la persona.

learn-trafficking_and_smuggling-q5 = Después de un viaje con un traficante de migrantes, él dice que le debes más y que tienes que trabajar para él sin paga. ¿De qué es señal esto?
learn-trafficking_and_smuggling-q5-a = Trata por medio de una deuda
learn-trafficking_and_smuggling-q5-b = Un costo normal del viaje
learn-trafficking_and_smuggling-q5-c = Un trato justo, porque aceptaste viajar
learn-trafficking_and_smuggling-q5-why = Una deuda nueva que debes pagar trabajando, sin poder irte, se llama servidumbre por deudas: la deuda se usa para controlarte. Es una señal común de trata, aunque hayas aceptado el viaje.

## Módulo 2: cómo mienten los reclutadores

learn-how_recruiters_lie-title = Cómo mienten los reclutadores
learn-how_recruiters_lie-summary = Los trucos que usan algunas personas para llevar a otras a la explotación, y cómo reconocerlos.

learn-how_recruiters_lie-l1-title = Trabajos falsos y pagos por adelantado
learn-how_recruiters_lie-l1-body = Muchos tratantes empiezan con un anuncio de trabajo. La paga es muy alta. No se necesita experiencia. Después te piden que pagues: la visa, la capacitación, un examen médico o un depósito. Un empleador justo paga esos gastos, no el trabajador.
learn-how_recruiters_lie-l1-p1 = Una paga muy por encima de lo normal para ese trabajo es una señal de alerta.
learn-how_recruiters_lie-l1-p2 = Pedirle al trabajador que pague una comisión es una señal de peligro.
learn-how_recruiters_lie-l1-p3 = "Vete esta semana" y "no le digas a nadie" son trucos para presionarte.

learn-how_recruiters_lie-l2-title = Ofertas de estudio, deporte y modelaje
learn-how_recruiters_lie-l2-body = Algunas ofertas prometen un cupo en una escuela, una prueba en un club de fútbol o un contrato de modelaje en otro país. La familia paga mucho dinero. Al llegar, no hay escuela ni club. La persona joven se queda con una deuda, o la obligan a trabajar.
learn-how_recruiters_lie-l2-p1 = Los clubes y escuelas de verdad se pueden comprobar en sus propias páginas web oficiales y con la embajada.
learn-how_recruiters_lie-l2-p2 = Los cazatalentos de verdad no les piden a las familias que paguen por las pruebas.
learn-how_recruiters_lie-l2-p3 = Habla con un adulto de confianza antes de enviar fotos, papeles o dinero.

learn-how_recruiters_lie-l3-title = Trabajos en línea que son centros de estafa
learn-how_recruiters_lie-l3-body = Algunos anuncios ofrecen trabajos de "informática", "servicio al cliente" o "ventas en línea" en otro país, muchas veces en el Sudeste Asiático. El vuelo está pagado. El nombre del empleador no está claro. Al llegar, obligan a las personas a estafar a otras por internet y no las dejan irse.
learn-how_recruiters_lie-l3-p1 = Un empleador poco claro y un vuelo gratis son señales de alerta.
learn-how_recruiters_lie-l3-p2 = Busca el nombre de la empresa junto con la palabra "estafa".
learn-how_recruiters_lie-l3-p3 = No viajes por un trabajo solo con una visa de turista.

learn-how_recruiters_lie-l4-title = Amor, amigos y familia
learn-how_recruiters_lie-l4-body = Algunos tratantes se hacen pasar por novio, novia o amigo. Otros son parientes que "lo arreglan todo". Dan regalos y atención, y después piden algo a cambio. Los regalos y los viajes que te pagan pueden convertirse en una deuda.
learn-how_recruiters_lie-l4-p1 = Una pareja nueva que quiere llevarte lejos muy rápido es una señal de alerta.
learn-how_recruiters_lie-l4-p2 = Alguien que quiere que mantengas la relación en secreto puede querer hacerte daño.
learn-how_recruiters_lie-l4-p3 = Incluso la oferta de un pariente se debe comprobar como cualquier otra.

learn-how_recruiters_lie-q1 = Un reclutador te pide que pagues tu visa y tu capacitación antes de irte. ¿Qué hace un empleador justo?
learn-how_recruiters_lie-q1-a = El trabajador paga y luego se lo descuentan del sueldo
learn-how_recruiters_lie-q1-b = El empleador los paga
learn-how_recruiters_lie-q1-c = El trabajador paga la mitad, como señal de confianza
learn-how_recruiters_lie-q1-why = Según las reglas de contratación justa, el empleador paga las comisiones de contratación y los costos relacionados. Una comisión pedida al trabajador es una bandera roja, una señal de que algo puede estar mal.

learn-how_recruiters_lie-q2 = Un anuncio de trabajo dice: "Excelente paga, sin experiencia, sales esta semana, no le digas a nadie." ¿Qué deberías pensar?
learn-how_recruiters_lie-q2-a = Es una suerte; di que sí rápido
learn-how_recruiters_lie-q2-b = Está bien si el sueldo está por escrito
learn-how_recruiters_lie-q2-c = Revisarlo con alguien de confianza antes de decidir
learn-how_recruiters_lie-q2-why = Un sueldo demasiado bueno, la presión para decidir rápido y el secreto son trucos comunes. Tómate tu tiempo y revisa la oferta con alguien de confianza.

learn-how_recruiters_lie-q3 = Un cazatalentos quiere que tu familia pague por una prueba de fútbol en otro país. ¿Qué es cierto?
learn-how_recruiters_lie-q3-a = Un club de verdad no pide a las familias pagar una prueba
learn-how_recruiters_lie-q3-b = Pagar es normal; las pruebas en el extranjero cuestan
learn-how_recruiters_lie-q3-c = Es seguro si el cazatalentos es amable y conocido
learn-how_recruiters_lie-q3-why = Las academias deportivas falsas les quitan dinero a las familias. Un club de verdad se puede comprobar, y no cobra por una prueba.

learn-how_recruiters_lie-q4 = Un amigo nuevo de internet te da regalos, quiere que viajes para verlo y que lo mantengas en secreto. ¿Qué es esto?
learn-how_recruiters_lie-q4-a = Normal, si parece amable y honesto
learn-how_recruiters_lie-q4-b = Una señal de alerta de grooming
learn-how_recruiters_lie-q4-c = Seguro, si se ven en un lugar público
learn-how_recruiters_lie-q4-why = El grooming es ganarse la confianza de una persona joven con regalos y atención, para hacerle daño o explotarla. Los regalos, el secreto y la presión para viajar son señales de grooming. Contárselo a un adulto de confianza te protege.

learn-how_recruiters_lie-q5 = ¿Qué oferta de trabajo es una señal de alerta de un centro de estafas en línea?
learn-how_recruiters_lie-q5-a = Un trabajo de "informática" en el extranjero, vuelo pagado, sin nombre de empresa
learn-how_recruiters_lie-q5-b = Un trabajo en una tienda cerca de casa, con un contrato que puedes leer antes
learn-how_recruiters_lie-q5-c = Un trabajo en un hotel que puedes comprobar, con permiso de trabajo
learn-how_recruiters_lie-q5-why = Los centros de estafa reclutan con trabajos vagos de "informática" o "atención al cliente" en el extranjero. Un vuelo gratis, una visa de turista y un empleador poco claro son banderas rojas. Al llegar, obligan a las personas a estafar a otras por internet.

## Módulo 3: tus derechos en el trabajo y al migrar

learn-rights_at_work-title = Tus derechos en el trabajo
learn-rights_at_work-summary = Cómo es un trabajo justo, antes de irte y mientras trabajas.

learn-rights_at_work-l1-title = No deberías pagar por un trabajo
learn-rights_at_work-l1-body = El empleador paga los gastos de contratarte. Esto incluye las comisiones de la agencia, los gastos de la visa y el viaje. No deberías pagar para conseguir un trabajo. Si te piden que pagues, pregunta por qué y busca consejo.
learn-rights_at_work-l1-p1 = El empleador paga las comisiones de contratación y los gastos relacionados.
learn-rights_at_work-l1-p2 = Pide un recibo por cualquier dinero que pagues.
learn-rights_at_work-l1-p3 = Una deuda por un trabajo se puede usar para controlarte.

learn-rights_at_work-l2-title = Un contrato escrito que entiendas
learn-rights_at_work-l2-body = Antes de irte, deberías tener un contrato escrito en un idioma que entiendas. Dice tu paga, tu horario, tus días libres, dónde vas a vivir y quién paga el viaje. Guarda una copia. Ten cuidado si te dicen que firmarás un contrato nuevo al llegar.
learn-rights_at_work-l2-p1 = Recibe el contrato antes de viajar.
learn-rights_at_work-l2-p2 = Tiene que estar en un idioma que sepas leer.
learn-rights_at_work-l2-p3 = Muestra la paga, el horario, los días libres y la vivienda.
learn-rights_at_work-l2-p4 = Guarda una copia en un lugar seguro y envía otra a alguien de confianza.

learn-rights_at_work-l3-title = Tu pasaporte es tuyo
learn-rights_at_work-l3-body = Tu pasaporte y tus papeles te pertenecen. Un empleador o un agente no debe quedarse con ellos. Puedes guardarlos en un lugar seguro que sea tuyo. Si alguien te quita los papeles, es una señal de alerta.
learn-rights_at_work-l3-p1 = Guarda tú mismo tu pasaporte y tu identificación.
learn-rights_at_work-l3-p2 = Guarda copias y fotos de tus papeles.
learn-rights_at_work-l3-p3 = Un empleador que se queda con tus papeles es una señal de alerta de trabajo forzoso.

learn-rights_at_work-l4-title = Nadie puede obligarte a quedarte
learn-rights_at_work-l4-body = Nadie puede obligarte a quedarte en un trabajo con amenazas, violencia o una deuda. Siempre puedes pedir volver a casa. Cambiar de empleador depende de tu visa. En algunos lugares, como los países del Golfo, o el trabajo agrícola en Canadá y Estados Unidos, la visa está ligada a un solo empleador. Irte puede hacer que te denuncien o te devuelvan a tu país. Así que pide consejo primero, a un servicio de ayuda o a tu embajada. Antes de firmar, comprueba al reclutador: busca su licencia y pregunta en una oficina del gobierno o en una organización conocida.
learn-rights_at_work-l4-p1 = Nadie puede retenerte en el trabajo con amenazas o una deuda.
learn-rights_at_work-l4-p2 = Si tu visa te ata a un solo empleador, pide consejo antes de irte.
learn-rights_at_work-l4-p3 = Una visa de turista sola no te permite trabajar. Pregunta qué papeles necesita tu trabajo.
learn-rights_at_work-l4-p4 = Un reclutador con licencia se puede comprobar con el gobierno.

learn-rights_at_work-q1 = ¿Quién debería pagar las comisiones por contratarte para un trabajo?
learn-rights_at_work-q1-a = Tú, el trabajador
learn-rights_at_work-q1-b = El empleador
learn-rights_at_work-q1-c = Tú y el empleador, mitad y mitad
learn-rights_at_work-q1-why = Una contratación justa significa que el empleador paga las comisiones de contratación y los gastos relacionados. Los trabajadores no pagan nada por el trabajo.

learn-rights_at_work-q2 = ¿Cuándo deberías recibir un contrato escrito?
learn-rights_at_work-q2-a = Al llegar, de parte del empleador
learn-rights_at_work-q2-b = Nunca; basta una promesa por teléfono
learn-rights_at_work-q2-c = Antes de salir, en un idioma que puedas leer
learn-rights_at_work-q2-why = Un contrato antes de viajar, en un idioma que puedas leer, te protege. "Firmaremos cuando llegues" es una señal de alerta.

learn-rights_at_work-q3 = Tu empleador quiere quedarse con tu pasaporte. ¿Qué es cierto?
learn-rights_at_work-q3-a = Es una señal de alerta
learn-rights_at_work-q3-b = Es normal, para sacar tu visa
learn-rights_at_work-q3-c = Está bien si te da una copia
learn-rights_at_work-q3-why = Quedarse con los papeles de un trabajador es uno de los indicadores del trabajo forzoso: las señales que buscan los expertos. Tu pasaporte es tuyo, incluso mientras se tramita una visa.

learn-rights_at_work-q4 = En el extranjero, tu jefe dice que debes quedarte hasta pagar una gran deuda. ¿Qué es cierto?
learn-rights_at_work-q4-a = Una deuda permite al empleador retenerte en el trabajo
learn-rights_at_work-q4-b = Nadie puede obligarte a quedarte por una deuda
learn-rights_at_work-q4-c = Puedes dejar cualquier trabajo y cualquier visa cuando quieras
learn-rights_at_work-q4-why = Obligar a alguien a trabajar con amenazas o una deuda es trabajo forzoso. Siempre puedes pedir volver a casa. Pero si tu visa está ligada a un solo empleador, irte puede hacer que te denuncien o te devuelvan. Habla primero con un servicio de ayuda o con tu embajada.

learn-rights_at_work-q5 = Vas a trabajar en el extranjero. ¿Qué debes tener antes de viajar?
learn-rights_at_work-q5-a = Una visa de turista, y los papeles se arreglan después
learn-rights_at_work-q5-b = Nada: la agencia guarda tu pasaporte para la visa
learn-rights_at_work-q5-c = Permiso para trabajar en ese país
learn-rights_at_work-q5-why = Una visa de turista sola no te permite trabajar, y te deja fácil de controlar. Los papeles correctos dependen del país: una visa de trabajo, un permiso de trabajo con una visa de visitante (como en el programa de trabajo agrícola de Canadá), o la libre circulación (la CEDEAO en África Occidental, el CSME para trabajadores calificados de la CARICOM).

## Módulo 4: señales de alerta en otra persona

learn-warning_signs-title = Señales de alerta en otra persona
learn-warning_signs-summary = Cómo darte cuenta de que un amigo, un compañero de clase o un vecino puede estar en peligro.

learn-warning_signs-l1-title = Cómo puede verse una persona
learn-warning_signs-l1-body = Una persona a la que explotan puede verse muy cansada o con hambre. Puede tener heridas que no explica. Puede parecer asustada, nerviosa o muy callada. Sus respuestas pueden sonar aprendidas de memoria.
learn-warning_signs-l1-p1 = Siempre cansada, con hambre o enferma.
learn-warning_signs-l1-p2 = Parece tener miedo, o se calla cuando cierta persona está cerca.
learn-warning_signs-l1-p3 = Da respuestas que suenan ensayadas.

learn-warning_signs-l2-title = Condiciones de trabajo y de vida
learn-warning_signs-l2-body = Fíjate en cómo trabaja y vive la persona. Puede trabajar muchísimas horas sin días libres. Puede dormir donde trabaja, o en un cuarto lleno de gente. Puede que no vaya a la escuela.
learn-warning_signs-l2-p1 = Jornadas muy largas, sin días libres.
learn-warning_signs-l2-p2 = Vive en el lugar de trabajo o en una vivienda llena de gente.
learn-warning_signs-l2-p3 = Un niño o una niña que trabaja en lugar de ir a la escuela.

learn-warning_signs-l3-title = Señales de control
learn-warning_signs-l3-body = Alguien puede estar controlando a la persona. Otra persona habla por ella. Otra persona tiene sus papeles, su dinero o su teléfono. No puede salir sola. Su historia no cuadra.
learn-warning_signs-l3-p1 = Alguien siempre habla por ella.
learn-warning_signs-l3-p2 = Otra persona tiene su identificación, su dinero o su teléfono.
learn-warning_signs-l3-p3 = No puede entrar y salir con libertad.

learn-warning_signs-l4-title = Relaciones que crean deudas
learn-warning_signs-l4-body = Una persona joven puede tener una pareja mucho mayor. La pareja le da regalos, recargas para el teléfono o dinero. Después le dice que le debe algo a cambio. Esta es una forma común de controlar a los jóvenes.
learn-warning_signs-l4-p1 = Un novio o una novia mucho mayor.
learn-warning_signs-l4-p2 = Regalos caros que "hay que devolver".
learn-warning_signs-l4-p3 = Cambios de repente: falta a la escuela, tiene secretos nuevos, amigos nuevos mucho mayores.

learn-warning_signs-q1 = ¿Cuál de estas cosas puede ser una señal de alerta de que alguien está siendo explotado?
learn-warning_signs-q1-a = Es callado y no te mira a los ojos
learn-warning_signs-q1-b = Otra persona guarda sus documentos
learn-warning_signs-q1-c = Envía casi todo su sueldo a su familia
learn-warning_signs-q1-why = Cuando otra persona guarda los documentos de alguien, puede significar que lo controlan. Ser callado, o no mirar a los ojos, no es una señal por sí solo: en muchas culturas es una forma de respeto.

learn-warning_signs-q2 = La pareja mucho mayor de una compañera de clase le da regalos y le dice que tiene que devolvérselos. ¿Qué es esto?
learn-warning_signs-q2-a = Una señal de alerta de control
learn-warning_signs-q2-b = Normal, si él es amable con ella casi siempre
learn-warning_signs-q2-c = Es su decisión, así que no es un problema
learn-warning_signs-q2-why = Una pareja mucho mayor y unos regalos que crean una deuda son una forma común de controlar a los jóvenes. Habla con un adulto de confianza.

learn-warning_signs-q3 = Crees que un amigo puede estar en peligro. ¿Cuál es el primer paso más seguro?
learn-warning_signs-q3-a = Enfrentar a la persona que lo controla
learn-warning_signs-q3-b = Hablar con un adulto de confianza o un servicio de ayuda
learn-warning_signs-q3-c = Publicarlo en internet enseguida
learn-warning_signs-q3-why = Enfrentar a alguien o publicar en internet puede poner a tu amigo en más peligro. Un adulto de confianza o un servicio de ayuda sabe qué hacer.

learn-warning_signs-q4 = Un niño trabaja todo el día en una casa y nunca va a la escuela. ¿Es una señal de alerta?
learn-warning_signs-q4-a = No, los niños ayudan en casa en todas las familias
learn-warning_signs-q4-b = No, si la familia le da al niño comida y una cama
learn-warning_signs-q4-c = Sí, es una señal de alerta
learn-warning_signs-q4-why = Ayudar en casa es normal. Muchas horas de trabajo en lugar de ir a la escuela, y no poder salir, son señales de alerta de explotación infantil.

learn-warning_signs-q5 = ¿Una sola señal de alerta prueba que alguien es víctima de trata?
learn-warning_signs-q5-a = Sí, una sola señal es prueba suficiente
learn-warning_signs-q5-b = Sí, si la señal es muy fuerte
learn-warning_signs-q5-c = No, no es una prueba
learn-warning_signs-q5-why = Las señales de alerta indican un riesgo, no son pruebas. Cuando notas varias, habla con alguien que pueda ayudar.

## Módulo 5: la lista para migrar de forma segura

learn-safe_migration-title = Migrar de forma segura
learn-safe_migration-summary = Qué hacer antes de irte, durante el viaje y cuando llegues.

learn-safe_migration-l1-title = Antes de irte
learn-safe_migration-l1-body = Comprueba el trabajo y al reclutador antes de salir. Asegúrate de tener un contrato escrito y el derecho a trabajar allí, como una visa de trabajo o un permiso de trabajo. Dile a tu familia adónde vas y con quién.
learn-safe_migration-l1-p1 = Comprueba la licencia del reclutador y el nombre del empleador.
learn-safe_migration-l1-p2 = Consigue un contrato que entiendas y los papeles que te permiten trabajar allí.
learn-safe_migration-l1-p3 = Deja el nombre y la dirección del empleador con tu familia.

learn-safe_migration-l2-title = Tus papeles y tus contactos
learn-safe_migration-l2-body = Saca copias de tu pasaporte, tu visa y tu contrato. Deja un juego de copias con alguien de confianza en casa. Apréndete de memoria un número de teléfono de una persona de confianza, y los números de ayuda del lugar adonde vas.
learn-safe_migration-l2-p1 = Guarda copias de tus papeles en un lugar seguro.
learn-safe_migration-l2-p2 = Apréndete de memoria al menos un número de teléfono de confianza.
learn-safe_migration-l2-p3 = Acuerda con tu familia una palabra clave que signifique "necesito ayuda".

learn-safe_migration-l3-title = Durante el viaje
learn-safe_migration-l3-body = Lleva contigo tu pasaporte y tu dinero. Ten cuidado si unos desconocidos te esperan en la frontera, o si el plan cambia de repente. Mantente en contacto con tu familia.
learn-safe_migration-l3-p1 = No le des tu pasaporte a nadie para que te lo lleve.
learn-safe_migration-l3-p2 = Un cambio de ruta o de trabajo de repente es una señal de alerta.
learn-safe_migration-l3-p3 = Envíale un mensaje a tu familia en cada parada.

learn-safe_migration-l4-title = Al llegar, y si las cosas cambian
learn-safe_migration-l4-body = Averigua dónde está la embajada de tu país. Infórmate sobre los servicios de ayuda del lugar. Si el trabajo no es lo que te prometieron, tienes opciones. Puedes pedir consejo antes de decidir qué hacer.
learn-safe_migration-l4-p1 = Debes saber dónde está tu embajada o tu consulado.
learn-safe_migration-l4-p2 = Busca servicios de ayuda que no denuncien a las personas ante inmigración.
learn-safe_migration-l4-p3 = Si las cosas cambian, pide consejo. No tienes que decidir sin ayuda.

learn-safe_migration-q1 = ¿Qué deberías hacer con las copias de tu pasaporte y de tu contrato?
learn-safe_migration-q1-a = Dárselas al reclutador para que él las tenga
learn-safe_migration-q1-b = Dejar un juego con alguien de confianza
learn-safe_migration-q1-c = Tirarlas cuando llegues bien
learn-safe_migration-q1-why = Las copias te ayudan a demostrar quién eres y qué te prometieron si pierdes tus papeles o te los quitan.

learn-safe_migration-q2 = ¿Por qué aprenderte de memoria un número de teléfono de confianza?
learn-safe_migration-q2-a = Porque te pueden quitar el teléfono o lo puedes perder
learn-safe_migration-q2-b = Para que el reclutador siempre pueda llamarte
learn-safe_migration-q2-c = No hace falta; está guardado en el teléfono
learn-safe_migration-q2-why = Las personas que controlan a otras muchas veces les quitan el teléfono. Un número que te sabes de memoria te permite pedir ayuda desde cualquier teléfono.

learn-safe_migration-q3 = En el camino, el plan cambia de repente: un trabajo nuevo, una ciudad nueva. ¿Qué es esto?
learn-safe_migration-q3-a = Una parte normal de viajar al extranjero
learn-safe_migration-q3-b = Está bien, si el nuevo trabajo paga más
learn-safe_migration-q3-c = Una señal de alerta
learn-safe_migration-q3-why = Un cambio repentino de trabajo o de ruta es una señal común de que te están mintiendo. Avísale a alguien de confianza y pide consejo.

learn-safe_migration-q4 = Antes de irte, ¿quién debería saber el nombre y la dirección de tu empleador?
learn-safe_migration-q4-a = Tu familia, u otra persona de confianza en casa
learn-safe_migration-q4-b = Solo el reclutador, que lo mantiene en secreto
learn-safe_migration-q4-c = Nadie; es más seguro no decirlo
learn-safe_migration-q4-why = Si alguien de confianza sabe dónde estás, puede ayudar a buscarte y pedir ayuda si pierden el contacto contigo.

learn-safe_migration-q5 = En otro país, el trabajo no es lo que te prometieron. ¿Qué es cierto?
learn-safe_migration-q5-a = Debes quedarte, porque firmaste un contrato
learn-safe_migration-q5-b = No tienes opciones hasta que termine el contrato
learn-safe_migration-q5-c = Puedes pedir consejo sobre tus opciones
learn-safe_migration-q5-why = Cuentas con apoyo. Las embajadas y los servicios de ayuda te pueden explicar tus opciones, y algunos no denuncian a las personas ante inmigración.

## Módulo 6: pedir ayuda de forma segura

learn-getting_help-title = Pedir ayuda de forma segura
learn-getting_help-summary = Dónde pedir ayuda, qué pasa cuando la pides y cómo ayudar a un amigo.

learn-getting_help-l1-title = Ayuda que es segura para ti
learn-getting_help-l1-body = Algunos servicios de ayuda son gratuitos y confidenciales. Algunos no denuncian a las personas ante la policía ni ante inmigración. El directorio de ayuda de esta aplicación dice, para cada servicio, si informa a las autoridades y si puedes mantenerte en el anonimato.
learn-getting_help-l1-p1 = Muchas líneas de ayuda son gratuitas y confidenciales.
learn-getting_help-l1-p2 = Antes de llamar, fíjate si el servicio informa a inmigración.
learn-getting_help-l1-p3 = Si hay un peligro inmediato, llama al número de emergencias.

learn-getting_help-l2-title = Qué pasa cuando llamas
learn-getting_help-l2-body = Te escucha una persona preparada para eso. Tú eliges qué decir. No tienes que dar tu nombre. Te explican tus opciones y lo que pueden hacer. Tú decides qué pasa después.
learn-getting_help-l2-p1 = Puedes hacer preguntas primero.
learn-getting_help-l2-p2 = Muchas veces puedes mantenerte en el anonimato.
learn-getting_help-l2-p3 = Tú eliges el siguiente paso.

learn-getting_help-l3-title = Ayudar a un amigo sin peligro
learn-getting_help-l3-body = Si un amigo puede estar en peligro, escúchalo y créele. No enfrentes a la persona que lo controla. Eso puede empeorar las cosas. Ayuda a tu amigo a llegar a un servicio, o pregúntale al servicio qué puedes hacer tú.
learn-getting_help-l3-p1 = Escucha y cree.
learn-getting_help-l3-p2 = Nunca enfrentes tú mismo a un tratante.
learn-getting_help-l3-p3 = Deja que tu amigo decida, salvo que un niño esté en peligro.

learn-getting_help-l4-title = Mantener tu teléfono privado
learn-getting_help-l4-body = Alguien puede revisar tu teléfono. Esta aplicación tiene una salida rápida y puede ocultar lo que guardaste. Si no es seguro guardar mensajes sobre la ayuda, borra solo esos. Una lista de llamadas o mensajes vacía puede hacer sospechar a una persona que te controla. Usa un teléfono de confianza cuando puedas.
learn-getting_help-l4-p1 = Usa la salida rápida si viene alguien.
learn-getting_help-l4-p2 = Borra solo lo que trata de pedir ayuda, no todo el historial.
learn-getting_help-l4-p3 = Guarda los números de ayuda con un nombre que no llame la atención.
learn-getting_help-l5-title = No deberían castigarte por lo que te obligaron a hacer
learn-getting_help-l5-body = Las personas víctimas de trata o de trabajo forzoso son víctimas. Las reglas internacionales dicen que no se las debe castigar por lo que las obligaron a hacer, como trabajar sin papeles o usar papeles falsos. No todos los países cumplen bien esta regla. Un servicio de ayuda puede decirte cómo funciona donde estás.
learn-getting_help-l5-p1 = Las víctimas no deben ser castigadas por lo que las obligaron a hacer.
learn-getting_help-l5-p2 = Esta regla se llama principio de no castigo.
learn-getting_help-l5-p3 = Pregunta a un servicio de ayuda cómo funciona en tu país.

learn-getting_help-q1 = Puede que un tratante esté controlando a tu amigo. ¿Qué NO debes hacer?
learn-getting_help-q1-a = Escucharlo y creerle
learn-getting_help-q1-b = Enfrentar tú mismo al tratante
learn-getting_help-q1-c = Preguntar a un servicio de ayuda qué puedes hacer
learn-getting_help-q1-why = Enfrentar a un tratante puede ponerte en peligro a ti y a tu amigo. Escuchar y pedir consejo son pasos seguros.

learn-getting_help-q2 = Llamas a una línea de ayuda. ¿Tienes que dar tu nombre?
learn-getting_help-q2-a = Sí, o no te ayudarán
learn-getting_help-q2-b = Sí, y avisarán a la policía
learn-getting_help-q2-c = Muchas veces no; puedes preguntar antes
learn-getting_help-q2-why = Muchos servicios te dejan seguir en el anonimato, es decir, sin dar tu nombre. Puedes preguntar antes y elegir qué contar.

learn-getting_help-q3 = Tienes miedo de que te denuncien ante inmigración. ¿Qué puedes comprobar?
learn-getting_help-q3-a = Si el servicio informa a inmigración
learn-getting_help-q3-b = Solo el horario del servicio
learn-getting_help-q3-c = Nada; solo la policía puede ayudar
learn-getting_help-q3-why = No todos los servicios informan a inmigración. El directorio de ayuda de esta aplicación dice, para cada servicio, si lo hace.

learn-getting_help-q4 = Alguien está en peligro inmediato. ¿Qué debes hacer?
learn-getting_help-q4-a = Llamar al número de emergencias
learn-getting_help-q4-b = Esperar a ver si mejora
learn-getting_help-q4-c = Ir solo y enfrentar a la persona
learn-getting_help-q4-why = Cuando la vida o la seguridad de alguien está en peligro ahora mismo, llama al número de emergencias.

learn-getting_help-q5 = Una amiga de 14 años te cuenta que la están explotando y te pide que lo guardes en secreto. ¿Qué es lo mejor?
learn-getting_help-q5-a = Guardar el secreto, como ella pidió
learn-getting_help-q5-b = Esperar a que cumpla 18 para hacer algo
learn-getting_help-q5-c = Contárselo a un adulto de confianza
learn-getting_help-q5-why = Cuando un niño o una niña está en peligro, contárselo a un adulto de confianza es lo correcto, aunque te haya pedido que guardes el secreto.

## Módulo 7: para líderes y docentes

learn-for_leaders-title = Para líderes y docentes
learn-for_leaders-summary = Cómo dar una sesión, cómo responder cuando alguien te cuenta algo, cómo derivar de forma segura y cómo cuidarte.

learn-for_leaders-l1-title = Dar una sesión
learn-for_leaders-l1-body = Empieza por lo que la gente ya sabe. Usa las historias, no imágenes que den miedo. Acuerden reglas de grupo: respeto, sin nombres, nadie está obligado a contar nada. Di dónde se puede pedir ayuda, y que pueden hablar contigo después.
learn-for_leaders-l1-p1 = Acuerden reglas: respeto, privacidad, sin nombres en las historias.
learn-for_leaders-l1-p2 = Usa historias y preguntas, nunca imágenes impactantes.
learn-for_leaders-l1-p3 = Di dónde hay ayuda, al principio y al final.

learn-for_leaders-l2-title = Cuando alguien te cuenta algo
learn-for_leaders-l2-body = Puede que alguien te cuente su propia situación. Escucha con calma. Créele. No le pidas todos los detalles. No prometas guardar un secreto que no puedes guardar. Piensa primero en su seguridad y después en derivarlo a un servicio.
learn-for_leaders-l2-p1 = Escucha, cree y mantén la calma.
learn-for_leaders-l2-p2 = No prometas un secreto que no puedes guardar.
learn-for_leaders-l2-p3 = La seguridad primero: ¿puede la persona volver a su casa hoy sin peligro?
learn-for_leaders-l2-p4 = Deriva a un servicio, con su acuerdo si es una persona adulta.

learn-for_leaders-l3-title = Rutas de derivación locales
learn-for_leaders-l3-body = Antes de tu sesión, conoce los servicios del lugar: una línea de ayuda, un refugio, un grupo de asistencia legal, un servicio de salud. Debes saber cuáles informan a la policía o a inmigración. Lleva la lista contigo y comprueba que esté al día.
learn-for_leaders-l3-p1 = Conoce dos o tres servicios locales antes de la sesión.
learn-for_leaders-l3-p2 = Debes saber qué servicios informan a la policía o a inmigración.
learn-for_leaders-l3-p3 = Cuando un niño o una niña cuenta algo, se aplican las reglas de protección infantil.

learn-for_leaders-l4-title = Cuidarte a ti mismo
learn-for_leaders-l4-body = Escuchar historias difíciles puede pesarte. Habla con alguien de confianza, sin dar nombres. Tómate descansos. No puedes resolverlo todo sin ayuda, y está bien.
learn-for_leaders-l4-p1 = Comparte el peso con un supervisor o un compañero, sin dar nombres.
learn-for_leaders-l4-p2 = Descansa después de las sesiones difíciles.
learn-for_leaders-l4-p3 = Eres una parte de una red de ayuda.

learn-for_leaders-q1 = Alguien te cuenta que lo están explotando. ¿Qué es lo primero que debes hacer?
learn-for_leaders-q1-a = Escucharlo con calma y creerle
learn-for_leaders-q1-b = Pedirle todos los detalles de lo que pasó
learn-for_leaders-q1-c = Contárselo a todo el grupo
learn-for_leaders-q1-why = Escuchar y creer crea confianza. Demasiadas preguntas pueden afectar a la persona y perjudicar un caso más adelante.

learn-for_leaders-q2 = Alguien te cuenta que lo están explotando. ¿Debes prometer que guardarás el secreto?
learn-for_leaders-q2-a = Sí, para que la persona confíe en ti
learn-for_leaders-q2-b = Sí, o nunca más volverá a hablarte
learn-for_leaders-q2-c = No, si quizá tengas que actuar
learn-for_leaders-q2-why = Quizá tengas que actuar para proteger a alguien, sobre todo a un niño. Sé honesto sobre lo que harás, y no prometas un secreto que no puedas guardar.

learn-for_leaders-q3 = ¿Qué material es mejor para una sesión con jóvenes?
learn-for_leaders-q3-a = Fotos impactantes de víctimas
learn-for_leaders-q3-b = Historias y preguntas
learn-for_leaders-q3-c = Películas que muestran violencia real
learn-for_leaders-q3-why = Las imágenes impactantes pueden asustar y avergonzar, y no hacen falta. Las historias y las preguntas ayudan a aprender y a recordar.

learn-for_leaders-q4 = ¿Qué deberías saber antes de la sesión?
learn-for_leaders-q4-a = Nada; la gente encuentra ayuda sola
learn-for_leaders-q4-b = Solo el número nacional de la policía
learn-for_leaders-q4-c = Los servicios de ayuda locales y cómo funcionan
learn-for_leaders-q4-why = Conocer los servicios locales, y cuáles informan a la policía o a inmigración, te permite ayudar a alguien enseguida, de una forma segura para esa persona. Esto se llama ruta de derivación.

learn-for_leaders-q5 = Después de escuchar historias difíciles, ¿qué te ayuda?
learn-for_leaders-q5-a = Hablar con alguien de confianza, sin nombres
learn-for_leaders-q5-b = Guardártelo todo y trabajar todavía más
learn-for_leaders-q5-c = Contar toda la historia a amigos, con nombres
learn-for_leaders-q5-why = Cuidarte te permite seguir ayudando a otros. Comparte el peso con un supervisor o un compañero, sin compartir nombres, y descansa.


## Glosario: las palabras de las lecciones y las explicaciones, en palabras sencillas.

learn-menu-glossary = Palabras usadas aquí
learn-glossary-title = Palabras usadas en las lecciones
learn-glossary-trafficking-term = Trata de personas
learn-glossary-trafficking = Cuando alguien recluta, traslada o esconde a una persona, con fuerza, mentiras, amenazas o aprovechando su situación difícil, para explotarla.
learn-glossary-smuggling-term = Tráfico de migrantes
learn-glossary-smuggling = Hacer cruzar a una persona una frontera de forma ilegal, para ganar dinero. El delito es del traficante, no del migrante.
learn-glossary-exploitation-term = Explotación
learn-glossary-exploitation = Usar a una persona para el beneficio de otro, por ejemplo con trabajo forzoso, sexo forzado o delitos forzados.
learn-glossary-forced_labour-term = Trabajo forzoso
learn-glossary-forced_labour = Un trabajo que obligan a hacer a una persona bajo la amenaza de un castigo, y que no aceptó libremente.
learn-glossary-debt_bondage-term = Servidumbre por deudas
learn-glossary-debt_bondage = Una deuda que se usa para controlar a una persona. Tiene que trabajar para pagarla, pero la deuda crece o nunca termina.
learn-glossary-grooming-term = Grooming
learn-glossary-grooming = Cuando alguien se gana la confianza de una persona con regalos, atención o amor, para hacerle daño o explotarla más tarde.
learn-glossary-warning_sign-term = Señal de alerta, bandera roja, indicador
learn-glossary-warning_sign = Algo que puede indicar un peligro. Una sola señal no es una prueba, pero es una razón para comprobar y pedir consejo.
learn-glossary-recruitment_fees-term = Comisiones de contratación
learn-glossary-recruitment_fees = Dinero por conseguir un trabajo, como costos de agencia, de visa o de formación. Debe pagarlos el empleador, no el trabajador.
learn-glossary-work_permit-term = Permiso de trabajo
learn-glossary-work_permit = Un papel del gobierno de un país que te permite trabajar allí. Algunos permisos están ligados a un solo empleador.
learn-glossary-free_movement-term = Libre circulación
learn-glossary-free_movement = Reglas que permiten a las personas de algunas regiones viajar, vivir o trabajar en otros países miembros, como la CEDEAO en África Occidental, o el CSME para trabajadores calificados de la CARICOM.
learn-glossary-anonymous-term = Anónimo
learn-glossary-anonymous = Sin dar tu nombre.
learn-glossary-disclosure-term = Revelación
learn-glossary-disclosure = Cuando una persona te cuenta el daño que le hicieron.
learn-glossary-referral-term = Derivación
learn-glossary-referral = Ayudar a una persona a llegar a un servicio que puede ayudarla, con su acuerdo. Una ruta de derivación es la lista de servicios locales adonde puedes enviar a la gente.
learn-glossary-non_punishment-term = No castigo
learn-glossary-non_punishment = La regla de que las víctimas de trata o de trabajo forzoso no deben ser castigadas por lo que las obligaron a hacer.

# The app: a module's progress, under its name.
learn-lessons-seen = { $seen } de { $total } lecciones vistas
