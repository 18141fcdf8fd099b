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
import Testing

/// A spa on a fresh SQLite file with the admin API on: Monday 23 November 2026, 09:00 in London on a simulated clock,
/// clients' phones on the simulator channel.
struct AdminSpa {
    static let token = "s3cret-admin-token"
    static let zone = TimeZone(identifier: "Europe/London")!
    static let massage = Service(id: "massage", name: "Swedish massage", durationMinutes: 60, bufferAfterMinutes: 15,
                                 price: Money(minorUnits: 7500, currency: "GBP"))

    let store: any BookingStore
    let engine: Engine
    let clock: SimulatedClock
    let phones: SimulatorChannel
    let app: Application<RouterResponder<BasicRequestContext>>

    static func at(_ text: String) -> Date { LocalDateTime(text: text)!.instant(in: zone) }

    /// The repository's root, where `intents/`, `dialogs/` and `dashboard/` are.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    init(adminToken: String? = AdminSpa.token, dashboard: Bool = false, publicURL: String = "https://spa.example.com", bookingPage: Bool = false,
         stripe: (any DepositPayments)? = nil) async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("slotkeeper-admin-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        store = try await TestDatabase.make().store
        try await store.save(Location(id: "soho", name: "Soho Wellness", timeZoneIdentifier: "Europe/London",
                                      openingHours: .every(Weekday.allCases, [LocalTimeRange(text: "09:00-20:00")!]), phone: "+442079460000"))
        try await store.save(Self.massage)
        try await store.save(StaffMember(id: "anna", name: "Anna", role: .manager, locationIDs: ["soho"],
                                         workingHours: .every(Weekday.allCases, [LocalTimeRange(text: "09:00-18:00")!]), serviceIDs: ["massage"],
                                         escalationChannel: .simulator, escalationAddress: "anna-phone"))
        try await store.save(StaffMember(id: "ben", name: "Ben", locationIDs: ["soho"],
                                         workingHours: .every(Weekday.allCases, [LocalTimeRange(text: "12:00-20:00")!]), serviceIDs: ["massage"]))
        try await store.save(Client(id: "olivia", firstName: "Olivia", lastName: "Bennett",
                                    addresses: [.simulator: "olivia-phone", .email: "olivia@example.com"], preferredChannel: .simulator))
        try await store.save(Client(id: "maria", firstName: "María", lastName: "López", addresses: [.simulator: "maria-phone", .sms: "+447700900102"],
                                    locale: "es"))
        clock = SimulatedClock(Self.at("2026-11-23T09:00"))
        phones = SimulatorChannel(channel: .simulator)
        let root = Self.root
        engine = Engine(store: store, matcher: ReplyMatcher(catalogue: try IntentCatalogue.load(directory: root.appendingPathComponent("intents"))),
                        dialogs: try DialogCatalogue.load(directory: root.appendingPathComponent("dialogs")), clock: clock,
                        config: EngineConfiguration(businessName: "Soho Wellness",
                                                    depositLinkTemplate: bookingPage ? publicURL + "/pay/{appointment}" : "https://pay.example.com/deposit/{appointment}",
                                                    bookingLink: bookingPage ? publicURL + "/book" : "https://book.example.com", perRecipientInterval: 0,
                                                    links: bookingPage ? ClientLinks(base: publicURL, secret: try await store.linkSecret(orNew: ClientLinks.newSecret())) : nil,
                                                    personalBookingLinks: bookingPage),
                        senders: [.simulator: phones])
        if let stripe { await engine.register(payments: stripe) }
        let router = buildRouter(engine: engine, store: store,
                                 configuration: ServerConfiguration(publicURL: publicURL, twilioAuthToken: nil,
                                                                    stripeWebhookSecret: stripe == nil ? nil : StripeWebhookTests.secret, adminToken: adminToken,
                                                                    dashboard: dashboard || bookingPage ? try DeskFiles.load(directory: root.appendingPathComponent("dashboard")) : nil,
                                                                    channels: [.simulator]))
        app = Application(router: router)
    }

    /// Runs every job and sends every message due now (what the engine loop does each second).
    func settle() async throws { try await engine.settle() }

    /// Runs the day forward to `target`, firing every job and sending every message due on the way.
    func run(until target: Date) async throws {
        while let next = try await engine.nextDue(), next <= target {
            clock.advance(to: next)
            try await engine.settle()
        }
        clock.advance(to: target)
        try await engine.settle()
    }

    /// What a client's phone received on the simulator channel.
    func inbox(_ address: String) -> [String] { phones.inbox(address).map(\.body) }
}

/// An answer of the API, read as JSON.
struct APIAnswer {
    let status: HTTPResponse.Status
    let headers: HTTPFields
    let body: String

    var json: [String: Any] { (try? JSONSerialization.jsonObject(with: Data(body.utf8))) as? [String: Any] ?? [:] }
    var items: [[String: Any]] { json["items"] as? [[String: Any]] ?? [] }
    var contentType: String? { headers[.contentType] }
    /// The fields a problem names.
    var problemFields: [String] { (json["errors"] as? [[String: Any]] ?? []).compactMap { $0["field"] as? String } }
}

extension TestClientProtocol {
    /// Calls the admin API with the spa's token (or `token`), a JSON body and an optional Idempotency-Key.
    @discardableResult
    func api(_ method: HTTPRequest.Method, _ path: String, json: String? = nil, key: String? = nil,
             token: String? = AdminSpa.token) async throws -> APIAnswer {
        var headers: HTTPFields = [:]
        if let token { headers[.authorization] = "Bearer \(token)" }
        if json != nil { headers[.contentType] = "application/json" }
        if let key { headers[HTTPFields.Element.Name("Idempotency-Key")!] = key }
        let response = try await execute(uri: path, method: method, headers: headers, body: json.map { ByteBuffer(string: $0) })
        return APIAnswer(status: response.status, headers: response.headers, body: String(buffer: response.body))
    }
}
