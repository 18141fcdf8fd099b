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
import Synchronization
import Testing

/// A send whose outcome is unknown (no answer in time, or the process stopped mid-send) is settled before it is ever sent again:
/// by the provider's status report naming the row, or by a look-up in the provider's message log.
@Suite("Sends with an unknown outcome are settled, never blindly sent twice", .serialized)
struct UnknownSendTests {
    /// A Twilio-like API that keeps the messages it accepted, answers the log look-up from them, and can be told to take a
    /// message but answer too late (or to lose it).
    final class Provider: Sendable {
        enum Mode: Sendable { case normal, acceptButAnswerLate, loseAndAnswerLate }
        struct State {
            var log: [(sid: String, to: String, body: String, made: Date)] = []
            var mode = Mode.normal
            var posts = 0
            /// How long an answer given too late takes.
            var lateAnswerSeconds: Double = 5
            /// The provider's own clock, set by the test to the spa's simulated time.
            var now = Date(timeIntervalSince1970: 0)
        }
        let state = Mutex(State())

        func setMode(_ m: Mode) { state.withLock { $0.mode = m } }
        func setNow(_ d: Date) { state.withLock { $0.now = d } }
        func setLateAnswer(seconds: Double) { state.withLock { $0.lateAnswerSeconds = seconds } }
        var posts: Int { state.withLock { $0.posts } }
        func sent(to: String) -> Int { state.withLock { s in s.log.filter { $0.to == to }.count } }

