import BookingCore
import Engine
import Foundation
import Hummingbird
import Store

/// Appointments: book one (through the engine, so reminders are scheduled), list them with filters, read one.
enum AppointmentRoutes {
    static let routes: [AdminRoute] = [
        AdminRoute(.post, "/appointments") { call in
            let f = try call.fields()
            let client = f.string("clientId", required: true, maxLength: 64)
            let service = f.string("serviceId", required: true, maxLength: 64)
            let staff = f.string("staffId", required: true, maxLength: 64)
            let location = f.string("locationId", maxLength: 64)
            let start = f.time("start", required: true)
            let notes = f.string("notes", maxLength: 2000) ?? ""
            let waiveDeposit = f.bool("waiveDeposit") ?? false
            var override: BookingOverride?
            if let o = f.object("override") {
                let of = JSONFields(o)
                let by = of.string("staffId", required: true, maxLength: 64), reason = of.string("reason", required: true, maxLength: 500)
                // Booking past the business's rules is a manager's call.
                if let by, let member = try await call.staffMember(by, in: of), member.role != .manager {
                    of.problem("staffId", "\(member.name) is not a manager: only a manager can override the policy")
                }
                f.absorb(of, as: "override")
                if let by, let reason { override = BookingOverride(by: .staff(StaffID(by)), reason: reason) }
            }
            try f.finish()
            guard let client, let service, let staff, let start else { throw APIProblem.invalid(f.errors) }
            let id = AppointmentID(call.newID("appt"))
            let booking = StaffBooking(id: id, clientID: ClientID(client), serviceID: ServiceID(service), staffID: StaffID(staff),
                                       locationID: location.map { LocationID($0) }, start: start, notes: notes, source: .api,
                                       override: override, waiveDeposit: waiveDeposit)
            try await call.engine.book(booking, by: call.actor, key: call.eventKey)
            guard let appointment = try await call.store.appointment(id) else {
                throw APIProblem.conflict("idempotency-key-reused", title: "Idempotency-Key already used",
                                          detail: "this Idempotency-Key was already used for another change; use a new key", field: "Idempotency-Key")
            }
            return .json(Wire.AppointmentJSON(appointment), status: .created, location: "\(AdminAPI.prefix)/appointments/\(id.rawValue)")
        },
        AdminRoute(.get, "/appointments") { call in
            let query = call.query()
            let date = query.date("date")
            var from = query.instant("from"), to = query.instant("to")
            let staff = query.string("staff").map { StaffID($0) }
            let client = query.string("client").map { ClientID($0) }
            let location = query.string("location").map { LocationID($0) }
            var statuses: Set<AppointmentStatus> = []
            for s in (query.string("status") ?? "").split(separator: ",") {
                if let status = AppointmentStatus(rawValue: String(s)) { statuses.insert(status) } else {
                    query.problem("status", "\"\(s)\" is not a status; use \(AppointmentStatus.allCases.map(\.rawValue).joined(separator: ", "))")
                }
            }
            let limit = query.integer("limit", in: 1...1000, default: 100), offset = query.integer("offset", in: 0...1_000_000, default: 0)
            if date != nil && (from != nil || to != nil) { query.problem("date", "give either date or from/to, not both") }
            if let from, let to, to <= from { query.problem("to", "must be after from") }
            try query.finish()
            let locations = try await call.store.locations()
            var unknown: [APIProblem.FieldError] = []
            if let staff, try await !call.store.staff(at: nil).contains(where: { $0.id == staff }) {
                unknown.append(.init(field: "staff", detail: "no staff member with id \"\(staff)\""))
            }
            if let client, try await call.store.client(client) == nil { unknown.append(.init(field: "client", detail: "no client with id \"\(client)\"")) }
            if let location, !locations.contains(where: { $0.id == location }) {
                unknown.append(.init(field: "location", detail: "no location with id \"\(location)\""))
            }
            if !unknown.isEmpty { throw APIProblem.invalid(unknown) }
            var found: [Appointment] = []
            if let date {
                // A day is each location's own local day.
                for l in locations where location == nil || l.id == location {
                    let day = ZoneDay(date, in: l.timeZone)
                    found += try await call.store.appointments(matching: AppointmentFilter(
                        location: l.id, staff: staff, client: client, statuses: statuses, from: day.start,
                        to: ZoneDay(date.adding(days: 1), in: l.timeZone).start, limit: offset + limit))
                }
                found.sort { ($0.start, $0.staffID, $0.id) < ($1.start, $1.staffID, $1.id) }
                found = Array(found.dropFirst(offset).prefix(limit))
            } else {
                if from == nil, to != nil { from = .distantPast }
                if to == nil, from != nil { to = .distantFuture }
                found = try await call.store.appointments(matching: AppointmentFilter(
                    location: location, staff: staff, client: client, statuses: statuses, from: from, to: to, limit: limit, offset: offset))
            }
            return .json(Wire.List(items: found.map(Wire.AppointmentJSON.init)))
        },
        AdminRoute(.get, "/appointments/{id}") { call in
            try call.query().finish()
            let id = call.parameter("id")
            guard let a = try await call.store.appointment(AppointmentID(id)) else { throw APIProblem.notFound("appointment", id) }
            return .json(Wire.AppointmentJSON(a))
        },
    ]
}
