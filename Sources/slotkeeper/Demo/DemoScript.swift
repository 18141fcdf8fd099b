import BookingCore
import Foundation

/// Who does what in the demo day: the clients and staff the simulator plays, chosen from the demo book.
struct DemoScript: Sendable {
    /// A thing a simulated person does at a moment.
    enum Action: Sendable {
        case reply(channel: Channel, address: String, text: String)
        case arrived(AppointmentID, by: StaffID)
    }

    var lateCancel: Appointment?
    var noShow: Appointment?
    var runningLate: Appointment?
    var askQuestion: ClientID?
    var reschedule: ClientID?
    var optOut: ClientID?

    /// What each language says to the usual prompts.
    static let yes = ["en": ["Yes, see you then!", "Yes please", "Confirmed, thanks 👍", "yep, I'll be there"],
                      "es": ["Sí, allí estaré", "Perfecto, gracias!", "Sí 👍", "confirmo"],
                      "ru": ["Да, буду", "Да, спасибо!", "Подтверждаю", "ок, приду"],
                      "de": ["Ja, ich komme gerne", "Passt, danke!"], "fr": ["Oui, je serai là", "C'est noté, merci !"],
                      "nl": ["Ja hoor, ik kom", "Top, tot dan!"], "it": ["Sì, ci sarò", "Perfetto, grazie!"],
                      "pt": ["Sim, estarei lá", "Combinado, obrigada!"]]
    static let takeIt = ["en": "Yes please, I'll take it!", "es": "¡Sí, lo quiero!", "ru": "Да, беру!", "de": "Ja, gerne!",
                         "fr": "Oui, je le prends !", "nl": "Ja, graag!", "it": "Sì, lo prendo!", "pt": "Sim, eu quero!"]
    static let cantCome = ["en": "So sorry, something came up and I can't make it today", "es": "Lo siento, hoy no puedo ir",
                           "ru": "Извините, сегодня не смогу прийти", "de": "Tut mir leid, ich kann heute leider nicht kommen",
                           "fr": "Désolée, je ne peux pas venir aujourd'hui", "nl": "Sorry, ik kan vandaag niet komen",
                           "it": "Scusate, oggi non posso venire", "pt": "Desculpa, hoje não vou poder ir"]
    static let late = ["en": "Running about 15 min late, sorry!", "es": "Llego 15 min tarde, perdón", "ru": "Опаздываю на 15 минут",
                       "de": "Ich verspäte mich 15 Minuten, sorry!", "fr": "J'ai 15 min de retard, désolée", "nl": "Ik ben 15 minuten later, sorry!",
                       "it": "Arrivo con 15 minuti di ritardo, scusate", "pt": "Vou atrasar 15 minutos, desculpa"]

    /// Picks the day's protagonists from the book: a late cancel of a massage a waitlisted client wants, a no-show,
    /// someone running late, a question, a reschedule and an opt-out among those reminded today.
    init(book: [Appointment], clients: [ClientID: Client], day: DateInterval, remindedToday: [Appointment]) {
        let today = book.filter { day.contains($0.start) && $0.status.isUpcoming }.sorted { $0.start < $1.start }
        let afternoon = today.filter { LocalDateTime($0.start, in: DemoSpa.zone).time.hour >= 13 }
        lateCancel = afternoon.first { $0.serviceID == "swedish-60" && clients[$0.clientID]?.locale == "es" }
            ?? afternoon.first { $0.serviceID == "swedish-60" } ?? afternoon.first
        var used = Set([lateCancel?.clientID].compactMap { $0 })
        // Someone with nothing else booked this week, so the win-back invitation goes out.
        let bookedOnce = Dictionary(grouping: book.filter(\.status.isUpcoming), by: \.clientID).filter { $0.value.count == 1 }.keys
        noShow = today.first { LocalDateTime($0.start, in: DemoSpa.zone).time.hour >= 10 && !used.contains($0.clientID)
            && bookedOnce.contains($0.clientID) && clients[$0.clientID]?.locale == "en" }
            ?? today.first { LocalDateTime($0.start, in: DemoSpa.zone).time.hour >= 10 && !used.contains($0.clientID) && bookedOnce.contains($0.clientID) }
        used.formUnion([noShow?.clientID].compactMap { $0 })
        runningLate = today.first { !used.contains($0.clientID) && clients[$0.clientID]?.locale == "ru" && LocalDateTime($0.start, in: DemoSpa.zone).time.hour >= 11 }
        used.formUnion([runningLate?.clientID].compactMap { $0 })
        let reminded = remindedToday.map(\.clientID).filter { !used.contains($0) }
        askQuestion = reminded.first { clients[$0]?.locale == "en" }
        used.formUnion([askQuestion].compactMap { $0 })
        reschedule = reminded.first { !used.contains($0) && clients[$0]?.locale == "en" && clients[$0]?.addresses[.sms] != nil }
        used.formUnion([reschedule].compactMap { $0 })
        optOut = reminded.first { !used.contains($0) && clients[$0]?.addresses[.sms] != nil && clients[$0]?.preferredChannel == .sms }
    }
}
