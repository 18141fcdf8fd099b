import Benchmark
import BookingCore
import Foundation
import GRDB
import Store
import Synchronization

/// A busy location: 20 staff, open 08:00-22:00 every day, 5,000 appointments over 14 days.
enum BusySpa {
    static let zone = TimeZone(identifier: "Europe/London")!
    static let location = Location(id: "bench", name: "Bench", timeZoneIdentifier: "Europe/London",
                                   openingHours: .every(Weekday.allCases, [LocalTimeRange(text: "08:00-22:00")!]))
    static let service = Service(id: "massage", name: "Massage", durationMinutes: 60, bufferAfterMinutes: 15,
                                 price: Money(minorUnits: 8000, currency: "GBP"))
    static let short = Service(id: "nails", name: "Nails", durationMinutes: 30, price: Money(minorUnits: 3000, currency: "GBP"))
    static let staff: [StaffMember] = (0..<20).map { i in
        StaffMember(id: StaffID("s\(i)"), name: "Staff \(i)", locationIDs: ["bench"],
                    workingHours: .every(Weekday.allCases, [LocalTimeRange(text: "08:00-13:00")!, LocalTimeRange(text: "13:30-22:00")!]),
                    serviceIDs: ["massage", "nails"])
    }
    static let firstDay = LocalDate(iso: "2026-11-23")!
    static let from = ZoneDay(firstDay, in: zone).start
    static let to = ZoneDay(firstDay.adding(days: 14), in: zone).start

    /// 5,000 30-minute appointments spread over the 14 days: about 18 a day for each staff member.
    static let appointments: [Appointment] = {
        var out: [Appointment] = []
        var seed: UInt64 = 42
        func next(_ n: Int) -> Int { seed = seed &* 6364136223846793005 &+ 1442695040888963407; return Int((seed >> 33) % UInt64(n)) }
        outer: for day in 0..<14 {
            let zd = ZoneDay(firstDay.adding(days: day), in: zone)
            for member in staff {
                var minute = 8 * 60 + next(20)
                for _ in 0..<18 {
                    if minute >= 13 * 60 - 30 && minute < 13 * 60 + 30 { minute = 13 * 60 + 30 }
                    guard minute + 30 <= 22 * 60 else { break }
                    let start = zd.instant(at: LocalTime(minutes: minute))
                    out.append(Appointment(id: AppointmentID("a\(out.count)"), clientID: "c", serviceID: "nails", staffID: member.id,
                                           locationID: "bench", start: start, end: start.addingTimeInterval(1800), price: short.price,
                                           createdAt: start))
                    if out.count == 5000 { break outer }
                    minute += 30 + 5 * next(4)
                }
            }
        }
        return out
    }()
    static let services: [ServiceID: Service] = [service.id: service, short.id: short]
}

/// One store and one bare database for every sample of a run, so each measurement is a booking into a
/// warm connection and a growing table, as in a running server (a fresh connection's first statement
/// parses the whole schema, which is not what is being measured).
enum Shared {
    static func folder() -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("slotkeeper-bench-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    static let store: SQLiteBookingStore = {
        let store = try! SQLiteBookingStore(path: folder().appendingPathComponent("bench.sqlite").path)
        try! store.pool.write { db in
            try db.execute(sql: "INSERT INTO location (id, name, time_zone, opening_hours, closures, quiet_start, quiet_end) VALUES ('bench', 'Bench', 'Europe/London', '{}', '[]', 1260, 480)")
            try db.execute(sql: "INSERT INTO service (id, name, duration_minutes, price_minor, currency) VALUES ('nails', 'Nails', 30, 3000, 'GBP')")
            for i in 0..<20 {
                try db.execute(sql: "INSERT INTO staff (id, name, role, location_ids, working_hours, time_off, service_ids) VALUES (?, ?, 'staff', '[]', '{}', '[]', '[]')",
                               arguments: ["s\(i)", "Staff \(i)"])
            }
            try db.execute(sql: "INSERT INTO client (id, first_name) VALUES ('c', 'Client')")
        }
        return store
    }()

