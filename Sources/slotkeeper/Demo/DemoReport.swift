import BookingCore
import Foundation
import Store

/// What the demo prints: the spa, tomorrow's book per staff member, the free slots and the waitlist.
struct DemoReport {
    var location: Location
    var tomorrow: LocalDate
    var staff: [StaffMember]
    var services: [Service]
    var clients: [ClientID: Client]
    var appointments: [Appointment]
    var freeSlots: [(Service, [Slot])]
    var waitlist: [WaitlistEntry]
    var policies: Policies
    var now: Date

    static func make(store: some BookingStore, location id: LocationID, now: Date) async throws -> DemoReport {
        guard let location = try await store.location(id) else { throw StoreError.notFound(kind: "location", id: id.rawValue) }
        let zone = location.timeZone
        let tomorrow = LocalDateTime(now, in: zone).date.adding(days: 1)
        let from = ZoneDay(tomorrow, in: zone).start, to = ZoneDay(tomorrow.adding(days: 1), in: zone).start
        let staff = try await store.staff(at: id)
        let services = try await store.services()
        let appointments = try await store.appointments(at: id, from: from, to: to)
        let policies = try await store.policies(for: id)
        var busy = BusyCalendar(appointments: appointments, services: Dictionary(uniqueKeysWithValues: services.map { ($0.id, $0) }))
        for s in staff { busy.add(timeOff: s.timeOff, for: s.id) }
        let free = services.map { service in
            (service, SlotSearch.freeSlots(SlotQuery(service: service, from: from, to: to, gridMinutes: policies.slotGridMinutes),
                                           location: location, staff: staff, busy: busy))
        }
        let clients = Dictionary(uniqueKeysWithValues: try await store.clients().map { ($0.id, $0) })
        return DemoReport(location: location, tomorrow: tomorrow, staff: staff, services: services, clients: clients,
                          appointments: appointments, freeSlots: free, waitlist: try await store.waitlist(at: id, openAt: now),
                          policies: policies, now: now)
    }

    /// The first lines: the spa and what the fresh database holds.
    static func header(location: Location, databasePath: String, staff: Int, services: Int, clients: Int, appointments: Int, waitlist: Int) -> String {
        "SlotKeeper demo: \(location.name) (\(location.timeZoneIdentifier))\n"
            + "Database \(databasePath), made fresh: 1 location, \(staff) staff, \(services) services, "
            + "\(clients) clients (English, Spanish, Russian, and one each in German, French, Dutch, Italian and Portuguese), \(appointments) appointments this week, \(waitlist) on the waitlist."
    }

