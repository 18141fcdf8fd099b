import BookingCore
import Conversation
import Dialogs
import Foundation
import Intents
import Testing

/// The spa the transcripts play in: London, open 09:00-20:00; Monday 23 November 2026, 10:00.
enum Spa {
    static let zone = TimeZone(identifier: "Europe/London")!
    static let location = Location(id: "soho", name: "Soho Wellness", timeZoneIdentifier: "Europe/London",
                                   openingHours: .every(Weekday.allCases, [LocalTimeRange(text: "09:00-20:00")!]), phone: "+442079460000")
    static let massage = Service(id: "massage", name: "Swedish massage", durationMinutes: 60, bufferAfterMinutes: 15,
                                 price: Money(minorUnits: 7500, currency: "GBP"), rebookAfterDays: 28)
    static let facial = Service(id: "facial", name: "Hydrating facial", durationMinutes: 60, price: Money(minorUnits: 40000, currency: "GBP"))
    static let services = [massage.id: massage, facial.id: facial]
    static let anna = StaffMember(id: "anna", name: "Anna", locationIDs: ["soho"],
                                  workingHours: .every(Weekday.allCases, [LocalTimeRange(text: "09:00-18:00")!]), serviceIDs: ["massage", "facial"])
    static let ben = StaffMember(id: "ben", name: "Ben", locationIDs: ["soho"],
                                 workingHours: .every(Weekday.allCases, [LocalTimeRange(text: "12:00-20:00")!]), serviceIDs: ["massage"])

    static func at(_ text: String) -> Date { LocalDateTime(text: text)!.instant(in: zone) }

    static let clients: [String: Client] = [
        "en": Client(id: "olivia", firstName: "Olivia", addresses: [.sms: "+447700900101"], locale: "en"),
        "es": Client(id: "maria", firstName: "María", addresses: [.sms: "+447700900102", .whatsapp: "447700900102"], locale: "es"),
        "ru": Client(id: "oleg", firstName: "Олег", addresses: [.sms: "+447700900103", .telegram: "5001"], locale: "ru"),
    ]

    static func appointment(_ id: String, client: ClientID, service: Service = massage, staff: StaffID = "anna", start: String,
                            status: AppointmentStatus = .booked) -> Appointment {
        let s = at(start)
        return Appointment(id: AppointmentID(id), clientID: client, serviceID: service.id, staffID: staff, locationID: "soho",
                           start: s, end: s.addingTimeInterval(Double(service.durationMinutes) * 60), price: service.price,
                           status: status, source: .online, createdAt: at("2026-11-01T10:00"))
    }
}

/// A conversation played out: texts go through the real reply matcher, events through `decide`,
/// and the effects are applied to an in-memory book so the next step sees them.
struct Transcript {
    static let matcher: ReplyMatcher = {
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("intents")
        return ReplyMatcher(catalogue: try! IntentCatalogue.load(directory: dir))
    }()

    static let dialogs: DialogCatalogue = {
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("dialogs")
        return try! DialogCatalogue.load(directory: dir)
    }()

    var state: ConversationState
    var client: Client
    var book: [Appointment]
    var policies = Policies.standard
    var now: Date
    var jobs: [Job] = []
    var escalations: [Escalation] = []
    var freed: [OfferedSlot] = []

    init(_ locale: String, now: String = "2026-11-23T10:00", book: [Appointment] = []) {
        client = Spa.clients[locale]!
        state = ConversationState(party: .client(client.id), lastChannel: .sms)
        self.now = Spa.at(now)
        self.book = book
    }

    var context: ConversationContext {
        ConversationContext(client: client, location: Spa.location, policies: policies, services: Spa.services, staff: [Spa.anna, Spa.ben],
                            appointments: book.filter { $0.clientID == client.id }, book: BusyBook(appointments: book, services: Spa.services),
                            recentMessages: ["bot: reminder", "client: hi"])
    }

    func appointment(_ id: AppointmentID) -> Appointment? { book.first { $0.id == id } }

    /// What the matcher makes of `text` for this thread now.
    func understand(_ text: String) -> Understanding {
        Self.matcher.understand(text, locale: client.locale, expecting: Conversation.expecting(state, now: now),
                                context: ReplyContext(now: now, zone: Spa.zone, openingMinute: 540, closingMinute: 1200))
    }

    @discardableResult
    mutating func says(_ text: String, on channel: Channel = .sms) -> Decision {
        run(.inbound(InboundReply(channel: channel, text: text, understanding: understand(text))))
    }

    @discardableResult
    mutating func run(_ event: ConversationEvent) -> Decision {
        let d = Conversation.decide(state, event, context, now: now)
        state = d.state
        apply(d.effects)
        for m in d.messages { Self.checkRenders(m, locale: client.locale) }
        return d
    }

    mutating func wait(minutes: Double) { now = now.addingTimeInterval(minutes * 60) }

    /// Every message decide emits must render in the catalogue: each declared variable supplied, of the right kind.
    static func checkRenders(_ m: OutgoingMessage, locale: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for spec in m.name.variables where m.variables[spec.name]?.kind != spec.kind {
            Issue.record("\(m.name.rawValue): variable \(spec.name) missing or of the wrong kind", sourceLocation: sourceLocation)
        }
        for channel in [Channel.sms, .whatsapp, .email] {
            do { _ = try dialogs.render(m.name, locale: locale, channel: channel, variables: m.variables) } catch {
                Issue.record("\(m.name.rawValue) (\(locale), \(channel)) does not render: \(error)", sourceLocation: sourceLocation)
            }
        }
    }

    /// A minimal stand-in for the engine's apply step.
    mutating func apply(_ effects: [Effect]) {
        for e in effects {
            switch e {
            case .change(let id, let change, let actor):
                guard let i = book.firstIndex(where: { $0.id == id }) else { continue }
                if let t = try? book[i].applying(change, by: actor, at: now, policies: policies) {
                    book[i] = t.appointment
                    if let mark = t.attendanceMark, book[i].clientID == client.id { client.attendance.append(mark) }
                }
            case .book(let slot, let c, let source, let status):
                book.append(Appointment(id: AppointmentID("new-\(book.count)"), clientID: c, serviceID: slot.serviceID, staffID: slot.staffID,
                                        locationID: slot.locationID, start: slot.start, end: slot.end,
                                        price: Spa.services[slot.serviceID]!.price, status: status, source: source, createdAt: now))
            case .optOut(let ch): client.optedOut.insert(ch)
            case .optIn(let ch): client.optedOut.remove(ch)
            case .schedule(let j): jobs.append(j)
            case .cancelJobs(let id): jobs.removeAll { $0.timer.appointment == id }
            case .escalate(let e): escalations.append(e)
            case .slotFreed(let s): freed.append(s)
            default: break
            }
        }
    }
}

extension Decision {
    var templates: [String] { messages.map(\.name.rawValue) }

    /// The slots the question this decision opened offers, if any.
    var offeredSlots: [OfferedSlot] {
        for case .openQuestion(let q) in effects where !q.options.isEmpty { return q.options }
        return []
    }
}
