import AsyncHTTPClient
import BookingCore
import Channels
import Foundation
import HummingbirdTesting
import NIOCore
import ProviderFakes
import Store
import Synchronization
import TestDatabases
import Testing

/// Three `slotkeeper serve` processes on one PostgreSQL database, as a business behind a load balancer runs them. Runs
/// when the suites run on PostgreSQL (`SLOTKEEPER_TEST_DATABASE_URL`, which `scripts/test` sets).
@Suite("Several processes on one PostgreSQL", .serialized, .enabled(if: TestDatabase.postgresURL != nil))
struct SeveralProcessesTests {
    /// A spa open every day with one staff member, up to its list of clients.
    static let business = """
        locations:
          - {id: soho, name: Soho Wellness, timeZone: Europe/London, hours: {mon-sun: "08:00-20:00"}}
        services:
          - {id: consult, name: Consultation, duration: 30, price: 20.00 GBP}
        staff:
          - {id: anna, name: Anna, locations: [soho], hours: "mon-sun 08:00-20:00", services: [consult]}
        clients:

        """
    static let spa = business + "  - {id: maria, name: María López, phone: \"+447700900001\"}\n"

    @Test("100 requests booking one staff member at one time, spread over 3 processes: exactly one 201, 99 409s, one visit")
    func oneSlotManyProcesses() async throws {
        guard let (dir, address, url) = try await Self.imported(Self.spa, as: "race.yaml") else { return }
        let token = "race-token-0123456789abcdef"
        let environment = ["SLOTKEEPER_DATABASE_URL": url, "SLOTKEEPER_ADMIN_TOKEN": token, "SLOTKEEPER_LOG_LEVEL": "warning"]

        let ports = LoopbackPort.free(3)
        var servers: [Process] = []
        defer { for s in servers where s.isRunning { s.terminate() } }
        for port in ports { servers.append(try Run.serve(in: dir, port: port, environment: environment).0) }
        for port in ports { #expect(try await Run.waitUntilHealthy("http://127.0.0.1:\(port)"), "process on \(port) is up") }

        // The day after tomorrow at 10:00, London time.
        var london = Calendar(identifier: .gregorian)
        london.timeZone = TimeZone(identifier: "Europe/London")!
        let day = london.dateComponents([.year, .month, .day], from: Date().addingTimeInterval(2 * 86_400))
        let start = String(format: "%04d-%02d-%02dT10:00", day.year!, day.month!, day.day!)

        let http = HTTPClient.shared
        let codes = StatusCounts()
        await withTaskGroup(of: Void.self) { group in
            for i in 0..<100 {
                group.addTask {
                    let code = await Self.book(http, port: ports[i % 3], token: token, key: "race-\(i)", start: start)
                    codes.counts.withLock { $0[code, default: 0] += 1 }
                }
            }
        }
        #expect(codes.counts.withLock { $0 } == [201: 1, 409: 99], "\(codes.counts.withLock { $0 })")
        let store = try await TestDatabase.open(address)
        let booked = try await store.appointments(of: "maria").filter { $0.status != .cancelled }
        #expect(booked.count == 1, "one visit in the book, whichever process took it")
    }

    @Test("50 waitlisted clients say yes to one freed slot at once, their replies at 3 processes: one booking, 49 told it is taken")
    func waitlistRace() async throws {
        var london = Calendar(identifier: .gregorian)
        london.timeZone = TimeZone(identifier: "Europe/London")!
        let d = london.dateComponents([.year, .month, .day], from: Date().addingTimeInterval(2 * 86_400))
        let day = String(format: "%04d-%02d-%02d", d.year!, d.month!, d.day!)
        // Offers wait out the night's quiet hours: these are set hours away from now, so the offers go out whenever the test runs.
        let hour = london.component(.hour, from: Date())
        let quiet = String(format: "%02d:00-%02d:00", (hour + 6) % 24, (hour + 7) % 24)
        var yaml = Self.business
        for i in 0...50 { yaml += "  - {id: c\(i), name: Client \(i), phone: \"\(Self.phone(i))\"}\n" }
        yaml += "appointments:\n  - {id: v0, client: c0, service: consult, staff: anna, start: \(day)T10:00}\nwaitlist:\n"
        for i in 1...50 {
            yaml += "  - {client: c\(i), location: soho, services: [consult], windows: [\"\(day) 09:30-10:30\"], flexibility: exact}\n"
        }
        guard let (dir, address, url) = try await Self.imported(yaml, as: "waitlist.yaml") else { return }
        let token = "race-token-0123456789abcdef"
        let provider = FakeTwilio.provider()
        try await provider.application().test(.live) { api in
            let ports = LoopbackPort.free(3)
            let publicURL = "https://spa.example.com"
            try CrashTests.settings(publicURL: publicURL, apiPort: api.port!, more: """
                database_url: \(url)
                policies:
                  waitlist: {mode: broadcast, maxOffersPerSlot: 50}
                  quietHours: "\(quiet)"
                  noShow: {ladder: [{marks: 3, block: true}]}
                """).write(to: dir.appendingPathComponent("slotkeeper.yaml"), atomically: true, encoding: .utf8)
            let servers = try ports.enumerated().map { try CrashTests.start(dir, port: $0.element, run: $0.offset, environment: ["SLOTKEEPER_ADMIN_TOKEN": token]) }
            defer { for s in servers where s.isRunning { kill(s.processIdentifier, SIGKILL) } }
            for port in ports { #expect(try await Run.waitUntilHealthy("http://127.0.0.1:\(port)")) }
            let http = HTTPClient.shared

            // The front desk cancels the visit: the slot is offered to all 50 at once.
            var cancel = HTTPClientRequest(url: "http://127.0.0.1:\(ports[0])/api/v1/appointments/v0/cancel")
            cancel.method = .POST
            cancel.headers.add(name: "Authorization", value: "Bearer \(token)")
            cancel.headers.add(name: "Content-Type", value: "application/json")
            cancel.headers.add(name: "Idempotency-Key", value: "cancel-v0")
            cancel.body = .bytes(ByteBuffer(string: #"{"reason":"client asked"}"#))
            let cancelled = try await http.execute(cancel, timeout: .seconds(30))
            #expect(cancelled.status.code == 200, "cancel: \(cancelled.status)")
            // What the provider was asked to send to the waitlist (c0, who cancelled, hears of it too).
            let offersSent = {
                Set(provider.requests.filter { $0.method == "POST" && $0.path.hasSuffix("/Messages.json") }.compactMap { $0.form["To"] })
                    .subtracting([Self.phone(0)])
            }
            for _ in 0..<300 where offersSent().count < 50 { try await Task.sleep(for: .milliseconds(100)) }
            #expect(offersSent().count == 50, "offers sent: \(offersSent().count)")

            // Everyone says yes at once, spread over the three processes.
            let codes = StatusCounts()
            await withTaskGroup(of: Void.self) { group in
                for i in 1...50 {
                    group.addTask {
                        let code = await Self.yes(http, from: i, port: ports[i % 3], publicURL: publicURL)
                        codes.counts.withLock { $0[code, default: 0] += 1 }
                    }
                }
            }
            #expect(codes.counts.withLock { $0 } == [200: 50], "\(codes.counts.withLock { $0 })")
            let store = try await TestDatabase.open(address)
            var answered: [String] = []
            for _ in 0..<300 {
                answered = []
                for i in 1...50 where try await store.messages(party: "client:c\(i)").filter({ $0.direction == "out" }).count >= 2 { answered.append("c\(i)") }
                if answered.count == 50 { break }
                try await Task.sleep(for: .milliseconds(100))
            }
            #expect(answered.count == 50, "every client heard back: \(answered.count)")
            var booked: [String] = [], told: [String: Int] = [:]
            for i in 1...50 {
                if try await store.appointments(of: ClientID("c\(i)")).contains(where: { $0.status != .cancelled }) { booked.append("c\(i)") }
                for m in try await store.messages(party: "client:c\(i)") where m.direction == "out" && m.name != "waitlist_offer" {
                    told[m.name ?? "?", default: 0] += 1
                }
            }
            #expect(booked.count == 1, "one of them has the slot: \(booked)")
            // The one who got it hears so; the others that it has gone (a yes that crossed the notice, that the offer has gone).
            #expect(told["offer_receipt"] == 1 && told["fallback"] == nil && (told["slot_taken"] ?? 0) >= 49, "\(told)")
        }
    }

    @Test("signed webhooks spread over 3 processes, one killed with SIGKILL mid-stream and started again: each applied and answered once, each message sent once")
    func oneKilled() async throws {
        guard let (dir, address, url) = try await Self.imported(CrashTests.spa(), as: "crash.yaml") else { return }
        let clients = 200, perClient = 4
        let provider = FakeTwilio.provider()
        try await provider.application().test(.live) { api in
            let ports = LoopbackPort.free(3)
            // One public address, as behind a load balancer: every process checks signatures against it.
            let publicURL = "https://spa.example.com"
            try CrashTests.settings(publicURL: publicURL, apiPort: api.port!, more: "database_url: \(url)")
                .write(to: dir.appendingPathComponent("slotkeeper.yaml"), atomically: true, encoding: .utf8)
            var servers = try ports.enumerated().map { try CrashTests.start(dir, port: $0.element, run: $0.offset) }
            defer { for s in servers where s.isRunning { kill(s.processIdentifier, SIGKILL) } }
            for port in ports { #expect(try await Run.waitUntilHealthy("http://127.0.0.1:\(port)")) }

            let http = HTTPClient.shared
            let signer = TwilioSignature(authToken: FakeTwilio.authToken)
            let webhooks: [[(name: String, value: String)]] = (0..<perClient).flatMap { round in
                (0..<clients).map { i in
                    [("MessageSid", "SMmulti\(round)x\(i)"), ("AccountSid", FakeTwilio.accountSID), ("From", "+4477009\(String(format: "%05d", i))"),
                     ("To", "+447700900000"), ("Body", "yes")].map { (name: $0.0, value: $0.1) }
                }
            }
            let total = webhooks.count
            let tally = Tally()

            /// Posts a form signed for the public address to one process after another until one answers 2xx (the
            /// provider's retries, which the load balancer sends wherever it likes).
            @Sendable func deliver(_ path: String, _ fields: [(name: String, value: String)], first: Int) async {
                var attempt = first
                while !tally.stop.withLock({ $0 }) {
                    var request = HTTPClientRequest(url: "http://127.0.0.1:\(ports[attempt % 3])\(path)")
                    request.method = .POST
                    request.headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded")
                    request.headers.add(name: "X-Twilio-Signature", value: signer.signature(url: publicURL + path, fields: fields))
                    request.body = .bytes(ByteBuffer(string: FormBody.encode(fields)))
                    if let response = try? await http.execute(request, timeout: .seconds(15)), (200..<300).contains(response.status.code) {
                        _ = try? await response.body.collect(upTo: 1 << 16)
                        return
                    }
                    tally.retried.withLock { $0 += 1 }
                    attempt += 1
                    try? await Task.sleep(for: .milliseconds(100))
                }
            }

            let load = Task {
                await withTaskGroup(of: Void.self) { group in
                    for _ in 0..<9 {
                        group.addTask {
                            while true {
                                let i = tally.next.withLock { n -> Int? in n < total ? { n += 1; return n - 1 }() : nil }
                                guard let i else { return }
                                await deliver("/webhooks/sms", webhooks[i], first: i)
                                tally.answered.withLock { $0 += 1 }
                            }
                        }
                    }
                }
            }
            let callbacks = Task {
                await CrashTests.reportDelivered(provider, tally: tally) { url, fields, n in
                    await deliver(URL(string: url)?.path ?? url, fields, first: n)
                }
            }

            // The second process is killed halfway and started again; the other two go on.
            while tally.answered.withLock({ $0 }) < total / 2 { try await Task.sleep(for: .milliseconds(20)) }
            kill(servers[1].processIdentifier, SIGKILL)
            await Run.exit(of: servers[1])
            #expect(servers[1].terminationReason == .uncaughtSignal)
            servers[1] = try CrashTests.start(dir, port: ports[1], run: 3)
            #expect(try await Run.waitUntilHealthy("http://127.0.0.1:\(ports[1])"))
            await load.value
            // A send the kill cut off waits out the longest deadline (another process may have been sending it), then is
            // looked up in the provider's log.
            try await CrashTests.waitForSends(provider, total: total)
            tally.stop.withLock { $0 = true }
            await callbacks.value
            for s in servers { kill(s.processIdentifier, SIGTERM); await Run.exit(of: s) }

            let perRow = CrashTests.sendsPerRow(provider)
            #expect(perRow.count == total, "messages sent: \(perRow.count) of \(total)")
            #expect(perRow.values.allSatisfy { $0 == 1 }, "sent twice: \(perRow.filter { $0.value > 1 }.keys.sorted().prefix(5))")
            let store = try await TestDatabase.open(address)
            let wrong = try await CrashTests.wrongThreads(store, clients: clients, perClient: perClient)
            #expect(wrong.isEmpty, "\(wrong.prefix(5))")
        }
    }
}

extension SeveralProcessesTests {
    @Test("Telegram polled by one process at a time: a killed poller's lease runs out and another process takes over; one that stops hands over at once")
    func pollerHandover() async throws {
        guard let (dir, _, url) = try await Self.imported(Self.spa, as: "poll.yaml") else { return }
        let token = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"
        // Each process reaches the fake under a path of its own, so every getUpdates names the process that polled; a long
        // poll is held half a second, as Telegram holds one with nothing new.
        let telegram = RecordingProvider { request, _ in
            request.path.hasSuffix("/getUpdates") ? .delayed(seconds: 0.5, body: #"{"ok":true,"result":[]}"#) : .status(200, body: #"{"ok":true,"result":true}"#)
        }
        try await telegram.application().test(.live) { api in
            let lease = 6.0
            func start(_ name: String, port: Int, run: Int) throws -> Process {
                try CrashTests.start(dir, port: port, run: run, environment: [
                    "SLOTKEEPER_DATABASE_URL": url, "SLOTKEEPER_PUBLIC_URL": "https://spa.example.com",
                    "SLOTKEEPER_TELEGRAM_TOKEN": token, "SLOTKEEPER_TELEGRAM_API_BASE": "http://127.0.0.1:\(api.port!)/\(name)",
                    "SLOTKEEPER_POLLER_LEASE": String(Int(lease)),
                ])
            }
            /// Which process made each getUpdates so far, in order.
            func pollers() -> [String] {
                telegram.requests.filter { $0.path.hasSuffix("/getUpdates") }.map { String($0.path.split(separator: "/")[0]) }
            }
            func waitForPoll(by name: String, after count: Int, within seconds: Double) async throws -> Bool {
                for _ in 0..<Int(seconds * 10) {
                    if pollers().dropFirst(count).contains(name) { return true }
                    try await Task.sleep(for: .milliseconds(100))
                }
                return false
            }
            let ports = LoopbackPort.free(3)
            var a = try start("a", port: ports[0], run: 0)
            defer { for p in [a] where p.isRunning { kill(p.processIdentifier, SIGKILL) } }
            #expect(try await Run.waitUntilHealthy("http://127.0.0.1:\(ports[0])"))
            #expect(try await waitForPoll(by: "a", after: 0, within: 20), "the first process polls")
            let b = try start("b", port: ports[1], run: 1)
            defer { if b.isRunning { kill(b.processIdentifier, SIGKILL) } }
            #expect(try await Run.waitUntilHealthy("http://127.0.0.1:\(ports[1])"))
            try await Task.sleep(for: .seconds(4))
            #expect(Set(pollers()) == ["a"], "while the first holds the lease the second stands by: \(Set(pollers()))")

            // The holder dies: nobody polls until its lease runs out, then the other process does.
            kill(a.processIdentifier, SIGKILL)
            await Run.exit(of: a)
            let killedAt = Date(), before = pollers().count
            #expect(try await waitForPoll(by: "b", after: before, within: 30), "the surviving process takes the poller over")
            let gap = Date().timeIntervalSince(killedAt)
            #expect(gap > lease / 3, "taken over when the dead holder's lease ran out, not before: \(gap) s")
            #expect(Set(pollers().dropFirst(before)) == ["b"])

            // A process that stops hands the lease over at once: the next one up polls well within a lease.
            a = try start("c", port: ports[2], run: 2)
            #expect(try await Run.waitUntilHealthy("http://127.0.0.1:\(ports[2])"))
            try await Task.sleep(for: .seconds(2))
            let handedAt = Date(), count = pollers().count
            kill(b.processIdentifier, SIGTERM)
            await Run.exit(of: b)
            #expect(b.terminationStatus == 0)
            #expect(try await waitForPoll(by: "c", after: count, within: 20), "the third process takes over from the one that stopped")
            #expect(Date().timeIntervalSince(handedAt) < lease, "handed over without waiting for the lease to run out")
            #expect(!pollers().dropFirst(count).contains("a"))
        }
    }

    /// A scratch folder with the business `yaml` imported into a new PostgreSQL database; nil (recorded) off PostgreSQL.
    static func imported(_ yaml: String, as name: String) async throws -> (dir: URL, address: StoreAddress, url: String)? {
        let dir = try scratchFolder()
        try yaml.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
        let (_, address) = try await TestDatabase.make()
        guard case .postgres(let url) = address else { Issue.record("not on PostgreSQL"); return nil }
        let result = try await Run.slotkeeper(["import", name], in: dir, environment: ["SLOTKEEPER_DATABASE_URL": url])
        #expect(result.status == 0, "\(result.stderr)")
        return (dir, address, url)
    }

    /// Books Maria's consultation through the admin API of the process on `port`; the response's status code.
    static func book(_ http: HTTPClient, port: Int, token: String, key: String, start: String) async -> Int {
        var request = HTTPClientRequest(url: "http://127.0.0.1:\(port)/api/v1/appointments")
        request.method = .POST
        request.headers.add(name: "Authorization", value: "Bearer \(token)")
        request.headers.add(name: "Content-Type", value: "application/json")
        request.headers.add(name: "Idempotency-Key", value: key)
        request.body = .bytes(ByteBuffer(string: #"{"clientId":"maria","serviceId":"consult","staffId":"anna","start":"\#(start)"}"#))
        guard let response = try? await http.execute(request, timeout: .seconds(60)) else { return -1 }
        return Int(response.status.code)
    }
}

extension SeveralProcessesTests {
    /// The waitlist test's client `i`'s phone number.
    static func phone(_ i: Int) -> String { "+44770091" + String(format: "%04d", i) }

    /// Client `i` answers "yes" by SMS, through the process on `port`, signed for the public address; the status code.
    static func yes(_ http: HTTPClient, from i: Int, port: Int, publicURL: String) async -> Int {
        let fields = [("MessageSid", "SMwait\(i)"), ("AccountSid", FakeTwilio.accountSID), ("From", phone(i)),
                      ("To", "+447700900000"), ("Body", "yes")].map { (name: $0.0, value: $0.1) }
        var request = HTTPClientRequest(url: "http://127.0.0.1:\(port)/webhooks/sms")
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded")
        let signer = TwilioSignature(authToken: FakeTwilio.authToken)
        request.headers.add(name: "X-Twilio-Signature", value: signer.signature(url: publicURL + "/webhooks/sms", fields: fields))
        request.body = .bytes(ByteBuffer(string: FormBody.encode(fields)))
        guard let response = try? await http.execute(request, timeout: .seconds(60)) else { return -1 }
        return Int(response.status.code)
    }
}

/// How many responses had each status code.
final class StatusCounts: Sendable {
    let counts = Mutex<[Int: Int]>([:])
}
