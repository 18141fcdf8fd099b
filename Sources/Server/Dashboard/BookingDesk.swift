import BookingCore
import Engine
import Foundation
import Hummingbird
import Store

/// Booking a client into a free slot and moving a visit, from the same slot search the bot offers clients. The deposit the
/// service or the client's tier asks is shown before booking; a client closed to online booking is booked only by a manager
/// who says why (the override is audited), and so is a deposit waived.
struct BookingDesk: Sendable {
    let desk: Dashboard

    func register(on router: Router<BasicRequestContext>) {
        router.get("/desk/book") { request, context in await desk.desk(request, context) { try await bookPage($0) } }
        router.post("/desk/book") { request, context in await desk.desk(request, context) { try await book($0) } }
        router.get("/desk/appointments/{id}/move") { request, context in await desk.desk(request, context) { try await movePage($0) } }
        router.post("/desk/appointments/{id}/move") { request, context in await desk.desk(request, context) { try await move($0) } }
    }

    /// The day asked for in the location's zone (today by default), and the instants it spans.
    func day(_ call: DeskCall, zone: TimeZone) -> (date: LocalDate, from: Date, to: Date) {
        let today = LocalDateTime(call.now, in: zone).date
        let date = call.query("day").flatMap { LocalDate(iso: $0) } ?? today
        return (date, max(ZoneDay(date, in: zone).start, call.now), ZoneDay(date.adding(days: 1), in: zone).start)
    }

    /// Free times as choices: `start|staff` values, labelled with the time and the staff member.
    func slotChoices(_ slots: [Slot], format: DeskFormat, staff: [StaffID: String]) -> [[String: Any]] {
        slots.prefix(60).map { s in
            ["value": "\(Int(s.start.timeIntervalSince1970))|\(s.staffID.rawValue)|\(s.locationID.rawValue)", "label": "\(format.time(s.start)) · \(staff[s.staffID] ?? s.staffID.rawValue)"]
        }
    }

    /// A chosen free time: `seconds|staff|location`.
    func parseSlot(_ text: String?, _ call: DeskCall) throws(DeskError) -> (Date, StaffID, LocationID) {
        let parts = (text ?? "").split(separator: "|")
        guard parts.count == 3, let seconds = Int(parts[0]) else { throw DeskError(.unprocessableContent, call.word("error_pick_slot")) }
        return (Date(timeIntervalSince1970: TimeInterval(seconds)), StaffID(String(parts[1])), LocationID(String(parts[2])))
    }

    func bookPage(_ call: DeskCall) async throws -> Response {
        let locations = try await call.store.locations()
        guard let location = locations.first(where: { $0.id.rawValue == call.query("location") }) ?? locations.first else {
            throw DeskError(.notFound, call.word("today_no_locations"))
        }
        let format = DeskFormat(locale: call.account.locale, zone: location.timeZone)
        let (date, from, to) = day(call, zone: location.timeZone)
        let services = try await call.store.services()
        let staff = try await call.staffNames()
        let q = String((call.query("q") ?? "").prefix(100))
        var client: Client?
        if let id = call.query("client") { client = try await call.store.client(ClientID(id)) }
        let service = services.first { $0.id.rawValue == call.query("service") } ?? services.first
        var values: [String: Any] = [
            "q": q, "day": date.description, "mayOverride": call.account.role.mayOverride, "location": location.id.rawValue,
            "locations": DeskCall.locationChoices(locations, selected: location.id),
            "services": services.map { ["id": $0.id.rawValue, "name": $0.name, "selected": $0.id == service?.id] },
        ]
        if let client {
            values["client"] = client.fullName
            values["clientId"] = client.id.rawValue
            let policies = try await call.store.policies(for: location.id)
            let tier = client.tier(under: policies.noShow, now: call.now)
            values["tier"] = AgendaDesk.tierLabel(tier, call)
            if tier == .noOnlineBooking { values["blockedWarning"] = call.word("book_blocked_warning", ["name": client.fullName]) }
            if let service, let due = service.depositDue(tier: tier) {
                values["deposit"] = call.word("book_deposit", ["amount": format.money(due), "minutes": "\(policies.depositHoldMinutes)"])
            }
        } else {
            values["matches"] = try await call.store.searchClients(q, limit: 20, offset: 0).map { ["id": $0.id.rawValue, "name": $0.fullName] }
        }
        if let service, client != nil {
            let slots = try await call.engine.freeSlots(service: service.id, from: from, to: to, staff: nil, location: location.id)
            values["slots"] = slotChoices(slots, format: format, staff: staff)
            values["noSlots"] = slots.isEmpty
            values["dayLabel"] = format.longDay(ZoneDay(date, in: location.timeZone).start)
            values["serviceId"] = service.id.rawValue
        }
        return await call.page("book", title: call.word("book_title"), tab: "today", values)
    }

