## Stories: one per module for each country with its own story set, and a general one.
## Ids: story-<module>-<country>-title/-body; the country is where the story is set
## (content/learn/<module>.toml). Grade-4 words, short sentences, read aloud by
## text-to-speech. Names and places belong together; no graphic detail.

## trafficking_and_smuggling

story-trafficking_and_smuggling-general-title = El viaje y la deuda
story-trafficking_and_smuggling-general-body = Sam le paga a un hombre para que lo ayude a cruzar una frontera y buscar trabajo. Del otro lado, el hombre dice que ahora Sam le debe mucho más dinero. Lleva a Sam a una finca. Sam tiene que trabajar todos los días sin paga "hasta pagar la deuda". Sam no puede irse. Al principio, esto era tráfico de migrantes. Ahora parece trata. ¿Qué cambió? Sam se sabe de memoria el número de su hermano.

story-trafficking_and_smuggling-jm-title = El trabajo en Montego Bay
story-trafficking_and_smuggling-jm-body = Kerry-Ann tiene 17 años y vive en May Pen, Jamaica. Una mujer le ofrece un trabajo en un bar de Montego Bay, con un cuarto. Cuando llega, la mujer dice que le debe el autobús y el cuarto. Tiene que trabajar todas las noches, y la mujer se queda con su paga y su teléfono. Nadie cruzó una frontera. ¿Es trata? Kerry-Ann pide prestado un teléfono y llama a su tía. ¿Qué más podría ayudarla?

story-trafficking_and_smuggling-ht-title = Al otro lado de la frontera para trabajar
story-trafficking_and_smuggling-ht-body = Widline vive en Ouanaminthe, en Haití. Le paga 20,000 gourdes a un hombre para que la lleve al otro lado de la frontera, a la República Dominicana, donde espera encontrar trabajo. Del otro lado, el hombre dice que ella le debe 40,000 pesos más. La lleva a una casa donde tiene que cocinar y limpiar todos los días, sin paga y sin día libre. Le dicen que la policía la va a arrestar si sale. Al principio esto era tráfico de migrantes. ¿Qué es ahora? Widline se sabe de memoria el número de su hermana.

story-trafficking_and_smuggling-tt-title = El bote de noche
story-trafficking_and_smuggling-tt-body = Yusmary es de Venezuela. Le paga a un capitán para que la lleve en bote a Cedros, en Trinidad, de noche. Un hombre espera el bote. Dice que ella le debe 10,000 dólares de Trinidad y Tobago más, y le quita el pasaporte. La manda a trabajar en un bar y se queda con su paga. Al principio esto era tráfico de migrantes. ¿Qué es ahora? Una mujer de la iglesia le da su número a Yusmary, por si necesita ayuda.

story-trafficking_and_smuggling-ng-title = El camino hacia el norte
story-trafficking_and_smuggling-ng-body = Osaro tiene 20 años y vive en Benin City, Nigeria. Un "hombre de contactos" dice que puede llevarlo a Europa por 800,000 nairas. Osaro paga. En el pueblo del desierto donde para el autobús, los hombres dicen que el precio subió. Osaro tiene que trabajar para ellos en una obra de construcción para pagarlo. Se quedan con su teléfono y no le pagan nada. Al principio esto era tráfico de migrantes. ¿Qué es ahora? Osaro se sabe de memoria el número de su madre.

story-trafficking_and_smuggling-gh-title = La pesca en el lago
story-trafficking_and_smuggling-gh-body = Kojo tiene 11 años y vive cerca de Cape Coast, Ghana. Un hombre le dice a su madre que llevará a Kojo a aprender a pescar en el lago Volta y que mandará dinero a la familia. Allí, Kojo trabaja en un bote desde muy temprano. No va a la escuela y no le pagan. El hombre dice que la familia recibió dinero, así que Kojo tiene que quedarse. Nadie cruzó una frontera. ¿Es trata? Su antiguo maestro avisa a la oficina de bienestar social.

story-trafficking_and_smuggling-sn-title = La barca a España
story-trafficking_and_smuggling-sn-body = Moussa tiene 22 años y vive en Mbour, Senegal. Un hombre dice que pronto sale una barca a España, por 500,000 francos CFA. Moussa paga. El viaje se detiene en otro país. Los hombres dicen que el precio subió. Encierran a Moussa en una casa y le dicen que trabaje para ellos sin paga, o que llame a su familia para pedir más dinero. Al principio esto era tráfico de migrantes. ¿Qué es ahora? Su hermano pide consejo a un grupo de ayuda a migrantes antes de que la familia mande nada.

story-trafficking_and_smuggling-ke-title = Ayudar en la casa
story-trafficking_and_smuggling-ke-body = Wanjiru tiene 15 años y vive en un pueblo cerca de Thika, Kenia. Un pariente la lleva a Nairobi para ayudar en una casa. Le promete que irá a la escuela. Trabaja desde muy temprano hasta muy tarde, sin paga y sin escuela. Le dicen que no puede volver a casa hasta que la familia lo decida. Nadie cruzó una frontera. ¿Es trata? Una vecina avisa al oficial de protección de la infancia.