    func render(databasePath: String) -> String {
        let zone = location.timeZone
        let serviceByID = Dictionary(uniqueKeysWithValues: services.map { ($0.id, $0) })
        let staffByID = Dictionary(uniqueKeysWithValues: staff.map { ($0.id, $0) })
        var out: [String] = []
        let (y, m, d) = tomorrow.components
        out.append("Tomorrow, \(tomorrow.weekday.rawValue.capitalized) \(d) \(Self.months[m - 1]) \(y)")
        for member in staff {
            let own = appointments.filter { $0.staffID == member.id && $0.holdsSlot }
            let hours = member.workingHours.ranges(on: tomorrow.weekday).map(\.description).joined(separator: ", ")
            out.append("  \(member.name)  \(hours.isEmpty ? "off" : hours)")
            for a in own {
                let s = LocalDateTime(a.start, in: zone).time, e = LocalDateTime(a.end, in: zone).time
                let service = serviceByID[a.serviceID]?.name ?? a.serviceID.rawValue
                let client = clients[a.clientID]
                var who = client.map { "\($0.fullName) (\($0.locale))" } ?? a.clientID.rawValue
                if let c = client, c.tier(under: policies.noShow, now: now) != .good { who += ", \(Self.tierNote(c.tier(under: policies.noShow, now: now)))" }
                out.append("    \(s)-\(e)  \(Self.pad(service, 28)) \(Self.pad(who, 40)) \(a.status.rawValue)")
            }
            if own.isEmpty && !hours.isEmpty { out.append("    (nothing booked)") }
        }
        out.append("")
        out.append("Free slots tomorrow (start times on a \(policies.slotGridMinutes)-minute grid)")
        for (service, slots) in freeSlots {
            let title = "\(service.name), \(service.durationMinutes) min, \(Self.money(service.price))"
            if slots.isEmpty { out.append("  \(title): fully booked"); continue }
            let runs = Self.runs(slots, gridSeconds: policies.slotGridMinutes * 60).map { run in
                let first = LocalDateTime(run.first!.start, in: zone).time, last = LocalDateTime(run.last!.start, in: zone).time
                let name = staffByID[run[0].staffID]?.name.split(separator: " ").first.map(String.init) ?? run[0].staffID.rawValue
                return run.count == 1 ? "\(name) \(first)" : "\(name) \(first)-\(last)"
            }
            out.append("  \(title): starts \(runs.joined(separator: ", "))")
        }
        out.append("")
        out.append("Waitlist")
        for w in waitlist {
            let client = clients[w.clientID].map { "\($0.fullName) (\($0.locale))" } ?? w.clientID.rawValue
            let wants = w.serviceIDs.compactMap { serviceByID[$0]?.name }.joined(separator: " or ")
            let with = w.preferredStaff.isEmpty ? "anyone" : w.preferredStaff.compactMap { staffByID[$0]?.name }.joined(separator: ", ")
            let when = w.windows.isEmpty ? "any time" : w.windows.map(Self.window).joined(separator: "; ")
            out.append("  \(Self.pad(client, 30)) \(wants) with \(with), \(when) (\(w.flexibility))")
        }
        out.append("")
        out.append("Policies: reminders \(policies.reminders.steps.map { "\($0.minutesBefore / 60) h" }.joined(separator: " and ")) before; "
                   + "cancelling within \(policies.lateCancel.windowHours) h is late; 2 no-shows in 12 months means a deposit, 3 means no online booking.")
        out.append("")
        out.append("Try next: play a client yourself with `slotkeeper serve --simulate --database \(databasePath)` and open "
                   + "http://127.0.0.1:8080/simulator; or load your own spa with `slotkeeper import your-spa.yaml` (see docs/import.md) "
                   + "and connect your channels (docs/configuration.md).")
        return out.joined(separator: "\n")
    }

    /// Consecutive starts of one staff member, one grid step apart, grouped into runs.
    static func runs(_ slots: [Slot], gridSeconds: Int) -> [[Slot]] {
        var runs: [[Slot]] = []
        for slot in slots.sorted(by: { ($0.start, $0.staffID) < ($1.start, $1.staffID) }) {
            if let i = runs.lastIndex(where: { $0.last!.staffID == slot.staffID }),
               Int(slot.start.timeIntervalSince(runs[i].last!.start)) == gridSeconds {
                runs[i].append(slot)
            } else {
                runs.append([slot])
            }
        }
        return runs
    }

    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

    static func tierNote(_ tier: AttendanceTier) -> String {
        switch tier {
        case .good: "good"
        case .depositRequired(let p): "deposit \(p)% required"
        case .noOnlineBooking: "no online booking"
        }
    }

    static func window(_ w: WaitlistWindow) -> String {
        let weekdays: Set<Weekday> = [.monday, .tuesday, .wednesday, .thursday, .friday]
        let days = w.weekdays.isEmpty ? "daily" : w.weekdays == weekdays ? "mon-fri"
            : Weekday.allCases.filter { w.weekdays.contains($0) }.map(\.short).joined(separator: ",")
        return "\(days) \(w.hours)"
    }

    static func money(_ m: Money) -> String {
        let symbols = ["GBP": "£", "EUR": "€", "USD": "$"]
        return symbols[m.currency].map { "\($0)\(Money.decimal(m.minorUnits))" } ?? m.description
    }

    /// Pads to a width in characters (names in Cyrillic count one per letter).
    static func pad(_ s: String, _ width: Int) -> String { s.count >= width ? s : s + String(repeating: " ", count: width - s.count) }
}
