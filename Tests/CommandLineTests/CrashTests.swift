import AsyncHTTPClient
import Channels
import Foundation
import HummingbirdTesting
import NIOCore
import ProviderFakes
import Store
import Synchronization
import Testing

/// The built server under inbound load, killed with SIGKILL twice and started again, against a fake SMS provider: whatever
/// was answered 2xx is applied exactly once, the provider's webhook retries what wasn't, and every message reaches the
/// provider exactly once (it is counted per outbox row, which each request names in its status callback).
@Suite("Crash: SIGKILL twice under load", .serialized)
struct CrashTests {
    static let clients = 400
    static let perClient = 5

    /// A spa of `clients` clients with SMS numbers and nothing booked: each "yes" gets exactly one answer.
    static func spa() -> String {
        var yaml = """
            locations:
              - id: soho
                name: Soho Wellness
                timeZone: Europe/London
                hours: {mon-sun: "08:00-20:00"}
            services:
              - {id: consult, name: Consultation, duration: 30, price: 20.00 GBP}
            staff:
              - {id: anna, name: Anna, locations: [soho], hours: "mon-sun 08:00-20:00", services: [consult]}
            clients:

            """
        for i in 0..<clients { yaml += "  - {id: c\(i), name: Client \(i), phone: \"+4477009\(String(format: "%05d", i))\"}\n" }
        return yaml
    }

    /// `slotkeeper.yaml` for a server at `publicURL` sending SMS through the fake provider on `apiPort`; `more` is added as is.
    static func settings(publicURL: String, apiPort: Int, more: String = "") -> String {
        """
        public_url: \(publicURL)
        twilio:
          account_sid: \(FakeTwilio.accountSID)
          from: "+447700900000"
          api_base: http://127.0.0.1:\(apiPort)
          per_second: 500
        """ + (more.isEmpty ? "" : "\n" + more)
    }

    /// What the fake provider was asked to send.
    static func sends(_ provider: RecordingProvider) -> [RecordingProvider.Recorded] {
        provider.requests.filter { $0.method == "POST" && $0.path.hasSuffix("/Messages.json") }
    }

    /// Waits until the provider was asked to send `total` different outbox rows, as long as sending goes on (a busy machine
    /// is slower, not wrong): a send cut off by a kill waits for the provider's report, then is looked up in its log.
    static func waitForSends(_ provider: RecordingProvider, total: Int) async throws {
        var lastCount = 0, lastProgress = ContinuousClock.now
        while true {
            let count = Set(sends(provider).compactMap { $0.form["StatusCallback"] }).count
            if count >= total { break }
            if count > lastCount { (lastCount, lastProgress) = (count, .now) }
            if ContinuousClock.now - lastProgress > .seconds(200) { break }
            try await Task.sleep(for: .milliseconds(200))
        }
        // A moment more, for anything sent twice to show.
        try await Task.sleep(for: .seconds(2))
    }

    /// The provider's side after each send it took: a "delivered" status report to the message's status callback, through
    /// `deliver` (given the callback URL, the report's fields and its number), until the tally says stop.
    static func reportDelivered(_ provider: RecordingProvider, tally: Tally,
                                deliver: @Sendable (String, [(name: String, value: String)], Int) async -> Void) async {
        var reported = 0
        while !tally.stop.withLock({ $0 }) {
            let requests = provider.requests
            while reported < requests.count {
                let r = requests[reported]
                reported += 1
                guard r.method == "POST", r.path.hasSuffix("/Messages.json"), let url = r.form["StatusCallback"] else { continue }
                let fields = [("MessageSid", "SM" + String(format: "%032d", reported)), ("MessageStatus", "delivered"),
                              ("AccountSid", FakeTwilio.accountSID), ("To", r.form["To"] ?? "")].map { (name: $0.0, value: $0.1) }
                await deliver(url, fields, reported)
            }
            try? await Task.sleep(for: .milliseconds(50))
        }
    }

    /// How many times the provider was asked to send each outbox row (named by its status callback).
    static func sendsPerRow(_ provider: RecordingProvider) -> [String: Int] {
        var perRow: [String: Int] = [:]
        for r in sends(provider) { perRow[r.form["StatusCallback"] ?? "", default: 0] += 1 }
        return perRow
    }

    /// Clients c0… whose thread doesn't hold exactly `perClient` webhooks and `perClient` answers.
    static func wrongThreads(_ store: any BookingStore, clients: Int, perClient: Int) async throws -> [String] {
        var wrong: [String] = []
        for i in 0..<clients {
            let thread = try await store.messages(party: "client:c\(i)")
            let inbound = thread.filter { $0.direction == "in" }.count, outbound = thread.filter { $0.direction == "out" }.count
            if inbound != perClient || outbound != perClient { wrong.append("c\(i): \(inbound) in, \(outbound) out") }
        }
        return wrong
    }