story-trafficking_and_smuggling-ug-title = El camino corto a Dubái
story-trafficking_and_smuggling-ug-body = Akello tiene 23 años y vive en Gulu, Uganda. Un agente dice que puede conseguirle trabajo en una tienda de Dubái. Ella le paga 2,000,000 de chelines. Él le dice que tome un autobús a Nairobi y vuele desde allí con una visa de visitante, "para ir más rápido". En Dubái, un amigo de él le quita el pasaporte y la manda a limpiar casas. No le pagan en dos meses. ¿Qué hace que esto sea trata? Akello se sabe de memoria el número de su embajada.

story-trafficking_and_smuggling-et-title = El nuevo precio del intermediario
story-trafficking_and_smuggling-et-body = Hana tiene 19 años y vive en Hosaena, Etiopía. Un intermediario dice que puede llevarla a trabajar a otro país por 60,000 birr. En el camino, en un pueblo lejos de casa, le dice que primero tiene que trabajar en un restaurante para pagar el resto del viaje. Trabaja desde muy temprano hasta muy tarde en la noche. El dueño se queda con su paga para el intermediario. Pagó por un trabajo, no por cruzar una frontera de forma ilegal. ¿Qué le está pasando ahora? Hana le dice a su familia dónde está cada vez que puede llamar.

story-trafficking_and_smuggling-ca-title = El novio de internet
story-trafficking_and_smuggling-ca-body = Amara tiene 17 años y vive en Halifax. Un hombre mayor que conoció en internet dice que la quiere. Le compra ropa y la lleva a Montreal un fin de semana. Allí le dice que le debe el hotel y los regalos, y que tiene que trabajar para él para pagar. Se queda con su teléfono. Nadie cruzó una frontera. ¿Es trata? Una amiga de Amara llama a la línea contra la trata para pedir consejo.

story-trafficking_and_smuggling-us-title = El grupo de ventas
story-trafficking_and_smuggling-us-body = Jaylen tiene 19 años y vive en Detroit. Entra en un grupo de vendedores de puerta en puerta que viaja de ciudad en ciudad. El jefe se queda con la identificación de todos "para los hoteles". La paga de Jaylen se va en "gastos" de comida y habitación, así que siempre debe dinero. Le dicen que lo van a dejar solo en una ciudad desconocida si renuncia. Nadie cruzó una frontera. ¿Puede esto ser trata de todos modos? Jaylen llama a su tía, y ella pide consejo a una línea de ayuda.

## how_recruiters_lie

story-how_recruiters_lie-general-title = El mensaje del trabajo soñado
story-how_recruiters_lie-general-body = Ana ve un mensaje en las redes sociales: "Trabajos en hoteles en el extranjero. Buena paga. No se necesita experiencia. Quedan pocos cupos." Ella le escribe al número. El agente le dice que tiene que pagar una comisión por la visa y enviar su pasaporte por mensajería. Dice que el contrato se firmará cuando llegue. ¿Qué señales de alerta ves? Ana le pide a una amiga que la ayude a revisar la agencia antes de pagar nada.

story-how_recruiters_lie-jm-title = El trabajo de hotel en Montego Bay
story-how_recruiters_lie-jm-body = Shanice vive en Montego Bay, Jamaica. Un hombre en una fiesta dice que puede conseguirle un trabajo en un hotel en los Estados Unidos. Le pide 150,000 dólares jamaicanos por el "trámite". Dice que ella viajará con una visa de visitante y que arreglará los papeles después. Solo habla con ella por WhatsApp y no quiere decir el nombre del hotel. ¿Qué señales de alerta ves? Shanice pide la oferta por escrito y busca el hotel por su cuenta.

story-how_recruiters_lie-ht-title = El patrocinador que cobra
story-how_recruiters_lie-ht-body = Mirlande vive en Cabo Haitiano, Haití. Un hombre en WhatsApp dice que puede encontrarle un patrocinador en los Estados Unidos, para que consiga una visa y un trabajo. Quiere 1,500 dólares estadounidenses y una foto de su pasaporte esta semana. Dice: "No le preguntes a nadie, los cupos se acaban rápido". ¿Qué señales de alerta ves? Mirlande pide consejo en una oficina de ayuda legal antes de pagar nada.

story-how_recruiters_lie-tt-title = Trabajos de hotel en Canadá
story-how_recruiters_lie-tt-body = Keisha vive en Chaguanas, Trinidad y Tobago. Un anuncio en internet dice: "Trabajos de hotel en Canadá. Permiso de trabajo en dos semanas. Paga 5,000 dólares TT para reservar tu lugar". El reclutador no tiene oficina y solo manda notas de voz. ¿Qué señales de alerta ves? Keisha busca primero el trabajo en el sitio oficial del gobierno de Canadá.

