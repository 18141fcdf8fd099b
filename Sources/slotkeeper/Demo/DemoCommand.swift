import ArgumentParser
import BookingCore
import Dialogs
import Engine
import Foundation
import Intents
import Store

/// `slotkeeper demo`: builds the demo spa in a fresh SQLite file, runs a whole day of it in fast-forward,
/// and shows the day's numbers and tomorrow's book.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Run a simulated day at a demo spa: reminders, replies in three languages, a refilled slot, a no-show won back.")

    @Option(name: .long, help: ArgumentHelp("The demo's SQLite file, made anew each run.", valueName: "path"))
    var database: String = "slotkeeper-demo.sqlite"

    @Option(help: ArgumentHelp("Play the day of this moment (ISO 8601, e.g. 2026-11-23T09:00:00Z), for a reproducible run.", valueName: "instant"))
    var now: String?

    @Flag(help: "Only build the demo spa and print tomorrow's book, without playing the day.")
    var noDay = false

    @Flag(help: "Build the demo spa and keep it running: the dashboard to sign in to, and the simulator to text as a client.")
    var serve = false

    @Option(help: "With --serve, the port to listen on.")
    var port: Int = 8080

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
        // The reply rules and messages first: a broken own catalogue fails before anything is printed or written.
        let (matcher, dialogs) = try CommandCatalogues.load()
        if serve { _ = try CommandCatalogues.dashboard() }
        try await Self.clearOldDemo(at: database)
        let store: any BookingStore
        do { store = try await StoreAddress.sqlite(path: database).open() } catch { throw CommandFailure("\(error)") }

        // The simulated day runs from 07:00 to 21:30 in the spa's own zone.
        let date = LocalDateTime(clock, in: DemoSpa.zone).date
        let zoneDay = ZoneDay(date, in: DemoSpa.zone)
        let day = DateInterval(start: zoneDay.instant(at: LocalTime(minutes: 7 * 60)), end: zoneDay.instant(at: LocalTime(minutes: 21 * 60 + 30)))
        let start = noDay || serve ? clock : day.start

        let spa = DemoSpa()
        let week = spa.week(now: start)
        try await store.save(spa.location)
        for s in spa.services { try await store.save(s) }
        for s in spa.staff { try await store.save(s) }
        for var c in spa.clients {
            c.attendance = week.attendance[c.id] ?? []
            try await store.save(c)
        }
        for a in week.appointments { try await store.book(a, by: .system("demo")) }
        for w in spa.waitlist(now: start) { try await store.save(w) }
        // A shorter win-back delay than the default, so the no-show's invitation happens within the day; set as a business sets
        // its policy, so `slotkeeper policies show` tells where it came from.
        try await PolicyUpdate.apply(.map([("winBack", .map([("noShowDelay", .string("2h"))]))]), to: store, source: .command,
                                     actor: .system("demo"), note: "the demo spa's policy: win-back 2 hours after a no-show", at: start)

        if serve { return try await serveDemo(store: store, spa: spa, now: start, matcher: matcher, dialogs: dialogs) }
        print(DemoReport.header(location: spa.location, databasePath: database, staff: spa.staff.count, services: spa.services.count,
                                clients: spa.clients.count, appointments: week.appointments.count, waitlist: spa.waitlist(now: start).count))
        if !noDay {
            let (y, m, d) = date.components
            print("")
            print("A day at Willow & Stone, \(date.weekday.rawValue.capitalized) \(d) \(DemoReport.months[m - 1]) \(y), 07:00 to 21:30, in fast-forward")
            print("(-> a message SlotKeeper sent, <- a reply it read and how it read it)")
            print("")
            let clients = Dictionary(uniqueKeysWithValues: try await store.clients().map { ($0.id, $0) })
            let staff = Dictionary(uniqueKeysWithValues: spa.staff.map { ($0.id, $0) })
            try await DemoDay(store: store, matcher: matcher, dialogs: dialogs, day: day, clients: clients, staff: staff,
                              out: { print($0) }).run()
            print("")
            print(try await DemoDayReport.make(store: store, day: day).lines.joined(separator: "\n"))
        }
        let report = try await DemoReport.make(store: store, location: DemoSpa.locationID, now: noDay ? clock : day.end)
        print("")
        print(report.render(databasePath: database))
    }

    /// Removes a previous demo file; refuses to touch a database that holds anything but the demo spa.
    static func clearOldDemo(at path: String) async throws {
        let fm = FileManager.default
        guard fm.fileExists(atPath: path) else { return }
        let existing = try? await StoreAddress.sqlite(path: path).open()
        let ids = try await existing?.locations().map(\.id) ?? []
        if existing == nil || ids.contains(where: { $0 != DemoSpa.locationID }) {
            throw CommandFailure("\(path) is not a demo database; the demo won't overwrite it. Choose another file with --database.")
        }
        for suffix in ["", "-wal", "-shm"] { try? fm.removeItem(atPath: path + suffix) }
    }
}

