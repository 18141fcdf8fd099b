import Testing
import Intents

/// Spanish replies, one case a line: `expecting | reply | intent | checks`.
/// Now is Monday 23 November 2026, 10:15 in Europe/Madrid; open 09:00–20:00.
let spanishCorpus = corpus("es", """
# Confirmar
confirm | sí | confirm
confirm | Si | confirm
confirm | SÍ! | confirm
confirm | siii | confirm
confirm | claro | confirm
confirm | vale | confirm
confirm | ok | confirm
confirm | dale | confirm
confirm | de acuerdo | confirm
confirm | confirmo | confirm
confirm | Confirmo la cita, gracias | confirm
confirm | confirmado | confirm
confirm | confrimo | confirm
confirm | perfecto | confirm
confirm | perfecto, allí estaré | confirm
confirm | sí, ahí estaré | confirm
confirm | ahi estare | confirm
confirm | nos vemos mañana | confirm
confirm | nos vemos | confirm
confirm | hasta mañana! | confirm
confirm | sí voy | confirm
confirm | ahí nos vemos 👍 | confirm
confirm | 👍 | confirm
confirm | por supuesto | confirm
confirm | me va bien | confirm
confirm | me parece bien | confirm
confirm | está bien | confirm
confirm | gracias | confirm
confirm | muchas gracias por recordar | confirm
confirm | no hay problema, nos vemos | confirm
confirm | sin problema | confirm
confirm | no faltaré | confirm
confirm | cuenta conmigo | confirm
confirm | sí, a las 4 nos vemos | confirm | at=2026-11-23T16:00
confirm | sí claro, el jueves allí estaré | confirm | at=2026-11-26T00:00
confirm | no cancelen, sí voy | confirm
confirm | no llegaré tarde | confirm
# Cancelar
confirm | no | cancel
confirm | No. | cancel
confirm | 👎 | cancel
confirm | no puedo ir | cancel
confirm | lo siento, hoy no puedo ir | cancel
confirm | hoy no puedo | cancel
confirm | hoy no voy a poder ir, perdona | cancel
confirm | No podré ir, lo siento | cancel
confirm | no voy a poder | cancel
confirm | no voy a poder ir mañana | cancel
confirm | no puedo asistir | cancel
confirm | no iré | cancel
confirm | quiero cancelar la cita | cancel
confirm | cancela mi cita de mañana | cancel
confirm | necesito cancelar | cancel
confirm | tengo que cancelar, perdón | cancel
confirm | cancelar la cita por favor | cancel
confirm | quiero canclear la cita | cancel
confirm | me surgió un imprevisto | cancel
confirm | tuve un imprevisto, no puedo | cancel
confirm | estoy enferma, no puedo ir | cancel | sens=health
confirm | no gracias | cancel
confirm | me es imposible ir | cancel
confirm | anular la cita | cancel
# Baja
confirm | BAJA | optout
confirm | baja | optout
confirm | STOP | optout
confirm | cancelar | cancel
confirm | basta | optout
confirm | no me escriban más | optout
confirm | quiero darme de baja | optout
confirm | dejen de enviar mensajes | optout
none | no me envíen más mensajes | optout
none | ALTA | optin
none | quiero darme de alta | optin
none | ayuda | help
none | ¿qué es esto? | help
none | no entiendo | help
# Reprogramar
confirm | ¿podemos cambiarla al jueves a las 4? | reschedule | at=2026-11-26T16:00
confirm | sí, pero ¿puede ser a las 5? | reschedule | at=2026-11-23T17:00
confirm | necesito reprogramar | reschedule
confirm | quiero cambiar la cita | reschedule
confirm | ¿se puede cambiar la hora? | reschedule
confirm | ¿podemos pasarla al viernes? | reschedule | at=2026-11-27T00:00 grain=day
confirm | mejor el miércoles por la tarde | reschedule | at=2026-11-25T12:00 grain=partOfDay
confirm | ¿tienen hueco mañana a las 11? | reschedule | at=2026-11-24T11:00
confirm | no puedo mañana, ¿el viernes? | reschedule | at=2026-11-27T00:00
confirm | prefiero otro día | reschedule
confirm | ¿qué tal el lunes que viene? | reschedule | at=2026-11-30T00:00
confirm | mejor la semana que viene | reschedule | at=2026-11-30T00:00 grain=week
confirm | mejor la semana después de la que viene | reschedule | at=2026-12-07T00:00 grain=week
confirm | el viernes de la semana despues de la proxima? | reschedule | at=2026-12-11T00:00 grain=day
confirm | ¿a la misma hora la semana que viene? | reschedule | at=2026-11-30T10:15
confirm | podemos aplazarla a diciembre | reschedule
confirm | ¿me la puedes mover a las 4 y media? | reschedule | at=2026-11-23T16:30
confirm | ¿el jueves a las 6 de la tarde? | reschedule | at=2026-11-26T18:00
confirm | reprogramar para el 30 de noviembre | reschedule | at=2026-11-30T00:00
# Llego tarde
confirm | llego tarde | late
confirm | llego 10 minutos tarde | late | late=10
confirm | voy con retraso, perdón | late
confirm | llegaré unos 15 min tarde | late | late=15
confirm | estoy en camino, llego en 5 minutos | late | late=5
confirm | hay mucho tráfico, llego un poco tarde | late
confirm | voy tarde, media hora | late | late=30
confirm | me retraso 20 minutos | late | late=20
# Preguntas y reclamaciones
confirm | ¿cuánto cuesta? | question
confirm | ¿dónde puedo aparcar? | question
confirm | ¿hay parking? | question
confirm | ¿a qué hora era mi cita? | question
confirm | ¿aceptan tarjeta? | question
confirm | ¿cuál es la dirección? | question
none | ¡yo sí fui! | dispute
none | ya cancelé la cita | dispute
none | yo estuve ahí a las 3 | dispute
none | nunca reservé esta cita | dispute
none | número equivocado | dispute
none | ya pagué | dispute
# Ofertas
offer | sí | accept
offer | sí, la quiero | accept
offer | me la quedo | accept
offer | resérvamela | accept
offer | perfecto | accept
offer | 2 | accept | choice=2
offer | #2 | accept | choice=2
offer | opción 2 | accept | choice=2
offer | la segunda | accept | choice=2
offer | la primera por favor | accept | choice=1
offer | el tercero | accept | choice=3
offer | la 2 | accept | choice=2
offer | no | decline
offer | no gracias | decline
offer | no me interesa | decline
offer | no puedo a esa hora | decline
offer | esta vez no | decline
rebook | sí, por favor | accept
rebook | vale, ¿mañana a las 12? | accept | at=2026-11-24T12:00
rebook | no, gracias | decline
# Sin pregunta, dudas
none | sí | confirm
none | cancelar la cita de mañana | cancel
confirm | no sé | unknown
confirm | quizás | unknown
confirm | no estoy segura | unknown
confirm | te aviso | unknown
confirm | intentaré ir | unknown
# Expresiones de tiempo
offer | hoy a las 5 | accept | at=2026-11-23T17:00
offer | mañana | accept | at=2026-11-24T00:00 grain=day
offer | manana a las 10 | accept | at=2026-11-24T10:00
offer | pasado mañana | accept | at=2026-11-25T00:00
offer | en 3 días | accept | at=2026-11-26T00:00
offer | dentro de 2 semanas | accept | at=2026-12-07T00:00
offer | la semana que viene | accept | at=2026-11-30T00:00 grain=week
offer | el mes que viene | accept | at=2026-12-01T00:00 grain=month
offer | el próximo mes | accept | grain=month
offer | este jueves | accept | at=2026-11-26T00:00
offer | el jueves | accept | at=2026-11-26T00:00
offer | el próximo jueves | accept | at=2026-12-03T00:00
offer | el jueves que viene | accept | at=2026-12-03T00:00
offer | el viernes a las 3 | accept | at=2026-11-27T15:00
offer | el viernes por la mañana | accept | at=2026-11-27T09:00 grain=partOfDay
offer | el sábado por la tarde | accept | at=2026-11-28T12:00 grain=partOfDay
offer | esta tarde | accept | at=2026-11-23T12:00 grain=partOfDay
offer | esta noche | accept | grain=partOfDay
offer | mañana por la mañana | accept | at=2026-11-24T09:00 grain=partOfDay
offer | a las 4 | accept | at=2026-11-23T16:00
offer | a las 16:00 | accept | at=2026-11-23T16:00
offer | 16h | accept | at=2026-11-23T16:00
offer | a las 4 y media | accept | at=2026-11-23T16:30
offer | a las cuatro y media | accept | at=2026-11-23T16:30
offer | a las 5 menos cuarto | accept | at=2026-11-23T16:45
offer | a las 4 y cuarto | accept | at=2026-11-23T16:15
offer | a las 11 de la mañana | accept | at=2026-11-23T11:00
offer | a las 7 de la tarde | accept | at=2026-11-23T19:00
offer | al mediodía | accept | at=2026-11-23T12:00
offer | 4.30 | accept | at=2026-11-23T16:30
offer | el 25 de noviembre | accept | at=2026-11-25T00:00
offer | 25 de noviembre a las 3 | accept | at=2026-11-25T15:00
offer | el 2 de diciembre | accept | at=2026-12-02T00:00
offer | 25/11 | accept | at=2026-11-25T00:00
offer | después de las 6 | accept | at=2026-11-23T18:00 grain=hour
offer | antes de las 12 | accept | at=2026-11-23T10:15 end=2026-11-23T12:00
offer | entre las 3 y las 5 | accept | at=2026-11-23T15:00 end=2026-11-23T17:00
offer | a partir de las 5 | accept | at=2026-11-23T17:00 grain=hour
offer | a la misma hora la semana que viene | accept | at=2026-11-30T10:15
# Tras una oferta: un no que nombra una opción la toma; un no con otra hora la pide.
offer | no, la segunda | accept | choice=2
offer | no, ninguna me va, pero el sábado por la mañana sí | reschedule | at=2026-11-28T09:00 grain=partOfDay
offer | no gracias | decline
# El finde.
confirm | ¿se puede el finde? | reschedule | at=2026-11-28T00:00 end=2026-11-30T00:00
confirm | mejor el próximo fin de semana | reschedule | at=2026-12-05T00:00
# A day of the month alone.
confirm | ¿puede ser el 28? | reschedule | at=2026-11-28T00:00
confirm | mejor el 15 a las 5 de la tarde | reschedule | at=2026-12-15T17:00
# De una comprobación externa: disputas, preguntas por el horario y el personal, bajas, «dame otra».
confirm | sí, mejor cancélala | cancel | notime
confirm | ¿abrís el domingo? | question | at=2026-11-29T00:00 grain=day
confirm | ¿María trabaja mañana? | question | at=2026-11-24T00:00 grain=day
confirm | quien me va a atender? | question | notime
confirm | esa cita no es mía | dispute | notime
confirm | yo no he pedido ninguna cita | dispute | notime
none | me habéis cobrado dos veces | dispute | notime
confirm | creo que os habéis equivocado de número | dispute | notime
none | no quiero recibir más mensajes | optout | notime
none | dejad de escribirme | optout | notime
offer | ninguna me va bien | decline | notime
offer | ninguna, ¿podría ser el martes a las 6? | reschedule | at=2026-11-24T18:00 grain=minute
rebook | no gracias, ya he reservado en otro sitio | decline | notime
confirm | cancela la de mañana y dame otra para el viernes | reschedule | at=2026-11-27T00:00 grain=day
confirm | mañana antes del mediodía? | reschedule | at=2026-11-24T09:00 grain=hour
confirm | ¿puede ser dentro de una hora? | reschedule | at=2026-11-23T11:15 grain=minute
confirm | mañana a primera hora | reschedule | at=2026-11-24T09:00 grain=partOfDay
offer | ninguna, gracias | decline | notime
confirm | ¿trabaja Laura el jueves? | question | at=2026-11-26T00:00 grain=day
confirm | dejen de escribirme ya | optout | notime
confirm | esa reserva no es mía | dispute | notime
confirm | ¿puedo ir en una hora? | reschedule | at=2026-11-23T11:15 grain=minute
confirm | dentro de media hora? | reschedule | at=2026-11-23T10:45 grain=minute
confirm | el veintisiete a las 5 de la tarde | reschedule | at=2026-11-27T17:00
confirm | martes 24 a las 17h? | reschedule | at=2026-11-24T17:00
confirm | no puedo el miércoles, ¿el viernes? | reschedule | at=2026-11-27T00:00
rebook | quizás la semana que viene | accept | at=2026-11-30T00:00
offer | la segunda no, la primera | accept | choice=1
offer | no la segunda, la primera | accept | choice=1
offer | la primera, no, la segunda | accept | choice=2
offer | la primera no, mejor la segunda | accept | choice=2
offer | ni la primera ni la segunda | unknown
# From an outside check of unseen replies (December 2026): 117 cases.
confirm | Buenos días, el miércoles me viene fatal, ¿habría hueco el viernes por la tarde? Gracias! | reschedule | at=2026-11-27T12:00
confirm | mejor cancelamos, no me encuentro bien | cancel | notime
offer | esta semana imposible, gracias | decline | notime
confirm | para de mandarme mensajes | optout | notime
none | esta noche tarde | reschedule | at=2026-11-23T21:00
offer | ninguno de los dos, perdón | decline | notime
confirm | si claro, ahí estaré 👍 | confirm | notime
confirm | Confirmo, gracias! | confirm | notime
confirm | vale, nos vemos el miércoles | confirm | at=2026-11-25T00:00
confirm | dale, perfecto | confirm | notime
confirm | sip | confirm | notime
confirm | Hola! Sí, confirmo mi cita del miércoles a las 11. Muchas gracias por recordármelo, que tengan buen día | confirm | at=2026-11-25T11:00
confirm | de acuerdo, allí estaré | confirm | notime
confirm | sí señorita, cuente conmigo | confirm | notime
confirm | perfecto, ahi nos vemos | confirm | notime
confirm | 👍👍 | confirm | notime
confirm | sí, necesito cancelar | cancel | notime
confirm | si, quiero anular la cita | cancel | notime
confirm | no voy a poder ir, lo siento | cancel | notime
confirm | cancela porfa, me surgió algo | cancel | notime
confirm | Hola buenas, lamentablemente no podré asistir el miércoles por un tema de trabajo. Por favor cancelen mi turno. Disculpen las molestias | cancel | at=2026-11-25T00:00
confirm | no puedo ir, anúlala por favor | cancel | notime
confirm | q pena pero no llego, cancelo | cancel | notime
confirm | no, quería decir a las 2 | reschedule
confirm | no, mejor el 12 | reschedule
confirm | se puede cambiar al jueves? | reschedule | at=2026-11-26T00:00
confirm | me la puedes pasar a las 12? | reschedule
confirm | sí pero a las 11:30 mejor, se puede? | reschedule
confirm | podemos moverla a la semana que viene? | reschedule | at=2026-11-30T00:00
confirm | no el miércoles no, el jueves sí | reschedule | at=2026-11-26T00:00
confirm | esa no es mi cita | dispute | notime
confirm | ya la cancelé | dispute | notime
confirm | yo no pedí ninguna cita | dispute | notime
confirm | ¿María trabaja el miércoles? | question
confirm | a qué hora abren? | question | notime
confirm | cuánto cuesta la manicura? | question | notime
confirm | tienen estacionamiento? | question | notime
confirm | no me manden más mensajes | optout | notime
confirm | dejen de escribirme por favor | optout | notime
none | quiero volver a recibir mensajes | optin | notime
none | llego 10 min tarde | late
none | voy con 15 minutos de retraso, perdón | late
none | me retrasé, llego en 5 | late
none | estoy en el tráfico, llego un poquito tarde | late
none | perdona, voy tarde, unos 20 minutos | late
none | ¿cuál es el horario del sábado? | question
none | quiero cancelar mi cita | cancel | notime
none | puedo cambiar mi cita al martes? | reschedule | at=2026-11-24T00:00
offer | 1 | accept | choice=1 notime
offer | la primera porfa | accept | choice=1 notime
offer | me lo quedo! | accept | notime
offer | la del jueves | accept | at=2026-11-26T00:00
offer | hoy no puedo, lo siento | decline | notime
offer | ninguna me viene bien | decline | notime
offer | paso esta vez | decline | notime
offer | ninguno de esos, pero el sábado? | reschedule | at=2026-11-28T00:00
offer | no, mejor el 12 | reschedule
rebook | sí porfa, el jueves puede ser? | reschedule | at=2026-11-26T00:00
rebook | ahora no, gracias | decline | notime
rebook | pero si yo sí fui! | dispute | notime
confirm | no, perdona | cancel | notime
none | cancelen mi turno del miércoles | cancel | at=2026-11-25T00:00
confirm | Buenas tardes, claro que sí, ahí estaré puntual. ¡Saludos! | confirm | notime
confirm | listo, confirmado | confirm | notime
confirm | de una | confirm | notime
confirm | okey gracias nos vemos | confirm | notime
confirm | sii | confirm | notime
confirm | no puedo el miércoles, cancélala | cancel | at=2026-11-25T00:00
confirm | ya no necesito la cita, gracias | cancel | notime
confirm | ¿la podemos dejar para el viernes 27? | reschedule | at=2026-11-27T00:00
confirm | no no, mejor a las 5 de la tarde | reschedule
confirm | me equivoqué de día, puede ser el jueves? | reschedule | at=2026-11-26T00:00
none | ya salí pero voy tarde, 10 minutitos | late
none | llegaré un poco tarde | late
none | ¿hacen depilación láser? | question | notime
none | ¿Dónde están ubicados? | question | notime
none | no reservé nada, quién es? | dispute | notime
offer | ¡sí! el primero | accept | choice=1 notime
offer | genial, me apunto | accept | notime
offer | no me viene bien ninguno | decline | notime
rebook | sí, quiero reservar otra vez | accept | notime
none | quiero volver a suscribirme | optin | notime
confirm | sí, pero no puedo ir, cancélala | cancel | notime
none | el jueves 26 | reschedule | at=2026-11-26T00:00
none | el viernes a las 5 | reschedule | at=2026-11-27T17:00
none | dentro de 2 horas | reschedule | at=2026-11-23T12:15
none | en media hora | reschedule | at=2026-11-23T10:45
none | en tres días | reschedule | at=2026-11-26T00:00
none | este finde | reschedule | at=2026-11-28T00:00
none | mañana entre las 3 y las 5 | reschedule | at=2026-11-24T15:00
# Ranges written "de X a Y", with or without "las", and "entre la 1": the start, to the end.
none | de 3 a 5 | reschedule | at=2026-11-23T15:00 end=2026-11-23T17:00
none | el viernes de 2 a 4 | reschedule | at=2026-11-27T14:00 end=2026-11-27T16:00
none | el jueves de 10 a 12 | reschedule | at=2026-11-26T10:00 end=2026-11-26T12:00
none | mañana entre la 1 y las 3 | reschedule | at=2026-11-24T13:00 end=2026-11-24T15:00
none | mañana de 1 a 3 | reschedule | at=2026-11-24T13:00 end=2026-11-24T15:00
none | dentro de un par de días | reschedule | at=2026-11-25T00:00
none | en un par de días | reschedule | at=2026-11-25T00:00
offer | la 1 | accept | choice=1
none | el jueves después de las 6 | reschedule | at=2026-11-26T18:00
none | mañana antes del mediodía | reschedule | at=2026-11-24T09:00
none | el miércoles a las 5 y media | reschedule | at=2026-11-25T17:30
none | el viernes a las 4 menos cuarto | reschedule | at=2026-11-27T15:45
none | el doce de diciembre | reschedule | at=2026-12-12T00:00
none | el primero de diciembre | reschedule | at=2026-12-01T00:00
none | el lunes que viene | reschedule | at=2026-11-30T00:00
none | el jueves a las 17h | reschedule | at=2026-11-26T17:00
none | el sábado a las 10:30 | reschedule | at=2026-11-28T10:30
none | el jueves por la tarde | reschedule | at=2026-11-26T12:00
none | el veintisiete a las tres | reschedule | at=2026-11-27T15:00
none | el viernes a las once y cuarto | reschedule | at=2026-11-27T11:15
none | dentro de una hora | reschedule | at=2026-11-23T11:15
none | en 20 minutos | reschedule | at=2026-11-23T10:35
none | el martes 1 de diciembre a las 10 | reschedule | at=2026-12-01T10:00
none | el 30 | reschedule | at=2026-11-30T00:00
none | dentro de dos semanas | reschedule | at=2026-12-07T00:00
none | hoy a las 7 de la tarde | reschedule | at=2026-11-23T19:00
none | mañana a las 9 | reschedule | at=2026-11-24T09:00
none | el sábado a mediodía | reschedule | at=2026-11-28T12:00
offer | ninguno de esos, pero el sábado a las 12 | reschedule | at=2026-11-28T12:00
none | me preguntaba si podría ir el viernes 27 a eso de las tres y media, si no es molestia | unknown | at=2026-11-27T15:30
none | el domingo 29 | reschedule | at=2026-11-29T00:00
none | a las 16:00 del jueves | reschedule | at=2026-11-26T16:00
none | el 3 de diciembre a las 10:30 | reschedule | at=2026-12-03T10:30
rebook | el martes de la semana que viene a las 6 | accept | at=2026-12-01T18:00
none | ahorita en 15 min | reschedule | at=2026-11-23T10:30
confirm | ¿mejor de las 3 a las 5? | reschedule | at=2026-11-23T15:00
confirm | no, el 12 | reschedule | at=2026-12-12T00:00
confirm | el 12 a las 5 | reschedule | at=2026-12-12T17:00
offer | el 2 | accept | choice=2
offer | la última por favor | accept | choice=-1
confirm | No, esa cita la anulé yo ayer | dispute
confirm | ¿Me podéis quitar de la lista de mensajes? | optout
confirm | Ahora mismo no puedo, estoy de baja | cancel
offer | El viernes no, el jueves sí | reschedule | at=2026-11-26T00:00
confirm | Vale, ¿y el jueves a las 3? | reschedule | at=2026-11-26T15:00
confirm | Sí, claro, pero tengo que cancelarla, lo siento | cancel
confirm | ¿Puedo cambiar la cita del miércoles al jueves? | reschedule | at=2026-11-26T00:00
offer | la ultima xfa | accept | choice=-1
rebook | Yo avisé por teléfono de que no iba, no entiendo por qué sale como falta | dispute
# A small number right after a weekday: the day of the month when that date is that weekday soon, else the hour.
none | el martes 1 | reschedule | at=2026-12-01T00:00
none | el jueves 3 | reschedule | at=2026-12-03T00:00
none | el jueves 5 | reschedule | at=2026-11-26T17:00
# Either option will do: an acceptance that names none (the client is asked which).
offer | cualquiera | accept | notime
offer | me da igual | accept | notime
offer | cualquiera de las dos me va bien | accept | notime
# Declines that thank or ask to stay on the list.
offer | Gracias de todas formas, ninguna me viene bien | decline | notime
offer | ninguna me viene bien, seguid avisándome | decline | notime
confirm | ¡Pero si cancelé a tiempo! | dispute | notime
# Una opción corregida; un número al principio con más palabras.
offer | 1. no espera, la 2, perdón | accept | choice=2
offer | la 2, no perdón, la 1 | accept | choice=1
offer | 2!! mil gracias, llevo semanas esperando | accept | choice=2
offer | 1 porfa, gracias | accept | choice=1
# Un día, luego las palabras de cambio y solo una hora: ese día a esa hora. La hora tras "en vez de" es la que se deja.
offer | El jueves me va pero más temprano, tipo una y media? | reschedule | at=2026-11-26T13:30
offer | El viernes pero a las 11 en vez de a las 10? | reschedule | at=2026-11-27T11:00
confirm | mejor a las 12 en lugar de a las 10 | reschedule | at=2026-11-23T12:00
offer | Estoy de viaje hasta diciembre, perdona | decline
offer | trabajo los dos días, lo siento | decline
confirm | cancela | cancel
offer | el viernes es con Ana? | question
# Cómo contestar: ayuda.
none | Cómo funciona esto? Qué tengo que responder? | help
# Darse de baja sin querer es volver a darse de alta; borrar los datos es darse de baja; "pasar la cita" la mueve.
none | Quiero volver a recibir los recordatorios, me di de baja sin querer | optin
none | No me apuntéis a nada más, gracias. Borrad mis datos por favor | optout
confirm | Gracias! Por cierto, ¿la puedo pasar a las 12? Así llego con más calma | reschedule | at=2026-11-23T12:00
none | Puedo pasar mi cita del miércoles al martes 1 de diciembre? | reschedule | at=2026-12-01T00:00 grain=day
confirm | Sí, por favor cancélala. He pillado la gripe y no quiero contagiar a nadie. | cancel | asks
confirm | sí, cancélala. no, mejor no | unknown
none | ¿Hay algún teléfono al que pueda llamar? Necesito hablar con alguien sobre la factura, no me cuadra. | help
offer | Gracias por acordaros de mí, pero estoy fuera hasta diciembre. Ya os escribo cuando vuelva. | decline
confirm | sí, cancélala. no la canceles, perdón | unknown
# Pedir una persona o cómo funciona
none | me pasan con alguien de recepción? es urgente | help
rebook | ¿cómo hago para reservar? ¿por acá mismo? | help
# Llegar tarde
confirm | Confirmo pero llego un poquito tarde, tipo 10 minutos, a esa hora siempre hay un tráfico horrible | late
# Una opción rechazada y otra nombrada
offer | la 2 no puedo, la 1 sí | accept | choice=1
# Un no, la cancelación negada y un sí
confirm | no no, no cancelen nada, ahí estaré 😅 | confirm
confirm | no, cancelen, gracias | cancel
# Volver a recibir, reclamar un cobro, preguntar el precio
none | Pueden volver a mandarme los recordatorios? los di de baja sin querer | optin
none | Hola, me llegó un cobro de 45 euros por no presentarme pero yo cancelé con dos días de anticipación. Por favor revisen. | dispute
rebook | cuánto sale? | question
confirm | Cuanto sale el masaje? | question
confirm | prefiero cancelar, gracias | cancel
# Casi se me olvidaba: dos letras cambiadas no hacen una cancelación
confirm | Hola buenos dias! si si ahi estare, muchas gracias por el recordatorio, casi se me olvidaba jaja. Saludos a Anna | confirm
confirm | casi se me olvidaba jaja | unknown
confirm | Oigan, sí voy el jueves eh, no me vayan a cancelar 😅 | confirm
none | No quiero cancelar, solo cambiar la hora del jueves. ¿Puede ser a las 5 en vez de a las 4? | reschedule | at=2026-11-26T17:00
# Ayuda, baja, alta, tarde, minutos tras la hora
rebook | como agendo? por aqui o tengo que llamar? | help
offer | Ya no me manden nada por favor | optout
none | Me pueden volver a mandar los avisos? Los desactivé sin querer 🤦 | optin
confirm | Ojo que voy a llegar un cuarto de hora tarde, a esa hora salgo del cole de los niños | late
none | Se me hizo tarde, 5 min y llego | late
confirm | confirmo lo del jueves, no lo cancelen eh | confirm
confirm | a las 4 y 20 | reschedule | at=2026-11-23T16:20
confirm | entre las 4 y las 5 | reschedule | at=2026-11-23T16:00 end=2026-11-23T17:00
offer | Yo nunca pedí cambiar la cita, está mal esto | dispute
confirm | Les aviso mañana, igual no puedo ir | unknown
confirm | El jueves no puedo, les llamo para cambiarla | cancel | asks
confirm | entre las 9 y 10 | reschedule | at=2026-11-24T09:00 end=2026-11-24T10:00
confirm | ¿Cancelar? De ninguna manera, ahí estaré | confirm
confirm | cómo? qué tengo que contestar? | help
confirm | ??? nunca agendé nada con Ana | dispute
confirm | perdón por responder tarde, ahí estaré | confirm
none | Hola, buenas tardes. Quería saber si aceptan tarjeta de crédito o solo efectivo. Gracias | question
none | quería saber si puedo cambiar al viernes | reschedule | at=2026-11-27T00:00
confirm | No voy a faltar, cuenta conmigo | confirm
confirm | No voy a poder ir, cancélala | cancel
confirm | ¿Es el jueves entonces? ¿Y dónde se puede estacionar? | question
offer | Ninguno de esos horarios me sirve, disculpe | decline
offer | ninguna me sirve, solo puedo la próxima semana | reschedule | at=2026-11-30T00:00
rebook | Ahorita no puedo, pero la semana que entra sí | reschedule | at=2026-11-30T00:00
confirm | Sí, pero voy a tener que cancelar | cancel
confirm | Sí, perdón, pero voy a tener que cancelar. Me salió un viaje de trabajo y no sé cuándo vuelvo. | cancel
confirm | Si pero capaz llego un pelín tarde, el subte viene re lento | late
confirm | No puedo ir el jueves, ya los llamo para reservar otro día | cancel
none | Sáquenme de la lista por favor | optout
none | Activen de nuevo los mensajes porfa | optin
none | ¿Me puede llamar alguien? | help
confirm | Necesito cambiar la cita, ¿qué otros horarios tienen? | reschedule
offer | Tienen algo el sábado en la mañana? | reschedule | at=2026-11-28T09:00
rebook | la semana q viene mejor | reschedule | at=2026-11-30T00:00
none | Gracias por lo de ayer, me encantó | unknown
none | cómo cancelo una cita por aquí? | question
confirm | Voy a llegar tardecito, tengo q recoger a los niños del cole. Unos 20 min. Lo siento!! | late | late=20
confirm | Me lo pasas al veintiocho a las doce? | reschedule | at=2026-11-28T12:00
confirm | Tendrían el martes primero a las 10? | reschedule | at=2026-12-01T10:00
confirm | mejor un cuarto para las cinco, sale? | reschedule | at=2026-11-23T16:45
confirm | Se me olvidó que tengo médico el jueves 😩⏎me lo cambiáis para la semana que viene? | reschedule | at=2026-11-30T00:00
confirm | Ya no quiero ir el jueves. No me lo cambiéis a otro día, simplemente anuladlo | cancel
none | Solo para avisar que el jueves sí voy, ya estoy mejor del resfriado 💪 | confirm
confirm | no cancelo | confirm
confirm | yo no cancelo nada | confirm
confirm | no hace falta cancelar | confirm
confirm | qué pasa si cancelo? | question
offer | la 2 o la 3, mañana te confirmo | accept | tentative
offer | es la primera vez que voy, hay que llevar algo? | question
offer | cualquiera menos la 1 | unknown
confirm | si, borra la cita | cancel
none | Hola, el otro día puse BAJA sin querer 🤦‍♀️ ¿Me pueden volver a mandar los avisos de las citas? Gracias | optin
confirm | Ahí estaré pero capaz llego un toque tarde, a esa hora el tránsito es un infierno 😩 | late
rebook | Ustedes me cancelaron a mí, no es que falté. Me llamaron el mismo día. | dispute
confirm | Confirmo, alli estare. Hay parking cerca o tengo q dejar el coche lejos? | confirm | question
confirm | Siii gracias!! una pregunta, se puede pagar con tarjeta? | confirm | question
# A reason the client is busy gives up the time in its clause after an offer; the one left is taken.
offer | Martes no puedo, miercoles trabajo... el viernes vale | reschedule | at=2026-11-27T00:00 grain=day
offer | Cualquiera, la q sea antes | accept | choice=-2
rebook | no me molesteis mas con mensajes | optout
none | como va esto de responder por aqui? es un robot? | help
confirm | Tengo un problema con el jueves... ¿tenéis algo el miércoles a las 11? | reschedule | at=2026-11-25T11:00
confirm | ok pero cuanto dura?? | confirm | question
offer | la 1 pero es con Ana? | accept | choice=1 question
confirm | ¿Cuál es la política de cancelación? | question
none | Hola, dejé de recibir los recordatorios, me los pueden volver a activar? | optin
offer | q pongo? el numero o la fecha? | help
offer | el martes pero no a las 14 sino a las 16 | reschedule | at=2026-11-24T16:00
# Cancelling one visit and asking for another in the same reply moves it.
none | Cancelo la del jueves y pido otra para el lunes 30 a las 5 | reschedule | at=2026-11-30T17:00
confirm | cancelo, luego pido otra cita | cancel
rebook | No pienso pagar la multa por no presentarme. Llamé el día antes para avisar que no iba y me dijeron que estaba todo bien. | dispute
confirm | si voy, no voy a pagar en efectivo sino con tarjeta | confirm
confirm | Hola buen dia, no voy a poder ir porque estoy de viaje hasta el 3 de diciembre. Saludos | cancel
rebook | Sí porfa, para Coco y Nala (las 2 perritas), el sábado por la mañana si hay hueco | reschedule | at=2026-11-28T09:00 grain=partOfDay
offer | Ninguna me va. El miércoles trabajo todo el día y el viernes a las 5 ya estoy en la carretera para ir al pueblo | decline
# Running late in a stuck train, fee complaints, "sooner", a number word with a please and thanks, "until" beside another time
confirm | no llego el jueves, pásamelo al viernes a las 6 de la tarde | reschedule | at=2026-11-27T18:00
confirm | voy a llegar tarde, unos 15 min, me esperan? | late
offer | ya no me escriban mas, gracias | optout
none | no, no, me equivoqué antes: quería decir el viernes a las 5, no a las 3 | reschedule | at=2026-11-27T17:00
# Keeping one's visit is no cancellation
# Keeping one's visit is no cancellation
confirm | prefiero mantener mi cita | confirm
confirm | mantengo la cita, gracias | confirm
# Cancelling outright after an offer: moving away, rebooking later
confirm | me mudo a Valencia, cancelen mi cita | cancel
""")

@Suite("Spanish replies")
struct SpanishCorpusTests {
    @Test("each Spanish reply is read as the table says", arguments: spanishCorpus)
    func reply(_ c: CorpusCase) {
        let problem = mismatch(c)
        #expect(problem == nil, "\(c.text): \(problem ?? "")")
    }

    @Test("Spanish replies are recognised as Spanish without a locale", arguments: spanishCorpus.filter { $0.text.count > 12 })
    func detected(_ c: CorpusCase) {
        let u = sharedMatcher.understand(c.text, locale: nil, expecting: c.expecting, context: corpusContext("es"))
        #expect(u.locale == "es", "\(c.text) read as \(u.locale)")
    }
}