story-how_recruiters_lie-ng-title = El hombre de Instagram
story-how_recruiters_lie-ng-body = Ifeoma tiene 19 años y vive en Onitsha, Nigeria. Un hombre que conoció en Instagram dice que la quiere. Dice que tiene una tienda en Dubái y un trabajo para ella. Le manda dinero para el pasaporte. Le dice que no les cuente nada a sus padres hasta que llegue. ¿Qué señales de alerta ves? Ifeoma le cuenta la oferta a su tía.

story-how_recruiters_lie-gh-title = La prueba de fútbol
story-how_recruiters_lie-gh-body = Kwame tiene 16 años y juega fútbol en Kumasi, Ghana. Un hombre dice que un club de Europa lo quiere para una prueba. La familia tiene que pagar 30,000 cedis por la visa y el viaje. El hombre no quiere dar el nombre del club. Dice: "No le digas a tu entrenador, otros muchachos quieren este cupo." ¿Qué señales de alerta ves? Kwame les cuenta la oferta a su entrenador y a sus padres.

story-how_recruiters_lie-sn-title = El trabajo en el salón
story-how_recruiters_lie-sn-body = Aïssatou vive en Thiès, Senegal. Una mujer de su barrio dice que puede conseguirle trabajo en un salón de belleza en el Golfo. Dice que la visa es gratis y que Aïssatou la pagará con su sueldo. El contrato se lo darán en el aeropuerto. ¿Qué señales de alerta ves? Aïssatou pide ver el contrato en francés antes de irse.

story-how_recruiters_lie-ke-title = Servicio al cliente en Tailandia
story-how_recruiters_lie-ke-body = Grace vive en Nairobi, Kenia. Ve un anuncio: "Trabajos de servicio al cliente en Tailandia. 150,000 chelines al mes. Vuelo pagado. Empiezas la próxima semana." El reclutador le dice que viaje con una visa de turista. No sabe decir el nombre de la empresa. ¿Qué señales de alerta ves? Grace pide una visa de trabajo y un contrato escrito antes de aceptar.

story-how_recruiters_lie-ug-title = Trabajos de escribir en Tailandia
story-how_recruiters_lie-ug-body = Joseph tiene 25 años y vive en Kampala, Uganda. Una amiga de Facebook dice que trabaja en "marketing en línea" en Tailandia. Dice que la paga es de 3,000 dólares estadounidenses al mes y que la empresa paga el vuelo. Él solo tiene que escribir rápido en inglés y viajar con visa de turista. ¿Qué señales de alerta ves? Joseph busca el nombre de la empresa con la palabra "estafa".

story-how_recruiters_lie-et-title = El camino corto
story-how_recruiters_lie-et-body = Kedija tiene 18 años y vive en Jimma, Etiopía. Un intermediario de su pueblo dice que una familia de Arabia Saudita busca una empleada de hogar. Dice que puede ir "por el camino corto", por carretera y en barco, sin agencia y sin contrato. Pide 50,000 birr. ¿Qué señales de alerta ves? Kedija pregunta en la oficina de trabajo qué agencias tienen licencia.

story-how_recruiters_lie-ca-title = Una oferta de trabajo en venta
story-how_recruiters_lie-ca-body = Adwoa es una estudiante de Ghana en Brampton, Ontario. Un consultor dice que puede venderle una oferta de trabajo que la ayudará a quedarse en Canadá. El precio es 25,000 dólares. Dice que muchos estudiantes lo pagan. ¿Qué señales de alerta ves? Adwoa revisa si él está en la lista oficial de consultores de inmigración autorizados.

story-how_recruiters_lie-us-title = El cazatalentos de modelos
story-how_recruiters_lie-us-body = Maya tiene 15 años y vive en Atlanta. Alguien que dice ser cazatalentos de modelos le envía un mensaje por internet. Le dice que podría ser famosa. Le pide más fotos y le dice que todavía no les cuente a sus padres. Después le ofrece un boleto de autobús para encontrarse en otra ciudad. ¿Qué señales de alerta ves? Maya se lo cuenta a su madre y bloquea la cuenta.

## rights_at_work

story-rights_at_work-general-title = "Te guardo el pasaporte"
story-rights_at_work-general-body = Leo llega a un trabajo nuevo en otro país. El gerente le dice: "Dame tu pasaporte. Yo te lo guardo." También dice que el contrato será distinto del que Leo firmó en su país, y que la paga será más baja. ¿Cuáles son los derechos de Leo? ¿Qué podría hacer sin ponerse en peligro? Leo guarda una foto de su pasaporte y del primer contrato.

story-rights_at_work-jm-title = El hotel en Carolina del Sur
story-rights_at_work-jm-body = Andre vive en Ocho Rios, Jamaica. Va a trabajar a un hotel de Carolina del Sur con una visa de trabajo por la temporada. El jefe se queda con los pasaportes de los trabajadores "para cuidarlos". Cada semana les quita de la paga más dinero por el cuarto de lo que prometió. ¿Cuáles son los derechos de Andre? ¿Qué podría hacer sin ponerse en peligro? Andre guarda una foto de su contrato y de sus recibos de pago.

