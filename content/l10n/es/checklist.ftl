## La lista para migrar con seguridad

checklist-title = Mi lista para viajar con seguridad
checklist-stage-before-you-go = Antes de irte
checklist-stage-on-the-journey = Durante el viaje
checklist-stage-on-arrival = Al llegar
checklist-stage-if-things-go-wrong = Si algo sale mal

checklist-item-verify-recruiter = Comprueba en una fuente oficial que el reclutador tiene licencia y que el empleador existe.
checklist-item-pay-no-fees = No pagues por el trabajo. Un empleador justo paga los costos de contratación.
checklist-item-written-contract = Consigue un contrato escrito, en un idioma que lees, antes de irte.
checklist-item-work-visa = Antes de viajar por trabajo, comprueba que puedes trabajar allí: una visa de trabajo, un permiso de trabajo, o la libre circulación como en la CEDEAO o el CSME. Una visa de turista sola no te permite trabajar.
checklist-item-copy-documents = Haz copias de tu pasaporte, tu visa y tu contrato. Deja una copia con alguien de confianza.
checklist-item-memorise-contact = Aprende de memoria el número de teléfono de alguien de confianza.
checklist-item-safety-word = Acuerda una palabra de seguridad con tu familia. Significa: necesito ayuda.
checklist-item-know-embassy = Anota la dirección y el teléfono de la embajada de tu país en el lugar adonde vas.
checklist-item-keep-documents-on-you = Lleva siempre contigo tu pasaporte y tus papeles.
checklist-item-share-travel-plan = Dile a alguien de confianza adónde vas y cuándo llegas.
checklist-item-no-false-papers = No aceptes papeles falsos ni una ruta que no te explicaron.
checklist-item-never-hand-over-passport = Nunca entregues tu pasaporte a un empleador o reclutador. Es tuyo.
checklist-item-job-matches-contract = Comprueba que el trabajo, el pago y la vivienda son los de tu contrato.
checklist-item-stay-in-touch = Mantente en contacto con tu familia a menudo.
checklist-item-know-your-rights = Aprende tus derechos laborales aquí: pago, horas y días libres.
checklist-item-recognise-warning-signs = Mentiras sobre el trabajo, amenazas, deudas que crecen o no poder irte son señales de alerta.
checklist-item-use-safety-word = Envía tu palabra de seguridad a tu familia.
checklist-item-contact-help = Contacta un servicio de ayuda de confianza. Puedes preguntar primero si avisan a la policía.
checklist-item-contact-embassy = Contacta tu embajada. Puede ayudar con documentos perdidos o retenidos.
checklist-item-retired = Un elemento que ya no está en la lista

checklist-done = Hecho
checklist-not-done = Sin hacer
checklist-your-note = Tu nota: { $note }
checklist-added = Tu elemento está añadido.
checklist-saved = Guardado.
checklist-removed = Eliminado.

## Menú

menu-checklist = Mi lista para viajar con seguridad
checklist-menu-add = Añadir mi propio elemento
checklist-menu-note = Escribir una nota privada en un elemento
checklist-choose-item = Elige un elemento
checklist-choose-stage = Elige una etapa

## Errores

checklist-error-unknown-stage = Esa etapa no existe en la lista.
checklist-error-unknown-item = Ese elemento no existe en la lista.
checklist-error-empty = Escribe algún texto, por favor.
checklist-error-too-long = Es demasiado largo. Usa como máximo { $max } caracteres.
checklist-error-not-custom = Solo puedes eliminar los elementos que añadiste tú.

## Las pantallas de la lista en la aplicación

checklist-progress = { $done } de { $total } hechos
checklist-remove-note = Quitar la nota
checklist-remove-question = ¿Quitar este elemento de tu lista?
checklist-note-hint = Solo en este teléfono.
