import BookingCore
import Channels
import Dialogs
import Engine
import Foundation
import Hummingbird
import HummingbirdTesting
import Intents
import ProviderFakes
@testable import Server
import Store
import TestDatabases
import Testing

/// Signatures computed with the provider's own library (twilio-python `RequestValidator`) for these inputs.
enum Vectors {
    static let token = "test-auth-token"
    static let url = "https://spa.example.com/webhooks/sms"
    static let fields: [(name: String, value: String)] = [("MessageSid", "SM1234567890abcdef"), ("AccountSid", "AC123"), ("From", "+447700900101"),
                                                          ("To", "+447700900000"), ("Body", "Yes, see you then!"), ("NumMedia", "0")]
    static let body = "MessageSid=SM1234567890abcdef&AccountSid=AC123&From=%2B447700900101&To=%2B447700900000&Body=Yes%2C+see+you+then%21&NumMedia=0"
    static let signature = "c3xnDGXRQxFUmJ0fNvA5Cri+4so="
    static let signatureWithPort = "ke4Cbi/Rju6o1fgDnIFCsSmetUo="
}

extension HTTPFields.Element.Name {
    static let twilioSignature = Self("X-Twilio-Signature")!
}

@Suite("Twilio-style signatures")
struct TwilioSignatureTests {
    @Test("the provider's documented example and our own vectors, as its library computes them")
    func vectors() {
        let doc = TwilioSignature(authToken: "12345")
        #expect(doc.signature(url: "https://mycompany.com/myapp.php?foo=1&bar=2",
                              fields: [("CallSid", "CA1234567890ABCDE"), ("Caller", "+12349013030"), ("Digits", "1234"), ("From", "+12349013030"),
                                       ("To", "+18005551212")]) == "0/KCTR6DLpKmkAf8muzZqo1nDgQ=")
        let ours = TwilioSignature(authToken: Vectors.token)
        #expect(ours.signature(url: Vectors.url, fields: Vectors.fields) == Vectors.signature)
        #expect(ours.signature(url: "https://spa.example.com/webhooks/sms",
                               fields: Vectors.fields.map { $0.name == "Body" ? ($0.name, "Sí, allí estaré 👍 & <ok>") : $0 }
                                   .map { $0.name == "MessageSid" ? ($0.name, "SM2") : $0 }) == "3YMdh4rvWYTq0oL5CrJHOmVI31k=")
    }

    @Test("a signature made over the URL with its default port is accepted without it, and the other way round")
    func ports() {
        let check = TwilioSignature(authToken: Vectors.token)
        #expect(check.isValid(Vectors.signatureWithPort, url: Vectors.url, fields: Vectors.fields))
        #expect(check.isValid(Vectors.signature, url: "https://spa.example.com:443/webhooks/sms", fields: Vectors.fields))
        #expect(!check.isValid(Vectors.signature, url: "https://spa.example.com:8443/webhooks/sms", fields: Vectors.fields))
        #expect(!check.isValid("", url: Vectors.url, fields: Vectors.fields))
        #expect(!check.isValid(Vectors.signature, url: Vectors.url, fields: Vectors.fields.map { $0.name == "Body" ? ($0.name, "No") : $0 }))
    }

    @Test("form bodies are read byte by byte: plus signs, percent escapes, UTF-8; broken escapes are refused")
    func formBody() {
        let fields = FormBody.parse(Array("a=1&b=x+y&c=%2B44%20%C3%A9&d=&e".utf8))
        #expect(fields?.map(\.name) == ["a", "b", "c", "d", "e"])
        #expect(fields?.map(\.value) == ["1", "x y", "+44 é", "", ""])
        #expect(FormBody.parse(Array("a=%ZZ".utf8)) == nil)
        #expect(FormBody.parse(Array("a=%C3".utf8)) == nil, "not UTF-8")
    }
}