story-rights_at_work-ht-title = La obra
story-rights_at_work-ht-body = Wilner es de Puerto Príncipe, Haití. Trabaja en una obra de construcción en Santo Domingo, República Dominicana. El jefe se queda con su pasaporte y solo le paga la mitad de lo que prometió. Dice que mandarán a Wilner de vuelta si se queja. ¿Cuáles son los derechos de Wilner? ¿Qué podría hacer sin ponerse en peligro? Wilner anota los días y las horas que trabaja.

story-rights_at_work-tt-title = El hotel en otro país
story-rights_at_work-tt-body = Marlon vive en San Fernando, Trinidad y Tobago. Le pagó a un agente 8,000 dólares de Trinidad y Tobago por un trabajo de hotel en otro país. Cuando llega, el gerente le pide el pasaporte "para el archivo". El contrato nuevo tiene una paga más baja y seis días de trabajo a la semana. ¿Cuáles son los derechos de Marlon? ¿Qué podría hacer sin ponerse en peligro? Marlon guarda una copia del primer contrato que firmó.

story-rights_at_work-ng-title = El contrato nuevo en el aeropuerto
story-rights_at_work-ng-body = Tunde vive en Ibadan, Nigeria. Una agencia le consigue trabajo de chofer en Catar. En el aeropuerto, el agente le da un contrato nuevo, con menos paga y más horas. Le dice: "Firma rápido o pierdes el vuelo". ¿Cuáles son los derechos de Tunde? ¿Qué podría pedir? Tunde guarda una copia del primer contrato.

story-rights_at_work-gh-title = Dos años en una casa
story-rights_at_work-gh-body = Abena es de Kumasi, Ghana. Trabaja como empleada de hogar para una familia en el Líbano. La familia se queda con su pasaporte. Dicen que Abena no puede irse hasta que terminen sus dos años. Trabaja todos los días, sin día libre. ¿Cuáles son los derechos de Abena? ¿Qué podría hacer sin ponerse en peligro? Abena guarda una foto de su pasaporte en el teléfono de una amiga.

story-rights_at_work-sn-title = Un contrato que no puede leer
story-rights_at_work-sn-body = Fatou vive en Dakar, Senegal. Un agente le ofrece trabajo de limpieza en un hotel del Golfo. Le pide 500,000 francos CFA. El contrato está en un idioma que ella no sabe leer. Él le dice: "Firma y ya. Todo el mundo lo hace." ¿Cuáles son los derechos de Fatou? ¿Qué podría pedir? Fatou pide el contrato en francés y se lo enseña a alguien de confianza.

story-rights_at_work-ke-title = La amenaza de "fuga"
story-rights_at_work-ke-body = Kiprop es de Eldoret, Kenia. Trabaja como guardia de seguridad en Arabia Saudita. Su paga es menor de lo que dice su contrato, y el jefe se queda con su pasaporte. Cuando Kiprop pregunta, el jefe dice que lo denunciará como fugado. ¿Cuáles son los derechos de Kiprop? ¿A quién podría pedir consejo? Kiprop pregunta a un servicio de ayuda qué permite su visa antes de hacer nada.

story-rights_at_work-ug-title = El trabajo en una casa en otro país
story-rights_at_work-ug-body = Sarah vive en Kampala, Uganda. Se va a trabajar como empleada doméstica con una familia en otro país. El primer día, la familia le quita el pasaporte y el teléfono. Trabaja desde las seis de la mañana hasta la medianoche, sin día libre. ¿Cuáles son los derechos de Sarah? ¿Qué podría hacer sin ponerse en peligro? Sarah se aprende de memoria el número de su embajada.

story-rights_at_work-et-title = Sin día libre
story-rights_at_work-et-body = Meseret es de Dessie, Etiopía. Trabaja para una familia en Kuwait. Trabaja desde muy temprano hasta muy tarde. No tiene día libre, y la familia se queda con su teléfono casi todo el día. ¿Cuáles son los derechos de Meseret? ¿Qué podría hacer sin ponerse en peligro? Meseret se aprende de memoria el número de su embajada.

story-rights_at_work-ca-title = La agencia de empleo temporal
story-rights_at_work-ca-body = Kofi vino a Canadá a estudiar. Trabaja en un almacén por medio de una agencia de empleo temporal. La agencia se queda con parte de su paga por "comisiones" y retiene su permiso de estudios. Le dicen que lo van a denunciar si se queja. ¿Cuáles son los derechos de Kofi? ¿A quién podría pedirle consejo? Kofi anota sus horas y guarda sus recibos de pago.