    /// One running `slotkeeper serve`, its output in a file (a pipe nobody reads would stall it).
    static func start(_ dir: URL, port: Int, run: Int, level: String = "warning", environment: [String: String] = [:]) throws -> Process {
        let server = Process()
        server.executableURL = Run.binary
        server.arguments = ["serve", "--port", String(port)]
        server.currentDirectoryURL = dir
        var env = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("SLOTKEEPER_") }
        env["SLOTKEEPER_TWILIO_AUTH_TOKEN"] = FakeTwilio.authToken
        env["SLOTKEEPER_LOG_LEVEL"] = level
        for (k, v) in environment { env[k] = v }
        server.environment = env
        let log = dir.appendingPathComponent("server-\(run).log")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        server.standardOutput = handle
        server.standardError = handle
        try server.run()
        return server
    }

    @Test("thousands of signed webhooks, the server killed twice: each applied and answered once, each message sent once")
    func killedTwice() async throws {
        let dir = try scratchFolder()
        try Self.spa().write(to: dir.appendingPathComponent("crash.yaml"), atomically: true, encoding: .utf8)
        let imported = try await Run.slotkeeper(["import", "crash.yaml"], in: dir)
        #expect(imported.status == 0, "\(imported.stderr)")
        let provider = FakeTwilio.provider()
        try await provider.application().test(.live) { api in
            let port = LoopbackPort.free()
            let publicURL = "http://127.0.0.1:\(port)"
            try Self.settings(publicURL: publicURL, apiPort: api.port!).write(to: dir.appendingPathComponent("slotkeeper.yaml"),
                                                                              atomically: true, encoding: .utf8)
            var server = try Self.start(dir, port: port, run: 1)
            defer { if server.isRunning { kill(server.processIdentifier, SIGKILL) } }
            #expect(try await Run.waitUntilHealthy(publicURL))

            let http = HTTPClient(eventLoopGroupProvider: .singleton)
            let signer = TwilioSignature(authToken: FakeTwilio.authToken)
            // Every client says yes, perClient times, in order; the webhooks of different clients interleave.
            let webhooks: [[(name: String, value: String)]] = (0..<Self.perClient).flatMap { round in
                (0..<Self.clients).map { i in
                    [("MessageSid", "SMcrash\(round)x\(i)"), ("AccountSid", FakeTwilio.accountSID), ("From", "+4477009\(String(format: "%05d", i))"),
                     ("To", "+447700900000"), ("Body", "yes")].map { (name: $0.0, value: $0.1) }
                }
            }
            let total = webhooks.count
            let tally = Tally()

            /// Posts a form to the server, signed, until it answers 2xx (the provider's retries).
            @Sendable func deliver(_ url: String, _ fields: [(name: String, value: String)]) async {
                var request = HTTPClientRequest(url: url)
                request.method = .POST
                request.headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded")
                request.headers.add(name: "X-Twilio-Signature", value: signer.signature(url: url, fields: fields))
                request.body = .bytes(ByteBuffer(string: FormBody.encode(fields)))
                while !tally.stop.withLock({ $0 }) {
                    if let response = try? await http.execute(request, timeout: .seconds(15)), (200..<300).contains(response.status.code) {
                        _ = try? await response.body.collect(upTo: 1 << 16)
                        return
                    }
                    tally.retried.withLock { $0 += 1 }
                    try? await Task.sleep(for: .milliseconds(100))
                }
            }

            let started = ContinuousClock.now
            // The provider's side: inbound webhooks from 8 connections, and a status callback for every message it took.
            let load = Task {
                await withTaskGroup(of: Void.self) { group in
                    for _ in 0..<8 {
                        group.addTask {
                            while true {
                                let i = tally.next.withLock { n -> Int? in n < total ? { n += 1; return n - 1 }() : nil }
                                guard let i else { return }
                                await deliver("\(publicURL)/webhooks/sms", webhooks[i])
                                tally.answered.withLock { $0 += 1 }
                            }
                        }
                    }
                }
            }
            let callbacks = Task { await Self.reportDelivered(provider, tally: tally) { url, fields, _ in await deliver(url, fields) } }

            // Killed twice mid-stream, started again at once each time.
            for (run, thirds) in [(2, 1), (3, 2)] {
                while tally.answered.withLock({ $0 }) < total * thirds / 3 { try await Task.sleep(for: .milliseconds(20)) }
                kill(server.processIdentifier, SIGKILL)
                await Run.exit(of: server)
                #expect(server.terminationReason == .uncaughtSignal)
                server = try Self.start(dir, port: port, run: run)
                #expect(try await Run.waitUntilHealthy(publicURL))
            }
            await load.value
            try await Self.waitForSends(provider, total: total)
            tally.stop.withLock { $0 = true }
            await callbacks.value
            let elapsed = ContinuousClock.now - started
            kill(server.processIdentifier, SIGTERM)
            await Run.exit(of: server)
            try await http.shutdown()

            // The provider got each outbox row exactly once, and one per webhook.
            let perRow = Self.sendsPerRow(provider)
            #expect(perRow.count == total, "messages sent: \(perRow.count) of \(total)")
            #expect(perRow.values.allSatisfy { $0 == 1 }, "sent twice: \(perRow.filter { $0.value > 1 }.keys.sorted().prefix(5))")
            // Each client's thread holds each of their webhooks once, and one answer to each.
            let store = try SQLiteBookingStore(path: dir.appendingPathComponent("slotkeeper.sqlite").path)
            let wrong = try await Self.wrongThreads(store, clients: Self.clients, perClient: Self.perClient)
            #expect(wrong.isEmpty, "\(wrong.prefix(5))")
            print("crash run: \(total) webhooks, killed twice, \(tally.retried.withLock { $0 }) deliveries retried, \(perRow.count) messages sent once each, in \(elapsed)")
        }
    }
}

/// The load's shared counters.
final class Tally: Sendable {
    /// The next webhook to send.
    let next = Mutex(0)
    /// Webhooks answered 2xx.
    let answered = Mutex(0)
    /// Deliveries that failed and were tried again (the server down, or killed mid-request).
    let retried = Mutex(0)
    let stop = Mutex(false)
}