    func book(_ call: DeskCall) async throws -> Response {
        guard let clientID = try call.field("client", maxLength: 64), let serviceID = try call.field("service", maxLength: 64) else {
            throw DeskError(.unprocessableContent, call.word("error_bad_form"))
        }
        let (start, staffID, locationID) = try parseSlot(call.form["slot"], call)
        let notes = try call.field("notes", maxLength: 2000) ?? ""
        let reason = try call.field("override", maxLength: 500)
        let waive = call.form["waiveDeposit"] == "on"
        // Booking past the rules (a blocked client, a deposit waived) is a manager's call, with a reason.
        if reason != nil || waive { try call.require(call.account.role.mayOverride) }
        if waive && reason == nil { throw DeskError(.unprocessableContent, call.word("error_reason_needed")) }
        let id = AppointmentID("appt-" + String(UUID().uuidString.prefix(12)).lowercased())
        let booking = StaffBooking(id: id, clientID: ClientID(clientID), serviceID: ServiceID(serviceID), staffID: staffID, locationID: locationID,
                                   start: .instant(start), notes: notes, source: .phone,
                                   override: reason.map { BookingOverride(by: call.actor, reason: $0) }, waiveDeposit: waive)
        do {
            try await call.engine.book(booking, by: call.actor, key: call.eventKey("book:\(clientID):\(call.form["slot"] ?? "")"))
        } catch let refusal as BookingRefusal {
            throw DeskError(.unprocessableContent, refusal.description)
        } catch StoreError.slotTaken {
            throw DeskError(.conflict, call.word("error_slot_taken"))
        }
        let zone = try await call.store.location(locationID)?.timeZone ?? .gmt
        return call.done("booked", fallback: "/desk?location=\(locationID.rawValue)&day=\(LocalDateTime(start, in: zone).date)")
    }

    func movePage(_ call: DeskCall) async throws -> Response {
        let id = AppointmentID(call.parameter("id"))
        guard let a = try await call.store.appointment(id), let location = try await call.store.location(a.locationID) else {
            throw DeskError(.notFound, call.word("error_no_appointment"))
        }
        if !a.status.isUpcoming { throw DeskError(.conflict, call.word("error_not_upcoming", ["state": call.word("state_\(AgendaDesk.state(a, now: call.now, late: false))")])) }
        let format = DeskFormat(locale: call.account.locale, zone: location.timeZone)
        let date = call.query("day").flatMap { LocalDate(iso: $0) } ?? LocalDateTime(a.start, in: location.timeZone).date
        let from = max(ZoneDay(date, in: location.timeZone).start, call.now), to = ZoneDay(date.adding(days: 1), in: location.timeZone).start
        let staff = try await call.staffNames()
        let slots = try await call.engine.freeSlots(service: a.serviceID, from: from, to: to, staff: nil, location: a.locationID)
        let client = try await call.store.client(a.clientID)
        return await call.page("move", title: call.word("move_title"), tab: "today", [
            "id": id.rawValue, "client": client?.fullName ?? a.clientID.rawValue, "when": format.dayTime(a.start), "day": date.description,
            "dayLabel": format.longDay(ZoneDay(date, in: location.timeZone).start), "slots": slotChoices(slots, format: format, staff: staff),
            "noSlots": slots.isEmpty,
        ])
    }

    func move(_ call: DeskCall) async throws -> Response {
        let id = AppointmentID(call.parameter("id"))
        guard let a = try await call.store.appointment(id) else { throw DeskError(.notFound, call.word("error_no_appointment")) }
        let (start, staffID, _) = try parseSlot(call.form["slot"], call)
        do {
            try await call.engine.move(id, to: .instant(start), staff: staffID, by: call.actor, key: call.eventKey("move:\(id):\(call.form["slot"] ?? "")"))
        } catch let refusal as BookingRefusal {
            throw DeskError(.unprocessableContent, refusal.description)
        } catch StoreError.slotTaken {
            throw DeskError(.conflict, call.word("error_slot_taken"))
        }
        try await call.audit("appointment", id.rawValue, "moved")
        let zone = try await call.store.location(a.locationID)?.timeZone ?? .gmt
        return call.done("moved", fallback: "/desk?location=\(a.locationID.rawValue)&day=\(LocalDateTime(start, in: zone).date)")
    }
}