story-rights_at_work-us-title = La granja en Florida
story-rights_at_work-us-body = Jermaine es de St Elizabeth, Jamaica. Viene a Florida con una visa de trabajo agrícola para la cosecha. El jefe de cuadrilla se queda con los pasaportes de los trabajadores. Cada semana les quita dinero de la paga "por la visa" y el autobús. ¿Cuáles son los derechos de Jermaine? ¿A quién podría pedir consejo? Jermaine pide consejo a un grupo de ayuda legal para trabajadores del campo.

## warning_signs

story-warning_signs-general-title = Un amigo que ha cambiado
story-warning_signs-general-body = Tu amigo Tom tiene un trabajo nuevo. Ahora siempre está cansado. Su jefe lo lleva en carro a todas partes y responde por él cuando hablas con Tom. Tom dice que no puede visitarte porque "debe" dinero por su cuarto. ¿Qué señales notas? ¿Qué podrías hacer sin poner a Tom en peligro?

story-warning_signs-jm-title = El nuevo novio de Tiana
story-warning_signs-jm-body = Tiana está en tu clase en Spanish Town, Jamaica. Tiene un novio nuevo que es mucho mayor. Él le compra recargas para el teléfono y ropa nueva. Ahora ella falta mucho a la escuela. Dice que tiene que "devolvérselo". ¿Qué señales notas? ¿Con quién podrías hablar?

story-warning_signs-ht-title = La niña de al lado
story-warning_signs-ht-body = Guerline tiene unos 10 años y vive con la familia de al lado, en Puerto Príncipe, Haití. Vino del campo "para ir a la escuela". La ves cargar agua y cocinar todo el día. No va a la escuela. Se ve muy cansada y a menudo tiene hambre. ¿Qué señales notas? ¿Con quién podrías hablar?

story-warning_signs-tt-title = En la tienda
story-warning_signs-tt-body = Trabajas en una tienda en Chaguanas, Trinidad y Tobago. Una joven viene a menudo con un hombre. Ella solo habla español. Él responde por ella, tiene su documento de identidad y paga todo. Ella nunca se ve contenta y nunca viene sola. ¿Qué señales notas? ¿Qué podrías hacer sin ponerte en peligro?

story-warning_signs-ng-title = La niña de la casa de al lado
story-warning_signs-ng-body = Una niña de unos 13 años vive con tus vecinos en Lagos, Nigeria. Vino de un pueblo para "ayudar en la casa". Trabaja desde el amanecer hasta muy tarde en la noche. No va a la escuela y nunca la dejan salir sola. ¿Qué señales notas? ¿Con quién podrías hablar?

story-warning_signs-gh-title = En el mercado de Makola
story-warning_signs-gh-body = En el mercado de Makola, en Acra, Ghana, una niña de unos 14 años carga bultos pesados todo el día. Vino del norte con una mujer que le quita todo el dinero. La niña duerme en el mercado y no va a la escuela. ¿Qué señales notas? ¿Con quién podrías hablar?

story-warning_signs-sn-title = Los niños del mercado
story-warning_signs-sn-body = En Dakar, Senegal, ves todos los días a los mismos niños pidiendo limosna cerca del mercado, con una lata. Se ven con hambre y no tienen zapatos. Dicen que cada día tienen que llevarle dinero a un hombre, o los castigarán. ¿Qué señales notas? ¿Con quién podrías hablar?

story-warning_signs-ke-title = Mensajes desde Tailandia
story-warning_signs-ke-body = Tu vecino de Mombasa, Kenia, se fue a Tailandia por un "trabajo de informática". Ahora su familia recibe mensajes extraños. Usan las mismas palabras cada vez. Les pide que manden dinero para pagar una "multa" y así poder irse. Nunca llama por video. ¿Qué señales notas? ¿Con quién podría hablar su familia?

story-warning_signs-ug-title = En el mercado
story-warning_signs-ug-body = En el mercado de Kampala, Uganda, ves a una niña de unos 14 años vendiendo cosas todos los días, incluso en horario de escuela. Una mujer siempre la vigila y responde por ella. La niña se ve cansada y con hambre. ¿Qué señales notas? ¿Con quién podrías hablar?

story-warning_signs-et-title = La niña del café
story-warning_signs-et-body = En un café pequeño de Adís Abeba, Etiopía, una niña de unos 13 años trabaja todos los días hasta tarde. No va a la escuela. El dueño responde por ella cuando le hablas. Ella dice que duerme en la cocina. ¿Qué señales notas? ¿Con quién podrías hablar?

story-warning_signs-ca-title = El domingo en la iglesia
story-warning_signs-ca-body = Ayudas en una iglesia en Leamington, Ontario. Los domingos vienen muchos trabajadores agrícolas de Jamaica y Trinidad. Un trabajador dice que el jefe tiene su pasaporte. Le dijeron que lo mandarán de vuelta si se enferma o se queja. Se ve con miedo. ¿Qué señales notas? ¿Qué podrías hacer sin ponerte en peligro?

