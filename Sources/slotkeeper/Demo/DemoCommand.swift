import ArgumentParser
import BookingCore
import Foundation
import Store

/// `slotkeeper demo`: builds the demo spa in a fresh SQLite file and shows tomorrow.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Create the demo spa in a fresh SQLite file and print tomorrow's schedule and free slots.")

    @Option(name: .long, help: ArgumentHelp("The demo's SQLite file, made anew each run.", valueName: "path"))
    var database: String = "slotkeeper-demo.sqlite"

    @Option(help: ArgumentHelp("Pretend it is this moment (ISO 8601, e.g. 2026-11-23T09:00:00Z), for a reproducible run.", valueName: "instant"))
    var now: String?

    func run() async throws {
        let clock: Date
        if let now {
            guard let d = try? Date(now, strategy: .iso8601) else {
                throw ValidationError("--now \"\(now)\" is not an ISO 8601 instant such as 2026-11-23T09:00:00Z")
            }
            clock = d
        } else {
            clock = Date()
        }
        try await Self.clearOldDemo(at: database)
        let store: SQLiteBookingStore
        do { store = try StoreAddress.sqlite(path: database).open() } catch { throw CommandFailure("\(error)") }

        let spa = DemoSpa()
        let week = spa.week(now: clock)
        try await store.save(spa.location)
        for s in spa.services { try await store.save(s) }
        for s in spa.staff { try await store.save(s) }
        for var c in spa.clients {
            c.attendance = week.attendance[c.id] ?? []
            try await store.save(c)
        }
        for a in week.appointments { try await store.book(a, by: .system("demo")) }
        let waitlist = spa.waitlist(now: clock)
        for w in waitlist { try await store.save(w) }

        let report = try await DemoReport.make(store: store, location: DemoSpa.locationID, now: clock)
        print(report.render(databasePath: database, appointmentsThisWeek: week.appointments.count))
    }

    /// Removes a previous demo file; refuses to touch a database that holds anything but the demo spa.
    static func clearOldDemo(at path: String) async throws {
        let fm = FileManager.default
        guard fm.fileExists(atPath: path) else { return }
        let existing = try? SQLiteBookingStore(path: path)
        let ids = try await existing?.locations().map(\.id) ?? []
        if existing == nil || ids.contains(where: { $0 != DemoSpa.locationID }) {
            throw CommandFailure("\(path) is not a demo database; the demo won't overwrite it. Choose another file with --database.")
        }
        for suffix in ["", "-wal", "-shm"] { try? fm.removeItem(atPath: path + suffix) }
    }
}

