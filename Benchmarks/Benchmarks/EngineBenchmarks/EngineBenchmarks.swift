import Benchmark
import BookingCore
import Dialogs
import Engine
import Foundation
import Intents
import Store
import Synchronization

/// A spa with 1,000 clients, each with a visit in the coming week, and an engine on a fixed clock.
enum PipelineSpa {
    static let zone = TimeZone(identifier: "Europe/London")!
    static let now = LocalDateTime(text: "2026-11-23T10:00")!.instant(in: zone)
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func folder() -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("slotkeeper-bench-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    static let store: SQLiteBookingStore = {
        let store = try! SQLiteBookingStore(path: folder().appendingPathComponent("engine.sqlite").path)
        try! store.pool.write { db in
            try db.execute(sql: "INSERT INTO location (id, name, time_zone, opening_hours, closures, quiet_start, quiet_end) VALUES ('soho', 'Soho', 'Europe/London', ?, '[]', 1260, 480)",
                           arguments: [#"{"days":{"monday":["09:00-20:00"],"tuesday":["09:00-20:00"],"wednesday":["09:00-20:00"],"thursday":["09:00-20:00"],"friday":["09:00-20:00"],"saturday":["09:00-20:00"],"sunday":["09:00-20:00"]}}"#])
            try db.execute(sql: "INSERT INTO service (id, name, duration_minutes, price_minor, currency) VALUES ('nails', 'Gel manicure', 30, 3800, 'GBP')")
            for i in 0..<8 {
                try db.execute(sql: "INSERT INTO staff (id, name, role, location_ids, working_hours, time_off, service_ids) VALUES (?, ?, 'staff', '[\"soho\"]', '{\"days\":{}}', '[]', '[\"nails\"]')",
                               arguments: ["s\(i)", "Staff \(i)"])
            }
            for i in 0..<1000 {
                try db.execute(sql: "INSERT INTO client (id, first_name, locale) VALUES (?, ?, 'en')", arguments: ["c\(i)", "Client\(i)"])
                try db.execute(sql: "INSERT INTO client_address (client_id, channel, address) VALUES (?, 'sms', ?)",
                               arguments: ["c\(i)", "+4477009\(String(format: "%05d", i))"])
                let start = Int64(now.timeIntervalSince1970) + 86_400 + Int64(i / 8) * 1800
                try db.execute(sql: """
                    INSERT INTO appointment (id, client_id, service_id, staff_id, location_id, start_at, end_at, price_minor, currency, status, source, created_at, updated_at)
                    VALUES (?, ?, 'nails', ?, 'soho', ?, ?, 3800, 'GBP', 'booked', 'online', 0, 0)
                    """, arguments: ["a\(i)", "c\(i)", "s\(i % 8)", start, start + 1800])
            }
        }
        return store
    }()

    static let engine: Engine = {
        let matcher = ReplyMatcher(catalogue: try! IntentCatalogue.load(directory: root.appendingPathComponent("intents")))
        let dialogs = try! DialogCatalogue.load(directory: root.appendingPathComponent("dialogs"))
        return Engine(store: store, matcher: matcher, dialogs: dialogs, clock: FixedClock(date: now))
    }()

    static let replies = Atomic<Int>(0)

    /// 1,000,000 pending jobs due over the next year, ten of them due now.
    static let jobs: SQLiteBookingStore = {
        let store = try! SQLiteBookingStore(path: folder().appendingPathComponent("jobs.sqlite").path)
        try! store.pool.write { db in
            let statement = try db.makeStatement(sql: "INSERT INTO job (party, due_at, payload, created_at) VALUES ('engine', ?, '{}', 0)")
            let base = now.timeIntervalSince1970
            for i in 0..<1_000_000 {
                let due = i < 10 ? base - Double(i) : base + 60 + Double(i) * 31.5
                try statement.execute(arguments: [due])
            }
        }
        return store
    }()
}

struct FixedClock: EngineClock {
    let date: Date
    func now() -> Date { date }
}

let benchmarks: @Sendable () -> Void = {
    let config = Benchmark.Configuration(metrics: [.wallClock, .throughput], warmupIterations: 50, maxDuration: .seconds(5), maxIterations: 20_000)

    Benchmark("Pipeline: inbound SMS reply -> understand -> decide -> one transaction -> outbox row", configuration: config) { benchmark in
        let engine = PipelineSpa.engine
        for _ in benchmark.scaledIterations {
            let n = PipelineSpa.replies.add(1, ordering: .relaxed).oldValue
            try await engine.receive(channel: .sms, from: "+4477009\(String(format: "%05d", n % 1000))", text: "Yes, see you then!", providerID: "SM\(n)")
        }
    }

    Benchmark("Bare booking transaction through BookingStore.book, same run", configuration: config) { benchmark in
        let store = PipelineSpa.store
        for _ in benchmark.scaledIterations {
            let n = PipelineSpa.replies.add(1, ordering: .relaxed).oldValue
            let start = PipelineSpa.now.addingTimeInterval(30 * 86_400 + Double(n / 8) * 1800)
            try await store.book(Appointment(id: AppointmentID("bench-\(n)"), clientID: ClientID("c\(n % 1000)"), serviceID: "nails", staffID: StaffID("s\(n % 8)"),
                                             locationID: "soho", start: start, end: start.addingTimeInterval(1800),
                                             price: Money(minorUnits: 3800, currency: "GBP"), source: .api, createdAt: start), by: .external("bench"))
        }
    }

    Benchmark("Scheduler: the jobs due now among 1,000,000 pending", configuration: Benchmark.Configuration(metrics: [.wallClock, .throughput], warmupIterations: 5, maxDuration: .seconds(3))) { benchmark in
        let store = PipelineSpa.jobs
        for _ in benchmark.scaledIterations {
            blackHole(try await store.dueJobs(until: PipelineSpa.now, limit: 100))
        }
    }
}