story-warning_signs-us-title = Tanisha ha cambiado
story-warning_signs-us-body = Tanisha tiene 15 años y está en tu clase en Baltimore. Tiene un novio mayor. Él le dio un teléfono nuevo y ropa nueva. Ahora falta a la escuela, se ve muy cansada y dice que tiene que "trabajar para él" de noche. Parece tenerle miedo. ¿Qué señales notas? ¿Con quién podrías hablar?

## safe_migration

story-safe_migration-general-title = Preparándose para irse
story-safe_migration-general-body = Mira tiene una oferta de trabajo en otro país. Se va en un mes. Tiene un teléfono, su pasaporte y un poco de dinero. ¿Qué debería hacer Mira antes de irse, durante el viaje y cuando llegue? Mira le deja a su hermana una copia de su pasaporte y de su contrato.

story-safe_migration-jm-title = Trabajo agrícola en Ontario
story-safe_migration-jm-body = Devon vive en Clarendon, Jamaica. Tiene una oferta de trabajo agrícola por temporada en Ontario, Canadá. Se va en seis semanas. Su mamá está preocupada. ¿Qué puede comprobar y preparar Devon antes de irse? ¿Qué debería hacer si el trabajo no es lo que le prometieron? Devon le deja a su madre una copia de su contrato y la dirección de la granja.

story-safe_migration-ht-title = Trabajo en Santiago
story-safe_migration-ht-body = Fabienne vive en Jacmel, Haití. Su tía, en Santiago, República Dominicana, dice que hay trabajo en una tienda. Fabienne piensa irse el mes que viene. Tiene un teléfono y un poco de dinero. ¿Qué debería revisar antes de irse? ¿Quién debería saber dónde está? Fabienne escribe el número de su tía en un papel y se lo aprende de memoria.

story-safe_migration-tt-title = Cuidados en Inglaterra
story-safe_migration-tt-body = Candice vive en Arima, Trinidad y Tobago. Una agencia le ofrece trabajo como cuidadora en Inglaterra. La agencia está en Londres y pide un pago por la visa. ¿Qué debería revisar Candice antes de pagar? ¿Cómo puede prepararse? Candice revisa que el empleador esté en la lista oficial de patrocinadores autorizados del gobierno británico.

story-safe_migration-ng-title = Estudiar en Canadá
story-safe_migration-ng-body = Aminata vive en Abuja, Nigeria. Un agente dice que puede conseguirle un cupo en un instituto de Canadá, una visa y un trabajo de medio tiempo, todo por 3,000,000 de nairas. Quiere el dinero esta semana. ¿Qué debería comprobar Aminata antes de pagar? ¿Cómo puede prepararse para el viaje? Aminata revisa que el instituto esté en la lista oficial de escuelas aprobadas de Canadá.

story-safe_migration-gh-title = Construcción en Dubái
story-safe_migration-gh-body = Yaw vive en Acra, Ghana. Tiene una oferta para trabajar en una obra en Dubái. Se va en dos meses. Su esposa está preocupada. ¿Qué debería revisar Yaw sobre la agencia y el contrato? ¿Qué debería preparar? Yaw le deja a su esposa una copia de su pasaporte y de su contrato.

story-safe_migration-sn-title = Fresas en España
story-safe_migration-sn-body = Ousmane vive en Ziguinchor, Senegal. Tiene una oferta para recoger fresas en España durante cuatro meses, con un programa oficial. Se va en primavera. ¿Qué debería revisar Ousmane antes de irse? ¿Quién debería saber dónde trabaja? Ousmane pide a la oficina del programa su contrato en francés.

story-safe_migration-ke-title = Trabajo doméstico en el Golfo
story-safe_migration-ke-body = Mercy vive en Nakuru, Kenia. Una agencia le ofrece un trabajo como empleada doméstica en el Golfo. Se va el mes que viene. ¿Qué debería comprobar Mercy sobre la agencia y el contrato? ¿Qué debería preparar, y quién debería saber dónde está? Mercy revisa que la agencia esté en la lista de agencias autorizadas del gobierno.

story-safe_migration-ug-title = Seguridad en Catar
story-safe_migration-ug-body = Waiswa vive en Jinja, Uganda. Una agencia le ofrece trabajo como guardia de seguridad en Catar. Se va el mes que viene. ¿Qué debería revisar Waiswa sobre la agencia y el contrato? ¿Qué debería preparar? Waiswa revisa que la agencia esté en la lista de agencias autorizadas del gobierno.

story-safe_migration-et-title = Trabajo de hogar en Arabia Saudita
story-safe_migration-et-body = Selam vive en Bahir Dar, Etiopía. Una agencia con licencia le ofrece trabajo como empleada de hogar en Arabia Saudita. Se va en seis semanas. ¿Qué debería revisar Selam en el contrato? ¿Qué debería preparar, y quién debería saber dónde está? Selam acuerda con su madre un día de cada semana para llamarse.