    static let bare: DatabasePool = {
        let pool = try! DatabasePool(path: folder().appendingPathComponent("bare.sqlite").path)
        try! pool.write { db in
            try db.execute(sql: """
                CREATE TABLE appointment (id TEXT PRIMARY KEY NOT NULL, client_id TEXT NOT NULL, service_id TEXT NOT NULL, staff_id TEXT NOT NULL,
                  location_id TEXT NOT NULL, start_at INTEGER NOT NULL, end_at INTEGER NOT NULL, price_minor INTEGER NOT NULL, currency TEXT NOT NULL,
                  status TEXT NOT NULL, source TEXT NOT NULL, created_at REAL NOT NULL, updated_at REAL NOT NULL);
                CREATE INDEX appointment_staff_start ON appointment(staff_id, start_at);
                """)
        }
        return pool
    }()

    static let bookings = Atomic<Int>(0)
    static let bareRows = Atomic<Int>(0)
}

/// Appointment number `n`: each staff member gets back-to-back 30-minute visits, so none overlap.
func benchAppointment(_ n: Int, prefix: String) -> Appointment {
    let start = BusySpa.from.addingTimeInterval(Double(n / 20) * 1800)
    return Appointment(id: AppointmentID("\(prefix)\(n)"), clientID: "c", serviceID: "nails", staffID: StaffID("s\(n % 20)"),
                       locationID: "bench", start: start, end: start.addingTimeInterval(1800), price: BusySpa.short.price,
                       source: .api, createdAt: start)
}

let benchmarks: @Sendable () -> Void = {
    let quick = Benchmark.Configuration(metrics: [.wallClock, .throughput, .mallocCountTotal], warmupIterations: 10,
                                        maxDuration: .seconds(3), maxIterations: 2_000)

    Benchmark("Slot search: 60-min service, 20 staff x 14 days, 5,000 appointments (calendar prebuilt)", configuration: quick) { benchmark in
        var busy = BusyCalendar(appointments: BusySpa.appointments, services: BusySpa.services)
        for s in BusySpa.staff { busy.add(timeOff: s.timeOff, for: s.id) }
        let query = SlotQuery(service: BusySpa.service, from: BusySpa.from, to: BusySpa.to, near: BusySpa.from.addingTimeInterval(5 * 86_400 + 8 * 3600))
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(SlotSearch.freeSlots(query, location: BusySpa.location, staff: BusySpa.staff, busy: busy))
        }
    }

    Benchmark("Slot search including building the busy calendar from 5,000 appointments", configuration: quick) { benchmark in
        let query = SlotQuery(service: BusySpa.service, from: BusySpa.from, to: BusySpa.to, near: BusySpa.from.addingTimeInterval(5 * 86_400 + 8 * 3600))
        let appointments = BusySpa.appointments
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            let busy = BusyCalendar(appointments: appointments, services: BusySpa.services)
            blackHole(SlotSearch.freeSlots(query, location: BusySpa.location, staff: BusySpa.staff, busy: busy))
        }
    }

    let txConfig = Benchmark.Configuration(metrics: [.wallClock, .throughput], warmupIterations: 50, maxDuration: .seconds(5), maxIterations: 20_000)

    Benchmark("Booking transaction through BookingStore.book (overlap trigger, insert, audit)", configuration: txConfig) { benchmark in
        let store = Shared.store
        for _ in benchmark.scaledIterations {
            let n = Shared.bookings.add(1, ordering: .relaxed).oldValue
            try await store.book(benchAppointment(n, prefix: "b"), by: .external("bench"))
        }
    }

    Benchmark("Bare GRDB insert transaction of the same row (async write, no checks, no audit)", configuration: txConfig) { benchmark in
        let pool = Shared.bare
        for _ in benchmark.scaledIterations {
            let a = benchAppointment(Shared.bareRows.add(1, ordering: .relaxed).oldValue, prefix: "b")
            try await pool.write { db in
                try db.execute(sql: """
                    INSERT INTO appointment (id, client_id, service_id, staff_id, location_id, start_at, end_at, price_minor, currency, status, source, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [a.id.rawValue, a.clientID.rawValue, a.serviceID.rawValue, a.staffID.rawValue, a.locationID.rawValue,
                                     Int64(a.start.timeIntervalSince1970), Int64(a.end.timeIntervalSince1970), a.price.minorUnits, a.price.currency,
                                     a.status.rawValue, a.source.rawValue, a.createdAt.timeIntervalSince1970, a.updatedAt.timeIntervalSince1970])
            }
        }
    }
}
