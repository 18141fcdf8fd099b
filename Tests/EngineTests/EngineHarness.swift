import BookingCore
import Channels
import Conversation
import Dialogs
import Engine
import Foundation
import Intents
import Store
import TestDatabases

/// A spa in a fresh database (SQLite, or PostgreSQL when the suites run on it), an engine on a simulated clock, and simulated phones on every channel.
struct EngineHarness {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let matcher = ReplyMatcher(catalogue: try! IntentCatalogue.load(directory: root.appendingPathComponent("intents")))
    static let dialogs = try! DialogCatalogue.load(directory: root.appendingPathComponent("dialogs"))
    static let zone = TimeZone(identifier: "Europe/London")!

    let store: any BookingStore
    /// Where the store lives: a SQLite file, or a PostgreSQL database when the suites run on one.
    let address: StoreAddress
    let clock: SimulatedClock
    let phones: [Channel: SimulatorChannel]
    var engine: Engine

    static func at(_ text: String) -> Date { LocalDateTime(text: text)!.instant(in: zone) }

    static let location = Location(id: "soho", name: "Soho Wellness", timeZoneIdentifier: "Europe/London",
                                   openingHours: .every(Weekday.allCases, [LocalTimeRange(text: "09:00-20:00")!]), phone: "+442079460000")
    static let massage = Service(id: "massage", name: "Swedish massage", durationMinutes: 60, bufferAfterMinutes: 15,
                                 price: Money(minorUnits: 7500, currency: "GBP"), rebookAfterDays: 28)
    static let anna = StaffMember(id: "anna", name: "Anna", role: .manager, locationIDs: ["soho"],
                                  workingHours: .every(Weekday.allCases, [LocalTimeRange(text: "09:00-18:00")!]), serviceIDs: ["massage"],
                                  escalationChannel: .sms, escalationAddress: "+447700900900")
    static let ben = StaffMember(id: "ben", name: "Ben", locationIDs: ["soho"],
                                 workingHours: .every(Weekday.allCases, [LocalTimeRange(text: "12:00-20:00")!]), serviceIDs: ["massage"],
                                 escalationChannel: .telegram, escalationAddress: "900")
    static let olivia = Client(id: "olivia", firstName: "Olivia", lastName: "Bennett", addresses: [.sms: "+447700900101", .email: "olivia@example.com"],
                               preferredChannel: .sms, locale: "en")
    static let maria = Client(id: "maria", firstName: "María", lastName: "López", addresses: [.sms: "+447700900102"], locale: "es")
    static let oleg = Client(id: "oleg", firstName: "Олег", addresses: [.telegram: "5001"], locale: "ru")

    /// The engine's settings: the business's name, and with `links` its signed links to `https://spa.example.com/book`.
    static func config(links: ClientLinks?) -> EngineConfiguration {
        EngineConfiguration(businessName: "Soho Wellness", bookingLink: links == nil ? "https://book.example.com" : "https://spa.example.com/book",
                            links: links, personalBookingLinks: links != nil)
    }

    init(now: String = "2026-11-23T09:00", policies: Policies = .standard, links: ClientLinks? = nil) async throws {
        (store, address) = try await TestDatabase.make()
        clock = SimulatedClock(Self.at(now))
        var phones: [Channel: SimulatorChannel] = [:]
        for ch in [Channel.sms, .whatsapp, .telegram, .email] { phones[ch] = SimulatorChannel(channel: ch) }
        self.phones = phones
        engine = Engine(store: store, matcher: Self.matcher, dialogs: Self.dialogs, clock: clock, config: Self.config(links: links), senders: phones)
        try await store.save(Self.location)
        try await store.save(Self.massage)
        for s in [Self.anna, Self.ben] { try await store.save(s) }
        for c in [Self.olivia, Self.maria, Self.oleg] { try await store.save(c) }
        try await store.save(policies, for: nil)
    }

    /// A new engine on the same database and phones: what a restart looks like.
    mutating func restart() {
        engine = Engine(store: store, matcher: Self.matcher, dialogs: Self.dialogs, clock: clock,
                        config: EngineConfiguration(businessName: "Soho Wellness"), senders: phones)
    }

    /// Books an appointment the way the API will: store, then the booking event for the client's thread.
    func book(_ id: String, client: ClientID, staff: StaffID = "anna", start: String, status: AppointmentStatus = .booked) async throws {
        let s = Self.at(start)
        let a = Appointment(id: AppointmentID(id), clientID: client, serviceID: "massage", staffID: staff, locationID: "soho", start: s,
                            end: s.addingTimeInterval(3600), price: Self.massage.price, status: status, source: .phone, createdAt: clock.now())
        try await store.book(a, by: .staff("anna"))
        try await engine.bookingChanged(.booked(a.id), client: client, key: "booked:\(id)")
        try await engine.settle()
    }

    /// Runs the day forward to `time`, firing every job and sending every message due on the way.
    func run(until time: String) async throws { try await run(until: Self.at(time)) }

    func run(until target: Date) async throws {
        while let next = try await engine.nextDue(), next <= target {
            clock.advance(to: next)
            try await engine.settle()
        }
        clock.advance(to: target)
        try await engine.settle()
    }

    /// A client's (or staff member's) phone replies.
    @discardableResult
    func reply(_ text: String, from address: String, on channel: Channel = .sms, id: String? = nil) async throws -> Bool {
        let applied = try await engine.receive(channel: channel, from: address, text: text, providerID: id ?? UUID().uuidString)
        // A few seconds pass, as on a real phone: messages held back by the per-recipient rate limit arrive.
        try await run(until: clock.now().addingTimeInterval(5))
        return applied
    }

    func inbox(_ channel: Channel, _ address: String) -> [String] { phones[channel]!.inbox(address).map(\.body) }
}
