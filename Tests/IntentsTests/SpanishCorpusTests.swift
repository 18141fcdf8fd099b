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
confirm | cancelar | optout
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
offer | la primera no, mejor la segunda | reschedule | choice=2
offer | ni la primera ni la segunda | unknown
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