@Suite("The SMS webhook over HTTP", .serialized)
struct SMSWebhookTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let zone = TimeZone(identifier: "Europe/London")!

    struct Spa {
        let store: any BookingStore
        let engine: Engine
        let phone: SimulatorChannel
        let app: Application<RouterResponder<BasicRequestContext>>
    }

    static func spa(publicURL: String = "https://spa.example.com", stripeSecret: String? = nil, sms: (any ChannelSender)? = nil) async throws -> Spa {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("slotkeeper-server-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let store = try await TestDatabase.make().store
        try await store.save(Location(id: "soho", name: "Soho Wellness", timeZoneIdentifier: "Europe/London",
                                      openingHours: .every(Weekday.allCases, [LocalTimeRange(text: "09:00-20:00")!])))
        let massage = Service(id: "massage", name: "Swedish massage", durationMinutes: 60, price: Money(minorUnits: 7500, currency: "GBP"))
        try await store.save(massage)
        try await store.save(StaffMember(id: "anna", name: "Anna", locationIDs: ["soho"],
                                         workingHours: .every(Weekday.allCases, [LocalTimeRange(text: "09:00-18:00")!]), serviceIDs: ["massage"]))
        try await store.save(Client(id: "olivia", firstName: "Olivia", addresses: [.sms: "+447700900101"], locale: "en"))
        // Olivia's massage is tomorrow at 11:00.
        let now = Date()
        let start = ZoneDay(LocalDateTime(now, in: zone).date.adding(days: 1), in: zone).instant(at: LocalTime(minutes: 11 * 60))
        try await store.book(Appointment(id: "a1", clientID: "olivia", serviceID: "massage", staffID: "anna", locationID: "soho", start: start,
                                         end: start.addingTimeInterval(3600), price: massage.price, source: .phone, createdAt: now), by: .staff("anna"))
        let phone = SimulatorChannel(channel: .sms)
        let engine = Engine(store: store, matcher: ReplyMatcher(catalogue: try IntentCatalogue.load(directory: root.appendingPathComponent("intents"))),
                            dialogs: try DialogCatalogue.load(directory: root.appendingPathComponent("dialogs")), clock: SystemClock(),
                            config: EngineConfiguration(perRecipientInterval: 0),
                            senders: [.sms: sms ?? phone])
        let router = buildRouter(engine: engine, store: store,
                                 configuration: ServerConfiguration(publicURL: publicURL, twilioAuthToken: Vectors.token, stripeWebhookSecret: stripeSecret))
        return Spa(store: store, engine: engine, phone: phone, app: Application(router: router))
    }

    static func post(_ client: some TestClientProtocol, _ path: String, body: String, signature: String?) async throws -> TestResponse {
        var headers: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
        if let signature { headers[.twilioSignature] = signature }
        return try await client.execute(uri: path, method: .post, headers: headers, body: ByteBuffer(string: body))
    }

    @Test("a signed \"yes\" from a client with a visit tomorrow: TwiML at once, the visit confirmed, the receipt sent once")
    func signedYes() async throws {
        let spa = try await Self.spa()
        try await spa.app.test(.router) { client in
            let response = try await Self.post(client, "/webhooks/sms", body: Vectors.body, signature: Vectors.signature)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "text/xml")
            #expect(String(buffer: response.body) == SMSWebhook.twiml)
            let again = try await Self.post(client, "/webhooks/sms", body: Vectors.body, signature: Vectors.signature)
            #expect(again.status == .ok, "the provider's retry gets the same answer")
        }
        #expect(try await spa.store.appointment("a1")?.status == .confirmed)
        try await spa.engine.dispatchDue()
        #expect(spa.phone.inbox("+447700900101").count == 1, "the receipt goes out once, though the webhook came twice")
        #expect(spa.phone.inbox("+447700900101").first?.body.contains("confirmed") == true)
    }

    @Test("a bad or missing signature gets 403 and changes nothing; a malformed body gets 400")
    func refused() async throws {
        let spa = try await Self.spa()
        try await spa.app.test(.router) { client in
            let wrong = try await Self.post(client, "/webhooks/sms", body: Vectors.body, signature: "AAAAAAAAAAAAAAAAAAAAAAAAAAA=")
            #expect(wrong.status == .forbidden)
            let missing = try await Self.post(client, "/webhooks/sms", body: Vectors.body, signature: nil)
            #expect(missing.status == .forbidden)
            let tampered = try await Self.post(client, "/webhooks/sms", body: Vectors.body.replacingOccurrences(of: "see", with: "sea"),
                                               signature: Vectors.signature)
            #expect(tampered.status == .forbidden, "a changed body fails the signature")
            let malformed = try await Self.post(client, "/webhooks/sms", body: "Body=%ZZ", signature: Vectors.signature)
            #expect(malformed.status == .badRequest)
            let signedFields = TwilioSignature(authToken: Vectors.token).signature(url: Vectors.url, fields: [("Body", "hi")])
            let incomplete = try await Self.post(client, "/webhooks/sms", body: "Body=hi", signature: signedFields)
            #expect(incomplete.status == .badRequest, "signed but without MessageSid and From")
        }
        #expect(try await spa.store.appointment("a1")?.status == .booked)
        #expect(try await spa.store.messages(party: "client:olivia").isEmpty)
    }

    @Test("the public URL may name the default port; the provider's signature without it still passes")
    func explicitPort() async throws {
        let spa = try await Self.spa(publicURL: "https://spa.example.com:443")
        try await spa.app.test(.router) { client in
            let response = try await Self.post(client, "/webhooks/sms", body: Vectors.body, signature: Vectors.signature)
            #expect(response.status == .ok)
        }
    }

    @Test("a delivery status callback updates the message log; /healthz answers")
    func statusAndHealth() async throws {
        let spa = try await Self.spa()
        try await spa.app.test(.router) { client in
            _ = try await Self.post(client, "/webhooks/sms", body: Vectors.body, signature: Vectors.signature)
            try await spa.engine.dispatchDue()
            let providerID = try #require(spa.phone.delivered.first?.providerID)
            let fields: [(name: String, value: String)] = [("MessageSid", providerID), ("MessageStatus", "delivered")]
            let signature = TwilioSignature(authToken: Vectors.token).signature(url: "https://spa.example.com/webhooks/sms/status", fields: fields)
            let status = try await Self.post(client, "/webhooks/sms/status", body: "MessageSid=\(providerID)&MessageStatus=delivered", signature: signature)
            #expect(status.status == .ok)
            let health = try await client.execute(uri: "/healthz", method: .get)
            #expect(health.status == .ok && String(buffer: health.body) == "ok\n")
        }
        let outgoing = try await spa.store.messages(party: "client:olivia").filter { $0.direction == "out" }
        #expect(outgoing.map(\.status) == ["delivered"])
    }

    /// A status callback as the provider posts it, signed.
    static func status(_ client: some TestClientProtocol, sid: String, _ status: String, errorCode: Int? = nil) async throws -> TestResponse {
        var fields: [(name: String, value: String)] = [("MessageSid", sid), ("MessageStatus", status)]
        if let errorCode { fields.append(("ErrorCode", String(errorCode))) }
        let signature = TwilioSignature(authToken: Vectors.token).signature(url: "https://spa.example.com/webhooks/sms/status", fields: fields)
        return try await post(client, "/webhooks/sms/status", body: FormBody.encode(fields.map { ($0.name, $0.value) }), signature: signature)
    }

    @Test("end to end: a signed \"yes\" confirms the visit and the receipt reaches the SMS provider's API once")
    func endToEndThroughTheProvider() async throws {
        let provider = FakeTwilio.provider()
        try await provider.application().test(.live) { api in
            let sms = TwilioSMS(settings: .init(accountSID: FakeTwilio.accountSID, authToken: FakeTwilio.authToken, from: "+447700900000",
                                                apiBase: "http://127.0.0.1:\(api.port!)", statusCallback: "https://spa.example.com/webhooks/sms/status"))
            let spa = try await Self.spa(sms: sms)
            try await spa.app.test(.router) { client in
                let response = try await Self.post(client, "/webhooks/sms", body: Vectors.body, signature: Vectors.signature)
                #expect(response.status == .ok && String(buffer: response.body) == SMSWebhook.twiml)
                _ = try await Self.post(client, "/webhooks/sms", body: Vectors.body, signature: Vectors.signature)
                #expect(provider.requests.isEmpty, "nothing is sent before the answer: sending is the dispatcher's job")
                try await spa.engine.dispatchDue()
                try await spa.engine.dispatchDue()
            }
            #expect(try await spa.store.appointment("a1")?.status == .confirmed)
            #expect(provider.requests.count == 1, "one receipt, though the webhook came twice and the dispatcher ran twice")
            #expect(provider.requests.first?.form["To"] == "+447700900101")
            #expect(provider.requests.first?.form["Body"]?.contains("confirmed") == true)
        }
    }

    @Test("a carrier failure reported later is retried; an unsubscribed recipient is marked opted out")
    func failedDeliveryReports() async throws {
        let provider = FakeTwilio.provider()
        try await provider.application().test(.live) { api in
            let sms = TwilioSMS(settings: .init(accountSID: FakeTwilio.accountSID, authToken: FakeTwilio.authToken, from: "+447700900000",
                                                apiBase: "http://127.0.0.1:\(api.port!)"))
            let spa = try await Self.spa(sms: sms)
            try await spa.app.test(.router) { client in
                _ = try await Self.post(client, "/webhooks/sms", body: Vectors.body, signature: Vectors.signature)
                try await spa.engine.dispatchDue()
                let first = try #require(provider.requests.count == 1 ? "SM" + String(format: "%032d", 1) : nil)
                // 30003: the handset was unreachable; worth another try later.
                #expect(try await Self.status(client, sid: first, "undelivered", errorCode: 30003).status == .ok)
                let queued = try await spa.store.dueOutbox(until: .distantFuture, limit: 10)
                #expect(queued.count == 1, "back in the queue, after a backoff")
                #expect(queued.first.map { $0.draft.notBefore > Date() } == true)
                #expect(try await spa.store.messages(party: "client:olivia").last?.status == "queued")
                if let row = queued.first { try await spa.store.postpone([row.id], until: .distantPast) }
                try await spa.engine.dispatchDue()
                #expect(provider.requests.count == 2, "sent again")
                // 21610: the recipient has unsubscribed at the carrier.
                let second = "SM" + String(format: "%032d", 2)
                #expect(try await Self.status(client, sid: second, "failed", errorCode: 21610).status == .ok)
            }
            #expect(try await spa.store.client("olivia")?.optedOut.contains(.sms) == true)
        }
    }
}
