import AsyncHTTPClient
import BookingCore
import Channels
import Foundation
import HummingbirdTesting
import ProviderFakes
import Testing

@Suite("Sending SMS through a Twilio-compatible API")
struct TwilioSMSTests {
    static func sender(port: Int, from: String? = "+442071838750", service: String? = nil, timeout: Int64 = 30) -> TwilioSMS {
        TwilioSMS(settings: .init(accountSID: FakeTwilio.accountSID, authToken: FakeTwilio.authToken, from: from, messagingServiceSID: service,
                                  apiBase: "http://127.0.0.1:\(port)/", statusCallback: "https://spa.example.com/webhooks/sms/status"),
                  http: ProviderHTTP(timeout: .seconds(timeout)))
    }

    static let reminder = OutboundMessage(id: 42, channel: .sms, address: "+447700900101",
                                          body: "Hi Olivia, see you tomorrow at 11:00 for your massage. Reply YES to confirm.")

    @Test("a message goes out with Basic auth, To, From, Body and the status callback, and returns the provider's sid")
    func sends() async throws {
        let fake = FakeTwilio.provider()
        try await fake.application().test(.live) { client in
            let sid = try await Self.sender(port: client.port!).send(Self.reminder)
            #expect(sid.hasPrefix("SM"))
        }
        let request = try #require(fake.requests.first)
        #expect(fake.requests.count == 1)
        #expect(request.path == "/2010-04-01/Accounts/\(FakeTwilio.accountSID)/Messages.json")
        #expect(request.headers["content-type"] == "application/x-www-form-urlencoded")
        #expect(request.form == ["To": "+447700900101", "From": "+442071838750", "Body": Self.reminder.body,
                                 "StatusCallback": "https://spa.example.com/webhooks/sms/status?outbox=42"], "the report names the outbox row")
        #expect(request.headers["i-twilio-idempotency-token"] == "slotkeeper-42", "the outbox id makes a resend safe")
    }

    @Test("a messaging service replaces the From number")
    func messagingService() async throws {
        let fake = FakeTwilio.provider()
        try await fake.application().test(.live) { client in
            _ = try await Self.sender(port: client.port!, from: nil, service: "MG0001").send(Self.reminder)
        }
        #expect(fake.requests.first?.form["MessagingServiceSid"] == "MG0001")
        #expect(fake.requests.first?.form["From"] == nil)
    }

    @Test("the provider's error codes decide: retry, never retry, or mark the client opted out")
    func errorCodes() async throws {
        let fake = FakeTwilio.provider()
        fake.script([FakeTwilio.error(21610), FakeTwilio.error(21211), FakeTwilio.error(20429, status: 429), .status(500, body: "oops"),
                     .status(503, body: "", headers: ["Retry-After": "7"]), FakeTwilio.error(30007)])
        let outcomes = try await fake.application().test(.live) { client in
            let sender = Self.sender(port: client.port!)
            var outcomes: [SendFailure] = []
            for _ in 0..<6 {
                do throws(SendFailure) { _ = try await sender.send(Self.reminder) } catch { outcomes.append(error) }
            }
            return outcomes
        }
        #expect(outcomes.count == 6)
        guard outcomes.count == 6 else { return }
        if case .optedOut = outcomes[0] {} else { Issue.record("21610 (unsubscribed) must mark the client opted out, got \(outcomes[0])") }
        if case .permanent = outcomes[1] {} else { Issue.record("21211 (invalid To) must not be retried, got \(outcomes[1])") }
        if case .transient = outcomes[2] {} else { Issue.record("20429 (too many requests) is retried, got \(outcomes[2])") }
        if case .transient = outcomes[3] {} else { Issue.record("a 500 is retried, got \(outcomes[3])") }
        #expect(outcomes[4] == .transient("SMS provider error HTTP 503", retryAfter: 7), "Retry-After is honoured")
        if case .permanent = outcomes[5] {} else { Issue.record("30007 (filtered) must not be retried, got \(outcomes[5])") }
    }

    @Test("a provider that doesn't answer in time, or isn't there, is a transient failure")
    func unreachable() async throws {
        let fake = FakeTwilio.provider()
        fake.script([.hang(seconds: 2)])
        try await fake.application().test(.live) { client in
            await #expect(throws: SendFailure.self) { _ = try await Self.sender(port: client.port!, timeout: 1).send(Self.reminder) }
        }
        do throws(SendFailure) {
            _ = try await Self.sender(port: 9).send(Self.reminder)
            Issue.record("nothing listens on port 9")
        } catch {
            if case .transient(let text, _) = error { #expect(text.contains("unreachable")) } else { Issue.record("expected transient, got \(error)") }
        }
    }

    @Test("delivery reports' error codes map the same way", arguments: [
        (30003, "transient"), (30005, "permanent"), (30006, "permanent"), (21610, "optedOut"), (nil, "permanent"),
    ] as [(Int?, String)])
    func deliveryCodes(code: Int?, kind: String) {
        let failure = TwilioSMS.failure(code: code)
        let actual = switch failure { case .transient: "transient"; case .permanent: "permanent"; case .optedOut: "optedOut"; case .unknown: "unknown" }
        #expect(actual == kind)
    }

    @Test("form encoding round-trips what the parser reads, including non-ASCII and reserved characters")
    func formEncoding() {
        let fields = [("Body", "Olá & 'bye' = 100% +1 café 😀"), ("To", "+447700900101")]
        let parsed = FormBody.parse(Array(FormBody.encode(fields).utf8))
        #expect(parsed?.map(\.name) == ["Body", "To"])
        #expect(parsed?.map(\.value) == fields.map(\.1))
        #expect(FormBody.encode([("a b", "+")]) == "a+b=%2B")
    }
}
