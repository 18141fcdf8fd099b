import AsyncHTTPClient
import Foundation
import NIOCore
import Synchronization
import TestDatabases
import Testing

/// Three `slotkeeper serve` processes on one PostgreSQL database, as a business behind a load balancer runs them. Runs
/// when the suites run on PostgreSQL (`SLOTKEEPER_TEST_DATABASE_URL`, which `scripts/test` sets).
@Suite("Several processes on one PostgreSQL", .serialized, .enabled(if: TestDatabase.postgresURL != nil))
struct SeveralProcessesTests {
    static let spa = """
        locations:
          - {id: soho, name: Soho Wellness, timeZone: Europe/London, hours: {mon-sun: "08:00-20:00"}}
        services:
          - {id: consult, name: Consultation, duration: 30, price: 20.00 GBP}
        staff:
          - {id: anna, name: Anna, locations: [soho], hours: "mon-sun 08:00-20:00", services: [consult]}
        clients:
          - {id: maria, name: María López, phone: "+447700900001"}
        """

    @Test("100 requests booking one staff member at one time, spread over 3 processes: exactly one 201, 99 409s, one visit")
    func oneSlotManyProcesses() async throws {
        let dir = try scratchFolder()
        try Self.spa.write(to: dir.appendingPathComponent("race.yaml"), atomically: true, encoding: .utf8)
        let (_, address) = try await TestDatabase.make()
        guard case .postgres(let url) = address else { Issue.record("not on PostgreSQL"); return }
        let token = "race-token-0123456789abcdef"
        let environment = ["SLOTKEEPER_DATABASE_URL": url, "SLOTKEEPER_ADMIN_TOKEN": token, "SLOTKEEPER_LOG_LEVEL": "warning"]
        let imported = try Run.slotkeeper(["import", "race.yaml"], in: dir, environment: environment)
        #expect(imported.status == 0, "\(imported.stderr)")

        let ports = (0..<3).map { 41_000 + Int.random(in: 0..<2_000) * 3 + $0 }
        var servers: [Process] = []
        defer { for s in servers where s.isRunning { s.terminate() } }
        for port in ports { servers.append(try Run.serve(in: dir, port: port, environment: environment).0) }
        for port in ports { #expect(try await Run.waitUntilHealthy("http://127.0.0.1:\(port)"), "process on \(port) is up") }

        // The day after tomorrow at 10:00, London time.
        var london = Calendar(identifier: .gregorian)
        london.timeZone = TimeZone(identifier: "Europe/London")!
        let day = london.dateComponents([.year, .month, .day], from: Date().addingTimeInterval(2 * 86_400))
        let start = String(format: "%04d-%02d-%02dT10:00", day.year!, day.month!, day.day!)

        let http = HTTPClient(eventLoopGroupProvider: .singleton)
        let codes = StatusCounts()
        await withTaskGroup(of: Void.self) { group in
            for i in 0..<100 {
                group.addTask {
                    let code = await Self.book(http, port: ports[i % 3], token: token, key: "race-\(i)", start: start)
                    codes.counts.withLock { $0[code, default: 0] += 1 }
                }
            }
        }
        try await http.shutdown()
        #expect(codes.counts.withLock { $0 } == [201: 1, 409: 99], "\(codes.counts.withLock { $0 })")
        let store = try await TestDatabase.open(address)
        let booked = try await store.appointments(of: "maria").filter { $0.status != .cancelled }
        #expect(booked.count == 1, "one visit in the book, whichever process took it")
    }
}

extension SeveralProcessesTests {
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

/// How many responses had each status code.
final class StatusCounts: Sendable {
    let counts = Mutex<[Int: Int]>([:])
}
