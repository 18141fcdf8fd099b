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

/// A spa whose server has Telegram (webhook mode) and WhatsApp configured, with simulated phones on every channel:
/// Olivia has SMS and WhatsApp and a massage tomorrow at 11:00.
struct MessengerSpa {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let zone = TimeZone(identifier: "Europe/London")!
    static let telegramSecret = "tg_secret-0123456789"
    static let whatsApp = WhatsAppCloud.Settings(token: "EAAG-test", appSecret: "test-app-secret", verifyToken: "verify-me-please",
                                                 phoneNumberID: "106540352242922")

    let store: any BookingStore
    let engine: Engine
    let phones: [Channel: SimulatorChannel]
    let app: Application<RouterResponder<BasicRequestContext>>

    /// `telegramWebhook: false` configures Telegram for polling, so its webhook route is off.
    init(telegramWebhook: Bool = true) async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("slotkeeper-messengers-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        store = try await TestDatabase.make().store
        try await store.save(Location(id: "soho", name: "Soho Wellness", timeZoneIdentifier: "Europe/London",
                                      openingHours: .every(Weekday.allCases, [LocalTimeRange(text: "09:00-20:00")!])))
        let massage = Service(id: "massage", name: "Swedish massage", durationMinutes: 60, price: Money(minorUnits: 7500, currency: "GBP"))
        try await store.save(massage)
        try await store.save(StaffMember(id: "anna", name: "Anna", locationIDs: ["soho"],
                                         workingHours: .every(Weekday.allCases, [LocalTimeRange(text: "09:00-18:00")!]), serviceIDs: ["massage"]))
        try await store.save(Client(id: "olivia", firstName: "Olivia", addresses: [.sms: "+447700900101", .whatsapp: "447700900101"], locale: "en"))
        let now = Date()
        let start = ZoneDay(LocalDateTime(now, in: Self.zone).date.adding(days: 1), in: Self.zone).instant(at: LocalTime(minutes: 11 * 60))
        try await store.book(Appointment(id: "a1", clientID: "olivia", serviceID: "massage", staffID: "anna", locationID: "soho", start: start,
                                         end: start.addingTimeInterval(3600), price: massage.price, source: .phone, createdAt: now), by: .staff("anna"))
        var phones: [Channel: SimulatorChannel] = [:]
        for channel in [Channel.sms, .whatsapp, .telegram] { phones[channel] = SimulatorChannel(channel: channel) }
        self.phones = phones
        engine = Engine(store: store, matcher: ReplyMatcher(catalogue: try IntentCatalogue.load(directory: Self.root.appendingPathComponent("intents"))),
                        dialogs: try DialogCatalogue.load(directory: Self.root.appendingPathComponent("dialogs")), clock: SystemClock(),
                        config: EngineConfiguration(businessName: "Soho Wellness", perRecipientInterval: 0), senders: phones)
        // Nothing listens on the discard port: answering a button tap fails at once and is only logged.
        let bot = TelegramBot(settings: .init(token: "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw", apiBase: "http://127.0.0.1:9",
                                              webhookSecret: telegramWebhook ? Self.telegramSecret : nil))
        let router = buildRouter(engine: engine, store: store,
                                 configuration: ServerConfiguration(publicURL: "https://spa.example.com", twilioAuthToken: nil,
                                                                    telegram: bot, whatsApp: Self.whatsApp))
        app = Application(router: router)
    }
}

extension HTTPFields.Element.Name {
    static let telegramSecret = Self("X-Telegram-Bot-Api-Secret-Token")!
    static let hubSignature = Self("X-Hub-Signature-256")!
}
