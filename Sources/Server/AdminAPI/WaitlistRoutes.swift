import BookingCore
import Foundation
import Hummingbird
import Store

/// The waitlist: who waits for which services, where and when; freed slots are offered to them by the engine.
enum WaitlistRoutes {
    static let routes: [AdminRoute] = [
        AdminRoute(.get, "/waitlist") { call in
            let query = call.query()
            let location = query.string("location").map { LocationID($0) }
            let client = query.string("client").map { ClientID($0) }
            let all = query.choice("all", ["true", "false"]) == "true"
            try query.finish()
            let entries = try await call.store.waitlistEntries(location: location, client: client, openAt: all ? nil : call.now)
            return .json(Wire.List(items: entries.map(Wire.WaitlistEntryJSON.init)))
        },
        AdminRoute(.get, "/waitlist/{id}") { call in
            try call.query().finish()
            let id = call.parameter("id")
            guard let e = try await call.store.waitlistEntry(WaitlistEntryID(id)) else { throw APIProblem.notFound("waitlist entry", id) }
            return .json(Wire.WaitlistEntryJSON(e))
        },
        AdminRoute(.post, "/waitlist") { call in
            let f = try call.fields()
            let client = f.string("clientId", required: true, maxLength: 64)
            let location = f.string("locationId", required: true, maxLength: 64)
            let services = f.strings("serviceIds", required: true)
            let staff = f.strings("preferredStaffIds") ?? []
            let windows = (f.objects("windows") ?? []).enumerated().compactMap { i, o in window(o, field: "windows[\(i)]", f) }
            var flexibility = WaitlistEntry.Flexibility.flexible
            if let name = f.string("flexibility", maxLength: 20) {
                if let i = Wire.flexibilityNames.firstIndex(of: name), let flex = WaitlistEntry.Flexibility(rawValue: i) { flexibility = flex } else {
                    f.problem("flexibility", "\"\(name)\" is not one of \(Wire.flexibilityNames.joined(separator: ", "))")
                }
            }
            let expires = f.instant("expiresAt")
            if let expires, expires <= call.now { f.problem("expiresAt", "is not in the future") }
            if services?.isEmpty == true { f.problem("serviceIds", "must name at least one service") }
            // Every id must name something that exists.
            if let client, try await call.store.client(ClientID(client)) == nil { f.problem("clientId", "no client with id \"\(client)\"") }
            if let location, try await call.store.location(LocationID(location)) == nil { f.problem("locationId", "no location with id \"\(location)\"") }
            let known = Set(try await call.store.services().map(\.id.rawValue))
            for (i, s) in (services ?? []).enumerated() where !known.contains(s) { f.problem("serviceIds[\(i)]", "no service with id \"\(s)\"") }
            let team = try await call.store.staff(at: nil)
            for (i, s) in staff.enumerated() {
                if let member = team.first(where: { $0.id.rawValue == s }) {
                    if let location, !member.locationIDs.contains(LocationID(location)) { f.problem("preferredStaffIds[\(i)]", "\(s) does not work at \(location)") }
                } else {
                    f.problem("preferredStaffIds[\(i)]", "no staff member with id \"\(s)\"")
                }
            }
            try f.finish()
            guard let client, let location, let services else { throw APIProblem.invalid(f.errors) }
            let entry = WaitlistEntry(id: WaitlistEntryID(call.newID("wl")), clientID: ClientID(client), locationID: LocationID(location),
                                      serviceIDs: services.map { ServiceID($0) }, preferredStaff: staff.map { StaffID($0) }, windows: windows,
                                      flexibility: flexibility, createdAt: call.now, expiresAt: expires)
            try await call.store.save(entry)
            return .json(Wire.WaitlistEntryJSON(entry), status: .created, location: "\(AdminAPI.prefix)/waitlist/\(entry.id.rawValue)")
        },
        AdminRoute(.delete, "/waitlist/{id}") { call in
            try call.query().finish()
            let id = call.parameter("id")
            try await call.store.removeWaitlistEntry(WaitlistEntryID(id), by: call.actor, at: call.now)
            return .noContent
        },
    ]

    /// `{"from": "2026-11-24", "to": "2026-11-30", "weekdays": ["monday"], "hours": "09:00-12:00"}`.
    static func window(_ o: [String: JSONValue], field: String, _ f: JSONFields) -> WaitlistWindow? {
        let w = JSONFields(o)
        let from = w.string("from").flatMap { s -> LocalDate? in
            guard let d = ISOTime.date(s) else { w.problem("from", "\"\(s)\" is not a date such as 2026-11-24"); return nil }
            return d
        }
        let to = w.string("to").flatMap { s -> LocalDate? in
            guard let d = ISOTime.date(s) else { w.problem("to", "\"\(s)\" is not a date such as 2026-11-24"); return nil }
            return d
        }
        if let from, let to, to < from { w.problem("to", "is before from") }
        var weekdays: Set<Weekday> = []
        for (i, s) in (w.strings("weekdays") ?? []).enumerated() {
            if let day = Weekday(name: s) { weekdays.insert(day) } else { w.problem("weekdays[\(i)]", "\"\(s)\" is not a weekday such as monday") }
        }
        let hours = w.string("hours", required: true, maxLength: 20).flatMap { s -> LocalTimeRange? in
            guard let r = LocalTimeRange(text: s) else { w.problem("hours", "\"\(s)\" is not a range such as 09:00-12:00"); return nil }
            return r
        }
        f.absorb(w, as: field)
        guard let hours, w.errors.isEmpty else { return nil }
        return WaitlistWindow(from: from, to: to, weekdays: weekdays, hours: hours)
    }
}
