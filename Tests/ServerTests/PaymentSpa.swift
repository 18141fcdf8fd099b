import BookingCore
import Channels
import Dialogs
import Engine
import Foundation
import Hummingbird
import HummingbirdTesting
import Intents
@testable import Server
import Store
import TestDatabases

/// A spa for the payment and Cal.com tests: Monday 23 November 2026, 10:00 in London on a simulated clock, Olivia and María as
/// clients on SMS, Anna giving massages, the shipped router; Stripe (a fake on loopback) when a base URL is given.
struct PaymentSpa {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let matcher = ReplyMatcher(catalogue: try! IntentCatalogue.load(directory: root.appendingPathComponent("intents")))
    static let dialogs = try! DialogCatalogue.load(directory: root.appendingPathComponent("dialogs"))
    static let zone = TimeZone(identifier: "Europe/London")!
    static let olivia = "+447700900101", maria = "+447700900102"

    let store: any BookingStore
    let engine: Engine
    let phone: SimulatorChannel
    let clock: SimulatedClock
    let app: Application<RouterResponder<BasicRequestContext>>

    static func at(_ text: String) -> Date { LocalDateTime(text: text)!.instant(in: zone) }

    static func make(stripe base: String? = nil, calcom: CalcomWebhook.Settings? = nil, policies: Policies = .standard) async throws -> PaymentSpa {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("slotkeeper-payments-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let store = try await TestDatabase.make().store
        try await store.save(Location(id: "soho", name: "Soho Wellness", timeZoneIdentifier: "Europe/London",
                                      openingHours: .every(Weekday.allCases, [LocalTimeRange(text: "09:00-20:00")!])))
        try await store.save(Service(id: "massage", name: "Swedish massage", durationMinutes: 60, price: Money(minorUnits: 7500, currency: "GBP")))
        try await store.save(StaffMember(id: "anna", name: "Anna", locationIDs: ["soho"],
                                         workingHours: .every(Weekday.allCases, [LocalTimeRange(text: "09:00-18:00")!]), serviceIDs: ["massage"],
                                         escalationChannel: .email, escalationAddress: "anna@spa.example.com"))
        try await store.save(Client(id: "olivia", firstName: "Olivia", addresses: [.sms: olivia, .email: "olivia@example.com"], preferredChannel: .sms,
                                    locale: "en"))
        try await store.save(Client(id: "maria", firstName: "María", addresses: [.sms: maria], locale: "es"))
        try await store.save(policies, for: nil)
        let clock = SimulatedClock(at("2026-11-23T10:00"))
        let phone = SimulatorChannel(channel: .sms)
        let engine = Engine(store: store, matcher: matcher, dialogs: dialogs, clock: clock,
                            config: EngineConfiguration(businessName: "Soho Wellness", depositLinkTemplate: "https://spa.example.com/pay/{appointment}"),
                            senders: [.sms: phone])
        if let base { await engine.register(payments: FakeStripe.payments(base)) }
        let router = buildRouter(engine: engine, store: store,
                                 configuration: ServerConfiguration(publicURL: "https://spa.example.com", twilioAuthToken: nil,
                                                                    stripeWebhookSecret: StripeWebhookTests.secret, calcom: calcom))
        return PaymentSpa(store: store, engine: engine, phone: phone, clock: clock, app: Application(router: router))
    }

    /// Olivia's massage at `start`, held for a £20 deposit until `holdUntil` (as when she took a waitlist offer).
    func hold(_ id: String = "held", start: String, holdUntil: Date? = nil) async throws {
        let s = Self.at(start)
        var a = Appointment(id: AppointmentID(id), clientID: "olivia", serviceID: "massage", staffID: "anna", locationID: "soho", start: s,
                            end: s.addingTimeInterval(3600), price: Money(minorUnits: 7500, currency: "GBP"), status: .awaitingDeposit,
                            source: .waitlist, createdAt: clock.now())
        a.deposit = .required(Money(minorUnits: 2000, currency: "GBP"))
        a.holdExpiresAt = holdUntil ?? clock.now().addingTimeInterval(1800)
        try await store.book(a, by: .system("test"))
        try await engine.bookingChanged(.booked(a.id), client: "olivia", key: "booked:\(id)")
        try await engine.settle()
    }

    /// Stripe's `checkout.session.completed` for the appointment, signed, as Stripe posts it.
    static func paid(_ client: some TestClientProtocol, _ appointment: String, intent: String = "pi_test_1", event: String = "evt_paid") async throws
        -> TestResponse {
        try await StripeWebhookTests.post(client, #"""
            {"id":"\#(event)","type":"checkout.session.completed","data":{"object":{"id":"cs_test_1","object":"checkout.session",
            "metadata":{"appointment":"\#(appointment)"},"payment_intent":"\#(intent)","payment_status":"paid","amount_total":2000,"currency":"gbp"}}}
            """#)
    }

    /// A client's SMS reply, then whatever it causes over the next few seconds: jobs run, messages sent (the per-recipient
    /// rate limit holds a second message back a moment, as on a real phone).
    func reply(_ text: String, from address: String) async throws {
        try await engine.receive(channel: .sms, from: address, text: text, providerID: UUID().uuidString)
        try await engine.settle()
        clock.advance(by: 5)
        try await engine.settle()
    }

    func inbox(_ address: String) -> [String] { phone.inbox(address).map(\.body) }

    func actions(_ appointment: String) async throws -> [String] {
        try await store.audit(subjectKind: "appointment", subjectID: appointment).map(\.action)
    }
}