story-safe_migration-ca-title = Un trabajo en otra ciudad
story-safe_migration-ca-body = Jada tiene 18 años. Su familia es de Haití, y ella vive en Montréal-Nord. Un amigo de una amiga dice que hay un trabajo para ella en Toronto, con cuarto incluido. Nunca ha conocido al empleador. ¿Qué debería revisar Jada antes de irse? ¿Qué debería planear por si las cosas salen mal?

story-safe_migration-us-title = Trabajo después de la tormenta
story-safe_migration-us-body = Marcus tiene 20 años y vive en Jackson, Misisipi. Una cuadrilla le ofrece trabajo arreglando casas después de una tormenta en Florida. Pagan el viaje y los cuartos, y dicen que le pagarán al final del trabajo. ¿Qué debería revisar Marcus antes de irse? Marcus pide el nombre de la empresa y anota la dirección donde va a dormir.

## getting_help

story-getting_help-general-title = Un mensaje de noche
story-getting_help-general-body = Tu prima trabaja en otro país. Tarde en la noche te envía un mensaje corto: "Mi jefe me quitó el pasaporte. No puedo salir. Por favor, no me llames." ¿Qué puedes hacer para ayudarla sin ponerla en peligro?

story-getting_help-jm-title = Una nota de voz en voz baja
story-getting_help-jm-body = Tu prima Nadine se fue de Kingston a trabajar en un hotel en otra isla. Te envía una nota de voz hablando bajito: el jefe le quitó el pasaporte y dice que ella le debe el pasaje de avión. Te pide que no le digas nada a su mamá. ¿Qué puedes hacer para ayudarla sin ponerla en peligro?

story-getting_help-ht-title = Un mensaje desde Santo Domingo
story-getting_help-ht-body = Tu hermana Rose trabaja en una casa en Santo Domingo. De noche manda un mensaje de WhatsApp. La familia tiene sus papeles y no le paga desde hace dos meses. Te pide que no la llames. ¿Qué puedes hacer para ayudarla sin ponerla en peligro?

story-getting_help-tt-title = Una nueva amiga en la iglesia
story-getting_help-tt-body = Una joven de Venezuela viene a tu iglesia en San Fernando. Te cuenta en español que su jefe tiene su pasaporte y se queda con su paga. Le da miedo la policía. ¿Qué puedes hacer para ayudarla sin ponerla en peligro?

story-getting_help-ng-title = El mensaje de Blessing
story-getting_help-ng-body = Tu amiga Blessing se fue de Benin City a trabajar en un salón de belleza en otro país. Ahora te escribe que no hay ningún salón. Tiene que trabajar para una "madam" para pagar una deuda muy grande. Tiene miedo de lo que le pueda pasar a su familia. ¿Qué puedes hacer para ayudarla sin ponerla en peligro?

story-getting_help-gh-title = La llamada de Kofi desde Dubái
story-getting_help-gh-body = Tu primo Kofi se fue de Kumasi a Dubái por un trabajo de chofer. Llama desde el teléfono de un amigo. El trabajo no es de chofer. Trabaja toda la noche en un almacén, y el jefe tiene su pasaporte. Te pide que todavía no se lo digas a su madre. ¿Qué puedes hacer para ayudarlo sin ponerlo en peligro?

story-getting_help-sn-title = Una llamada desde Libia
story-getting_help-sn-body = Tu primo Cheikh se fue de Kaolack para llegar a Europa. Ahora llama desde Libia. Unos hombres lo tienen en una casa y le piden dinero a su familia. Tiene miedo. ¿Qué puedes hacer para ayudarlo sin ponerlo en peligro?

story-getting_help-ke-title = Una llamada desde el Golfo
story-getting_help-ke-body = Tu hermana trabaja como empleada doméstica en el Golfo. Te llama de noche desde un teléfono prestado. Trabaja todo el día, no le pagan desde hace tres meses y no puede salir de la casa. ¿Qué puedes hacer para ayudarla sin ponerla en peligro?

story-getting_help-ug-title = Una nota de voz desde Omán
story-getting_help-ug-body = Tu hermana Nakato trabaja como empleada de hogar en Omán. Manda una nota de voz corta tarde en la noche. La familia le quitó el teléfono, y ella solo lo usa cuando duermen. No le han pagado. ¿Qué puedes hacer para ayudarla sin ponerla en peligro?

story-getting_help-et-title = Meron en Beirut
story-getting_help-et-body = Tu amiga Meron, de Adís Abeba, trabaja en una casa en Beirut. Escribe que trabaja todo el día, duerme en el suelo de la cocina y no puede salir. Te pide que no le digas nada a su familia. ¿Qué puedes hacer para ayudarla sin ponerla en peligro?

story-getting_help-ca-title = Una amiga de la escuela
story-getting_help-ca-body = Tu amiga Roselène va a tu escuela en Montréal-Nord. Dice que su novio mayor le revisa el teléfono y se queda con su dinero. Dice que ella le debe. Tiene miedo, y te pide que no se lo cuentes a nadie. ¿Qué puedes hacer para ayudarla sin ponerla en peligro?