        func recording() -> RecordingProvider {
            RecordingProvider { [self] request, _ in
                if request.method == "GET" {
                    let to = (FormBody.parse(Array(request.query.utf8)) ?? []).first { $0.name == "To" }?.value ?? ""
                    let items = state.withLock { s in s.log.filter { $0.to == to } }.reversed().map {
                        #"{"sid":"\#($0.sid)","to":"\#($0.to)","body":"\#($0.body)","status":"sent","date_created":"\#(TwilioSMS.rfc2822.string(from: $0.made))"}"#
                    }
                    return .status(200, body: #"{"messages":[\#(items.joined(separator: ","))]}"#)
                }
                let form = request.form
                let (mode, sid, late) = state.withLock { s -> (Mode, String, Double) in
                    s.posts += 1
                    let sid = "SM" + String(format: "%032d", s.posts)
                    if s.mode != .loseAndAnswerLate { s.log.append((sid, form["To"] ?? "", form["Body"] ?? "", s.now)) }
                    return (s.mode, sid, s.lateAnswerSeconds)
                }
                switch mode {
                case .normal: return .status(201, body: #"{"sid":"\#(sid)","status":"queued"}"#)
                case .acceptButAnswerLate, .loseAndAnswerLate: return .hang(seconds: late)
                }
            }
        }
    }

    struct Spa {
        let store: SQLiteBookingStore
        let engine: Engine
        let clock: SimulatedClock

        /// `sendDeadline` is short for the tests of a provider that answers too late; tests of what a provider answers give it
        /// the time a loaded test machine needs, so a slow answer is not mistaken for none.
        init(api: Int, path: String? = nil, sendDeadline: Duration = .seconds(1),
             clock: SimulatedClock = SimulatedClock(LocalDateTime(text: "2026-11-23T10:00")!.instant(in: TimeZone(identifier: "UTC")!))) async throws {
            let file = path ?? FileManager.default.temporaryDirectory.appendingPathComponent("slotkeeper-unknown-\(UUID().uuidString).sqlite").path
            store = try SQLiteBookingStore(path: file)
            if path == nil {
                try await store.save(Location(id: "soho", name: "Soho Wellness", timeZoneIdentifier: "Europe/London",
                                              openingHours: .every(Weekday.allCases, [LocalTimeRange(text: "09:00-20:00")!])))
                try await store.save(Client(id: "olivia", firstName: "Olivia", addresses: [.sms: "+447700900101"]))
            }
            self.clock = clock
            let sms = TwilioSMS(settings: .init(accountSID: FakeTwilio.accountSID, authToken: FakeTwilio.authToken, from: "+447700900000",
                                                apiBase: "http://127.0.0.1:\(api)", statusCallback: "https://spa.example.com/webhooks/sms/status"),
                                http: ProviderHTTP(timeout: .seconds(30)))
            engine = Engine(store: store, matcher: PaymentSpa.matcher, dialogs: PaymentSpa.dialogs, clock: clock,
                            config: EngineConfiguration(perRecipientInterval: 0, sendDeadline: sendDeadline), senders: [.sms: sms])
        }

        /// A message for Olivia in the outbox.
        func queue(_ body: String) async throws -> Int64 {
            let now = clock.now()
            return try await store.transaction { tx in
                try tx.enqueue(OutboxDraft(party: "client:olivia", channel: .sms, address: "+447700900101", name: "reminder", locale: "en", body: body,
                                           notBefore: now), at: now)
            }
        }

        func row(_ id: Int64) async throws -> OutboxRow? { try await store.read { try $0.outbox(id) } }

        /// Runs jobs and sends until `minutes` later.
        func wait(minutes: Double) async throws {
            let target = clock.now().addingTimeInterval(minutes * 60)
            while let next = try await engine.nextDue(), next <= target {
                clock.advance(to: max(next, clock.now()))
                try await engine.settle()
            }
            clock.advance(to: target)
            try await engine.settle()
        }
    }

    @Test("the provider took it but answered after the deadline: the look-up finds it, and it is never sent again")
    func acceptedLate() async throws {
        let provider = Provider()
        provider.setMode(.acceptButAnswerLate)
        try await provider.recording().application().test(.live) { api in
            let spa = try await Spa(api: api.port!)
            provider.setNow(spa.clock.now())
            let id = try await spa.queue("Reminder: massage tomorrow at 11:00")
            try await spa.engine.dispatchDue()
            #expect(try await spa.row(id)?.status == .unknown)
            provider.setMode(.normal)
            try await spa.wait(minutes: 5)
            let row = try #require(try await spa.row(id))
            #expect(row.status == .sent && row.providerID == "SM" + String(format: "%032d", 1), "settled from the provider's log")
            #expect(provider.posts == 1 && provider.sent(to: "+447700900101") == 1, "Olivia got it once")
        }
    }

    @Test("the provider lost it and answered late: the look-up doesn't find it, and it is sent again, once")
    func lostLate() async throws {
        let provider = Provider()
        provider.setMode(.loseAndAnswerLate)
        try await provider.recording().application().test(.live) { api in
            let spa = try await Spa(api: api.port!)
            provider.setNow(spa.clock.now())
            let id = try await spa.queue("Reminder: massage tomorrow at 11:00")
            try await spa.engine.dispatchDue()
            provider.setMode(.normal)
            try await spa.wait(minutes: 5)
            #expect(try await spa.row(id)?.status == .sent)
            #expect(provider.posts == 2 && provider.sent(to: "+447700900101") == 1, "one resend, one message on her phone")
        }
    }

    @Test("the process stopped mid-send: on restart the row is looked up, not sent again, when the provider has it")
    func crashMidSend() async throws {
        let provider = Provider()
        try await provider.recording().application().test(.live) { api in
            let first = try await Spa(api: api.port!)
            provider.setNow(first.clock.now())
            let id = try await first.queue("Your visit is confirmed")
            // The provider took it, then the process died before it recorded the answer: the row is left `sending`.
            try await first.store.markSending([id], at: first.clock.now())
            let sms = TwilioSMS(settings: .init(accountSID: FakeTwilio.accountSID, authToken: FakeTwilio.authToken, from: "+447700900000",
                                                apiBase: "http://127.0.0.1:\(api.port!)"))
            _ = try await sms.send(OutboundMessage(id: id, channel: .sms, address: "+447700900101", body: "Your visit is confirmed"))
            let restarted = Engine(store: first.store, matcher: PaymentSpa.matcher, dialogs: PaymentSpa.dialogs, clock: first.clock,
                                   config: EngineConfiguration(perRecipientInterval: 0, sendDeadline: .seconds(1)), senders: [.sms: sms])
            // Down for an hour: the look-up asks about the message's own send time, not the restart's.
            first.clock.advance(by: 3600)
            try await restarted.settle()
            #expect(try await first.row(id)?.status == .unknown, "interrupted: its outcome is unknown")
            first.clock.advance(by: 5 * 60)
            try await restarted.settle()
            #expect(try await first.row(id)?.status == .sent)
            #expect(provider.posts == 1, "not sent twice")
        }
    }

    @Test("the provider's status report names the row: an unknown send is settled by it")
    func reportSettles() async throws {
        let provider = Provider()
        provider.setMode(.acceptButAnswerLate)
        try await provider.recording().application().test(.live) { api in
            let spa = try await Spa(api: api.port!)
            provider.setNow(spa.clock.now())
            let id = try await spa.queue("See you tomorrow")
            try await spa.engine.dispatchDue()
            #expect(try await spa.row(id)?.status == .unknown)
            try await spa.engine.sendReported(outboxID: id, providerID: "SMreported")
            let settled = try await spa.row(id)
            #expect(settled?.status == .sent && settled?.providerID == "SMreported")
            try await spa.wait(minutes: 5)
            #expect(provider.posts == 1, "settled: the look-up job finds nothing to do")
        }
    }

    @Test("the same text to the same number twice: a look-up doesn't take the first message for the second, which is sent")
    func sameTextTwice() async throws {
        let provider = Provider()
        try await provider.recording().application().test(.live) { api in
            // The first send must be answered in time on a loaded machine (a parallel PostgreSQL run took over 3 s), the second
            // must not (the provider hangs 12 s).
            provider.setLateAnswer(seconds: 12)
            let spa = try await Spa(api: api.port!, sendDeadline: .seconds(8))
            provider.setNow(spa.clock.now())
            let first = try await spa.queue("Thanks, see you then!")
            try await spa.engine.dispatchDue()
            #expect(try await spa.row(first)?.status == .sent)
            spa.clock.advance(by: 60)
            provider.setNow(spa.clock.now())
            provider.setMode(.loseAndAnswerLate)
            let second = try await spa.queue("Thanks, see you then!")
            try await spa.engine.dispatchDue()
            provider.setMode(.normal)
            try await spa.wait(minutes: 5)
            let (a, b) = (try await spa.row(first), try await spa.row(second))
            #expect(b?.status == .sent && b?.providerID != a?.providerID)
            #expect(provider.sent(to: "+447700900101") == 2, "both reached her phone")
        }
    }

    @Test("a signed status report naming the row settles it; one whose signature doesn't cover the row is refused")
    func signedReport() async throws {
        let spa = try await SMSWebhookTests.spa()
        let now = Date()
        let id = try await spa.store.transaction { tx in
            try tx.enqueue(OutboxDraft(party: "client:olivia", channel: .sms, address: "+447700900101", name: "reminder", locale: "en", body: "Hi",
                                       notBefore: now), at: now)
        }
        _ = try await spa.store.markSending([id], at: now)
        try await spa.store.markUnknown(id, error: "no answer") { _ in }
        let fields: [(name: String, value: String)] = [("MessageSid", "SMreport1"), ("AccountSid", "AC123"), ("MessageStatus", "sent"), ("To", "+447700900101")]
        let path = "/webhooks/sms/status?outbox=\(id)"
        try await spa.app.test(.router) { client async throws in
            let forged = TwilioSignature(authToken: Vectors.token).signature(url: "https://spa.example.com/webhooks/sms/status", fields: fields)
            #expect(try await SMSWebhookTests.post(client, path, body: FormBody.encode(fields), signature: forged).status == .forbidden)
            #expect(try await spa.store.read { try $0.outbox(id) }?.status == .unknown)
            let signature = TwilioSignature(authToken: Vectors.token).signature(url: "https://spa.example.com" + path, fields: fields)
            #expect(try await SMSWebhookTests.post(client, path, body: FormBody.encode(fields), signature: signature).status == .ok)
        }
        let row = try await spa.store.read { try $0.outbox(id) }
        #expect(row?.status == .sent && row?.providerID == "SMreport1")
    }
}

/// The SMS provider failing, throttling and recovering: every message delivered exactly once, with backoff; a permanent error is
/// not retried; nobody else waits on it.
@Suite("Provider outage: 500, then 429 with Retry-After, then recovery", .serialized)
struct ProviderOutageTests {
    @Test("three clients' messages through an outage: each reaches the provider exactly once in the end, after the wait it asked for")
    func outage() async throws {
        let provider = FakeTwilio.provider()
        // The first three calls fail with 500, the next three with 429 and Retry-After: 120; then the provider is back.
        provider.script(Array(repeating: .status(500, body: #"{"code":20500,"message":"Internal Server Error","status":500}"#), count: 3)
                        + Array(repeating: .status(429, body: #"{"code":20429,"message":"Too Many Requests","status":429}"#, headers: ["Retry-After": "120"]), count: 3))
        try await provider.application().test(.live) { api in
            let spa = try await UnknownSendTests.Spa(api: api.port!, sendDeadline: .seconds(20))
            for (id, phone) in [("maria", "+447700900102"), ("oleg", "+447700900103")] {
                try await spa.store.save(Client(id: ClientID(id), firstName: id, addresses: [.sms: phone]))
            }
            let now = spa.clock.now()
            let rows = try await spa.store.transaction { tx in
                try [("olivia", "+447700900101"), ("maria", "+447700900102"), ("oleg", "+447700900103")].map { who, phone in
                    try tx.enqueue(OutboxDraft(party: "client:\(who)", channel: .sms, address: phone, name: "reminder", locale: "en",
                                               body: "Reminder for \(who)", notBefore: now), at: now)
                }
            }
            try await spa.engine.dispatchDue()
            #expect(provider.requests.count == 3, "one try each: 500")
            try await spa.wait(minutes: 1.5)
            #expect(provider.requests.count == 6, "one more each after the backoff: 429 with Retry-After: 120")
            // The 429s came at 24-36 s (30 s backoff, ±20 %): nothing before two minutes after them.
            try await spa.wait(minutes: 0.5)
            #expect(provider.requests.count == 6, "nothing before the two minutes the provider asked for")
            try await spa.wait(minutes: 3)
            for id in rows { #expect(try await spa.row(id)?.status == .sent) }
            let posted = provider.requests.suffix(from: 6).compactMap { $0.headers["i-twilio-idempotency-token"] }
            #expect(posted.sorted() == rows.map { "slotkeeper-\($0)" }.sorted(), "each row reached the provider once after it recovered")
        }
    }

    @Test("a permanent error is not retried on that channel")
    func permanent() async throws {
        let provider = FakeTwilio.provider()
        provider.script([FakeTwilio.error(21211)])
        try await provider.application().test(.live) { api in
            let spa = try await UnknownSendTests.Spa(api: api.port!, sendDeadline: .seconds(20))
            let id = try await spa.queue("Reminder")
            try await spa.engine.dispatchDue()
            try await spa.wait(minutes: 60)
            #expect(try await spa.row(id)?.status == .failed)
            #expect(provider.requests.filter { $0.method == "POST" }.count == 1, "21211 (invalid number): tried once")
        }
    }
}