story-getting_help-us-title = El nuevo trabajo de Jean
story-getting_help-us-body = Tu primo Jean vino de Haití y vive con tu familia en Miami. Trabaja para una empresa de limpieza. El jefe tiene sus papeles y le paga muy poco. Dice que llamará a inmigración si Jean se queja. ¿Qué puedes hacer para ayudar a Jean sin ponerlo en peligro?

## for_leaders

story-for_leaders-general-title = Después de la sesión
story-for_leaders-general-body = Después de tu sesión, una joven espera hasta que todos se van. Dice que el trabajo que tiene en otro país se parece a la historia que contaste. Se va la próxima semana y ya pagó una comisión. Te pide que no se lo digas a su familia. ¿Qué le dices y qué haces?

story-for_leaders-jm-title = Después del culto en Kingston
story-for_leaders-jm-body = Das una sesión en el salón de una iglesia en Kingston, Jamaica. Después, un joven se queda. Dice que un agente tiene su pasaporte y le pide más dinero antes de que pueda viajar para un trabajo agrícola. Le da vergüenza contárselo a su pastor. ¿Qué le dices y qué haces?

story-for_leaders-ht-title = Después de la sesión en Gonaïves
story-for_leaders-ht-body = Diriges una sesión en una iglesia de Gonaïves, Haití. Después, una madre cuenta que una mujer ofreció llevar a su hija de 12 años a Puerto Príncipe. La niña viviría con una familia e "iría a la escuela". La mujer quiere irse esta semana. ¿Qué dices y qué haces?

story-for_leaders-tt-title = Después de la sesión en Point Fortin
story-for_leaders-tt-body = Diriges una sesión en un centro comunitario de Point Fortin, Trinidad y Tobago. Después, una maestra cuenta que una niña venezolana de 15 años falta mucho a clase. Un hombre adulto la recoge en la escuela. La niña dice que es su "tío". ¿Qué dices y qué haces?

story-for_leaders-ng-title = Después de la sesión en Benin City
story-for_leaders-ng-body = Diriges una sesión en un centro comunitario de Benin City, Nigeria. Después, una joven llamada Osas se queda. Cuenta que una "madam" le pagará el viaje a Italia. Antes, tiene que jurar en un santuario que devolverá el dinero. ¿Qué dices y qué haces?

story-for_leaders-gh-title = Después de la sesión en Accra
story-for_leaders-gh-body = Das una sesión en un centro comunitario en Accra, Ghana. Después, una madre cuenta que a su hijo de 15 años le prometieron un cupo en una academia de fútbol en otro país. Un hombre le pidió dinero y el acta de nacimiento del muchacho. ¿Qué le dices y qué haces?

story-for_leaders-sn-title = Después de la sesión en Kaolack
story-for_leaders-sn-body = Diriges una sesión en un centro juvenil de Kaolack, Senegal. Después, un joven cuenta que su tío está juntando dinero de la familia. Él va a tomar una barca a España la semana que viene. Te pide que no se lo digas a su madre. ¿Qué dices y qué haces?

story-for_leaders-ke-title = Después de clase en Kisumu
story-for_leaders-ke-body = Das una sesión en una escuela secundaria en Kisumu, Kenia. Después, una estudiante cuenta que su hermana mayor trabaja en el Golfo y no le pagan desde hace meses. La familia tiene miedo de quejarse. ¿Qué le dices y qué haces?

story-for_leaders-ug-title = Después de la sesión en Mbarara
story-for_leaders-ug-body = Diriges una sesión en una iglesia de Mbarara, Uganda. Después, una joven cuenta que un agente le pide ir primero a Kenia y volar al Golfo desde allí, "para ir más rápido". Ya le pagó. ¿Qué dices y qué haces?

story-for_leaders-et-title = Después de clase en Dessie
story-for_leaders-et-body = Diriges una sesión en una escuela de Dessie, Etiopía. Después, una chica de 16 años cuenta que un intermediario la llevará a Arabia Saudita por carretera y en barco el mes que viene. Su familia tiene que pagar 40,000 birr. ¿Qué dices y qué haces?

story-for_leaders-ca-title = Después del grupo juvenil en Brampton
story-for_leaders-ca-body = Diriges una sesión de un grupo juvenil en una iglesia caribeña de Brampton, Ontario. Después, una chica de 16 años cuenta que un hombre que conoció en internet le manda dinero y quiere que vaya a su ciudad. Te pide que quede entre ustedes. ¿Qué dices y qué haces?

story-for_leaders-us-title = Después del culto en Carolina del Norte
story-for_leaders-us-body = Diriges una sesión en una iglesia de Carolina del Norte. Van muchos trabajadores agrícolas que llegan cada temporada de Jamaica y Haití. Después, un trabajador cuenta que el jefe de cuadrilla tiene sus pasaportes y les quita dinero de la paga por la visa. ¿Qué dices y qué haces?
